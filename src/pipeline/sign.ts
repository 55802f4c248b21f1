/** The `sign` half of a provider: a delivery signed the way the provider signs it, for tests. */
import { toMillis } from '../time/tolerance.js'
import type { AnyDefinition, EventOf, Sign, SignedDelivery, SignOptionsOf } from './definition.js'
import { keyHint } from './hint.js'
import type { BodyFormat } from '../encoding/body-format.js'
import { isPlainObject } from '../encoding/json.js'

// Symbol.for: one key for the ESM and the CJS copy of hookproof alike.
const BODY_FORMAT: unique symbol = Symbol.for('hookproof.bodyFormat') as never

/** @internal How a provider's `sign` writes bodies, where not as JSON (a form); `undefined` for JSON or a function hookproof did not build. */
export function bodyFormatOf(sign: unknown): BodyFormat | undefined {
  return typeof sign === 'function' ? (sign as { readonly [BODY_FORMAT]?: BodyFormat })[BODY_FORMAT] : undefined
}

function fieldOf(payload: unknown, field: string): unknown {
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

/** @internal A provider's `sign`, built from its definition (apart from `verify`, for smaller bundles). */
export function createSign<const Definition extends AnyDefinition>(
  definition: Definition,
): Sign<EventOf<Definition>, SignOptionsOf<Definition>> {
  const { name, scheme, eventHeader, deliveryIdHeader, bodyFormat } = definition
  const hint = keyHint(definition)

  async function sign(payload: unknown, options: unknown): Promise<SignedDelivery> {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError(
        scheme.examples
          ? `hookproof: sign needs options with the key to sign with, e.g. sign(payload, ${scheme.examples.sign}).`
          : `hookproof: sign needs options with the signing secret, e.g. sign(payload, ${hint.example}).`,
      )
    }
    const given = options as Readonly<Record<string, unknown>> & {
      readonly timestamp?: Date | number
      readonly event?: unknown
      readonly deliveryId?: unknown
    }
    const time = given.timestamp === undefined ? Date.now() : toMillis(given.timestamp, 'options.timestamp')
    const body = typeof payload === 'string' ? payload : bodyFormat ? bodyFormat.write(payload, name) : JSON.stringify(payload)
    if (typeof body !== 'string') {
      throw new TypeError('hookproof: sign needs a payload object (serialized with JSON.stringify) or a raw string.')
    }

    const headers: Record<string, string> = { 'Content-Type': bodyFormat?.contentType ?? 'application/json' }
    if (eventHeader) {
      const event = given.event ?? fieldOf(payload, eventHeader.field)
      if (typeof event !== 'string' || event === '') {
        throw new TypeError(
          `hookproof: ${name} sends the event name in ${eventHeader.header}: pass options.event or a payload with "${eventHeader.field}".`,
        )
      }
      headers[eventHeader.header] = event
    }
    if (deliveryIdHeader) {
      const id = given.deliveryId ?? crypto.randomUUID()
      if (typeof id !== 'string' || id === '') throw new TypeError('hookproof: options.deliveryId must be a non-empty string.')
      headers[deliveryIdHeader] = id
    }
    if (scheme.signDelivery) {
      // The signature goes into the body: the scheme writes both.
      const signed = await scheme.signDelivery(body, given, time, hint)
      return { headers: Object.assign(headers, signed.headers), body: signed.body }
    }
    Object.assign(headers, await scheme.sign(body, given, time, hint))
    return { headers, body }
  }

  // Marked where the provider writes its own bodies, for the testing kit; the JSON providers' sign carries nothing.
  if (bodyFormat) Object.defineProperty(sign, BODY_FORMAT, { value: bodyFormat })
  return sign as Sign<EventOf<Definition>, SignOptionsOf<Definition>>
}
