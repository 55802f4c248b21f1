/**
 * ImageKit: Standard Webhooks headers (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature: v1,<base64>`, any of a space-separated list may match)
 * over `<webhook-id>.<webhook-timestamp>.<body>`, but keyed with the UTF-8
 * bytes of the whole dashboard secret, `whsec_` included, not the base64
 * after it as the spec reads it. A generic Standard Webhooks verifier given
 * ImageKit's secret decodes it to a wrong key without an error, and refuses
 * every delivery. Confirmed from ImageKit's current docs ("ImageKit follows
 * the Standard Webhooks specification") and its new SDKs (`@imagekit/nodejs`
 * 7.11.0 and `imagekitio`, `client.webhooks.unwrap`, which hand the
 * standardwebhooks library the base64 of the secret's UTF-8 bytes). 300 s
 * both ways, as that library checks.
 *
 * ImageKit's earlier header, `x-ik-signature: t=<ms>,v1=<hex>` (the
 * `imagekit` SDK before 7), is not read here; whether ImageKit still sends it
 * beside these is not documented.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { VerifyOptions } from '../pipeline/options.js'
import { standardWebhooksScheme, type StandardWebhooksSignOptions } from '../schemes/standard-webhooks.js'
import type { SignTimeOptions } from '../time/tolerance.js'

/** The request a video transformation ran for. */
export interface ImageKitVideoRequest {
  /** The URL requested, transformation included. */
  url: string
  x_request_id: string
  user_agent?: string
}

/** What kind of video transformation ran. */
export type ImageKitVideoTransformationType = 'video-transformation' | 'gif-to-video' | 'video-thumbnail'

/** The options of a video transformation. */
export interface ImageKitVideoTransformationOptions {
  /** e.g. `opus`. */
  audio_codec?: string
  auto_rotate?: boolean
  /** e.g. `webm`. */
  format?: string
  quality?: number
  stream_protocol?: 'HLS' | 'DASH'
  /** `unknown[]`: the shape of an element is not documented. */
  variants?: unknown[]
  /** e.g. `vp9`. */
  video_codec?: string
}

/** The video transformation, as `video.transformation.*` events carry it. */
export interface ImageKitVideoTransformation {
  type: ImageKitVideoTransformationType
  options?: ImageKitVideoTransformationOptions
}

/** The `data` of a `video.transformation.*` event. */
export interface ImageKitVideoTransformationData<Transformation extends ImageKitVideoTransformation = ImageKitVideoTransformation> {
  asset: { url: string }
  transformation: Transformation
}

/**
 * A file, as `file.created`, `file.updated`, `file-version.created` and
 * `upload.pre-transform.success` carry it, with every field optional. ImageKit's
 * SDK `File` type has more fields than these. There is no catch-all index
 * signature, so a misspelt field is a compile error.
 */
export interface ImageKitFile {
  fileId?: string
  name?: string
  url?: string
  filePath?: string
  /** e.g. `image`. */
  fileType?: string
  /** Bytes. */
  size?: number
  height?: number
  width?: number
  tags?: string[] | null
  /** `unknown`: its shape is not confirmed. */
  AITags?: unknown
  versionInfo?: { id: string; name: string }
  /** `unknown`: its shape is not confirmed. */
  extensionStatus?: unknown
}

/** The error of a failed upload transformation. */
export interface ImageKitTransformationError {
  error: { reason: string }
}

/** The post-upload transformation an `upload.post-transform.*` event reports on. */
export interface ImageKitPostTransformation {
  type: 'transformation' | 'abs' | 'gif-to-video' | 'thumbnail'
  protocol?: 'hls' | 'dash'
  value?: string
}

/** What every ImageKit event carries. */
export interface ImageKitEnvelope<Name extends string, Data> {
  /** Unique per event: the key to de-duplicate retries with. */
  id: string
  type: Name
  /** ISO 8601. */
  created_at: string
  data: Data
}

/** `video.transformation.accepted`: ImageKit accepted the transformation request. */
export interface ImageKitVideoTransformationAccepted
  extends ImageKitEnvelope<'video.transformation.accepted', ImageKitVideoTransformationData> {
  request: ImageKitVideoRequest
}

/** `video.transformation.ready`: the transformed video is at `data.transformation.output.url`. */
export interface ImageKitVideoTransformationReady
  extends ImageKitEnvelope<
    'video.transformation.ready',
    ImageKitVideoTransformationData<
      ImageKitVideoTransformation & {
        output?: { url: string; video_metadata?: { bitrate: number; duration: number; height: number; width: number } }
      }
    >
  > {
  request: ImageKitVideoRequest
  /** The unit is not documented. */
  timings?: { download_duration?: number; encoding_duration?: number }
}

/** `video.transformation.error`: the transformation failed. */
export interface ImageKitVideoTransformationError
  extends ImageKitEnvelope<
    'video.transformation.error',
    ImageKitVideoTransformationData<
      ImageKitVideoTransformation & { error?: { reason: 'encoding_failed' | 'download_failed' | 'internal_server_error' } }
    >
  > {
  request: ImageKitVideoRequest
}

