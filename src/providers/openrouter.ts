/**
 * OpenRouter (video generation webhooks): `X-OpenRouter-Signature:
 * t=<unix seconds>,v1=<hex>`, the hex HMAC-SHA256 of `<t>,<body>` (joined
 * with a comma, not a dot) under the secret's UTF-8 bytes; sent only when a
 * signing secret is set in the workspace. 300 s tolerance, both ways, as
 * OpenRouter's cookbook checks.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { stripeStyleScheme } from '../schemes/stripe-style.js'

/** The terminal states of a video generation job, one event each. */
export type OpenRouterVideoStatus = 'completed' | 'failed' | 'cancelled' | 'expired'

/** The four event types. */
export type OpenRouterEventName = `video.generation.${OpenRouterVideoStatus}`

/** The job, as the event's `data`. */
export interface OpenRouterVideoJob<Status extends OpenRouterVideoStatus = OpenRouterVideoStatus> {
  id: string
  status: Status
  /** `null` when the job failed before it had one. */
  generation_id?: string | null
  /** `null` when the job failed before it had one; e.g. `google/veo-3.1`. */
  model?: string | null
  /** Where to download the videos (completed jobs). */
  unsigned_urls?: string[]
  usage?: { cost?: number; is_byok?: boolean }
  /** Why the job did not complete, e.g. `Content policy violation`. */
  error?: string
  [field: string]: unknown
}

/**
 * Every OpenRouter video webhook body; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'video.generation.completed') console.log(event.data.unsigned_urls)
 * ```
 */
export type OpenRouterEvent = {
  [Status in OpenRouterVideoStatus]: {
    type: `video.generation.${Status}`
    /** ISO 8601; not the signature's `t`. */
    created_at: string
    data: OpenRouterVideoJob<Status>
  }
}[OpenRouterVideoStatus]

/**
 * What `verify` resolves to: a known OpenRouter event, or one OpenRouter added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type OpenRouterDelivery = OpenRouterEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<OpenRouterEvent>()({
  name: 'OpenRouter',
  scheme: stripeStyleScheme({ header: 'X-OpenRouter-Signature', version: 'v1', joiner: ',', tolerance: 300 }),
  eventField: 'type',
  events: {
    'video.generation.completed': true,
    'video.generation.failed': true,
    'video.generation.cancelled': true,
    'video.generation.expired': true,
  },
})

/**
 * Verifies an OpenRouter video webhook and resolves to its typed body.
 * Checks the `v1` signature over `<t>,<body>` and the timestamp (300 s both
 * ways by default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/openrouter'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.OPENROUTER_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'video.generation.completed') console.log(event.data.unsigned_urls)
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Verify<OpenRouterDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as OpenRouter does, for testing a handler: resolves to
 * `{ headers, body }` with `X-OpenRouter-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/openrouter'
 *
 * const delivery = await sign(
 *   { type: 'video.generation.failed', created_at: new Date().toISOString(), data: { id: 'job_1', status: 'failed', error: 'Job was cancelled' } },
 *   { secret: 'dev_secret' },
 * )
 * ```
 */
export const sign: Sign<OpenRouterEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events OpenRouter adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<OpenRouterEvent, OpenRouterDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: `<job id>-<status>`, the value
 * OpenRouter also sends as `X-OpenRouter-Idempotency-Key`.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: OpenRouterEvent): string {
  return `${event.data.id}-${event.data.status}`
}
