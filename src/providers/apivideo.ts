/**
 * api.video (video hosting and live streaming): `X-Api-Video-Signature:
 * <hex>`, the lowercase hex HMAC-SHA256 of the body alone, no prefix, under
 * the UTF-8 bytes of **one webhook's** `signatureSecret` (`sig_sec_…`, not
 * the API key). Every webhook api.video creates has its own secret, returned
 * by `POST /webhooks` and `GET /webhooks/{webhookId}`, and each delivery names
 * its webhook in `X-Api-Video-WebhookID`: `verify` takes the secrets by
 * webhook id and picks the one that header names, as api.video's docs do.
 * That header is not signed: it only chooses the key, and a delivery signed
 * with webhook A's secret but naming webhook B is refused. No timestamp is
 * signed and the body has no event or delivery id (its `emittedAt` is not
 * checked), so a captured delivery verifies until the webhook is deleted:
 * replays are stopped only by de-duplicating (`idempotencyKey`).
 *
 * Confirmed from api.video's docs source (`apivideo/api.video-documentation`
 * @f159d730, `reference/create-and-manage-webhooks.md`, section "Verify
 * webhook origins", https://docs.api.video/reference/create-and-manage-webhooks;
 * and `openapi.yaml`, its `x-webhooks` and the `Webhook` schema's
 * `signatureSecret`). The page's "Simulate a webhook call" delivery verifies
 * under the placeholder secret shown earlier on it,
 * `sig_sec_0000000000000000000000` (the page does not pair the two).
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import { hmacScheme } from '../schemes/hmac.js'
import type { BodyOptions } from '../http/body.js'
import { secretByHeader, type SecretByHeaderOptions, type SecretByHeaderSignOptions } from '../schemes/secret-by-header.js'
import type { NoTimestampOptions } from '../time/tolerance.js'

// The OpenAPI document marks no field of any webhook body required, while
// every example and the guide show them all: every field but `type` (which
// `verify` needs to route) is optional here, the conservative reading.

/** The fields every event carries besides `type`. */
export interface ApiVideoEventFields {
  /** ISO 8601, when api.video sent the event; its examples show both `2021-01-29T15:46:25.217Z` and `2024-08-15T10:18:47+00:00`. */
  emittedAt?: string
}

/** How a rendition is packaged: the OpenAPI enum; open, as new ones may appear. */
export type ApiVideoEncoding = 'hls' | 'mp4' | (string & {})

/** A rendition's quality: the OpenAPI enum stops at `1080p`, the guide says up to 4k, so open. */
export type ApiVideoQuality = '240p' | '360p' | '480p' | '720p' | '1080p' | (string & {})

/** `live-stream.broadcast.started`: a live stream began broadcasting. */
export interface ApiVideoBroadcastStarted extends ApiVideoEventFields {
  type: 'live-stream.broadcast.started'
  /** `li…` */
  liveStreamId?: string
}

/** `live-stream.broadcast.ended`: a live stream stopped broadcasting. */
export interface ApiVideoBroadcastEnded extends ApiVideoEventFields {
  type: 'live-stream.broadcast.ended'
  /** `li…` */
  liveStreamId?: string
}

/** `video.source.recorded`: a live stream's broadcast was recorded as a video. */
export interface ApiVideoSourceRecorded extends ApiVideoEventFields {
  type: 'video.source.recorded'
  /** `li…`: the stream that was recorded. */
  liveStreamId?: string
  /** `vi…`: the recording. */
  videoId?: string
}

/** `video.encoding.quality.completed`: one rendition (an encoding at a quality) of a video is ready. */
export interface ApiVideoEncodingQualityCompleted extends ApiVideoEventFields {
  type: 'video.encoding.quality.completed'
  /** `vi…` */
  videoId?: string
  /** Not in the OpenAPI event, but in the guide's example: the live stream a recording came from. */
  liveStreamId?: string
  encoding?: ApiVideoEncoding
  quality?: ApiVideoQuality
}

/** `video.caption.generated`: captions were generated for a video. */
export interface ApiVideoCaptionGenerated extends ApiVideoEventFields {
  type: 'video.caption.generated'
  /** `vi…` */
  videoId?: string
  /** `caption_…` */
  captionId?: string
  /** `transcript` is the only documented mode; open. */
  generationMode?: 'transcript' | (string & {})
  /** An IETF language tag from the OpenAPI list (`ar`, `ca`, `cs`, … `en`, … `zh`). */
  language?: string
}

/** `video.summary.generated`: a summary was generated for a video. */
export interface ApiVideoSummaryGenerated extends ApiVideoEventFields {
  type: 'video.summary.generated'
  /** `vi…` */
  videoId?: string
  /** `summary_…` */
  summaryId?: string
}

/**
 * Every api.video webhook body, flat; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'video.encoding.quality.completed') console.log(event.videoId, event.encoding, event.quality)
 * ```
 */
export type ApiVideoEvent =
  | ApiVideoBroadcastStarted
  | ApiVideoBroadcastEnded
  | ApiVideoSourceRecorded
  | ApiVideoEncodingQualityCompleted
  | ApiVideoCaptionGenerated
  | ApiVideoSummaryGenerated

/** The six event types, as a webhook's `events` list names them. */
export type ApiVideoEventName = ApiVideoEvent['type']

