/**
 * Mux: `mux-signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]`, the hex
 * HMAC-SHA256 of `<t>.<body>` under the secret's UTF-8 bytes; any `v1` may
 * match. Mux's SDKs reject timestamps more than 5 minutes old; hookproof also
 * refuses one more than 5 minutes ahead.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { stripeStyleScheme } from '../schemes/stripe-style.js'

/**
 * An asset, as `video.asset.*` events carry it: the fields Mux's SDK types.
 * Others may come (TypeScript's types are open), but no catch-all index
 * signature, so a misspelt field is a compile error.
 */
export interface MuxAsset {
  id: string
  /** Unix seconds, as a string. */
  created_at?: string | number
  status: 'preparing' | 'ready' | 'errored' | (string & {})
  duration?: number
  aspect_ratio?: string
  resolution_tier?: string
  max_resolution_tier?: string
  encoding_tier?: string
  video_quality?: string
  master_access?: string
  passthrough?: string
  playback_ids?: { id: string; policy: 'public' | 'signed' | 'drm' | (string & {}) }[]
  tracks?: Record<string, unknown>[]
  errors?: { type?: string; messages?: string[] }
  upload_id?: string
  live_stream_id?: string
  is_live?: boolean
  meta?: { title?: string; creator_id?: string; external_id?: string }
}

/** A direct upload, as `video.upload.*` events carry it. */
export interface MuxUpload {
  id: string
  status?: 'waiting' | 'asset_created' | 'errored' | 'cancelled' | 'timed_out' | (string & {})
  asset_id?: string
  url?: string
  timeout?: number
  error?: { type?: string; message?: string }
}

/** The video event types of Mux's SDK whose `data` is an asset or an upload. */
export type MuxAssetEventName =
  | 'video.asset.created'
  | 'video.asset.ready'
  | 'video.asset.errored'
  | 'video.asset.updated'
  | 'video.asset.deleted'
  | 'video.asset.live_stream_completed'
  | 'video.asset.warning'
  | 'video.asset.static_renditions.ready'
  | 'video.asset.static_renditions.preparing'
  | 'video.asset.static_renditions.deleted'
  | 'video.asset.static_renditions.errored'
  | 'video.asset.master.ready'
  | 'video.asset.master.preparing'
  | 'video.asset.master.deleted'
  | 'video.asset.master.errored'
/** The direct-upload event types, whose `data` is the upload ({@link MuxUpload}). */
export type MuxUploadEventName = 'video.upload.asset_created' | 'video.upload.cancelled' | 'video.upload.created' | 'video.upload.errored'
/** Other video event types; their `data` (tracks, live streams, simulcast targets) is kept as sent. */
export type MuxOtherEventName =
  | 'video.asset.track.created'
  | 'video.asset.track.ready'
  | 'video.asset.track.errored'
  | 'video.asset.track.deleted'
  | 'video.asset.static_rendition.created'
  | 'video.asset.static_rendition.ready'
  | 'video.asset.static_rendition.errored'
  | 'video.asset.static_rendition.deleted'
  | 'video.live_stream.created'
  | 'video.live_stream.connected'
  | 'video.live_stream.recording'
  | 'video.live_stream.active'
  | 'video.live_stream.disconnected'
  | 'video.live_stream.idle'
  | 'video.live_stream.updated'
  | 'video.live_stream.enabled'
  | 'video.live_stream.disabled'
  | 'video.live_stream.deleted'
  | 'video.live_stream.warning'
  | 'video.delivery.high_traffic'
/** Every video event type Mux documents. */
export type MuxEventName = MuxAssetEventName | MuxUploadEventName | MuxOtherEventName

/** What every Mux event carries around its `data`. */
export interface MuxEnvelope<Name extends string, Data> {
  /** Unique per event: the key to de-duplicate retries with. */
  id: string
  type: Name
  /** ISO 8601. */
  created_at: string
  object: { id: string; type: string }
  environment: { id: string; name: string }
  data: Data
  attempts?: Record<string, unknown>[]
  /** Deprecated by Mux. */
  accessor?: string | null
  /** Deprecated by Mux. */
  accessor_source?: string | null
  /** Deprecated by Mux. */
  request_id?: string | null
}

