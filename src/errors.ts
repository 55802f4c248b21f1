/**
 * Why a delivery was rejected. A closed set: a handler can switch over it.
 *
 * | code | when |
 * |---|---|
 * | `missing_signature` | the signature header is absent or empty |
 * | `missing_timestamp` | the scheme signs a timestamp and it is absent or empty |
 * | `malformed_signature` | wrong prefix, wrong length, not hex |
 * | `malformed_timestamp` | not the timestamp format the provider uses |
 * | `timestamp_too_old` | older than the tolerance allows |
 * | `timestamp_too_new` | further in the future than the tolerance allows |
 * | `signature_mismatch` | well-formed, but no secret produces it |
 * | `body_too_large` | the body holds more bytes than `maxBodyBytes` allows (read no further) |
 * | `body_unreadable` | the body stream failed before its end (the sender hung up mid-body) |
 * | `invalid_payload` | signature valid, but the body is not the JSON object the provider sends |
 */
export type WebhookVerificationErrorCode =
  | 'missing_signature'
  | 'missing_timestamp'
  | 'malformed_signature'
  | 'malformed_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'signature_mismatch'
  | 'body_too_large'
  | 'body_unreadable'
  | 'invalid_payload'

/** The HTTP statuses hookproof suggests for a refusal. */
export type WebhookVerificationStatus = 400 | 401 | 413

/**
 * The HTTP status to answer each refusal with, the one mapping hookproof
 * documents: 401 when the delivery is well-formed but not authentic or not
 * fresh, 413 when its body is over the bound, 400 when it is not well-formed.
 */
const STATUS: Readonly<Record<WebhookVerificationErrorCode, WebhookVerificationStatus>> = {
  missing_signature: 400,
  missing_timestamp: 400,
  malformed_signature: 400,
  malformed_timestamp: 400,
  timestamp_too_old: 401,
  timestamp_too_new: 401,
  signature_mismatch: 401,
  body_too_large: 413,
  body_unreadable: 400,
  invalid_payload: 400,
}

const CODES: ReadonlySet<string> = new Set(Object.keys(STATUS))

/**
 * The one error `verify` rejects with when a delivery fails a check. Anything
 * else it throws is not the delivery's fault: a `TypeError` is a mistake in
 * the calling code, and a plain `Error` a key set that could not be fetched
 * (answer 500: the provider retries).
 *
 * Messages name the failed check and the header involved; they never contain a
 * secret, a signature or the body.
 *
 * @example
 * ```ts
 * try {
 *   const event = await verify(request, { secret })
 * } catch (error) {
 *   if (error instanceof WebhookVerificationError) return new Response(error.code, { status: error.status })
 *   throw error // misconfiguration: let it become a 500
 * }
 * ```
 */
export class WebhookVerificationError extends Error {
  /** Why the delivery was rejected. */
  readonly code: WebhookVerificationErrorCode
  /**
   * The HTTP status to answer with: 401 for `signature_mismatch`,
   * `timestamp_too_old` and `timestamp_too_new` (well-formed, but not
   * authentic or not fresh), 413 for `body_too_large`, 400 for the rest
   * (not well-formed, or not received whole).
   */
  readonly status: WebhookVerificationStatus

  constructor(code: WebhookVerificationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.status = STATUS[code]
  }

  // Set on the prototype so that `name` survives minification and is shared by
  // every instance, as with the built-in errors.
  static {
    Object.defineProperty(this.prototype, 'name', {
      value: 'WebhookVerificationError',
      writable: true,
      configurable: true,
    })
  }
}

/**
 * Whether `error` is a {@link WebhookVerificationError}, also when it comes from
 * another realm or from the other (ESM or CJS) copy of hookproof, where
 * `instanceof` fails.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (isWebhookVerificationError(error)) return new Response(error.code, { status: error.status })
 *   throw error
 * }
 * ```
 */
export function isWebhookVerificationError(error: unknown): error is WebhookVerificationError {
  if (error instanceof WebhookVerificationError) return true
  if (typeof error !== 'object' || error === null) return false
  const { name, code, status } = error as { name?: unknown; code?: unknown; status?: unknown }
  // The status too: a handler answers with it, and one missing would answer 200.
  return (
    name === 'WebhookVerificationError' &&
    typeof code === 'string' &&
    CODES.has(code) &&
    status === STATUS[code as WebhookVerificationErrorCode]
  )
}
