/**
 * Mux: `mux-signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]`, the hex
 * HMAC-SHA256 of `<t>.<body>` under the secret's UTF-8 bytes; any `v1` may
 * match. Mux's SDKs reject timestamps more than 5 minutes old; hookproof also
 * refuses one more than 5 minutes ahead.
 *
 * @module
 */
import { createSign, createVerify, type Provider, type ProviderDefinition } from '../pipeline/provider.js'
import { stripeStyleScheme } from '../schemes/stripe-style.js'

/** An asset, as `video.asset.*` events carry it (the fields the SDK types; others kept). */
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
  [field: string]: unknown
}

/** A direct upload, as `video.upload.*` events carry it. */
export interface MuxUpload {
  id: string
  status?: 'waiting' | 'asset_created' | 'errored' | 'cancelled' | 'timed_out' | (string & {})
  asset_id?: string
  url?: string
  timeout?: number
  error?: { type?: string; message?: string }
  [field: string]: unknown
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

const definition: ProviderDefinition = {
  name: 'Mux',
  scheme: stripeStyleScheme({ header: 'mux-signature', version: 'v1', joiner: '.', tolerance: 300 }),
  eventField: 'type',
}

/**
 * Verifies a Mux delivery and resolves to its typed body. Checks the `v1`
 * signatures over `<t>.<body>` (any may match) and the timestamp (300 s both
 * ways by default).
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/mux'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.MUX_WEBHOOK_SECRET! })
 *   if (event.type === 'video.asset.ready') console.log(event.data.id, event.data.duration)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Provider<MuxEvent>['verify'] = /* @__PURE__ */ createVerify<MuxEvent>(definition)

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
export const sign: Provider<MuxEvent>['sign'] = /* @__PURE__ */ createSign<MuxEvent>(definition)

/**
 * A stable key for de-duplicating deliveries: Mux retries an event with the
 * same `id` (and says duplicates are possible), so the key is that id.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: MuxEvent): string {
  return `mux:${event.id}`
}
