/**
 * Adsumo: `X-Adsumo-Signature: <hex>` over the body alone. No timestamp, single
 * delivery attempt: de-duplicate on `generation_id`.
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

/**
 * What `verify` resolves to: a known Adsumo event, or one Adsumo added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type AdsumoDelivery = AdsumoEvent | UnknownEvent<'event'>

const definition = /* @__PURE__ */ providerDefinition<AdsumoEvent>()({
  name: 'Adsumo',
  scheme: hmacScheme({ signatureHeader: 'X-Adsumo-Signature' }),
  eventField: 'event',
  events: { 'generation.completed': true, 'generation.failed': true },
})

/**
 * Verifies an Adsumo delivery and resolves to its typed body. The signature
 * covers the body only and no timestamp is signed, so a `tolerance` option is
 * refused: stop replays by processing each `generation_id` once.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/adsumo'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.ADSUMO_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.event === 'generation.failed') console.error(event.error_message)
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Verify<AdsumoDelivery, UntimedVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

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
export const sign: Sign<AdsumoEvent, SigningSecretOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Adsumo adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `event` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.event) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<AdsumoEvent, AdsumoDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

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
