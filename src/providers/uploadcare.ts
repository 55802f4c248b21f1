/**
 * Uploadcare: `X-Uc-Signature: v1=<hex>`, the hex HMAC-SHA256 of the body
 * alone under the webhook's `signing_secret` (UTF-8, chosen by the user, at
 * most 32 characters). Sent only when the webhook has a signing secret. No
 * timestamp, no delivery id.
 *
 * The event is named inside the body, in `hook.event`; hookproof's event
 * field is a top-level field, so `verify` accepts any JSON object body, there
 * is no `isKnownEvent`, and handlers switch on `event.hook.event` (an open
 * set of names).
 *
 * Confirmed from Uploadcare's docs (https://uploadcare.com/docs/security/secure-webhooks/,
 * the REST reference's `X-Uc-Signature: v1=<HMAC-SHA256-HEX-DIGEST>`) and
 * its Ruby SDK (`uploadcare/uploadcare-ruby`
 * `lib/uploadcare/webhook_signature_verifier.rb` `calculate_signature`,
 * @3e290929, with the test vector of its spec). The docs' Python example
 * tests the header with a substring match, but no list is documented and
 * the SDK compares the whole header: one signature.
 *
 * @module
 */
import { providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { UntimedVerifyOptions } from '../pipeline/options.js'
import type { SigningSecretOptions } from '../schemes/secret.js'
import { hmacScheme } from '../schemes/hmac.js'

/**
 * The event names; open. `file.infected` is to be deprecated in favour of
 * `file.info_updated`. Payload version `0.6` sends only `file.uploaded`.
 */
export type UploadcareEventName = 'file.uploaded' | 'file.info_updated' | 'file.deleted' | 'file.stored' | 'file.infected' | (string & {})

/** The webhook subscription that fired, as the body's `hook`. */
export interface UploadcareHook<Name extends UploadcareEventName = UploadcareEventName> {
  /** The subscription's id: the same for every event it sends, not an event id. */
  id: number
  project_id: number
  /** Payload version `0.7`. */
  project_pub_key?: string
  /** The URL the webhook posts to. */
  target: string
  event: Name
  is_active: boolean
  /** The payload version, e.g. `0.7`; absent from `0.6` payloads. */
  version?: string
  /** ISO 8601. */
  created_at: string
  /** ISO 8601. */
  updated_at: string
}

/** Image details, as `content_info.image` (and `image_info` in payload version `0.6`). */
export interface UploadcareImageInfo {
  color_mode: string
  format: string
  height: number
  width: number
  orientation: number | null
  dpi: number[] | null
  geo_location: Record<string, unknown> | null
  datetime_original: string | null
  sequence: boolean
}

/** The result of one add-on (e.g. `uc_clamav_virus_scan`), under its name in `appdata`. */
export interface UploadcareAppdataEntry {
  data: Record<string, unknown>
  version: string
  /** ISO 8601. */
  datetime_created: string
  /** ISO 8601. */
  datetime_updated: string
}

/** The file, as the REST API's file object; fields of one payload version only are optional. */
export interface UploadcareFile {
  uuid: string
  original_filename: string
  mime_type: string
  size: number
  is_image: boolean
  is_ready: boolean
  /** ISO 8601. */
  datetime_uploaded: string
  /** ISO 8601; set once the file is stored. */
  datetime_stored: string | null
  /** ISO 8601; set once the file is deleted. */
  datetime_removed: string | null
  original_file_url: string | null
  url: string
  content_info?: {
    mime: { mime: string; type: string; subtype: string }
    image?: UploadcareImageInfo | null
    video?: Record<string, unknown> | null
  }
  /** Payload version `0.7`. */
  metadata?: Record<string, unknown>
  /** Add-on results by add-on name (payload version `0.7`). */
  appdata?: Record<string, UploadcareAppdataEntry>
  variations?: Record<string, unknown> | null
  /** Payload version `0.6`. */
  image_info?: UploadcareImageInfo | null
  /** Payload version `0.6`. */
  video_info?: Record<string, unknown> | null
  /** Payload version `0.6`. */
  source?: string | null
  /** Payload version `0.6`. */
  rekognition_info?: Record<string, unknown> | null
}

/**
 * Every Uploadcare webhook body: `{ hook, data, file }`, the event in
 * `hook.event`. One shape for every event, so switch on `event.hook.event`;
 * pass a name to type `hook.event` alone.
 *
 * @example
 * ```ts
 * if (event.hook.event === 'file.uploaded') console.log(event.data.uuid, event.file)
 * ```
 */
export interface UploadcareEvent<Name extends UploadcareEventName = UploadcareEventName> {
  hook: UploadcareHook<Name>
  data: UploadcareFile
  /** The file's CDN URL. */
  file: string
  /** What caused the event (payload version `0.7`); its fields are not documented. */
  initiator?: Record<string, unknown>
  /** `file.info_updated` only: the `metadata` or `appdata` values before the change, `null` where one was added. */
  previous_values?: Record<string, unknown>
  /** Seen in the Ruby SDK's test body; not documented. */
  payload_hash?: string
}

const definition = /* @__PURE__ */ providerDefinition<UploadcareEvent>()({
  name: 'Uploadcare',
  scheme: hmacScheme({ signatureHeader: 'X-Uc-Signature', prefix: 'v1=' }),
})

/**
 * Verifies an Uploadcare delivery and resolves to its typed body. The
 * signature covers the body only and no timestamp is signed, so a `tolerance`
 * option is refused.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/uploadcare'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.UPLOADCARE_WEBHOOK_SECRET! })
 *   if (event.hook.event === 'file.uploaded') console.log(event.data.uuid, event.file)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<UploadcareEvent, UntimedVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Uploadcare does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Uc-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/uploadcare'
 *
 * const delivery = await sign(event, { secret: 'test-secret' })
 * await fetch('http://localhost:3000/webhooks/uploadcare', { method: 'POST', ...delivery })
 * ```
 */
export const sign: Sign<UploadcareEvent, SigningSecretOptions> = /* @__PURE__ */ createSign(definition)

/**
 * A key for de-duplicating deliveries, from the only fields that identify
 * one: `<hook.event>:<data.uuid>`. Uploadcare sends no event or delivery id
 * (`hook.id` is the subscription), so it does not distinguish two
 * `file.info_updated` deliveries of one file: one fires for every change of
 * its metadata or add-on results (compare `previous_values`); do not drop
 * those as duplicates.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = event.hook.event === 'file.info_updated' || (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 }))
 * if (first) await handle(event) // e.g. `file.uploaded:f5c4ee6e-f41a-4ff2-a86e-a3e92bcc334d`
 * ```
 */
export function idempotencyKey(event: UploadcareEvent): string {
  return `${event.hook.event}:${event.data.uuid}`
}
