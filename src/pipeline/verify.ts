/**
 * The `verify` half of a provider. Every check, in the same order for every
 * provider:
 *
 * 1. the caller's options (`TypeError` on misuse);
 * 2. the headers, strictly, before the body is read and before any crypto
 *    (`missing_*`, `malformed_*`);
 * 3. the signed timestamp against the tolerance (`timestamp_too_*`), and
 *    any other time the scheme reads (a token's `exp`);
 * 4. the body's size, read with the bound where it streams (`body_too_large`,
 *    `body_unreadable`);
 * 5. the signature, against each key (`signature_mismatch`);
 * 6. the body: UTF-8 JSON object naming its event (`invalid_payload`).
 *
 * So a delivery refused on its headers or its timestamp costs no body read.
 * A scheme whose check does not cover the body (a static credential) is
 * checked before the body is read: a wrong credential costs no body read
 * either.
 */
import { isWebhookVerificationError, WebhookVerificationError } from '../errors.js'
import { boundedBody, maxBodyBytes, readBody } from '../http/body.js'
import { readDelivery, type WebhookInput } from '../http/input.js'
import type { VerifyReport } from '../http/observe.js'
import { checkTimestamp, clock, type Tolerance, type ToleranceWindow, toleranceWindow } from '../time/tolerance.js'
import type { AnyDefinition, Verify, VerifiedOf, VerifyOptionsOf } from './definition.js'
import { keyHint } from './hint.js'
import { withIdentity } from './identity.js'
import { checkBodyTimestamp, readEvent } from './payload.js'

/**
 * @internal A provider's `verify`, built from its definition. Provider modules
 * build `verify` and `sign` apart, so that a bundle importing only `verify`
 * leaves `sign` out.
 */
export function createVerify<const Definition extends AnyDefinition>(
  definition: Definition,
  idempotencyKey?: (event: never) => string | undefined,
): Verify<VerifiedOf<Definition>, VerifyOptionsOf<Definition>> {
  const { name, scheme, eventField, bodyTimestamp, bodyFormat } = definition
  const hint = keyHint(definition)
  const checksTime = scheme.signsTime || bodyTimestamp !== undefined
  const early = scheme.coversBody === false
  // Most calls pass no tolerance: the default window is worked out once.
  const defaultWindow = toleranceWindow(undefined, scheme.tolerance)

  function window(tolerance: Tolerance | undefined): ToleranceWindow {
    if (tolerance === undefined) return defaultWindow
    if (!checksTime && tolerance !== false) {
      throw new TypeError(
        `hookproof: ${name} signs no timestamp hookproof can read, so a tolerance cannot be checked. Remove the option and make the handler idempotent (de-duplicate deliveries) to stop replays.`,
      )
    }
    return toleranceWindow(tolerance, scheme.tolerance)
  }

  function mismatch(keys: readonly unknown[]): WebhookVerificationError {
    const count = keys.length
    const own = scheme.mismatch?.(name, keys)
    if (own !== undefined) return new WebhookVerificationError('signature_mismatch', own)
    const [tried, check] = scheme.describeKeys?.(count) ?? [count === 1 ? 'the secret' : `any of the ${count} secrets`, 'the secret']
    return new WebhookVerificationError(
      'signature_mismatch',
      `The ${name} signature does not match the body with ${tried}. Check ${check}, and that the body reaches verify as the raw bytes received (not re-serialized JSON).`,
    )
  }

  // Whether any key from `start` on verifies: synchronous while the engine is.
  function anyKey(signed: unknown, body: string | Uint8Array, keys: readonly unknown[], start: number): boolean | Promise<boolean> {
    for (let i = start; i < keys.length; i++) {
      const result = scheme.verify(signed, body, keys[i])
      if (typeof result !== 'boolean') return result.then((ok) => ok || anyKey(signed, body, keys, i + 1))
      if (result) return true
    }
    return false
  }

  // Written to stay synchronous from start to end when the input is not a
  // Request and the engine is synchronous: one promise per call, no more.
  async function check(input: WebhookInput, options: unknown): Promise<unknown> {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError(
        scheme.examples
          ? `hookproof: verify's options must be an object, e.g. verify(request, ${scheme.examples.verify}).`
          : `hookproof: verify needs options with the signing secret, e.g. verify(request, ${hint.example}).`,
      )
    }
    const given = options as Readonly<Record<string, unknown>> & {
      readonly tolerance?: Tolerance
      readonly now?: Date | number
      readonly maxBodyBytes?: unknown
    }
    const keys = scheme.keys(given, hint)
    const tolerance = window(given.tolerance)
    // The caller's clock is checked now; the system clock read only when a timestamp is.
    const fixedNow = given.now === undefined ? undefined : clock(given.now)
    const limit = maxBodyBytes(given.maxBodyBytes)

    const delivery = readDelivery(input)
    const signed = scheme.parse(delivery.header, keys)
    if (tolerance !== false) {
      if (signed.timestamp !== undefined) checkTimestamp(signed.timestamp, tolerance, fixedNow ?? Date.now())
      scheme.checkTime?.(signed, tolerance, fixedNow ?? Date.now())
    }
    if (early) {
      const matched = anyKey(signed, '', keys, 0)
      if (!(typeof matched === 'boolean' ? matched : await matched)) throw mismatch(keys)
    }
    const body =
      delivery.request === undefined
        ? boundedBody(name, delivery.body, limit)
        : await readBody(name, delivery.request, delivery.header, limit)
    if (!early) {
      const matched = anyKey(signed, body, keys, 0)
      if (!(typeof matched === 'boolean' ? matched : await matched)) throw mismatch(keys)
    }

    const event = readEvent(name, eventField, body, bodyFormat)
    if (bodyTimestamp !== undefined && tolerance !== false)
      checkBodyTimestamp(name, bodyTimestamp, event, tolerance, fixedNow ?? Date.now())
    return event
  }

  // Timed and reported only for a caller that observes: the others pay one property read.
  async function observed(observe: unknown, input: WebhookInput, options: unknown): Promise<unknown> {
    if (typeof observe !== 'function') {
      throw new TypeError(`hookproof: options.observe must be a function (report) => void, got ${typeof observe}.`)
    }
    const start = performance.now()
    const report = (outcome: VerifyReport['outcome'], event?: unknown): void => {
      let deliveryId: string | undefined
      try {
        deliveryId = event === undefined ? undefined : idempotencyKey?.(event as never)
      } catch {}
      try {
        observe({ provider: name, outcome, durationMs: performance.now() - start, ...(deliveryId ? { deliveryId } : {}) })
      } catch {}
    }
    let event: unknown
    try {
      event = await check(input, options)
    } catch (error) {
      report(isWebhookVerificationError(error) ? error.code : 'error')
      throw error
    }
    report('verified', event)
    return event
  }

  // Not async: the promise `check` returns is the one the caller gets.
  function verify(input: WebhookInput, options: unknown = scheme.keysOptional ? {} : undefined): Promise<unknown> {
    const observe = typeof options === 'object' && options !== null ? (options as { readonly observe?: unknown }).observe : undefined
    return observe === undefined ? check(input, options) : observed(observe, input, options)
  }

  return withIdentity(verify, definition) as Verify<VerifiedOf<Definition>, VerifyOptionsOf<Definition>>
}
