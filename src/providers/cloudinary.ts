/**
 * Cloudinary (webhook notifications): `X-Cld-Signature: <hex>`, the hex
 * SHA-1 (Cloudinary's default) or SHA-256 (an account setting) digest of
 * `<body><X-Cld-Timestamp><api_secret>`, nothing between them: a digest with
 * the secret appended, not an HMAC. The key is the account's API secret (the
 * dedicated notification key's, else the oldest active key's), not a webhook
 * secret. `X-Cld-Timestamp` is Unix seconds; 7200 s back, as Cloudinary's
 * SDKs' `valid_for` default (they check only the past), and 300 s ahead.
 *
 * Confirmed from Cloudinary's docs
 * (https://cloudinary.com/documentation/notification_signatures: "a single
 * string containing the entire response body", then the X-Cld-Timestamp
 * value, then the API secret, "a hexadecimal message digest … using an SHA
 * function"; SHA-1 or SHA-256) and its SDKs (`cloudinary/cloudinary_npm`
 * `lib/utils/index.js` `webhook_signature`/`verifyNotificationSignature`
 * @f75fb556, with its test vectors; `cloudinary/cloudinary-go`
 * `VerifyNotificationSignature` @02155967). The bodies are typed from real
 * deliveries and receivers: every body is open, and only what every source
 * shows is required.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { VerifyOptions } from '../pipeline/options.js'
import { keyedDigestScheme, type KeyedDigestSignOptions } from '../schemes/keyed-digest.js'
import { unixSeconds } from '../time/formats.js'
import type { SignTimeOptions } from '../time/tolerance.js'

/** `image`, `video` (audio too) or `raw`; open. */
export type CloudinaryResourceType = 'image' | 'video' | 'raw' | (string & {})

/** An asset's delivery type, its `type`: `upload`, `private`, `authenticated`, …; open. */
export type CloudinaryDeliveryType = 'upload' | 'private' | 'authenticated' | (string & {})

/** What triggered a notification, as newer deliveries carry it. */
export interface CloudinaryNotificationContext {
  /** ISO 8601, with microseconds. */
  triggered_at?: string
  triggered_by?: {
    /** e.g. `api`. */
    source?: string
    /** Who triggered it: an API key, or a user. */
    id?: string
  }
}

/**
 * What any notification may carry. Open: the docs describe the payload as
 * "all the results pertinent to that particular action", and Cloudinary has
 * added fields (`notification_context`, `signature_key`) since older
 * deliveries.
 */
export interface CloudinaryNotification {
  /** Absent from older deliveries. */
  notification_context?: CloudinaryNotificationContext
  /** The API key whose secret signed this delivery: the one to verify with when there are several. */
  signature_key?: string
  [field: string]: unknown
}

/** `upload`: the upload API's response, so its fields follow the upload's parameters (`eager`, `moderation`, `info`, `context`, …). */
export interface CloudinaryUploadNotification extends CloudinaryNotification {
  notification_type: 'upload'
  /** ISO 8601: when the notification was made; not `X-Cld-Timestamp`. */
  timestamp?: string
  request_id?: string
  asset_id?: string
  public_id: string
  /** Unix seconds of this version: changes when the asset is overwritten. */
  version: number
  version_id?: string
  /** The upload response's own signature (of `public_id` and `version`), not the header's. */
  signature?: string
  width?: number
  height?: number
  format?: string
  resource_type: CloudinaryResourceType
  type: CloudinaryDeliveryType
  /** ISO 8601. */
  created_at?: string
  tags?: string[]
  bytes?: number
  etag?: string
  placeholder?: boolean
  url?: string
  secure_url?: string
  access_mode?: string
  original_filename?: string
  folder?: string
  api_key?: string
}

/** One derived asset of an `eager` notification. */
export interface CloudinaryDerivedAsset {
  /** e.g. `c_fill,w_100`, or `sp_full_hd/m3u8` with a format. */
  transformation: string
  width?: number
  height?: number
  bytes?: number
  format?: string
  url?: string
  /** Seen on every documented-shape entry; optional, as a failed derivation may have none. */
  secure_url?: string
  [field: string]: unknown
}

