/**
 * Deepgram (callbacks of pre-recorded transcription, text-to-speech and
 * text intelligence): Basic credentials, `Authorization: Basic
 * <base64 of user:password>`, from the user and password you put in the
 * callback URL (`https://user:password@example.com/callback`). **Nothing is
 * signed**: the check proves the sender knows the credentials, not that the
 * body is what Deepgram sent, nor that it is not a replay (no timestamp is
 * sent). Receive over HTTPS only, and de-duplicate on
 * `metadata.request_id`; Deepgram retries a failed callback up to 10 times,
 * 30 s apart.
 *
 * Confirmed from Deepgram's changelog of 2026-10-27
 * (developers.deepgram.com/changelog: Basic Auth in the callback URL is the
 * recommended check; the `dg-token` header, the API key's identifier, "is no
 * longer a supported method", so it is not read) and its docs
 * (`deepgram/deepgram-docs` `fern/docs/callback.mdx` @4b4a10a1: retries);
 * the body is the transcription response (`deepgram/deepgram-js-sdk`
 * `ListenV1Response` @1913abc2). That the credentials arrive as the standard
 * `Authorization: Basic` header HTTP clients send for a URL's user and
 * password is the HTTP rule, not a sentence of Deepgram's. Deepgram's other
 * check, `extra=callback_secret:…` echoed in `metadata.extra`, is in the body
 * and is the caller's to compare after `verify`.
 *
 * @module
 */
import type { CredentialVerifyOptions } from '../pipeline/options.js'
import { providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import { credentialScheme, type SigningCredentialOptions } from '../schemes/credential.js'

/** One word of a transcript. */
export interface DeepgramWord {
  word: string
  /** Seconds from the start of the audio. */
  start: number
  end: number
  confidence: number
  punctuated_word?: string
  speaker?: number
  [field: string]: unknown
}

/** One alternative transcript of a channel. */
export interface DeepgramAlternative {
  transcript: string
  confidence: number
  words: DeepgramWord[]
  paragraphs?: unknown
  [field: string]: unknown
}

/** What every callback describes: the request it answers. */
export interface DeepgramMetadata {
  /** The request's id, as the submission answered it: the key to de-duplicate on. */
  request_id: string
  /** The SHA-256 of the audio, hex. */
  sha256?: string
  /** ISO 8601. */
  created?: string
  /** Seconds of audio. */
  duration?: number
  channels?: number
  models?: string[]
  model_info?: Record<string, unknown>
  /** The `extra=key:value` pairs of the request, echoed (Deepgram's `callback_secret` check rides here). */
  extra?: Record<string, string>
  tags?: string[]
  [field: string]: unknown
}

/**
 * A transcription callback: the response the request would have had, sent
 * to the callback URL. One kind of body, so no event field.
 *
 * @example
 * ```ts
 * console.log(event.results?.channels[0]?.alternatives[0]?.transcript)
 * ```
 */
export interface DeepgramEvent {
  metadata: DeepgramMetadata
  results?: {
    channels: { alternatives: DeepgramAlternative[]; [field: string]: unknown }[]
    utterances?: unknown[]
    [field: string]: unknown
  }
  [field: string]: unknown
}

const definition = /* @__PURE__ */ providerDefinition<DeepgramEvent>()({
  name: 'Deepgram',
  secretEnv: 'DEEPGRAM_CALLBACK_CREDENTIALS',
  scheme: credentialScheme({ form: 'basic' }),
})

/**
 * Checks a Deepgram callback's Basic credentials and resolves to its typed
 * body. Pass the `user:password` of the callback URL. Only the credentials
 * are checked: the body is not signed and no timestamp is sent, so a
 * `tolerance` option is refused; de-duplicate with {@link idempotencyKey}.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/deepgram'
 *
 * // callback=https://hookproof:s3cret@example.com/deepgram
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.DEEPGRAM_CALLBACK_CREDENTIALS! }) // 'hookproof:s3cret'
 *   console.log(event.metadata.request_id)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<DeepgramEvent, CredentialVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Sends a payload as Deepgram does, for testing a handler: resolves to
 * `{ headers, body }` with `Authorization: Basic …`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/deepgram'
 *
 * const delivery = await sign({ metadata: { request_id: 'c22bea24-ecd3-4b53-bcbf-8ef087d905a5' } }, { secret: 'hookproof:s3cret' })
 * ```
 */
export const sign: Sign<DeepgramEvent, SigningCredentialOptions> = /* @__PURE__ */ createSign(definition)

/**
 * A key for de-duplicating callbacks: the request's id. Deepgram sends one
 * callback per request and retries it up to ten times, and with nothing
 * signed a replay carries the same body: processing each request once is
 * what stops both.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: DeepgramEvent): string {
  return event.metadata.request_id
}
