import type { Secret } from '../crypto/engine.js'
import { decodeUtf8 } from '../encoding/utf8.js'
import { WebhookVerificationError } from '../errors.js'
import type { HeaderLookup } from '../http/headers.js'
import { readDelivery, type WebhookInput } from '../http/input.js'
import { isPromiseLike } from '../promise.js'
import type { Scheme } from '../schemes/scheme.js'
import type { KeyHint } from '../schemes/secret.js'
import type { TimestampFormat } from '../time/formats.js'
import { checkTimestamp, clock, type Tolerance, toleranceWindow, type ToleranceWindow, toMillis } from '../time/tolerance.js'

/** The timestamp options of every provider's `verify`. */
export interface CheckOptions {
  /**
   * Seconds a signed timestamp may be from the clock, both ways; `{ past,
   * future }` sets them apart; `false` turns the check off. Default: 300 for
   * providers that sign a timestamp. Providers that sign none refuse the
   * option, rather than let it suggest a replay check that cannot happen.
   */
  readonly tolerance?: Tolerance
  /** The clock to check timestamps against (a `Date` or ms since the epoch). Default: `Date.now()`. */
  readonly now?: Date | number
}

/** Options of `verify` for providers that sign with a shared secret. */
export interface VerifyOptions extends CheckOptions {
  /**
   * The signing secret exactly as the provider's dashboard shows it (a
   * `whsec_` prefix included), or its raw bytes. An array while rotating
   * secrets: a delivery signed with any one of them passes.
   */
  readonly secret: Secret | readonly Secret[]
}

/** The time option of every provider's `sign`. */
export interface SignTimeOptions {
  /** When the delivery is sent (a `Date` or ms since the epoch), for providers that sign a timestamp. Default: now. */
  readonly timestamp?: Date | number
}

/** Options of `sign` for providers that sign with a shared secret. */
export interface SignOptions extends SignTimeOptions {
  /** The secret to sign with. */
  readonly secret: Secret
}

/** A signed delivery, ready for `fetch(url, { method: 'POST', ...delivery })` or `new Request`. */
export interface SignedDelivery {
  /** Every header the provider sends, `Content-Type` included. */
  readonly headers: Record<string, string>
  /** The exact body that was signed. */
  readonly body: string
}

/**
 * What {@link defineProvider} builds: the pair every provider module exports.
 * `Options` and `SignWith` are the key options of `verify` and `sign`: a
 * secret unless the scheme verifies otherwise (public keys, a JWKS).
 */
export interface Provider<Event, Payload = Event, SignExtras = object, Options extends CheckOptions = VerifyOptions, SignWith extends SignTimeOptions = SignOptions> {
  /**
   * Verifies a delivery and resolves to its parsed, typed body; rejects with
   * `WebhookVerificationError` when any check fails.
   */
  verify(input: WebhookInput, options: Options): Promise<Event>
  /** Signs `payload` (an object, serialized with `JSON.stringify`, or a raw string) the way the provider does. */
  sign(payload: Payload | string, options: SignWith & SignExtras): Promise<SignedDelivery>
}

/** A provider, as data. */
// Key and Signed default to the widest types: a scheme's methods take them as
// method parameters (bivariant), so any scheme fits a definition.
export interface ProviderDefinition<Key = unknown, Signed extends { readonly timestamp?: number } = { readonly timestamp?: number }> {
  /** The provider's name, for messages: `Eversince`. */
  readonly name: string
  /** The environment variable the examples in messages suggest: `EVERSINCE_WEBHOOK_SECRET`. */
  readonly secretEnv?: string
  /** How deliveries are signed. */
  readonly scheme: Scheme<Key, Signed>
  /**
   * The body field that names the event, which the event union discriminates
   * on. Left out for senders whose bodies follow no one shape: any JSON object passes.
   */
  readonly eventField?: string
  /**
   * A header that names the event, for providers whose body may not. `verify`
   * fills the event field from it when the body has none; `sign` sends it.
   */
  readonly eventHeader?: string
  /** A header carrying a unique id per delivery, which `sign` sends (a random UUID unless given). */
  readonly deliveryIdHeader?: string
  /**
   * A signed timestamp inside the body, checked only when the caller passes a
   * `tolerance` (retries resend the same body later, so it is opt-in).
   */
  readonly bodyTimestamp?: { readonly field: string; readonly format: TimestampFormat }
}