/** `eager`: eager (asynchronous) transformations finished, sent to the `eager_notification_url`. */
export interface CloudinaryEagerNotification extends CloudinaryNotification {
  notification_type: 'eager'
  /** ISO 8601: when the notification was made; not `X-Cld-Timestamp`. */
  timestamp?: string
  request_id: string
  batch_id?: string
  asset_id?: string
  public_id?: string
  eager: CloudinaryDerivedAsset[]
  api_key?: string
}

/** One asset of a `delete` notification. */
export interface CloudinaryDeletedResource {
  resource_type: CloudinaryResourceType
  type: CloudinaryDeliveryType
  asset_id?: string
  public_id: string
  version?: number
  [field: string]: unknown
}

/** `delete`: one or more assets were deleted (API or Console). */
export interface CloudinaryDeleteNotification extends CloudinaryNotification {
  notification_type: 'delete'
  resources: CloudinaryDeletedResource[]
}

/** `rename`: an asset's public ID changed. */
export interface CloudinaryRenameNotification extends CloudinaryNotification {
  notification_type: 'rename'
  from_public_id: string
  to_public_id: string
  resource_type?: CloudinaryResourceType
  type?: CloudinaryDeliveryType
  asset_id?: string
}

/** A moderation verdict; open. */
export type CloudinaryModerationStatus = 'approved' | 'rejected' | (string & {})

/** `moderation`: a moderation (manual or an add-on's) reached a verdict. */
export interface CloudinaryModerationNotification extends CloudinaryNotification {
  notification_type: 'moderation'
  public_id: string
  moderation_status: CloudinaryModerationStatus
  /** `manual`, or the add-on: `aws_rek`, `google_video_moderation`, `webpurify`, …; open. */
  moderation_kind: string
  /** ISO 8601. */
  moderation_updated_at?: string
  /** The add-on's own details (e.g. Google's per-frame likelihoods); their shape is the add-on's. */
  moderation_response?: unknown
  /** ISO 8601. */
  uploaded_at?: string
  version?: number
  url?: string
  secure_url?: string
  etag?: string | null
  resource_type?: CloudinaryResourceType
  type?: CloudinaryDeliveryType
  asset_id?: string
}

/**
 * Every Cloudinary notification these types know; narrow on
 * `notification_type`. Others (`resource_tags_changed`, `create_folder`,
 * `move`, …) still verify, as unknown events.
 *
 * @example
 * ```ts
 * if (event.notification_type === 'eager') for (const derived of event.eager) console.log(derived.secure_url)
 * ```
 */
export type CloudinaryEvent =
  | CloudinaryUploadNotification
  | CloudinaryEagerNotification
  | CloudinaryDeleteNotification
  | CloudinaryRenameNotification
  | CloudinaryModerationNotification

/** The five notification types. */
export type CloudinaryEventName = CloudinaryEvent['notification_type']

/**
 * What `verify` resolves to: a known Cloudinary notification, or another
 * `notification_type` (`isKnownEvent` tells them apart).
 */
export type CloudinaryDelivery = CloudinaryEvent | UnknownEvent<'notification_type'>

/**
 * Options of `sign`: the API secret, the hash (`SHA-1` unless told, as
 * Cloudinary's SDKs default; `SHA-256` as an account set to it sends), and
 * the time.
 *
 * @example
 * ```ts
 * const options: CloudinarySignOptions = { secret: 'test-api-secret', hash: 'SHA-256', timestamp: Date.now() }
 * ```
 */
export interface CloudinarySignOptions extends KeyedDigestSignOptions, SignTimeOptions {}

