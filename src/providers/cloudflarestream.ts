/**
 * Cloudflare Stream (on-demand video): `Webhook-Signature:
 * time=<unix seconds>,sig1=<hex>`, the hex HMAC-SHA256 of `<time>.<body>`
 * under the UTF-8 bytes of the `secret` that `PUT /accounts/:id/stream/webhook`
 * returns (used as is: it looks like hex, but is not decoded). Confirmed from
 * Cloudflare's docs source (cloudflare/cloudflare-docs,
 * `stream/manage-video-library/using-webhooks.mdx` and the Worker of
 * `stream/examples/test-webhooks-locally.mdx`). Cloudflare documents no
 * tolerance ("discard requests with timestamps that are too old for your
 * application") and its example checks none: hookproof checks 300 s both ways.
 *
 * The body is the video, sent once its processing ends; no event is named,
 * and the outcome is the nested `status.state` (`ready` or `error`), which
 * hookproof's definitions cannot name as an event field: every delivery is
 * typed as a video. Stream Live input events are not signed this way (they
 * come through Cloudflare Notifications, with a static `cf-webhook-auth`
 * header) and do not verify here.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { stripeStyleScheme } from '../schemes/stripe-style.js'

/** How processing ended: `ready` (also check `readyToStream`) or `error`. */
export type CloudflareStreamVideoState = 'ready' | 'error'

/** Why processing failed, e.g. `ERR_MALFORMED_VIDEO`; open. */
export type CloudflareStreamErrorCode =
  | 'ERR_NON_VIDEO'
  | 'ERR_DURATION_EXCEED_CONSTRAINT'
  | 'ERR_FETCH_ORIGIN_ERROR'
  | 'ERR_MALFORMED_VIDEO'
  | 'ERR_DURATION_TOO_SHORT'
  | 'ERR_UNKNOWN'
  | (string & {})

/**
 * The video's processing status. Cloudflare's examples spell the reason
 * fields two ways (`errorReasonCode` on a ready video, `errReasonCode` on a
 * failed one), so both are typed, all optional.
 */
export interface CloudflareStreamVideoStatus<State extends CloudflareStreamVideoState = CloudflareStreamVideoState> {
  state: State
  /** A string, e.g. `39.000000`. */
  pctComplete?: string
  /** Where processing failed, e.g. `encoding`. */
  step?: string
  errorReasonCode?: CloudflareStreamErrorCode
  errorReasonText?: string
  errReasonCode?: CloudflareStreamErrorCode
  errReasonText?: string
}

/** The video, as Stream's API returns it and webhooks deliver it. Fields the failed example leaves out are optional. */
export interface CloudflareStreamVideo<State extends CloudflareStreamVideoState = CloudflareStreamVideoState> {
  /** The video's id, 32 hex digits. */
  uid: string
  creator?: string | null
  thumbnail?: string
  thumbnailTimestampPct?: number
  /** Whether the video can be played; `true` once ready. */
  readyToStream: boolean
  status: CloudflareStreamVideoStatus<State>
  /** What the upload set, e.g. `name`, `filename`, `filetype`. */
  meta?: Record<string, string>
  /** ISO 8601. */
  created?: string
  /** ISO 8601. */
  modified?: string
  /** ISO 8601. */
  uploaded?: string
  /** ISO 8601. */
  uploadExpiry?: string
  /** Bytes. */
  size?: number
  preview?: string
  allowedOrigins?: string[]
  requireSignedURLs?: boolean
  maxSizeBytes?: number | null
  maxDurationSeconds?: number | null
  /** Seconds. */
  duration?: number
  input?: { width: number; height: number }
  playback?: { hls: string; dash: string }
  watermark?: Record<string, unknown> | null
}

/**
 * Every Cloudflare Stream webhook body: the video, its outcome in
 * `status.state` (narrow `event.status` on it).
 *
 * @example
 * ```ts
 * if (event.status.state === 'error') console.error(event.status.errReasonCode ?? event.status.errorReasonCode)
 * ```
 */
export type CloudflareStreamEvent = { [State in CloudflareStreamVideoState]: CloudflareStreamVideo<State> }[CloudflareStreamVideoState]

/**
 * What `verify` resolves to. Stream names no event at the top of its body,
 * so there is no unknown event to tell apart: every signed JSON object is
 * typed as a video (the shape is not checked at run time, as with `JSON.parse`).
 */
export type CloudflareStreamDelivery = CloudflareStreamEvent

const definition = /* @__PURE__ */ providerDefinition<CloudflareStreamEvent>()({
  name: 'Cloudflare Stream',
  // No tolerance is documented: 300 s both ways, as for the other Stripe-style senders.
  scheme: stripeStyleScheme({ header: 'Webhook-Signature', version: 'sig1', joiner: '.', timestampKey: 'time', tolerance: 300 }),
})

/**
 * Verifies a Cloudflare Stream delivery and resolves to the video. Checks the
 * `sig1` signature over `<time>.<body>` and the timestamp (300 s both ways by
 * default).
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/cloudflarestream'
 *
 * export async function POST(request: Request) {
 *   const video = await verify(request, { secret: process.env.CLOUDFLARE_STREAM_WEBHOOK_SECRET! })
 *   if (video.status.state === 'ready' && video.readyToStream) console.log(video.playback?.hls)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<CloudflareStreamDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a video as Cloudflare Stream does, for testing a handler: resolves to
 * `{ headers, body }` with `Webhook-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/cloudflarestream'
 *
 * const delivery = await sign(
 *   { uid: '6b9e68b07dfee8cc2d116e4c51d6a957', readyToStream: false,
 *     status: { state: 'error', step: 'encoding', errReasonCode: 'ERR_MALFORMED_VIDEO' } },
 *   { secret: '85011ed3a913c6ad5f9cf6c5573cc0a7' },
 * )
 * ```
 */
export const sign: Sign<CloudflareStreamEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know: always
 * `true`, as Stream names no event to check (see {@link CloudflareStreamDelivery}).
 * Kept so that every provider's handler reads the same; route on
 * `status.state`.
 *
 * @example
 * ```ts
 * const video = await verify(request, { secret })
 * if (isKnownEvent(video)) {
 *   switch (video.status.state) {
 *     // ready, error
 *   }
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<CloudflareStreamEvent, CloudflareStreamDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: `<uid>:<status.state>`. The
 * body carries no event or delivery id (and the signed `time` changes on
 * every send), but Stream notifies once per video, when its processing ends.
 * It does not tell apart two notifications of the same outcome for one video.
 *
 * @example
 * ```ts
 * const video = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(video)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(video) // e.g. `6b9e68b07dfee8cc2d116e4c51d6a957:ready`
 * ```
 */
export function idempotencyKey(event: CloudflareStreamEvent): string {
  return `${event.uid}:${event.status.state}`
}
