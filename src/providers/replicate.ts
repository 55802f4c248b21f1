/**
 * Replicate: Standard Webhooks (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature: v1,<base64>`) over `<id>.<timestamp>.<body>`, the
 * secret `whsec_…` from `GET /v1/webhooks/default/secret`. The body is the
 * prediction; the event (`start`, `output`, `logs`, `completed`) is not sent,
 * so narrow on the prediction's `status`. Replicate's own SDK checks no
 * timestamp; hookproof checks 300 s both ways, as the spec's libraries do.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { VerifyOptions } from '../pipeline/options.js'
import { standardWebhooksScheme, type StandardWebhooksSignOptions } from '../schemes/standard-webhooks.js'
import type { SignTimeOptions } from '../time/tolerance.js'

/** A prediction's state. `starting` and `processing` come with `start`, `output` and `logs` events; the rest with `completed`. */
export type ReplicatePredictionStatus = 'starting' | 'processing' | 'succeeded' | 'failed' | 'canceled' | 'aborted'

/** The prediction, as Replicate's API returns it and webhooks deliver it. */
export interface ReplicatePrediction<Status extends ReplicatePredictionStatus = ReplicatePredictionStatus> {
  id: string
  /** `owner/name`. */
  model: string
  /** The version id, or `hidden`. */
  version: string
  input: Record<string, unknown>
  /** The model's output so far: any JSON, often a URL or a list of URLs. */
  output: unknown
  logs?: string | null
  error?: string | null
  status: Status
  /** ISO 8601. */
  created_at: string
  started_at?: string | null
  completed_at?: string | null
  urls: { get: string; cancel: string; web?: string; stream?: string; [name: string]: string | undefined }
  metrics?: { predict_time?: number; total_time?: number; [name: string]: unknown }
  data_removed?: boolean
  source?: 'api' | 'web' | (string & {})
  deployment?: string | null
  deadline?: string | null
  webhook?: string | null
  webhook_events_filter?: ('start' | 'output' | 'logs' | 'completed')[]
  [field: string]: unknown
}

/**
 * Every Replicate webhook body: the prediction, narrowed on `status`.
 *
 * @example
 * ```ts
 * if (event.status === 'succeeded') console.log(event.output)
 * ```
 */
export type ReplicateEvent = { [Status in ReplicatePredictionStatus]: ReplicatePrediction<Status> }[ReplicatePredictionStatus]

/** `sign` options: the `whsec_…` secret, the time, and the `webhook-id` (`id`). */
export interface ReplicateSignOptions extends StandardWebhooksSignOptions, SignTimeOptions {}

/**
 * What `verify` resolves to: a known Replicate event, or one Replicate added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type ReplicateDelivery = ReplicateEvent | UnknownEvent<'status'>

const definition = /* @__PURE__ */ providerDefinition<ReplicateEvent>()({
  name: 'Replicate',
  scheme: standardWebhooksScheme(),
  eventField: 'status',
  events: { starting: true, processing: true, succeeded: true, failed: true, canceled: true, aborted: true },
})

/**
 * Verifies a Replicate delivery and resolves to the prediction. Checks the
 * signatures over `<webhook-id>.<webhook-timestamp>.<body>` and the timestamp
 * (300 s both ways by default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/replicate'
 *
 * export async function POST(request: Request) {
 *   const prediction = await verify(request, { secret: process.env.REPLICATE_WEBHOOK_SECRET! })
 *   if (isKnownEvent(prediction) && prediction.status === 'succeeded') console.log(prediction.output)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<ReplicateDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a prediction as Replicate does, for testing a handler: resolves to
 * `{ headers, body }` with `webhook-id`, `webhook-timestamp` and `webhook-signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/replicate'
 *
 * const delivery = await sign(prediction, { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
 * ```
 */
export const sign: Sign<ReplicateEvent, ReplicateSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Replicate adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<ReplicateEvent, ReplicateDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A key for de-duplicating deliveries of a prediction's final state: a
 * prediction completes once. (Progress events repeat the prediction as it
 * grows; key those on the `webhook-id` header, the same on every retry.)
 *
 * @example
 * ```ts
 * const prediction = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(prediction)}`, '1', { NX: true, EX: 86_400 })) await handle(prediction)
 * ```
 */
export function idempotencyKey(event: ReplicateEvent): string {
  return `${event.id}:${event.status}`
}