const definition = /* @__PURE__ */ providerDefinition<CloudinaryEvent>()({
  name: 'Cloudinary',
  secretEnv: 'CLOUDINARY_API_SECRET',
  scheme: keyedDigestScheme({
    signatureHeader: 'X-Cld-Signature',
    timestamp: { header: 'X-Cld-Timestamp', format: unixSeconds },
    // Told apart by length; SHA-1 is Cloudinary's default, SHA-256 an account setting.
    hashes: ['SHA-1', 'SHA-256'],
    // The SDKs' valid_for default, 7200 s back (they check no future: 300 s is hookproof's clock-skew bound).
    tolerance: { past: 7200, future: 300 },
  }),
  eventField: 'notification_type',
  events: { upload: true, eager: true, delete: true, rename: true, moderation: true },
})

/**
 * Verifies a Cloudinary notification and resolves to its typed body. Checks
 * the SHA-1 or SHA-256 digest (told apart by its length) of
 * `<body><X-Cld-Timestamp><api_secret>` and the timestamp (7200 s back,
 * 300 s ahead by default). Pass the API secret, not the API key; an array
 * tries each (several API keys, or a rotation).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/cloudinary'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.CLOUDINARY_API_SECRET! })
 *   if (isKnownEvent(event) && event.notification_type === 'upload') console.log(event.public_id, event.secure_url)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<CloudinaryDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Cloudinary does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Cld-Timestamp` (Unix seconds) and
 * `X-Cld-Signature` (SHA-1 unless `hash: 'SHA-256'`).
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/cloudinary'
 *
 * const delivery = await sign(
 *   { notification_type: 'rename', from_public_id: 'drafts/cat', to_public_id: 'published/cat', resource_type: 'image', type: 'upload' },
 *   { secret: 'test-api-secret' },
 * )
 * ```
 */
export const sign: Sign<CloudinaryEvent, CloudinarySignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the notification types these types
 * know. Notifications of other types (tags, context, metadata, folders, …)
 * still verify; check this first, acknowledge the others (answer 200, or
 * Cloudinary retries), then switch on `notification_type` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 200 }) // another notification_type: log it
 * switch (event.notification_type) {
 *   // every known notification, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<CloudinaryEvent, CloudinaryDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/** `<resource_type>/<type>/<public_id>`: an asset's identity (the same public ID can be an image and a video). */
function assetRef(asset: { resource_type: string; type: string; public_id: string }): string {
  return `${asset.resource_type}/${asset.type}/${asset.public_id}`
}

/**
 * A stable key for de-duplicating deliveries, from the signed body alone:
 * Cloudinary sends no notification id, so it is a composite per type.
 * `upload`: the asset and its `version` (an overwrite is a new key). `eager`:
 * the `request_id` (one key per eager request, not per derived asset).
 * `delete`: every deleted asset with its version, joined, so a bulk delete
 * gives a long key (hash it if your store limits key length). `rename`:
 * the asset and both public IDs, plus `notification_context.triggered_at`
 * when sent: without it, renaming A to B, back, and to B again repeats the
 * key. `moderation`: the asset, kind, verdict and `moderation_updated_at`:
 * without that, two verdicts of the same kind and status collide.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (isKnownEvent(event) && (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 }))) await handle(event)
 * ```
 */
export function idempotencyKey(event: CloudinaryEvent): string {
  const at = event.notification_context?.triggered_at
  switch (event.notification_type) {
    case 'upload':
      return `upload:${assetRef(event)}@${event.version}`
    case 'eager':
      return `eager:${event.request_id}`
    case 'delete':
      return `delete:${event.resources.map((resource) => (resource.version === undefined ? assetRef(resource) : `${assetRef(resource)}@${resource.version}`)).join(',')}`
    case 'rename':
      return `rename:${event.asset_id ?? ''}:${event.from_public_id}>${event.to_public_id}${at === undefined ? '' : `@${at}`}`
    case 'moderation':
      return `moderation:${event.public_id}:${event.moderation_kind}:${event.moderation_status}:${event.moderation_updated_at ?? ''}`
  }
}
