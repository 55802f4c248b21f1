/**
 * RemoveBGVideo: `X-Webhook-Signature: sha256=<hex>` over `<timestamp>.<body>`,
 * `X-Webhook-Timestamp` an ISO 8601 string signed exactly as sent. The event
 * name comes in `X-Webhook-Event`, a unique id in `X-Webhook-Delivery-Id`.
 *
 * @module
 */
import { createSign, createVerify, type DeliveryHeaderOptions, type Provider, type ProviderDefinition } from '../pipeline/provider.js'
import { hmacHexScheme } from '../schemes/hmac-hex.js'
import { isoDateTime } from '../time/formats.js'

/** Job statuses; open. */
export type RemoveBGVideoJobStatus = 'pending' | 'created' | 'processing' | 'completed' | 'failed' | (string & {})

/** The three event names. */
export type RemoveBGVideoEventName = 'job.started' | 'job.completed' | 'job.failed'

/**
 * The job, as `GET /v1/jobs/{id}` returns it. The webhook body is not
 * documented, so every field is optional and unknown fields are kept.
 */
export interface RemoveBGVideoJob {
  id?: string
  status?: RemoveBGVideoJobStatus
  /** 0–100. */
  progress?: number
  output_url?: string | null
  error?: string | null
  /** ISO 8601. */
  created_at?: string
  duration_seconds?: number | null
  billing_status?: string | null
  [field: string]: unknown
}

/**
 * Every RemoveBGVideo webhook body; narrow on `event`, which `verify` takes
 * from `X-Webhook-Event` when the body has none.
 *
 * @example
 * ```ts
 * if (event.event === 'job.completed') console.log(event.output_url)
 * ```
 */
export type RemoveBGVideoEvent = {
  [Name in RemoveBGVideoEventName]: RemoveBGVideoJob & { event: Name }
}[RemoveBGVideoEventName]

/** What `sign` takes: the job, with or without `event` (then pass `options.event`). */
export type RemoveBGVideoPayload = RemoveBGVideoJob & { event?: RemoveBGVideoEventName }

/** `sign` options beyond the secret and timestamp. */
export interface RemoveBGVideoSignOptions extends DeliveryHeaderOptions {
  /** Sent as `X-Webhook-Event`; default: the payload's `event`. */
  readonly event?: RemoveBGVideoEventName
}

type RemoveBGVideo = Provider<RemoveBGVideoEvent, RemoveBGVideoPayload, RemoveBGVideoSignOptions>

const definition: ProviderDefinition = {
  name: 'RemoveBGVideo',
  scheme: hmacHexScheme({
    signatureHeader: 'X-Webhook-Signature',
    prefix: 'sha256=',
    timestamp: { header: 'X-Webhook-Timestamp', format: isoDateTime },
  }),
  eventField: 'event',
  eventHeader: 'X-Webhook-Event',
  deliveryIdHeader: 'X-Webhook-Delivery-Id',
}

/**
 * Verifies a RemoveBGVideo delivery and resolves to its typed body. Checks the
 * signature over `<timestamp>.<body>` (the ISO header string as received) and
 * the timestamp (300 s both ways by default).
 *
 * `X-Webhook-Event` is not covered by the signature: it fills `event` only
 * when the signed body has none, and never overrides the body. De-duplicate on
 * `X-Webhook-Delivery-Id`, or on the job id and event.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/removebgvideo'
 *
 * const event = await verify(request, { secret: process.env.REMOVEBGVIDEO_WEBHOOK_SECRET! })
 * if (event.event === 'job.failed') console.error(event.error)
 * ```
 */
export const verify: RemoveBGVideo['verify'] = /* @__PURE__ */ createVerify<RemoveBGVideoEvent>(definition)

/**
 * Signs a payload as RemoveBGVideo does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Webhook-Event`, `X-Webhook-Delivery-Id`,
 * `X-Webhook-Timestamp` and `X-Webhook-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/removebgvideo'
 *
 * const delivery = await sign({ id: 'job_1', status: 'completed', output_url: 'https://…' }, { secret: 'test-secret', event: 'job.completed' })
 * ```
 */
export const sign: RemoveBGVideo['sign'] = /* @__PURE__ */ createSign<RemoveBGVideoPayload, RemoveBGVideoSignOptions>(definition)

/**
 * A stable key for de-duplicating deliveries of one event: store it with a
 * unique constraint (or `SET key 1 NX EX 86400` in Redis) and skip the work
 * when it is already there. The job id and the event. `X-Webhook-Delivery-Id` is not covered by the signature, so a replay could change it; the job id in the signed body cannot be.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `job_8f3a2c:job.completed`
 * ```
 */
export function idempotencyKey(event: RemoveBGVideoEvent): string {
  return `${event.id ?? ''}:${event.event}`
}
