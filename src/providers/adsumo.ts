/**
 * Adsumo: `X-Adsumo-Signature: <hex>` over the body alone. No timestamp, single
 * delivery attempt: de-duplicate on `generation_id`.
 *
 * @module
 */
import { createSign, createVerify, type Provider, type ProviderDefinition } from '../pipeline/provider.js'
import { hmacHexScheme } from '../schemes/hmac-hex.js'

/** Generation types, e.g. `ai-video`, `talking-avatar`; open. */
export type AdsumoGenerationType = 'ai-video' | 'talking-avatar' | (string & {})

/** The fields every delivery has. */
export interface AdsumoGeneration {
  /** UUID. */
  generation_id: string
  type: AdsumoGenerationType
  /** ISO 8601. */
  created_at: string
  /** ISO 8601. */
  completed_at: string
}

/** `generation.completed`: `result_url` is available. */
export interface AdsumoGenerationCompleted extends AdsumoGeneration {
  event: 'generation.completed'
  status: 'completed'
  result_url: string
}

/** `generation.failed`: `error_message` describes the failure. */
export interface AdsumoGenerationFailed extends AdsumoGeneration {
  event: 'generation.failed'
  status: 'failed'
  error_message: string
}

/**
 * Every Adsumo webhook body; narrow on `event`.
 *
 * @example
 * ```ts
 * if (event.event === 'generation.completed') console.log(event.result_url)
 * ```
 */
export type AdsumoEvent = AdsumoGenerationCompleted | AdsumoGenerationFailed

/** The two event names. */
export type AdsumoEventName = AdsumoEvent['event']

const definition: ProviderDefinition = {
  name: 'Adsumo',
  scheme: hmacHexScheme({ signatureHeader: 'X-Adsumo-Signature' }),
  eventField: 'event',
}

/**
 * Verifies an Adsumo delivery and resolves to its typed body. The signature
 * covers the body only and no timestamp is signed, so a `tolerance` option is
 * refused: stop replays by processing each `generation_id` once.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/adsumo'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.ADSUMO_WEBHOOK_SECRET! })
 *   if (event.event === 'generation.failed') console.error(event.error_message)
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Provider<AdsumoEvent>['verify'] = /* @__PURE__ */ createVerify<AdsumoEvent>(definition)

/**
 * Signs a payload as Adsumo does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Adsumo-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/adsumo'
 *
 * const delivery = await sign(
 *   { event: 'generation.completed', generation_id: crypto.randomUUID(), type: 'ai-video', status: 'completed',
 *     result_url: 'https://cdn.example/v.mp4', created_at: '2026-01-15T12:00:00Z', completed_at: '2026-01-15T12:02:30Z' },
 *   { secret: 'test-secret' },
 * )
 * ```
 */
export const sign: Provider<AdsumoEvent>['sign'] = /* @__PURE__ */ createSign<AdsumoEvent>(definition)

/**
 * A stable key for de-duplicating deliveries of one event: store it with a
 * unique constraint (or `SET key 1 NX EX 86400` in Redis) and skip the work
 * when it is already there. Adsumo signs no timestamp: processing each generation's outcome once is what stops replays.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `generation.completed:550e8400-e29b-41d4-a716-446655440000`
 * ```
 */
export function idempotencyKey(event: AdsumoEvent): string {
  return `${event.event}:${event.generation_id}`
}
