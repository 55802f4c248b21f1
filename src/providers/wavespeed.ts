/**
 * WaveSpeedAI: Standard Webhooks' headers (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`) and content, `<id>.<timestamp>.<body>`, with three
 * differences: the signature is `v3,<hex>` (one, lowercase hex, no list), and
 * the HMAC-SHA256 key is the UTF-8 bytes of the secret after its `whsec_`
 * prefix, not base64-decoded ("do not base64 decode it"; the prefix is
 * removed only when present, as WaveSpeed's samples do). One secret per
 * account, from `GET https://api.wavespeed.ai/api/v3/webhook/secret`. 300 s
 * both ways, as WaveSpeed's samples check (`WebhookMaxAgeSeconds = 300`,
 * `abs(now - ts) > 300` refuses). Confirmed from WaveSpeedAI's docs page
 * "Verifying Webhooks" (https://wavespeed.ai/docs/docs-api/verifying_webhook)
 * and its JavaScript, Python and Go samples; no WaveSpeed SDK verifies.
 *
 * The body is the task, sent once when it reaches a terminal state; no event
 * is sent, so narrow on `status`.
 *
 * @module
 */
import { hexSignature } from '../encoding/signature.js'
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { VerifyOptions } from '../pipeline/options.js'
import { standardWebhooksScheme, type StandardWebhooksSignOptions } from '../schemes/standard-webhooks.js'
import type { SignTimeOptions } from '../time/tolerance.js'

/** A task's terminal states, one delivery each. */
export type WaveSpeedTaskStatus = 'completed' | 'failed'

/** The fields every delivery has: the task, as `GET /api/v3/predictions/{id}/result` returns it. */
export interface WaveSpeedTask {
  /** The task id; the `webhook-id` in WaveSpeed's example. */
  id: string
  /** e.g. `wavespeed-ai/flux-dev`. */
  model: string
  /** The task's input, as submitted: the model's own parameters. Absent from WaveSpeed's verification-page example. */
  input?: Record<string, unknown>
  urls: { get: string }
  /** One flag per output. */
  has_nsfw_contents: boolean[]
  /** ISO 8601. */
  created_at: string
  /** Why the task failed; empty on success. */
  error: string
  /** Milliseconds; in the verification-page example only. */
  executionTime?: number
  /** In the verification-page example only. */
  timings?: { inference?: number }
}

/** A task that completed: `outputs` holds the URLs of what it made. */
export interface WaveSpeedTaskCompleted extends WaveSpeedTask {
  status: 'completed'
  outputs: string[]
}

/** A task that failed: `error` says why. */
export interface WaveSpeedTaskFailed extends WaveSpeedTask {
  status: 'failed'
  /** "Only present when status is completed"; WaveSpeed's template sends `[]`. */
  outputs?: string[]
}

/**
 * Every WaveSpeedAI webhook body: the task, narrowed on `status`.
 *
 * @example
 * ```ts
 * if (event.status === 'completed') console.log(event.outputs)
 * ```
 */
export type WaveSpeedEvent = WaveSpeedTaskCompleted | WaveSpeedTaskFailed

/** `sign` options: the `whsec_…` secret, the time, and the `webhook-id` (`id`). */
export interface WaveSpeedSignOptions extends StandardWebhooksSignOptions, SignTimeOptions {}

/**
 * What `verify` resolves to: a known WaveSpeedAI event, or one WaveSpeedAI added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type WaveSpeedDelivery = WaveSpeedEvent | UnknownEvent<'status'>

const definition = /* @__PURE__ */ providerDefinition<WaveSpeedEvent>()({
  name: 'WaveSpeedAI',
  secretEnv: 'WAVESPEED_WEBHOOK_SECRET',
  scheme: standardWebhooksScheme({ secret: 'text-after-whsec', signature: { version: 'v3', encoding: hexSignature }, tolerance: 300 }),
  eventField: 'status',
  events: { completed: true, failed: true },
})

/**
 * Verifies a WaveSpeedAI delivery and resolves to the task. Checks the `v3`
 * signature over `<webhook-id>.<webhook-timestamp>.<body>`, keyed with the
 * secret's text after `whsec_`, and the timestamp (300 s both ways by
 * default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/wavespeed'
 *
 * export async function POST(request: Request) {
 *   const task = await verify(request, { secret: process.env.WAVESPEED_WEBHOOK_SECRET! })
 *   if (isKnownEvent(task) && task.status === 'completed') console.log(task.outputs)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<WaveSpeedDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a task as WaveSpeedAI does, for testing a handler: resolves to
 * `{ headers, body }` with `webhook-id`, `webhook-timestamp` and
 * `webhook-signature: v3,<hex>`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/wavespeed'
 *
 * const delivery = await sign(
 *   { id: 'pred_abc123', model: 'wavespeed-ai/flux-dev', status: 'failed', outputs: [], has_nsfw_contents: [],
 *     urls: { get: 'https://api.wavespeed.ai/api/v3/predictions/pred_abc123/result' }, created_at: '2025-09-25T09:12:48Z', error: 'timeout' },
 *   { secret: 'whsec_test-secret', id: 'pred_abc123' },
 * )
 * ```
 */
export const sign: Sign<WaveSpeedEvent, WaveSpeedSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events WaveSpeedAI adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<WaveSpeedEvent, WaveSpeedDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: `<task id>:<status>`. A task
 * reaches its terminal state once, and WaveSpeedAI retries a delivery up to
 * 3 times. (The signed `webhook-id` header is the other candidate, but
 * WaveSpeedAI does not say it stays the same across retries.)
 *
 * @example
 * ```ts
 * const task = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(task)}`, '1', { NX: true, EX: 86_400 })) await handle(task)
 * ```
 */
export function idempotencyKey(event: WaveSpeedEvent): string {
  return `${event.id}:${event.status}`
}
