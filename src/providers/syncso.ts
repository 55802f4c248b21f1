/**
 * Sync.so (Sync Labs, lipsync): `Sync-Signature: t=<timestamp>,v1=<hex>`, the
 * hex HMAC-SHA256 of `<t>.<body>` under the webhook signing secret's UTF-8
 * bytes, `whsec_` prefix and all (nothing is stripped or base64-decoded).
 * Confirmed from Sync's docs source (synchronicity-labs/docs-v2
 * `api-reference/webhooks.mdx`, the Express and Flask verifiers) and its
 * Python SDK's webhook types. The body is the generation, as
 * `GET /generate/{id}` returns it; no event is sent, so narrow on `status`.
 *
 * The docs give `t` as digits, "at the time of sending the event", without a
 * unit, and their code checks no timestamp: hookproof reads it as Unix
 * seconds (the Stripe-style default) and checks 300 s both ways. Sync's
 * snippets MAC `JSON.stringify` of the parsed body; hookproof verifies the raw
 * body, which is the same bytes when Sync sends compact JSON. Batch jobs'
 * webhooks are left out: their body and whether they are signed are not
 * documented.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { stripeStyleScheme } from '../schemes/stripe-style.js'

/** The states a generation's webhook is sent in (the SDK's `WebhookStatus`), one event each. */
export type SyncSoWebhookStatus = 'COMPLETED' | 'FAILED'

/** A lipsync model, e.g. `lipsync-2`; open. */
export type SyncSoModel = 'lipsync-2' | 'lipsync-2-pro' | 'lipsync-1.9.0-beta' | 'react-1' | (string & {})

/** One input of the generation. Sync lists `type` and `url` and more besides. */
export interface SyncSoInput {
  /** e.g. `video`, `audio`; open. */
  type: 'video' | 'audio' | (string & {})
  url: string
  [field: string]: unknown
}

/** The generation, as `GET /generate/{id}` returns it and the webhook delivers it (the SDK's `GenerationNotification`). */
export interface SyncSoGeneration<Status extends SyncSoWebhookStatus = SyncSoWebhookStatus> {
  /** The generation id, a UUID. */
  id: string
  /** ISO 8601; not the signature's `t`. */
  createdAt: string
  status: Status
  model: SyncSoModel
  input: SyncSoInput[]
  options?: Record<string, unknown> | null
  /** Where to download the result (completed generations). */
  outputUrl?: string | null
  /** Seconds. */
  outputDuration?: number | null
  segmentOutputUrl?: string | null
  /** The URL this webhook was sent to. */
  webhookUrl?: string | null
  /** Why the generation failed. */
  error?: string | null
  /** A code from Sync's error list (snake_case on the wire, unlike the other fields), e.g. `generation_face_not_detected`. */
  error_code?: string | null
}

/**
 * Every Sync.so webhook body: the generation, narrowed on `status`.
 *
 * @example
 * ```ts
 * if (event.status === 'COMPLETED') console.log(event.outputUrl)
 * ```
 */
export type SyncSoEvent = { [Status in SyncSoWebhookStatus]: SyncSoGeneration<Status> }[SyncSoWebhookStatus]

/**
 * What `verify` resolves to: a known Sync.so event, or one Sync.so added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type SyncSoDelivery = SyncSoEvent | UnknownEvent<'status'>

const definition = /* @__PURE__ */ providerDefinition<SyncSoEvent>()({
  name: 'Sync.so',
  // The unit of `t` is not documented: read as Unix seconds (see the module note).
  scheme: stripeStyleScheme({ header: 'Sync-Signature', version: 'v1', joiner: '.', tolerance: 300 }),
  eventField: 'status',
  events: { COMPLETED: true, FAILED: true },
})

/**
 * Verifies a Sync.so delivery and resolves to the generation. Checks the `v1`
 * signature over `<t>.<body>` and the timestamp (300 s both ways by default;
 * Sync documents no tolerance).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/syncso'
 *
 * export async function POST(request: Request) {
 *   const generation = await verify(request, { secret: process.env.SYNC_SO_WEBHOOK_SECRET! })
 *   if (isKnownEvent(generation) && generation.status === 'COMPLETED') console.log(generation.outputUrl)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<SyncSoDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a generation as Sync.so does, for testing a handler: resolves to
 * `{ headers, body }` with `Sync-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/syncso'
 *
 * const delivery = await sign(
 *   { id: crypto.randomUUID(), createdAt: new Date().toISOString(), status: 'FAILED', model: 'lipsync-2',
 *     input: [{ type: 'video', url: 'https://example.com/in.mp4' }], error: 'Unable to detect a face in the input video' },
 *   { secret: 'whsec_test' },
 * )
 * ```
 */
export const sign: Sign<SyncSoEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Sync.so adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<SyncSoEvent, SyncSoDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: `<generation id>:<status>`.
 * The body carries no event or delivery id, but a generation ends once,
 * completed or failed.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `6533643b-acbb-4c6f-a7f4-1b4fd3c1f1a0:COMPLETED`
 * ```
 */
export function idempotencyKey(event: SyncSoEvent): string {
  return `${event.id}:${event.status}`
}
