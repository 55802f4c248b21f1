/**
 * Magic Hour: `magic-hour-event-signature: <hex>` over `<timestamp>.<body>`,
 * `magic-hour-event-timestamp` in Unix seconds. The secret (`whsec_…`) is used
 * whole as the key.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { hmacScheme } from '../schemes/hmac.js'
import { unixSeconds } from '../time/formats.js'

/** A project's status. */
export type MagicHourStatus = 'draft' | 'queued' | 'rendering' | 'complete' | 'error' | 'canceled'

/** Video project types; open. */
export type MagicHourVideoType =
  | 'ANIMATION'
  | 'AUTO_SUBTITLE'
  | 'VIDEO_TO_VIDEO'
  | 'FACE_SWAP'
  | 'TEXT_TO_VIDEO'
  | 'IMAGE_TO_VIDEO'
  | 'LIP_SYNC'
  | 'TALKING_PHOTO'
  | 'AVATAR'
  | 'VIDEO_UPSCALER'
  | 'VIDEO_EDITOR'
  | 'CHARACTER_REPLACE'
  | 'VIDEO_COLORIZER'
  | 'VIDEO_TRANSLATOR'
  | 'MUSIC_VIDEO'
  | 'EXTEND'
  | 'AUDIO_TO_VIDEO'
  | 'VIDEO_EXPANDER'
  | 'UGC_AD'
  | (string & {})

/** Image project types; open. */
export type MagicHourImageType =
  | 'FACE_EDITOR'
  | 'AI_IMAGE_EDITOR'
  | 'AI_SELFIE'
  | 'AI_HEADSHOT'
  | 'AI_INFLUENCER'
  | 'AI_IMAGE'
  | 'AI_MEME'
  | 'CLOTHES_CHANGER'
  | 'BACKGROUND_REMOVER'
  | 'FACE_SWAP'
  | 'IMAGE_UPSCALER'
  | 'IMAGE_ENHANCER'
  | 'AI_GIF'
  | 'QR_CODE'
  | 'PHOTO_EDITOR'
  | 'PHOTO_COLORIZER'
  | 'HEAD_SWAP'
  | 'BODY_SWAP'
  | 'STORYBOARD'
  | 'IMAGE_EXPANDER'
  | (string & {})

/** Audio project types; open. */
export type MagicHourAudioType = 'VOICE_GENERATOR' | 'VOICE_CHANGER' | 'VOICE_CLONER' | 'VIDEO_TO_AUDIO' | 'MUSIC_GENERATOR' | (string & {})

/** The common video error codes; open. */
export type MagicHourVideoErrorCode =
  | 'invalid_video_file'
  | 'file_too_large'
  | 'insufficient_credits'
  | 'invalid_parameters'
  | 'processing_timeout'
  | (string & {})

/** The common image error codes; open. */
export type MagicHourImageErrorCode =
  | 'no_source_face'
  | 'invalid_file_format'
  | 'file_too_large'
  | 'insufficient_credits'
  | 'invalid_parameters'
  | 'content_policy_violation'
  | (string & {})

/** The common audio error codes; open. */
export type MagicHourAudioErrorCode = 'text_too_long' | 'invalid_voice' | 'insufficient_credits' | 'processing_timeout' | (string & {})

/** A download link of a finished project. */
export interface MagicHourDownload {
  url: string
  /** ISO 8601. */
  expires_at: string
}

/** Why a project failed. */
export interface MagicHourError<Code extends string = string> {
  code: Code
  message: string
}

/** The fields every project has. */
export interface MagicHourProjectBase<Type extends string, ErrorCode extends string> {
  id: string
  name: string | null
  status: MagicHourStatus
  type: Type
  /** ISO 8601. */
  created_at: string
  /** `false` when the project was deleted. */
  enabled: boolean
  credits_charged: number
  /** Empty until the project is complete. */
  downloads: MagicHourDownload[]
  error: MagicHourError<ErrorCode> | null
  /** Legacy. */
  total_frame_cost?: number
}