/** The request of an `upload.pre-transform.*` event: the transformation as a string. */
export interface ImageKitPreTransformRequest {
  /** e.g. `w-300,h-300`. */
  transformation: string
  x_request_id: string
}

/** The request of an `upload.post-transform.*` event. */
export interface ImageKitPostTransformRequest {
  transformation: ImageKitPostTransformation
  x_request_id: string
}

/** `upload.pre-transform.success`: the file, transformed before it was stored. */
export interface ImageKitUploadPreTransformSuccess extends ImageKitEnvelope<'upload.pre-transform.success', ImageKitFile> {
  request: ImageKitPreTransformRequest
}

/** `upload.pre-transform.error`: the transformation before storing failed. */
export interface ImageKitUploadPreTransformError
  extends ImageKitEnvelope<'upload.pre-transform.error', { name: string; path: string; transformation: ImageKitTransformationError }> {
  request: ImageKitPreTransformRequest
}

/** `upload.post-transform.success`: a transformation requested at upload is ready. */
export interface ImageKitUploadPostTransformSuccess
  extends ImageKitEnvelope<'upload.post-transform.success', { fileId: string; name: string; url: string }> {
  request: ImageKitPostTransformRequest
}

/** `upload.post-transform.error`: a transformation requested at upload failed. */
export interface ImageKitUploadPostTransformError
  extends ImageKitEnvelope<
    'upload.post-transform.error',
    { fileId: string; name: string; path: string; url: string; transformation: ImageKitTransformationError }
  > {
  request: ImageKitPostTransformRequest
}

/** The DAM events whose `data` is the whole file. */
export type ImageKitFileEventName = 'file.created' | 'file.updated' | 'file-version.created'

/** Every event type. */
export type ImageKitEventName = ImageKitEvent['type']

/**
 * Every ImageKit webhook body; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'video.transformation.ready') console.log(event.data.transformation.output?.url)
 * ```
 */
export type ImageKitEvent =
  | ImageKitVideoTransformationAccepted
  | ImageKitVideoTransformationReady
  | ImageKitVideoTransformationError
  | ImageKitUploadPreTransformSuccess
  | ImageKitUploadPreTransformError
  | ImageKitUploadPostTransformSuccess
  | ImageKitUploadPostTransformError
  | { [Name in ImageKitFileEventName]: ImageKitEnvelope<Name, ImageKitFile> }[ImageKitFileEventName]
  | ImageKitEnvelope<'file.deleted', { fileId: string }>
  | ImageKitEnvelope<'file-version.deleted', { fileId: string; versionId: string }>

/**
 * What `verify` resolves to: a known ImageKit event, or one ImageKit added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type ImageKitDelivery = ImageKitEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<ImageKitEvent>()({
  name: 'ImageKit',
  scheme: standardWebhooksScheme({ secret: 'text', tolerance: 300 }),
  eventField: 'type',
  events: {
    'video.transformation.accepted': true,
    'video.transformation.ready': true,
    'video.transformation.error': true,
    'upload.pre-transform.success': true,
    'upload.pre-transform.error': true,
    'upload.post-transform.success': true,
    'upload.post-transform.error': true,
    'file.created': true,
    'file.updated': true,
    'file.deleted': true,
    'file-version.created': true,
    'file-version.deleted': true,
  },
})

/**
 * Verifies an ImageKit delivery and resolves to its typed body. Checks the
 * `v1` signatures over `<webhook-id>.<webhook-timestamp>.<body>`, keyed with
 * the secret as text, and the timestamp (300 s both ways by default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/imagekit'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.IMAGEKIT_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'video.transformation.ready') console.log(event.data.transformation.output?.url)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<ImageKitDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/** `sign` options: the secret, the `webhook-id` (default: a random `msg_…`) and the time. */
export interface ImageKitSignOptions extends StandardWebhooksSignOptions, SignTimeOptions {}

/**
 * Signs a payload as ImageKit does, for testing a handler: resolves to
 * `{ headers, body }` with `webhook-id`, `webhook-timestamp` and
 * `webhook-signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/imagekit'
 *
 * const delivery = await sign(
 *   { type: 'file.deleted', id: crypto.randomUUID(), created_at: new Date().toISOString(), data: { fileId: '66a0f0c0e1b2c3d4e5f60718' } },
 *   { secret: 'whsec_test_secret' },
 * )
 * ```
 */
export const sign: Sign<ImageKitEvent, ImageKitSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events ImageKit adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<ImageKitEvent, ImageKitDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: `<type>:<id>`, both signed.
 * ImageKit calls `id` the "unique identifier for the event". The type is kept
 * in the key in case one transformation's `accepted`, `ready` and `error`
 * events share an id. ImageKit does not say they do not, and if they did, a
 * key of the id alone would drop `ready` as a duplicate of `accepted`.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: ImageKitEvent): string {
  return `${event.type}:${event.id}`
}
