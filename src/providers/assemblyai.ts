/**
 * AssemblyAI (transcription webhooks): the header you name in
 * `webhook_auth_header_name` carrying the value you set in
 * `webhook_auth_header_value`, both sent with the transcription request.
 * **Nothing is signed**: the check proves the sender knows the value, not
 * that the body is what AssemblyAI sent, nor that it is not a replay (no
 * timestamp is sent). Receive over HTTPS only, and de-duplicate; AssemblyAI
 * also publishes the two addresses its webhooks come from (US 44.238.19.20,
 * EU 54.220.25.36), a check to add at the edge.
 *
 * Confirmed from AssemblyAI's API spec (`AssemblyAI/assemblyai-api-spec`
 * `openapi.yml` @3fcf678d: `webhook_auth_header_name`,
 * `webhook_auth_header_value`, `TranscriptReadyNotification`,
 * `RedactedAudioNotification`) and its guides (`fern/pages/guides/webhooks.mdx`,
 * `webhooks-streaming.mdx`: the header sent as configured, compared for
 * equality; up to 10 attempts, none after a 4xx). The header is the caller's
 * to name: `verify(request, { header, secret })`.
 *
 * @module
 */
import type { CredentialVerifyOptions } from '../pipeline/options.js'
import { providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import { type CredentialHeaderOptions, credentialScheme, type SigningCredentialOptions } from '../schemes/credential.js'

/**
 * A transcription finished (`completed`) or failed (`error`). The body says
 * no more: fetch `GET /v2/transcript/{transcript_id}` for the text or the
 * error.
 */
export interface AssemblyAITranscriptReady {
  transcript_id: string
  status: 'completed' | 'error'
}

/** The redacted audio of a transcription with `redact_pii_audio` is ready. It carries no transcript id. */
export interface AssemblyAIRedactedAudioReady {
  status: 'redacted_audio_ready'
  redacted_audio_url: string
}

/** One turn of a streaming session, as its end-of-session webhook lists it. */
export interface AssemblyAIStreamingTurn {
  type: 'Turn' | (string & {})
  turn_order: number
  turn_is_formatted?: boolean
  end_of_turn?: boolean
  transcript: string
  end_of_turn_confidence?: number
  words?: { start: number; end: number; text: string; confidence?: number; word_is_final?: boolean }[]
  utterance?: string
  [field: string]: unknown
}

/** A streaming session ended: its turns, sent once. */
export interface AssemblyAIStreamingSession {
  session_id: string
  messages: AssemblyAIStreamingTurn[]
}

/**
 * Every AssemblyAI webhook body; there is no one event field: narrow on
 * `'session_id' in event`, then on `status`.
 *
 * @example
 * ```ts
 * if (!('session_id' in event) && event.status === 'completed') await fetchTranscript(event.transcript_id)
 * ```
 */
export type AssemblyAIEvent = AssemblyAITranscriptReady | AssemblyAIRedactedAudioReady | AssemblyAIStreamingSession

/** Options of `verify`: the header you named, and its value. */
export interface AssemblyAIVerifyOptions extends CredentialVerifyOptions, CredentialHeaderOptions {}

/** Options of `sign`: the header to send, and its value. */
export interface AssemblyAISignOptions extends SigningCredentialOptions, CredentialHeaderOptions {}

const definition = /* @__PURE__ */ providerDefinition<AssemblyAIEvent>()({
  name: 'AssemblyAI',
  secretEnv: 'ASSEMBLYAI_WEBHOOK_SECRET',
  scheme: credentialScheme({ form: 'value', callerHeader: true }),
})

/**
 * Checks an AssemblyAI delivery's auth header and resolves to its typed
 * body. Only the header is checked: the body is not signed and no timestamp
 * is sent, so a `tolerance` option is refused; de-duplicate with
 * {@link idempotencyKey}.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/assemblyai'
 *
 * // Sent with the transcription: webhook_auth_header_name: 'X-Webhook-Secret', webhook_auth_header_value: secret
 * export async function POST(request: Request) {
 *   const event = await verify(request, { header: 'X-Webhook-Secret', secret: process.env.ASSEMBLYAI_WEBHOOK_SECRET! })
 *   if ('transcript_id' in event && event.status === 'completed') console.log(event.transcript_id)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<AssemblyAIEvent, AssemblyAIVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Sends a payload as AssemblyAI does, for testing a handler: resolves to
 * `{ headers, body }` with the header you name.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/assemblyai'
 *
 * const delivery = await sign(
 *   { transcript_id: '9ea68fd3-f953-42c1-9742-976c447fb463', status: 'completed' },
 *   { header: 'X-Webhook-Secret', secret: 'test-secret' },
 * )
 * ```
 */
export const sign: Sign<AssemblyAIEvent, AssemblyAISignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * A key for de-duplicating deliveries: the transcript and its status, the
 * streaming session, or the redacted audio's URL. AssemblyAI retries up to
 * ten times with the same body, and with nothing signed a replay carries it
 * too: processing each key once is what stops both.
 *
 * @example
 * ```ts
 * const event = await verify(request, { header: 'X-Webhook-Secret', secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: AssemblyAIEvent): string {
  if ('session_id' in event) return `session:${event.session_id}`
  if (event.status === 'redacted_audio_ready') return `redacted_audio:${event.redacted_audio_url}`
  return `${event.transcript_id}:${event.status}`
}