/** Sign options of providers with an event header and a delivery-id header. */
export interface DeliveryHeaderOptions {
  /** The event name to send; default: the payload's event field. */
  readonly event?: string
  /** The delivery id to send; default: a random UUID. */
  readonly deliveryId?: string
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function invalidPayload(message: string): WebhookVerificationError {
  return new WebhookVerificationError('invalid_payload', message)
}

/**
 * Builds a provider's `verify` and `sign` from its description: a scheme, the
 * field that names the event, and the provider's extra headers. Every check,
 * in the same order for every provider:
 *
 * 1. the caller's options (`TypeError` on misuse);
 * 2. the headers, strictly, before any crypto (`missing_*`, `malformed_*`);
 * 3. the signed timestamp against the tolerance (`timestamp_too_*`);
 * 4. the signature, against each secret (`signature_mismatch`);
 * 5. the body: UTF-8 JSON object naming its event (`invalid_payload`).
 *
 * @example
 * ```ts
 * import { defineProvider, hmacHexScheme, unixSeconds } from 'hookproof'
 *
 * type AcmeEvent = { event: 'render.done'; id: string } | { event: 'render.failed'; id: string; error: string }
 *
 * export const { verify, sign } = defineProvider<AcmeEvent>({
 *   name: 'Acme',
 *   scheme: hmacHexScheme({
 *     signatureHeader: 'X-Acme-Signature',
 *     prefix: 'sha256=',
 *     timestamp: { header: 'X-Acme-Timestamp', format: unixSeconds },
 *   }),
 *   eventField: 'event',
 * })
 * ```
 */
export function defineProvider<Event, Payload = Event, SignExtras = object, Options extends CheckOptions = VerifyOptions, SignWith extends SignTimeOptions = SignOptions>(
  definition: ProviderDefinition,
): Provider<Event, Payload, SignExtras, Options, SignWith> {
  return { verify: createVerify<Event, Options>(definition), sign: createSign<Payload, SignExtras, SignWith>(definition) }
}

/** How messages suggest passing the secret: `{ secret: process.env.EVERSINCE_WEBHOOK_SECRET }`. */
function keyHint({ name, secretEnv }: ProviderDefinition): KeyHint {
  return { name, example: `{ secret: process.env.${secretEnv ?? `${name.toUpperCase().replace(/\W+/g, '_')}_WEBHOOK_SECRET`} }` }
}

/**
 * @internal The `verify` half of {@link defineProvider}. Provider modules build
 * the halves apart so that a bundle importing only `verify` leaves `sign` out.
 */
export function createVerify<Event, Options extends CheckOptions = VerifyOptions>(
  definition: ProviderDefinition,
): Provider<Event, Event, object, Options>['verify'] {
  const { name, eventField, eventHeader, bodyTimestamp } = definition
  const { scheme } = definition
  const hint = keyHint(definition)

  function window(tolerance: Tolerance | undefined): ToleranceWindow {
    if (scheme.tolerance === false && !bodyTimestamp && tolerance !== undefined && tolerance !== false) {
      throw new TypeError(
        `hookproof: ${name} signs no timestamp hookproof can read, so a tolerance cannot be checked. Remove the option and make the handler idempotent (de-duplicate deliveries) to stop replays.`,
      )
    }
    return toleranceWindow(tolerance, scheme.tolerance)
  }

  function readEvent(body: string | Uint8Array, header: HeaderLookup): Record<string, unknown> {
    const text = typeof body === 'string' ? body : decodeUtf8(body)
    if (text === undefined) throw invalidPayload(`The ${name} body is not valid UTF-8.`)
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      // No cause attached: the engine's SyntaxError quotes the body, and
      // errors end up in logs.
      throw invalidPayload(`The ${name} body is not valid JSON.`)
    }
    if (!isPlainObject(parsed)) throw invalidPayload(`The ${name} body is not a JSON object.`)
    if (eventField === undefined) return parsed
    if (eventHeader && parsed[eventField] === undefined) {
      // The header is not covered by the signature; it only names an event the
      // signed body leaves unnamed, and never overrides one it names.
      parsed[eventField] = header(eventHeader)
    }
    if (typeof parsed[eventField] !== 'string') {
      throw invalidPayload(`The ${name} body does not name its event in "${eventField}"${eventHeader ? ` and the ${eventHeader} header is missing` : ''}.`)
    }
    return parsed
  }

