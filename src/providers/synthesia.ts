/**
 * Synthesia: `Synthesia-Signature`, the hex HMAC-SHA256 of
 * `<Synthesia-Timestamp>.<body>` under the secret's UTF-8 bytes. Synthesia
 * calls the timestamp check optional and does not document the timestamp's
 * unit, so hookproof signs and requires the header but checks no tolerance
 * (and refuses the option): de-duplicate deliveries by video id and event.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, UntimedVerifyOptions } from '../pipeline/options.js'
import { hmacScheme } from '../schemes/hmac.js'

/** The two event types. */
export type SynthesiaEventName = 'video.completed' | 'video.failed'

/** A video's state; open. */
export type SynthesiaVideoStatus = 'in_progress' | 'complete' | 'error' | 'rejected' | (string & {})

/** The video, as events carry it. Fields only a complete video has are optional. */
export interface SynthesiaVideo {
  id: string
  title?: string
  description?: string
  visibility?: 'public' | 'private' | (string & {})
  status: SynthesiaVideoStatus
  /** A time-limited download URL (complete videos). */
  download?: string
  /** e.g. `0:00:12.5`: a string (complete videos). */
  duration?: string
  /** Time-limited URLs of the captions, vtt and srt. */
  captions?: Record<string, unknown>
  /** Time-limited URLs of the static and animated thumbnails. */
  thumbnail?: Record<string, unknown>
  /** What was set as `callbackId` when the video was created. */
  callbackId?: string
  /** Unix seconds. */
  createdAt?: number
  /** Unix seconds. */
  lastUpdatedAt?: number
  [field: string]: unknown
}

/**
 * Every Synthesia webhook body, `{ type, data }`; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'video.completed') console.log(event.data.download)
 * ```
 */
export type SynthesiaEvent = {
  [Name in SynthesiaEventName]: { type: Name; data: SynthesiaVideo }
}[SynthesiaEventName]

/**
 * What `verify` resolves to: a known Synthesia event, or one Synthesia added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type SynthesiaDelivery = SynthesiaEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<SynthesiaEvent>()({
  name: 'Synthesia',
  scheme: hmacScheme({ signatureHeader: 'Synthesia-Signature', timestamp: { header: 'Synthesia-Timestamp' } }),
  eventField: 'type',
  events: { 'video.completed': true, 'video.failed': true },
})

/**
 * Verifies a Synthesia delivery and resolves to its typed body. Checks the
 * signature over `<Synthesia-Timestamp>.<body>`; no tolerance (see the module
 * note).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/synthesia'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.SYNTHESIA_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'video.completed') console.log(event.data.download)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<SynthesiaDelivery, UntimedVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Synthesia does, for testing a handler: resolves to
 * `{ headers, body }` with `Synthesia-Timestamp` (Unix seconds) and `Synthesia-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/synthesia'
 *
 * const delivery = await sign({ type: 'video.completed', data: { id: 'vid_1', status: 'complete' } }, { secret: 'test-secret' })
 * ```
 */
export const sign: Sign<SynthesiaEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Synthesia adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<SynthesiaEvent, SynthesiaDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: each video reaches each state
 * once, and Synthesia retries twice within ten minutes.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: SynthesiaEvent): string {
  return `${event.type}:${event.data.id}`
}
