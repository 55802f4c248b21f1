/**
 * VideoPilot: `X-VideoPilot-Signature: sha256=<hex>` over the body alone. No
 * timestamp header; the body's own `timestamp` is signed, and checked only
 * when you pass a `tolerance` (retries resend the same body later).
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { VerifyOptions } from '../pipeline/options.js'
import type { SigningSecretOptions } from '../schemes/secret.js'
import { hmacScheme } from '../schemes/hmac.js'
import { isoDateTime } from '../time/formats.js'

/** Render quality; open. */
export type VideoPilotQuality = 'low' | 'medium' | 'high' | (string & {})

/** `data` of `video.script_ready`. */
export interface VideoPilotScriptReady {
  video_id: string
  title: string
  script: string
  status: 'script_ready'
  scene_count: number
}

/** `data` of `video.media_ready`. */
export interface VideoPilotMediaReady {
  video_id: string
  title: string
  status: 'media_ready'
  scene_count: number
  /** Seconds. */
  total_duration: number
  scenes_with_images: number
  scenes_with_audio: number
}

/** `data` of `video.generation_failed`. */
export interface VideoPilotGenerationFailed {
  video_id: string
  title: string
  status: 'failed'
  error: string
  /** e.g. `image_generation`; open. */
  failed_step: string
}

/** `data` of `render.started`. */
export interface VideoPilotRenderStarted {
  render_job_id: string
  video_id: string
  status: 'processing'
  quality: VideoPilotQuality
  /** Seconds. */
  estimated_duration: number
}

/** `data` of `render.completed`. */
export interface VideoPilotRenderCompleted {
  render_job_id: string
  video_id: string
  status: 'completed'
  output_url: string
  /** Seconds. */
  duration: number
  /** Bytes. */
  file_size: number
  quality: VideoPilotQuality
}

/** `data` of `render.failed`. */
export interface VideoPilotRenderFailed {
  render_job_id: string
  video_id: string
  status: 'failed'
  error: string
  quality: VideoPilotQuality
}

/** Each event name with its `data`. */
export interface VideoPilotEventMap {
  'video.script_ready': VideoPilotScriptReady
  'video.media_ready': VideoPilotMediaReady
  'video.generation_failed': VideoPilotGenerationFailed
  'render.started': VideoPilotRenderStarted
  'render.completed': VideoPilotRenderCompleted
  'render.failed': VideoPilotRenderFailed
}

/** The six event names. */
export type VideoPilotEventName = keyof VideoPilotEventMap

/**
 * Every VideoPilot webhook body, `{ event, data, timestamp }`; narrow on `event`.
 *
 * @example
 * ```ts
 * if (event.event === 'render.completed') console.log(event.data.output_url)
 * ```
 */
export type VideoPilotEvent = {
  [Name in VideoPilotEventName]: {
    event: Name
    data: VideoPilotEventMap[Name]
    /** ISO 8601, covered by the signature. */
    timestamp: string
  }
}[VideoPilotEventName]

/**
 * What `verify` resolves to: a known VideoPilot event, or one VideoPilot added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type VideoPilotDelivery = VideoPilotEvent | UnknownEvent<'event'>

const definition = /* @__PURE__ */ providerDefinition<VideoPilotEvent>()({
  name: 'VideoPilot',
  scheme: hmacScheme({ signatureHeader: 'X-VideoPilot-Signature', prefix: 'sha256=' }),
  eventField: 'event',
  bodyTimestamp: { field: 'timestamp', format: isoDateTime },
  events: {
    'video.script_ready': true,
    'video.media_ready': true,
    'video.generation_failed': true,
    'render.started': true,
    'render.completed': true,
    'render.failed': true,
  },
})

/**
 * Verifies a VideoPilot delivery and resolves to its typed body. The signature
 * covers the body only; pass `tolerance` to also bound the age of the body's
 * `timestamp` (off by default, because VideoPilot's retries resend the
 * original body). De-duplicate on `event` + `video_id`/`render_job_id`.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/videopilot'
 *
 * app.post('/webhooks/videopilot', express.raw({ type: () => true }), async (req, res) => {
 *   const event = await verify({ headers: req.headers, body: req.body ?? '' }, { secret: process.env.VIDEOPILOT_WEBHOOK_SECRET! })
 *   res.sendStatus(200)
 * })
 * ```
 */
export const verify: Verify<VideoPilotDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as VideoPilot does, for testing a handler: resolves to
 * `{ headers, body }` with `X-VideoPilot-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/videopilot'
 *
 * const delivery = await sign(
 *   { event: 'render.started', data: { render_job_id: 'render_1', video_id: 'video_1', status: 'processing', quality: 'high', estimated_duration: 180 }, timestamp: new Date().toISOString() },
 *   { secret: 'test-secret' },
 * )
 * ```
 */
export const sign: Sign<VideoPilotEvent, SigningSecretOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events VideoPilot adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<VideoPilotEvent, VideoPilotDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries of one event: store it with a
 * unique constraint (or `SET key 1 NX EX 86400` in Redis) and skip the work
 * when it is already there. VideoPilot retries up to 3 times and signs no timestamp header (the body's is checked only on request), so this key is what stops duplicates and replays: the event with the render job id (render events) or the video id (video events).
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `render.completed:render_789xyz`
 * ```
 */
export function idempotencyKey(event: VideoPilotEvent): string {
  return `${event.event}:${'render_job_id' in event.data ? event.data.render_job_id : event.data.video_id}`
}
