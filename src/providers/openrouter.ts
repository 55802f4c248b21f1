/**
 * OpenRouter (video generation webhooks): `X-OpenRouter-Signature:
 * t=<unix seconds>,v1=<hex>`, the hex HMAC-SHA256 of `<t>,<body>` (joined
 * with a comma, not a dot) under the secret's UTF-8 bytes; sent only when a
 * signing secret is set in the workspace. 300 s tolerance, both ways, as
 * OpenRouter's cookbook checks.
 *
 * @module
 */
import { createSign, createVerify, type Provider, type ProviderDefinition } from '../pipeline/provider.js'
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

const definition: ProviderDefinition = {
  name: 'OpenRouter',
  scheme: stripeStyleScheme({ header: 'X-OpenRouter-Signature', version: 'v1', joiner: ',', tolerance: 300 }),
  eventField: 'type',
}

/**
 * Verifies an OpenRouter video webhook and resolves to its typed body.
 * Checks the `v1` signature over `<t>,<body>` and the timestamp (300 s both
 * ways by default).
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/openrouter'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.OPENROUTER_WEBHOOK_SECRET! })
 *   if (event.type === 'video.generation.completed') console.log(event.data.unsigned_urls)
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Provider<OpenRouterEvent>['verify'] = /* @__PURE__ */ createVerify<OpenRouterEvent>(definition)

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
export const sign: Provider<OpenRouterEvent>['sign'] = /* @__PURE__ */ createSign<OpenRouterEvent>(definition)

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
