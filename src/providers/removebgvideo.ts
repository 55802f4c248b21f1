/**
 * RemoveBGVideo: `X-Webhook-Signature: sha256=<hex>` over `<timestamp>.<body>`,
 * `X-Webhook-Timestamp` an ISO 8601 string signed exactly as sent. The event
 * name comes in `X-Webhook-Event`, a unique id in `X-Webhook-Delivery-Id`.
 *
 * @module
 */
import { providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import { hmacScheme } from '../schemes/hmac.js'
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
 * Every RemoveBGVideo webhook body: the job, as signed. The event name comes
 * in `X-Webhook-Event`, which the signature does not cover, so hookproof never
 * merges it into the body: a replay could change it. Route on the signed
 * `event` where the body carries one, or on the job's `status`.
 *
 * @example
 * ```ts
 * if (event.status === 'completed') console.log(event.output_url)
 * ```
 */
export type RemoveBGVideoEvent = RemoveBGVideoJob & {
  /** The event, when the body names it (signed, unlike `X-Webhook-Event`). */
  event?: RemoveBGVideoEventName | (string & {})
}

/** `sign` options: the secret and time, and the two unsigned headers. */
export interface RemoveBGVideoSignOptions extends SignOptions {
  /** Sent as `X-Webhook-Event`; default: the payload's `event`. */
  readonly event?: RemoveBGVideoEventName
  /** Sent as `X-Webhook-Delivery-Id`; default: a random UUID. */
  readonly deliveryId?: string
}

const definition = /* @__PURE__ */ providerDefinition<RemoveBGVideoEvent>()({
  name: 'RemoveBGVideo',
  scheme: hmacScheme({
    signatureHeader: 'X-Webhook-Signature',
    prefix: 'sha256=',
    timestamp: { header: 'X-Webhook-Timestamp', format: isoDateTime },
  }),
  eventHeader: { header: 'X-Webhook-Event', field: 'event' },
  deliveryIdHeader: 'X-Webhook-Delivery-Id',
})

/**
 * Verifies a RemoveBGVideo delivery and resolves to its typed body. Checks the
 * signature over `<timestamp>.<body>` (the ISO header string as received) and
 * the timestamp (300 s both ways by default).
 *
 * The body is returned as signed: `X-Webhook-Event` and
 * `X-Webhook-Delivery-Id` are not covered by the signature, so neither is
 * merged into it. De-duplicate with {@link idempotencyKey}, built from the
 * signed body alone.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/removebgvideo'
 *
 * const event = await verify(request, { secret: process.env.REMOVEBGVIDEO_WEBHOOK_SECRET! })
 * if (event.status === 'failed') console.error(event.error)
 * ```
 */
export const verify: Verify<RemoveBGVideoEvent, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

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
export const sign: Sign<RemoveBGVideoEvent, RemoveBGVideoSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * A stable key for de-duplicating deliveries of one event, from the signed
 * body alone: the job id with the body's `event` (or, when it names none, the
 * job's `status`). `undefined` when the body has neither an id nor one of
 * those: such deliveries cannot be told apart, so none may be dropped as a
 * duplicate. `X-Webhook-Delivery-Id` and `X-Webhook-Event` are unsigned, and a
 * replay could change them, so the key never uses them.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const key = idempotencyKey(event) // e.g. `job_8f3a2c:completed`
 * if (key === undefined || (await redis.set(`webhook:${key}`, '1', { NX: true, EX: 86_400 }))) await handle(event)
 * ```
 */
export function idempotencyKey(event: RemoveBGVideoEvent): string | undefined {
  const { id } = event
  const what = typeof event.event === 'string' ? event.event : event.status
  return typeof id === 'string' && id !== '' && typeof what === 'string' && what !== '' ? `${id}:${what}` : undefined
}