/** A video project, as `GET /v1/video-projects/:id` returns it. */
export interface MagicHourVideoProject extends MagicHourProjectBase<MagicHourVideoType, MagicHourVideoErrorCode> {
  /** -1: ignore. */
  width: number
  /** -1: ignore. */
  height: number
  start_seconds: number
  end_seconds: number
  fps: number
  /** Legacy. */
  download?: MagicHourDownload | null
}

/** An image project, as `GET /v1/image-projects/:id` returns it. */
export interface MagicHourImageProject extends MagicHourProjectBase<MagicHourImageType, MagicHourImageErrorCode> {
  image_count: number
}

/** An audio project, as `GET /v1/audio-projects/:id` returns it. */
export interface MagicHourAudioProject extends MagicHourProjectBase<MagicHourAudioType, MagicHourAudioErrorCode> {}

type Lifecycle = 'started' | 'completed' | 'errored'

/** A delivery: `{ type, payload }`, the payload shaped by the resource in the event name. */
export type MagicHourEventOf<Resource extends 'video' | 'image' | 'audio', Project> = {
  [Action in Lifecycle]: { type: `${Resource}.${Action}`; payload: Project }
}[Lifecycle]

/**
 * Every Magic Hour webhook body; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'video.completed') console.log(event.payload.downloads[0]?.url)
 * ```
 */
export type MagicHourEvent =
  | MagicHourEventOf<'video', MagicHourVideoProject>
  | MagicHourEventOf<'image', MagicHourImageProject>
  | MagicHourEventOf<'audio', MagicHourAudioProject>

/** The nine event names. */
export type MagicHourEventName = MagicHourEvent['type']

/**
 * What `verify` resolves to: a known MagicHour event, or one MagicHour added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type MagicHourDelivery = MagicHourEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<MagicHourEvent>()({
  name: 'Magic Hour',
  secretEnv: 'MAGIC_HOUR_WEBHOOK_SECRET',
  scheme: hmacScheme({
    signatureHeader: 'magic-hour-event-signature',
    timestamp: { header: 'magic-hour-event-timestamp', format: unixSeconds },
  }),
  eventField: 'type',
  events: {
    'video.started': true,
    'video.completed': true,
    'video.errored': true,
    'image.started': true,
    'image.completed': true,
    'image.errored': true,
    'audio.started': true,
    'audio.completed': true,
    'audio.errored': true,
  },
})

/**
 * Verifies a Magic Hour delivery and resolves to its typed body. Checks the
 * signature over `<timestamp>.<body>` and the timestamp (300 s both ways by
 * default, as the docs recommend).
 *
 * Magic Hour retries for 24 h: de-duplicate on `` `${event.payload.id}:${event.type}` ``.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/magichour'
 *
 * const event = await verify(request, { secret: process.env.MAGIC_HOUR_WEBHOOK_SECRET! })
 * if (isKnownEvent(event) && event.type === 'video.errored') console.error(event.payload.error?.code)
 * ```
 */
export const verify: Verify<MagicHourDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Magic Hour does, for testing a handler: resolves to
 * `{ headers, body }` with `magic-hour-event-signature` and `magic-hour-event-timestamp`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/magichour'
 *
 * const delivery = await sign({ type: 'video.completed', payload: project }, { secret: 'whsec_test' })
 * ```
 */
export const sign: Sign<MagicHourEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events MagicHour adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<MagicHourEvent, MagicHourDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries of one event: store it with a
 * unique constraint (or `SET key 1 NX EX 86400` in Redis) and skip the work
 * when it is already there. Magic Hour retries for up to 24 hours; its docs de-duplicate on the project id and the event type.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `cuid-example:video.completed`
 * ```
 */
export function idempotencyKey(event: MagicHourEvent): string {
  return `${event.payload.id}:${event.type}`
}