  function checkBodyTimestamp(event: Record<string, unknown>, tolerance: ToleranceWindow, now: number): void {
    if (!bodyTimestamp || tolerance === false) return
    const stamp = event[bodyTimestamp.field]
    if (typeof stamp !== 'string' || stamp === '') {
      throw new WebhookVerificationError('missing_timestamp', `The ${name} body has no "${bodyTimestamp.field}" to check the tolerance against.`)
    }
    const time = bodyTimestamp.format.read(stamp)
    if (time === undefined) {
      throw new WebhookVerificationError('malformed_timestamp', `The ${name} body's "${bodyTimestamp.field}" is not ${bodyTimestamp.format.description}.`)
    }
    checkTimestamp(time, tolerance, now)
  }

  function mismatch(count: number): WebhookVerificationError {
    const [tried, check] = scheme.describeKeys?.(count) ?? [count === 1 ? 'the secret' : `any of the ${count} secrets`, 'the secret']
    return new WebhookVerificationError(
      'signature_mismatch',
      `The ${name} signature does not match the body with ${tried}. Check ${check}, and that the body reaches verify as the raw bytes received (not re-serialized JSON).`,
    )
  }

  // Written to stay synchronous from start to end when the input is not a
  // Request and the engine is synchronous: one promise per call, no more.
  async function verify(input: WebhookInput, options: Options = (scheme.keysOptional ? {} : undefined) as Options): Promise<Event> {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError(
        scheme.examples
          ? `hookproof: verify's options must be an object, e.g. verify(request, ${scheme.examples.verify}).`
          : `hookproof: verify needs options with the signing secret, e.g. verify(request, ${hint.example}).`,
      )
    }
    const keys = scheme.keys(options as unknown as Readonly<Record<string, unknown>>, hint)
    const tolerance = window(options.tolerance)
    const now = clock(options.now)

    const read = readDelivery(input)
    const delivery = isPromiseLike(read) ? await read : read
    const signed = scheme.parse(delivery.header, delivery.body)
    if (signed.timestamp !== undefined) checkTimestamp(signed.timestamp, tolerance, now)

    let matched = false
    for (const key of keys) {
      const result = scheme.verify(signed, key)
      if (typeof result === 'boolean' ? result : await result) {
        matched = true
        break
      }
    }
    if (!matched) throw mismatch(keys.length)

    const event = readEvent(delivery.body, delivery.header)
    checkBodyTimestamp(event, tolerance, now)
    return event as Event
  }

  return verify
}

/** @internal The `sign` half of {@link defineProvider}. */
export function createSign<Payload, SignExtras = object, SignWith extends SignTimeOptions = SignOptions>(
  definition: ProviderDefinition,
): Provider<unknown, Payload, SignExtras, CheckOptions, SignWith>['sign'] {
  const { name, scheme, eventField, eventHeader, deliveryIdHeader } = definition
  const hint = keyHint(definition)

  return async function sign(payload: Payload | string, options: SignWith & SignExtras): Promise<SignedDelivery> {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError(
        scheme.examples
          ? `hookproof: sign needs options with the key to sign with, e.g. sign(payload, ${scheme.examples.sign}).`
          : `hookproof: sign needs options with the signing secret, e.g. sign(payload, ${hint.example}).`,
      )
    }
    const time = options.timestamp === undefined ? Date.now() : toMillis(options.timestamp, 'options.timestamp')
    const body = typeof payload === 'string' ? payload : JSON.stringify(payload)
    if (typeof body !== 'string') {
      throw new TypeError('hookproof: sign needs a payload object (serialized with JSON.stringify) or a raw string.')
    }

    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (eventHeader && eventField) {
      const extras = options as Partial<DeliveryHeaderOptions>
      const event = extras.event ?? eventOf(payload, eventField)
      if (typeof event !== 'string' || event === '') {
        throw new TypeError(`hookproof: ${name} sends the event name in ${eventHeader}: pass options.event or a payload with "${eventField}".`)
      }
      headers[eventHeader] = event
    }
    if (deliveryIdHeader) {
      headers[deliveryIdHeader] = (options as Partial<DeliveryHeaderOptions>).deliveryId ?? crypto.randomUUID()
    }
    Object.assign(headers, await scheme.sign(body, options as unknown as Readonly<Record<string, unknown>>, time, hint))
    return { headers, body }
  }
}

function eventOf(payload: unknown, field: string): unknown {
  let value = payload
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      // Not JSON: it names no event.
    }
  }
  return isPlainObject(value) ? value[field] : undefined
}
