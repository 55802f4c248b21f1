/**
 * fal.ai: Ed25519 over `<request id>\n<user id>\n<timestamp>\n<hex SHA-256 of
 * the body>`, the signature in hex in `X-Fal-Webhook-Signature`, the other
 * three values in `X-Fal-Webhook-Request-Id`, `-User-Id` and `-Timestamp`
 * (Unix seconds, 300 s both ways). The keys are fal's JWKS, fetched from
 * `https://rest.fal.ai/.well-known/jwks.json` and kept 24 h at most; no
 * secret.
 *
 * @module
 */
import type { Ed25519PrivateKey } from '../crypto/ed25519.js'
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { CheckOptions, SignTimeOptions } from '../time/tolerance.js'
import { type Ed25519JwksVerifyOptions, ed25519JwksScheme } from '../schemes/ed25519-jwks.js'

/**
 * fal's JWKS URL, the default of `options.jwksUrl`.
 *
 * @example
 * ```ts
 * // Where verify may not fetch, the key set loaded ahead (at deploy time) and given as options.jwks:
 * const jwks = await (await fetch(FAL_JWKS_URL)).json()
 * ```
 */
export const FAL_JWKS_URL = 'https://rest.fal.ai/.well-known/jwks.json'

/** A request that completed: `payload` is the model's output. */
export interface FalResultOk<Payload = Record<string, unknown>> {
  request_id: string
  /** The request id of the attempt that produced this result (after retries). */
  gateway_request_id?: string
  status: 'OK'
  payload: Payload | null
  /** Set when the output could not be serialized as JSON (`payload` is then `null`). */
  payload_error?: string | null
  error?: string | null
  [field: string]: unknown
}

/** A request that failed. */
export interface FalResultError {
  request_id: string
  gateway_request_id?: string
  status: 'ERROR'
  /** e.g. `Invalid status code: 422`. */
  error: string
  /** Details of the failure (e.g. validation errors), when the model gave any. */
  payload?: unknown
  payload_error?: string | null
  [field: string]: unknown
}

/**
 * Every fal webhook body; narrow on `status`.
 *
 * @example
 * ```ts
 * if (event.status === 'OK') console.log(event.payload)
 * ```
 */
export type FalEvent<Payload = Record<string, unknown>> = FalResultOk<Payload> | FalResultError

/** Options of fal's `verify`: none are needed (the keys come from fal's JWKS). */
export interface FalVerifyOptions extends Ed25519JwksVerifyOptions, CheckOptions {}

/** Options of fal's `sign`. */
export interface FalSignOptions extends SignTimeOptions {
  /** The Ed25519 private key: a JWK, a `CryptoKey` or the 32-byte seed. Verify with its public key in `options.jwks`. */
  readonly privateKey: Ed25519PrivateKey
  /** `X-Fal-Webhook-Request-Id`; default: a random UUID. */
  readonly requestId?: string
  /** `X-Fal-Webhook-User-Id`; default: a random UUID. */
  readonly userId?: string
}

/**
 * What `verify` resolves to: a known Fal event, or one Fal added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type FalDelivery = FalEvent | UnknownEvent<'status'>

const definition = /* @__PURE__ */ providerDefinition<FalEvent>()({
  name: 'fal',
  scheme: ed25519JwksScheme({
    signatureHeader: 'X-Fal-Webhook-Signature',
    fields: [
      { header: 'X-Fal-Webhook-Request-Id', option: 'requestId' },
      { header: 'X-Fal-Webhook-User-Id', option: 'userId' },
      { header: 'X-Fal-Webhook-Timestamp', option: 'timestamp' },
    ],
    timestampHeader: 'X-Fal-Webhook-Timestamp',
    separator: '\n',
    jwksUrl: FAL_JWKS_URL,
    tolerance: 300,
  }),
  eventField: 'status',
  events: { OK: true, ERROR: true },
})

/**
 * Verifies a fal delivery and resolves to its typed body. Checks the Ed25519
 * signature against fal's JWKS (fetched, cached 24 h, fetched again when no
 * cached key verifies) and the timestamp (300 s both ways by default). A JWKS
 * that cannot be loaded rejects with a plain `Error`: answer 500, fal retries.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/fal'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request)
 *   if (isKnownEvent(event) && event.status === 'OK') console.log(event.payload)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<FalDelivery, FalVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as fal does, for testing a handler: resolves to `{ headers,
 * body }` with the four `X-Fal-Webhook-*` headers. Verify it with the key
 * pair's public JWK as `options.jwks`.
 *
 * @example
 * ```ts
 * import { sign, verify } from 'hookproof/fal'
 *
 * const { privateKey, publicKey } = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair
 * const delivery = await sign({ request_id: 'r1', status: 'OK', payload: { images: [] } }, { privateKey, requestId: 'r1' })
 * const event = await verify(delivery, { jwks: { keys: [await crypto.subtle.exportKey('jwk', publicKey)] } })
 * ```
 */
export const sign: Sign<FalEvent, FalSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Fal adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `status` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.status) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<FalEvent, FalDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: fal sends one result per
 * request and retries it with the same `request_id`.
 *
 * @example
 * ```ts
 * const event = await verify(request)
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: FalEvent): string {
  return `fal:${event.request_id}`
}
