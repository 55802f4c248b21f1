/** The body, once the signature matched: UTF-8 JSON, an object, naming its event. */
import type { BodyFormat } from '../encoding/body-format.js'
import { bodyText, isPlainObject } from '../encoding/json.js'
import { WebhookVerificationError } from '../errors.js'
import { checkTimestamp, type ToleranceWindow } from '../time/tolerance.js'
import type { AnyDefinition } from './definition.js'

function invalidPayload(message: string): WebhookVerificationError {
  return new WebhookVerificationError('invalid_payload', message)
}

// Both take the definition's fields, not the definition: every provider's
// definition has its own shape, and a shared function reading fields off
// twelve shapes is slower on the hot path than one handed them.

/**
 * @internal The signed body, parsed; `invalid_payload` unless it is a JSON
 * object (or a body of the provider's own `format`) naming its event.
 */
export function readEvent(
  name: string,
  eventField: string | undefined,
  body: string | Uint8Array,
  format?: BodyFormat,
): Record<string, unknown> {
  // Bytes that are not UTF-8, or a string with a lone surrogate, are no text a sender can send.
  const text = bodyText(body)
  if (text === undefined) throw invalidPayload(`The ${name} body is not valid UTF-8.`)
  if (format) return format.read(text, name)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    // No cause attached: the engine's SyntaxError quotes the body, and
    // errors end up in logs.
    throw invalidPayload(`The ${name} body is not valid JSON.`)
  }
  if (!isPlainObject(parsed)) throw invalidPayload(`The ${name} body is not a JSON object.`)
  if (eventField !== undefined && typeof parsed[eventField] !== 'string') {
    throw invalidPayload(`The ${name} body does not name its event in "${eventField}".`)
  }
  return parsed
}

/** @internal The opt-in check of a timestamp signed inside the body. */
export function checkBodyTimestamp(
  name: string,
  bodyTimestamp: NonNullable<AnyDefinition['bodyTimestamp']>,
  event: Record<string, unknown>,
  tolerance: Exclude<ToleranceWindow, false>,
  now: number,
): void {
  const stamp = event[bodyTimestamp.field]
  if (typeof stamp !== 'string' || stamp === '') {
    throw new WebhookVerificationError(
      'missing_timestamp',
      `The ${name} body has no "${bodyTimestamp.field}" to check the tolerance against.`,
    )
  }
  const time = bodyTimestamp.format.read(stamp)
  if (time === undefined) {
    throw new WebhookVerificationError(
      'malformed_timestamp',
      `The ${name} body's "${bodyTimestamp.field}" is not ${bodyTimestamp.format.description}.`,
    )
  }
  checkTimestamp(time, tolerance, now)
}