/**
 * Every Mux video webhook body; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'video.asset.ready') console.log(event.data.playback_ids?.[0]?.id)
 * ```
 */
export type MuxEvent =
  | { [Name in MuxAssetEventName]: MuxEnvelope<Name, MuxAsset> }[MuxAssetEventName]
  | { [Name in MuxUploadEventName]: MuxEnvelope<Name, MuxUpload> }[MuxUploadEventName]
  | { [Name in MuxOtherEventName]: MuxEnvelope<Name, Record<string, unknown>> }[MuxOtherEventName]

/**
 * What `verify` resolves to: a known Mux event, or one Mux added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type MuxDelivery = MuxEvent | MuxUnknownEvent

/**
 * An event Mux added since: every Mux event comes in the same envelope, so its
 * `id` (the de-duplication key), `type` and `created_at` are known; its `data` is not.
 */
export type MuxUnknownEvent = MuxEnvelope<string, unknown>

const definition = /* @__PURE__ */ providerDefinition<MuxEvent, MuxUnknownEvent>()({
  name: 'Mux',
  scheme: stripeStyleScheme({ header: 'mux-signature', version: 'v1', joiner: '.', tolerance: 300 }),
  eventField: 'type',
  events: {
    'video.asset.created': true,
    'video.asset.ready': true,
    'video.asset.errored': true,
    'video.asset.updated': true,
    'video.asset.deleted': true,
    'video.asset.live_stream_completed': true,
    'video.asset.warning': true,
    'video.asset.static_renditions.ready': true,
    'video.asset.static_renditions.preparing': true,
    'video.asset.static_renditions.deleted': true,
    'video.asset.static_renditions.errored': true,
    'video.asset.master.ready': true,
    'video.asset.master.preparing': true,
    'video.asset.master.deleted': true,
    'video.asset.master.errored': true,
    'video.upload.asset_created': true,
    'video.upload.cancelled': true,
    'video.upload.created': true,
    'video.upload.errored': true,
    'video.asset.track.created': true,
    'video.asset.track.ready': true,
    'video.asset.track.errored': true,
    'video.asset.track.deleted': true,
    'video.asset.static_rendition.created': true,
    'video.asset.static_rendition.ready': true,
    'video.asset.static_rendition.errored': true,
    'video.asset.static_rendition.deleted': true,
    'video.live_stream.created': true,
    'video.live_stream.connected': true,
    'video.live_stream.recording': true,
    'video.live_stream.active': true,
    'video.live_stream.disconnected': true,
    'video.live_stream.idle': true,
    'video.live_stream.updated': true,
    'video.live_stream.enabled': true,
    'video.live_stream.disabled': true,
    'video.live_stream.deleted': true,
    'video.live_stream.warning': true,
    'video.delivery.high_traffic': true,
  },
})

/**
 * Verifies a Mux delivery and resolves to its typed body. Checks the `v1`
 * signatures over `<t>.<body>` (any may match) and the timestamp (300 s both
 * ways by default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/mux'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.MUX_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'video.asset.ready') console.log(event.data.id, event.data.duration)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<MuxDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Mux does, for testing a handler: resolves to
 * `{ headers, body }` with `mux-signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/mux'
 *
 * const delivery = await sign(
 *   { id: crypto.randomUUID(), type: 'video.asset.ready', created_at: new Date().toISOString(),
 *     object: { id: 'asset_1', type: 'asset' }, environment: { id: 'env_1', name: 'Production' },
 *     data: { id: 'asset_1', status: 'ready' } },
 *   { secret: 'test-secret' },
 * )
 * ```
 */
export const sign: Sign<MuxEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Mux adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<MuxEvent, MuxDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: Mux retries an event with the
 * same `id` (and says duplicates are possible), so the key is that id, for
 * the events Mux added since too.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: MuxDelivery): string {
  return `mux:${event.id}`
}
