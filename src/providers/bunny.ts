/**
 * Bunny Stream: `X-BunnyStream-Signature: <hex>`, the lowercase hex
 * HMAC-SHA256 of the body alone under the video library's Read-Only API key
 * (UTF-8; not the full API key, and no separate webhook secret). Bunny also
 * sends `X-BunnyStream-Signature-Version: v1` and
 * `X-BunnyStream-Signature-Algorithm: hmac-sha256`, which its docs tell
 * receivers to check; they are not signed, and hookproof has no option to
 * require them yet, so `verify` checks the MAC alone (a `v1` MAC matches only
 * what `v1` signed). No timestamp, no event or delivery id: a captured
 * delivery verifies until the key changes.
 *
 * Confirmed from Bunny's docs (`BunnyWay/documentation` `stream/webhooks.mdx`
 * @2b3e7a50, https://docs.bunny.net/stream/webhooks; signing added
 * 2026-03-16), `validateWebhookSignature` (Node.js).
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
 * A video's state, as the integer `Status`: `0` Queued, `1` Processing,
 * `2` Encoding, `3` Finished, `4` Resolution finished (once per resolution;
 * the first means playable), `5` Failed, `6` PresignedUploadStarted,
 * `7` PresignedUploadFinished, `8` PresignedUploadFailed,
 * `9` CaptionsGenerated, `10` TitleOrDescriptionGenerated. Open, as new ones
 * may appear.
 */
export type BunnyVideoStatus = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | (number & {})

/**
 * Every Bunny Stream webhook body: one shape for every state, the state in
 * `Status`, an integer (hookproof's event field is a string, so `verify`
 * accepts any JSON object body and there is no `isKnownEvent`). Compare
 * `Status` against the documented values.
 *
 * @example
 * ```ts
 * if (event.Status === 3) console.log(`video ${event.VideoGuid} finished`)
 * ```
 */
export interface BunnyEvent {
  VideoLibraryId: number
  /** The video's id, a UUID. */
  VideoGuid: string
  Status: BunnyVideoStatus
}

const definition = /* @__PURE__ */ providerDefinition<BunnyEvent>()({
  name: 'Bunny Stream',
  secretEnv: 'BUNNY_STREAM_READ_ONLY_API_KEY',
  // Bunny also sends X-BunnyStream-Signature-Version `v1` and -Algorithm
  // `hmac-sha256`, the only version and algorithm there are: not read.
  scheme: hmacScheme({ signatureHeader: 'X-BunnyStream-Signature' }),
})

/**
 * Verifies a Bunny Stream delivery and resolves to its typed body. The
 * signature covers the body only and no timestamp is signed, so a `tolerance`
 * option is refused. Pass the library's Read-Only API key.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/bunny'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.BUNNY_STREAM_READ_ONLY_API_KEY! })
 *   if (event.Status === 5) console.error(`encoding failed: ${event.VideoGuid}`)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<BunnyEvent, UntimedVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Bunny Stream does, for testing a handler: resolves to
 * `{ headers, body }` with `X-BunnyStream-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/bunny'
 *
 * const delivery = await sign(
 *   { VideoLibraryId: 133, VideoGuid: '657bb740-a71b-4529-a012-528021c31a92', Status: 3 },
 *   { secret: 'test-read-only-key' },
 * )
 * ```
 */
export const sign: Sign<BunnyEvent, SigningSecretOptions> = /* @__PURE__ */ createSign(definition)

/**
 * A key for de-duplicating deliveries, from the only fields the body has:
 * `<VideoGuid>:<Status>`. Bunny sends no event or delivery id, so it does not
 * distinguish two `Status` 4 deliveries of one video (one per resolution: the
 * body does not say which), nor the same status reached again when a video is
 * re-encoded; do not drop those as duplicates. Bunny documents no retries.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = event.Status === 4 || (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 }))
 * if (first) await handle(event) // e.g. `657bb740-a71b-4529-a012-528021c31a92:3`
 * ```
 */
export function idempotencyKey(event: BunnyEvent): string {
  return `${event.VideoGuid}:${event.Status}`
}
