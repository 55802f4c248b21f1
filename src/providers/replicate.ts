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
import { createSign, createVerify, type Provider, type ProviderDefinition } from '../pipeline/provider.js'
import { standardWebhooksScheme } from '../schemes/standard-webhooks.js'
import type { StandardWebhooksSignOptions } from './standardwebhooks.js'

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

/** `sign` options beyond the secret and timestamp. */
export type ReplicateSignOptions = StandardWebhooksSignOptions

const definition: ProviderDefinition = {
  name: 'Replicate',
  scheme: standardWebhooksScheme(),
  eventField: 'status',
}

/**
 * Verifies a Replicate delivery and resolves to the prediction. Checks the
 * signatures over `<webhook-id>.<webhook-timestamp>.<body>` and the timestamp
 * (300 s both ways by default).
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/replicate'
 *
 * export async function POST(request: Request) {
 *   const prediction = await verify(request, { secret: process.env.REPLICATE_WEBHOOK_SECRET! })
 *   if (prediction.status === 'succeeded') console.log(prediction.output)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Provider<ReplicateEvent>['verify'] = /* @__PURE__ */ createVerify<ReplicateEvent>(definition)

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
export const sign: Provider<ReplicateEvent, ReplicateEvent, ReplicateSignOptions>['sign'] =
  /* @__PURE__ */ createSign<ReplicateEvent, ReplicateSignOptions>(definition)

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
