/**
 * Ideogram: Ed25519 over `<generation id>\n<user id>\n<timestamp>\n<hex
 * SHA-256 of the body>` (UTF-8, no trailing newline), the signature in hex in
 * `X-Ideogram-Webhook-Signature`, the other three values in
 * `X-Ideogram-Webhook-Generation-Id`, `-User-Id` and `-Timestamp` (Unix
 * seconds). The keys are Ideogram's JWKS, fetched from
 * `https://api.ideogram.ai/v1/.well-known/jwks.json` and kept 24 h at most, as
 * Ideogram says to cache it; no secret. Confirmed from Ideogram's OpenAPI spec
 * (`https://api.ideogram.ai/openapi.json`, the JWKS operation: "canonical
 * signed message (`request_id\nuser_id\ntimestamp\nsha256_hex(body)`)") and
 * its webhooks page (https://developer.ideogram.ai/ideogram-api/webhooks);
 * Ideogram has no SDK that verifies.
 *
 * Every key of the set is tried, as the spec says verifiers should, so
 * `X-Ideogram-Webhook-Key-Id` ("a hint …, not a requirement") is never read.
 * Ideogram documents no tolerance: 300 s both ways is hookproof's default.
 *
 * @module
 */
import type { Ed25519PrivateKey } from '../crypto/ed25519.js'
import { type IsKnownEvent, providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { CheckOptions, SignTimeOptions } from '../time/tolerance.js'
import { type Ed25519JwksVerifyOptions, ed25519JwksScheme } from '../schemes/ed25519-jwks.js'

/**
 * Ideogram's JWKS URL, the default of `options.jwksUrl`.
 *
 * @example
 * ```ts
 * // Where verify may not fetch, the key set loaded ahead (at deploy time) and given as options.jwks:
 * const jwks = await (await fetch(IDEOGRAM_JWKS_URL)).json()
 * ```
 */
export const IDEOGRAM_JWKS_URL = 'https://api.ideogram.ai/v1/.well-known/jwks.json'

/** One generated image. */
export interface IdeogramImage {
  /** Where to download it; `null` or empty when the image was judged unsafe. Ephemeral: download it soon. */
  url: string | null
  prompt: string
  /** `WxH`, e.g. `2048x2048`. */
  resolution: string
  seed: number
  is_image_safe: boolean
}

/**
 * Every Ideogram webhook body: the generation, sent once every image of the
 * request has finished, the same shape as the synchronous response. The body
 * names no event and no status, so there is nothing to narrow on; Ideogram
 * documents no failure delivery (poll `GET /v1/generations/{generation_id}`).
 *
 * @example
 * ```ts
 * for (const image of event.data) if (image.is_image_safe) console.log(image.url)
 * ```
 */
export interface IdeogramEvent {
  /** URL-safe base64; the same value as the signed `X-Ideogram-Webhook-Generation-Id` header. */
  generation_id: string
  /** ISO 8601. */
  created: string
  data: IdeogramImage[]
  /** `url` in the synchronous V4 response, which this body mirrors; may appear. */
  response_type?: string
}

/** Options of Ideogram's `verify`: none are needed (the keys come from Ideogram's JWKS). */
export interface IdeogramVerifyOptions extends Ed25519JwksVerifyOptions, CheckOptions {}

/** Options of Ideogram's `sign`. */
export interface IdeogramSignOptions extends SignTimeOptions {
  /** The Ed25519 private key: a JWK, a `CryptoKey` or the 32-byte seed. Verify with its public key in `options.jwks`. */
  readonly privateKey: Ed25519PrivateKey
  /** `X-Ideogram-Webhook-Generation-Id`, the body's `generation_id`; default: a random UUID. */
  readonly generationId?: string
  /** `X-Ideogram-Webhook-User-Id`; default: a random UUID. */
  readonly userId?: string
}

/**
 * What `verify` resolves to. The body names no event, so there is no unknown
 * event to tell apart: every verified body is an {@link IdeogramEvent}.
 */
export type IdeogramDelivery = IdeogramEvent

const definition = /* @__PURE__ */ providerDefinition<IdeogramEvent>()({
  name: 'Ideogram',
  scheme: ed25519JwksScheme({
    signatureHeader: 'X-Ideogram-Webhook-Signature',
    fields: [
      { header: 'X-Ideogram-Webhook-Generation-Id', option: 'generationId' },
      { header: 'X-Ideogram-Webhook-User-Id', option: 'userId' },
      { header: 'X-Ideogram-Webhook-Timestamp', option: 'timestamp' },
    ],
    timestampHeader: 'X-Ideogram-Webhook-Timestamp',
    separator: '\n',
    jwksUrl: IDEOGRAM_JWKS_URL,
    tolerance: 300,
  }),
})

/**
 * Verifies an Ideogram delivery and resolves to the generation. Checks the
 * Ed25519 signature against Ideogram's JWKS (fetched, cached 24 h, fetched
 * again when no cached key verifies) and the timestamp (300 s both ways by
 * default). A JWKS that cannot be loaded rejects with a plain `Error`: answer
 * 500, so that the delivery is not acknowledged.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/ideogram'
 *
 * export async function POST(request: Request) {
 *   const generation = await verify(request)
 *   for (const image of generation.data) if (image.url) console.log(image.url)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<IdeogramDelivery, IdeogramVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Ideogram does, for testing a handler: resolves to
 * `{ headers, body }` with the four signed `X-Ideogram-Webhook-*` headers.
 * Verify it with the key pair's public JWK as `options.jwks`.
 *
 * @example
 * ```ts
 * import { sign, verify } from 'hookproof/ideogram'
 *
 * const { privateKey, publicKey } = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair
 * const generation = { generation_id: 'xtdZiqPwRxqY1Y7NExFmzB', created: '2025-01-23T04:56:07Z', data: [] }
 * const delivery = await sign(generation, { privateKey, generationId: generation.generation_id })
 * const event = await verify(delivery, { jwks: { keys: [await crypto.subtle.exportKey('jwk', publicKey)] } })
 * ```
 */
export const sign: Sign<IdeogramEvent, IdeogramSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Ideogram's
 * body names no event, so every verified body counts as known and this
 * answers `true`; it is here so that a handler written for any hookproof
 * provider reads the same.
 *
 * @example
 * ```ts
 * const generation = await verify(request)
 * if (isKnownEvent(generation)) console.log(generation.data.length)
 * ```
 */
export const isKnownEvent: IsKnownEvent<IdeogramEvent, IdeogramDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: Ideogram sends one body per
 * generation, so a delivery of the same `generation_id` again is a repeat.
 *
 * @example
 * ```ts
 * const generation = await verify(request)
 * if (await redis.set(`webhook:${idempotencyKey(generation)}`, '1', { NX: true, EX: 86_400 })) await handle(generation)
 * ```
 */
export function idempotencyKey(event: IdeogramEvent): string {
  return `ideogram:${event.generation_id}`
}
