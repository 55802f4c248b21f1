/**
 * Baseten (async inference and Frontier Gateway billing webhooks):
 * `X-BASETEN-SIGNATURE: v1=<hex>`, the hex HMAC-SHA256 of the raw body
 * under the workspace webhook secret's UTF-8 bytes (the `whsec_` prefix is
 * part of the key, and nothing is base64-decoded). Baseten sends it only when
 * a webhook secret is configured. For 24 h after a rotation the header
 * lists one `v1=` per valid secret, comma-separated, newest first, and any
 * one may match. Confirmed from Baseten's docs: https://docs.baseten.co/inference/async
 * ("Secure webhooks", and the page's older "Securing async inference", which
 * describes the rotation) and https://docs.baseten.co/frontier-gateway/billing-webhooks
 * (the same signing). No timestamp is signed apart from the body: async bodies
 * carry a signed `time` and billing bodies carry none, so hookproof checks no
 * tolerance (and refuses the option). De-duplicate deliveries to stop
 * replays.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { UntimedVerifyOptions } from '../pipeline/options.js'
import type { SigningSecretOptions } from '../schemes/secret.js'
import { hmacScheme } from '../schemes/hmac.js'

/** Why an async request failed. */
export type BasetenAsyncErrorCode =
  | 'MODEL_NOT_READY'
  | 'MODEL_DOES_NOT_EXIST'
  | 'MODEL_INVALID_INPUT'
  | 'MODEL_PREDICT_ERROR'
  | 'MODEL_UNAVAILABLE'
  | 'MODEL_PREDICT_TIMEOUT'
  | 'INTERNAL_SERVER_ERROR'

/** One error of an async request. */
export interface BasetenAsyncError {
  code: BasetenAsyncErrorCode
  message: string
}

/**
 * `async_request_completed`: the result of an `/async_predict` request (or a
 * Chains `async_run_remote`). Baseten sends this type for every outcome,
 * errors included, so check `errors`.
 */
export interface BasetenAsyncRequestCompleted {
  type: 'async_request_completed'
  /** Unique, and the same on the retry (also sent, unsigned, as `X-BASETEN-REQUEST-ID`). */
  request_id: string
  model_id: string
  deployment_id: string
  /** ISO 8601 UTC with microseconds: when the request was sent to the webhook. Signed, as part of the body. */
  time: string
  /** The model's output, an object or a string; `null` on error. */
  data: Record<string, unknown> | string | null
  /** Empty on success. */
  errors: BasetenAsyncError[]
}

/** One usage record of a billing delivery. The docs say payloads may carry more fields than documented. */
export interface BasetenBillingUsage {
  /** Unique per usage record: what to de-duplicate billing on. */
  idempotencyKey: string
  /** ISO 8601. */
  timestamp: string
  requestId: string
  requestMetadata: Record<string, unknown> | null
  /** e.g. `your-org/your-model`. */
  modelSlug: string
  externalEntityId: string
  apiKeyPrefix: string
  tokens: { inputTokens: number; outputTokens: number; cachedInputTokens: number }
  [field: string]: unknown
}

/** `API_BILLING_USAGE`: Frontier Gateway token usage, one or more records per delivery. */
export interface BasetenApiBillingUsage {
  type: 'API_BILLING_USAGE'
  data: { events: BasetenBillingUsage[]; [field: string]: unknown }
  [field: string]: unknown
}

/**
 * Every Baseten webhook body; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'async_request_completed' && event.errors.length === 0) console.log(event.data)
 * ```
 */
export type BasetenEvent = BasetenAsyncRequestCompleted | BasetenApiBillingUsage

/** The two event types. */
export type BasetenEventName = BasetenEvent['type']

/** `sign` options: the secret, and the unsigned `X-BASETEN-REQUEST-ID`. */
export interface BasetenSignOptions extends SigningSecretOptions {
  /** Sent as `X-BASETEN-REQUEST-ID`, which for async results is the body's `request_id`; default: a random UUID. */
  readonly deliveryId?: string
}

/**
 * What `verify` resolves to: a known Baseten event, or one Baseten added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type BasetenDelivery = BasetenEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<BasetenEvent>()({
  name: 'Baseten',
  // The async docs spell the header `X-BASETEN-SIGNATURE` and the billing docs
  // `X-Baseten-Signature`; header names are case-insensitive. During a
  // rotation the header is `v1=<new>,v1=<old>`. The docs' own samples check
  // only the first entry (or the whole header), so they fail while two
  // secrets are valid. hookproof checks every entry against every secret.
  scheme: hmacScheme({ signatureHeader: 'X-BASETEN-SIGNATURE', prefix: 'v1=', separator: ',' }),
  eventField: 'type',
  events: { async_request_completed: true, API_BILLING_USAGE: true },
  deliveryIdHeader: 'X-BASETEN-REQUEST-ID',
})

/**
 * Verifies a Baseten delivery and resolves to its typed body. The signature
 * covers the body alone and no timestamp is signed in a header, so a
 * `tolerance` option is refused: stop replays by processing each
 * `request_id` (or billing `idempotencyKey`) once.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/baseten'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.BASETEN_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'async_request_completed') console.log(event.request_id, event.errors)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<BasetenDelivery, UntimedVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Baseten does, for testing a handler: resolves to
 * `{ headers, body }` with `X-BASETEN-SIGNATURE` and `X-BASETEN-REQUEST-ID`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/baseten'
 *
 * const delivery = await sign(
 *   { type: 'async_request_completed', request_id: 'req_1', model_id: 'abc123', deployment_id: 'def456',
 *     time: new Date().toISOString(), data: { output: 'model response here' }, errors: [] },
 *   { secret: 'whsec_test_secret', deliveryId: 'req_1' },
 * )
 * ```
 */
export const sign: Sign<BasetenEvent, BasetenSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Baseten adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `type` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.type) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<BasetenEvent, BasetenDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: store it with a unique
 * constraint (or `SET key 1 NX EX 86400` in Redis) and skip the work when it
 * is already there. No timestamp is signed, so processing each delivery once
 * is what stops replays. For async results the key is
 * `async_request_completed:<request_id>`. A request completes once, and the
 * retry sends the same `request_id`. A billing delivery has no id of its own:
 * its key joins the `idempotencyKey` of every usage record in it, in order.
 * That tells a retried delivery apart from a new one. It does not catch a
 * record that comes again in a delivery with different other records, and
 * it does not catch the same records in another order. To bill, de-duplicate
 * each record on its own `idempotencyKey`, as Baseten advises. A billing
 * delivery with no records gets `API_BILLING_USAGE:`, the same key for every
 * such delivery.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `async_request_completed:9876543210abcdef1234567890fedcba`
 * ```
 */
export function idempotencyKey(event: BasetenEvent): string {
  return event.type === 'async_request_completed'
    ? `${event.type}:${event.request_id}`
    : `${event.type}:${event.data.events.map((usage) => usage.idempotencyKey).join(',')}`
}