/**
 * What `verify` resolves to: a known api.video event, or one api.video added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type ApiVideoDelivery = ApiVideoEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<ApiVideoEvent>()({
  name: 'api.video',
  scheme: secretByHeader(hmacScheme({ signatureHeader: 'X-Api-Video-Signature' }), {
    header: 'X-Api-Video-WebhookID',
    signOption: 'webhookId',
  }),
  eventField: 'type',
  events: {
    'live-stream.broadcast.started': true,
    'live-stream.broadcast.ended': true,
    'video.source.recorded': true,
    'video.encoding.quality.completed': true,
    'video.caption.generated': true,
    'video.summary.generated': true,
  },
})

/** Options of api.video's `verify`: the secrets by webhook id (or one secret), the body bound; no `tolerance` (nothing is timed). */
export type ApiVideoVerifyOptions = SecretByHeaderOptions & NoTimestampOptions & BodyOptions

/**
 * Verifies an api.video delivery and resolves to its typed body. Pass each
 * webhook's `signatureSecret` by its id as `secrets`: the one
 * `X-Api-Video-WebhookID` names is tried, and an id not among them is
 * refused. With a single webhook, `{ secret }` also works (tried whatever the
 * id). The signature covers the body only and no timestamp is signed, so a
 * `tolerance` option is refused: stop replays with `idempotencyKey`.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/apivideo'
 *
 * // Each webhook's signatureSecret (from POST /webhooks or GET /webhooks), by its id.
 * const secrets = { [process.env.API_VIDEO_WEBHOOK_ID!]: process.env.API_VIDEO_WEBHOOK_SECRET! }
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secrets })
 *   if (isKnownEvent(event) && event.type === 'video.encoding.quality.completed') console.log(event.videoId, event.quality)
 *   return new Response(null, { status: 202 })
 * }
 * ```
 */
export const verify: Verify<ApiVideoDelivery, ApiVideoVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as api.video does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Api-Video-WebhookID` (`options.webhookId`, or a
 * random id) and `X-Api-Video-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/apivideo'
 *
 * const delivery = await sign(
 *   { type: 'video.encoding.quality.completed', emittedAt: new Date().toISOString(), videoId: 'vi4blUQJFrYWbaG44NChkH11', encoding: 'hls', quality: '720p' },
 *   { secret: 'sig_sec_Abcd12348RLP7VPLi7nYVh', webhookId: 'webhook_1BWt3JArmQq9sNZzsHStRS' },
 * )
 * await fetch('http://localhost:3000/webhooks/apivideo', { method: 'POST', ...delivery })
 * ```
 */
export const sign: Sign<ApiVideoEvent, SecretByHeaderSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events api.video adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `type` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secrets })
 * if (!isKnownEvent(event)) return new Response(null, { status: 202 }) // an event added since: log it
 * switch (event.type) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<ApiVideoEvent, ApiVideoDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

// The fields joined with `:`, or `undefined` when one is missing: a key made
// without it could match another event's and drop it as a duplicate.
function keyOf(...parts: readonly (string | undefined)[]): string | undefined {
  return parts.every((part) => part !== undefined) ? parts.join(':') : undefined
}

/**
 * A key for de-duplicating deliveries of one event: store it with a unique
 * constraint (or `SET key 1 NX EX 86400` in Redis) and skip the work when it
 * is already there. api.video signs no timestamp, so this is what stops
 * replays; it retries a failed delivery 3 times, 3 s apart. The body carries
 * no event or delivery id (`X-Api-Video-WebhookID` names the webhook, not the
 * event, and is not signed), so the key is made of what each event has:
 * - `video.encoding.quality.completed`: the video, encoding and quality (a
 *   rendition encoded again would get the same key);
 * - `video.caption.generated`, `video.summary.generated`: the caption or
 *   summary id;
 * - `video.source.recorded`: the recording's video id;
 * - the `live-stream.broadcast.*` events: the live stream and `emittedAt`
 *   (a stream broadcasts many times). api.video does not say a retry keeps
 *   `emittedAt`: if it did not, retries of these would not be recognized.
 *
 * `undefined` when a field the key needs is missing (the OpenAPI document
 * marks none required): such deliveries cannot be told apart, so none may be
 * dropped as a duplicate.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secrets })
 * const key = idempotencyKey(event) // e.g. `video.encoding.quality.completed:vi4blUQJFrYWbaG44NChkH11:hls:720p`
 * if (key === undefined || (await redis.set(`webhook:${key}`, '1', { NX: true, EX: 86_400 }))) await handle(event)
 * ```
 */
export function idempotencyKey(event: ApiVideoEvent): string | undefined {
  switch (event.type) {
    case 'live-stream.broadcast.started':
    case 'live-stream.broadcast.ended':
      return keyOf(event.type, event.liveStreamId, event.emittedAt)
    case 'video.source.recorded':
      return keyOf(event.type, event.videoId)
    case 'video.encoding.quality.completed':
      return keyOf(event.type, event.videoId, event.encoding, event.quality)
    case 'video.caption.generated':
      return keyOf(event.type, event.captionId)
    case 'video.summary.generated':
      return keyOf(event.type, event.summaryId)
  }
}
