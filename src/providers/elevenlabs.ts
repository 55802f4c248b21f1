/**
 * ElevenLabs: `ElevenLabs-Signature: t=<unix seconds>,v0=<hex>`, the hex
 * HMAC-SHA256 of `<t>.<body>` under the secret's UTF-8 bytes. ElevenLabs'
 * SDKs reject timestamps older than 30 minutes; hookproof does the same and
 * also refuses one more than 5 minutes ahead (clock skew), which the SDKs do
 * not check.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { stripeStyleScheme } from '../schemes/stripe-style.js'

/** The event types ElevenLabs documents. */
export type ElevenLabsEventName =
  | 'post_call_transcription'
  | 'post_call_audio'
  | 'call_initiation_failure'
  | 'speech_to_text_transcription'
  | 'voice_removal_notice'
  | 'voice_removal_notice_withdrawn'
  | 'voice_removed'

/** `post_call_transcription`: a conversation has ended and its analysis is done. */
export interface ElevenLabsPostCallTranscription {
  agent_id: string
  agent_name?: string
  conversation_id: string
  /** e.g. `done`; open. */
  status: string
  user_id?: string | null
  branch_id?: string | null
  version_id?: string | null
  environment?: string
  transcript: Record<string, unknown>[]
  metadata: Record<string, unknown>
  analysis: Record<string, unknown>
  conversation_initiation_client_data?: Record<string, unknown>
  has_audio?: boolean
  has_user_audio?: boolean
  has_response_audio?: boolean
  [field: string]: unknown
}

/** `post_call_audio`: the conversation's audio, base64 MP3 (sent chunked: buffer the whole body before verifying). */
export interface ElevenLabsPostCallAudio {
  agent_id: string
  conversation_id: string
  full_audio: string
  [field: string]: unknown
}

/** `call_initiation_failure`: an outbound call could not start. */
export interface ElevenLabsCallInitiationFailure {
  agent_id: string
  conversation_id: string
  failure_reason: 'busy' | 'no-answer' | 'unknown' | (string & {})
  /** The telephony provider's details: `{ type: 'sip' | 'twilio', body }`. */
  metadata?: { type: 'sip' | 'twilio' | (string & {}); body: Record<string, unknown> }
  [field: string]: unknown
}

/** `speech_to_text_transcription`: an asynchronous transcription requested with `webhook=true` is done. */
export interface ElevenLabsSpeechToText {
  request_id: string
  /** What the request passed as `webhook_metadata`. */
  webhook_metadata?: unknown
  transcription: {
    language_code?: string
    language_probability?: number
    text: string
    words?: Record<string, unknown>[]
    [field: string]: unknown
  }
  [field: string]: unknown
}

/** The `data` of each event. The voice-removal events' data is not documented: `unknown` fields. */
export interface ElevenLabsEventMap {
  post_call_transcription: ElevenLabsPostCallTranscription
  post_call_audio: ElevenLabsPostCallAudio
  call_initiation_failure: ElevenLabsCallInitiationFailure
  speech_to_text_transcription: ElevenLabsSpeechToText
  voice_removal_notice: Record<string, unknown>
  voice_removal_notice_withdrawn: Record<string, unknown>
  voice_removed: Record<string, unknown>
}

/**
 * Every ElevenLabs webhook body, `{ type, event_timestamp, data }`; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'post_call_transcription') console.log(event.data.conversation_id)
 * ```
 */
export type ElevenLabsEvent = {
  [Name in ElevenLabsEventName]: {
    type: Name
    /** Unix seconds (written as a string in older docs). */
    event_timestamp?: number | string
    data: ElevenLabsEventMap[Name]
  }
}[ElevenLabsEventName]

/**
 * What `verify` resolves to: a known ElevenLabs event, or one ElevenLabs added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type ElevenLabsDelivery = ElevenLabsEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<ElevenLabsEvent>()({
  name: 'ElevenLabs',
  scheme: stripeStyleScheme({ header: 'ElevenLabs-Signature', version: 'v0', joiner: '.', tolerance: { past: 1800, future: 300 } }),
  eventField: 'type',
  events: {
    post_call_transcription: true,
    post_call_audio: true,
    call_initiation_failure: true,
    speech_to_text_transcription: true,
    voice_removal_notice: true,
    voice_removal_notice_withdrawn: true,
    voice_removed: true,
  },
})

/**
 * Verifies an ElevenLabs delivery and resolves to its typed body. Checks the
 * `v0` signature over `<t>.<body>` and the timestamp (30 minutes old at most,
 * 5 minutes ahead at most, by default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/elevenlabs'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.ELEVENLABS_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'post_call_transcription') console.log(event.data.analysis)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<ElevenLabsDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition)

/**
 * Signs a payload as ElevenLabs does, for testing a handler: resolves to
 * `{ headers, body }` with `ElevenLabs-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/elevenlabs'
 *
 * const delivery = await sign(
 *   { type: 'post_call_audio', event_timestamp: 1739537297, data: { agent_id: 'a', conversation_id: 'c', full_audio: '' } },
 *   { secret: 'wsec_test' },
 * )
 * ```
 */
export const sign: Sign<ElevenLabsEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events ElevenLabs adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<ElevenLabsEvent, ElevenLabsDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)
