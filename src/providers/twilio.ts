/**
 * Twilio (voice and messaging webhooks, for voice agents on phone numbers):
 * `X-Twilio-Signature`, the base64 HMAC-SHA1 of the URL Twilio posted to
 * followed by every form parameter's name and value, sorted by name, under
 * the account's auth token. The bodies are form-encoded
 * (`application/x-www-form-urlencoded`); `verify` returns their parameters.
 *
 * The parameters are signed, not the body's bytes, and the URL is signed,
 * not the host the server sees: pass the URL exactly as configured in
 * Twilio (`{ url }`). Nothing is timestamped, so a captured delivery can be
 * replayed to the same URL: answer idempotently (a call's `CallSid` and
 * status, a message's `MessageSid`).
 *
 * Confirmed from twilio-node (`src/webhooks/webhooks.ts` @45d3d65a:
 * `getExpectedTwilioSignature` — the URL, then `Object.keys(params).sort()`,
 * each name followed by its value, a repeated name's distinct values sorted
 * — HMAC-SHA1, base64; `validateRequest`, which tries the URL without its
 * port, with the default port, and each with the query re-encoded by
 * `querystring`) and Twilio's "Webhooks security" page (the signature over
 * the URL and the POST parameters; its worked example, auth token `12345`,
 * is a test vector). JSON webhooks, which Twilio signs with a `bodySHA256`
 * query parameter instead, and Webhooks Rules' HMAC-SHA256 shared keys
 * (`X-Twilio-Webhooks-Signature-Settings`) are not verified.
 *
 * @module
 */
import { formBody } from '../encoding/form.js'
import { providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { BodyOptions } from '../http/body.js'
import { type UrlFormSignOptions, type UrlFormVerifyOptions, urlFormScheme } from '../schemes/url-form.js'
import type { NoTimestampOptions } from '../time/tolerance.js'

/** A call's status, as Twilio's voice webhooks and status callbacks send it. */
export type TwilioCallStatus =
  | 'queued'
  | 'initiated'
  | 'ringing'
  | 'in-progress'
  | 'completed'
  | 'busy'
  | 'failed'
  | 'no-answer'
  | 'canceled'

/** A message's status, as messaging webhooks and status callbacks send it. */
export type TwilioMessageStatus =
  | 'accepted'
  | 'scheduled'
  | 'canceled'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'failed'
  | 'delivered'
  | 'undelivered'
  | 'receiving'
  | 'received'
  | 'read'
  | 'partially_delivered'

/** Where the caller and the number called are, as Twilio looks them up from the numbers (absent where it cannot). */
export interface TwilioLocations {
  FromCity?: string
  FromState?: string
  FromZip?: string
  FromCountry?: string
  ToCity?: string
  ToState?: string
  ToZip?: string
  ToCountry?: string
}

/**
 * A voice webhook: an incoming call asking for TwiML, a `<Gather>`'s
 * result, or a call's status callback. Every parameter is a string; those
 * not named here (Twilio adds parameters without notice) are in the object
 * too.
 */
export interface TwilioVoiceRequest extends TwilioLocations {
  AccountSid: string
  CallSid: string
  CallStatus: TwilioCallStatus
  ApiVersion: string
  /** `inbound`, `outbound-api` or `outbound-dial`. */
  Direction: string
  From: string
  To: string
  Called?: string
  Caller?: string
  CallerName?: string
  ForwardedFrom?: string
  ParentCallSid?: string
  CallToken?: string
  /** The STIR/SHAKEN attestation of an incoming call, e.g. `TN-Validation-Passed-A`. */
  StirVerstat?: string
  /** `<Gather>`: the keys pressed. */
  Digits?: string
  FinishedOnKey?: string
  /** `<Gather input="speech">`: the transcription, and its confidence from `0.0` to `1.0`. */
  SpeechResult?: string
  Confidence?: string
  /** Status callbacks: which event this is (`call-progress-events`), and its order among the call's callbacks. */
  CallbackSource?: string
  SequenceNumber?: string
  /** Status callbacks: when the event happened, RFC 2822. */
  Timestamp?: string
  /** A completed call's length in seconds, and in billed minutes. */
  CallDuration?: string
  Duration?: string
  SipResponseCode?: string
  RecordingUrl?: string
  RecordingSid?: string
  RecordingDuration?: string
}

/** A messaging webhook: an incoming SMS, MMS or WhatsApp message, or a message's status callback. */
export interface TwilioMessagingRequest extends TwilioLocations {
  AccountSid: string
  MessageSid: string
  ApiVersion: string
  From: string
  To: string
  SmsSid?: string
  SmsMessageSid?: string
  MessagingServiceSid?: string
  /** An incoming message's text. */
  Body?: string
  /** How many media files an incoming message carries: `MediaUrl0`, `MediaContentType0` and so on. */
  NumMedia?: string
  NumSegments?: string
  SmsStatus?: TwilioMessageStatus
  /** Status callbacks: the message's status, and its error code when it failed. */
  MessageStatus?: TwilioMessageStatus
  ErrorCode?: string
}

/**
 * Every Twilio webhook body: its form parameters. There is no one event
 * field: narrow on `'CallSid' in event`, then on `CallStatus`.
 *
 * @example
 * ```ts
 * if ('CallSid' in event && event.CallStatus === 'completed') console.log(event.CallSid, event.CallDuration)
 * ```
 */
export type TwilioRequest = TwilioVoiceRequest | TwilioMessagingRequest

/** Options of `verify`: the auth token, and the URL Twilio posts to. */
export interface TwilioVerifyOptions extends UrlFormVerifyOptions, NoTimestampOptions, BodyOptions {}

/** Options of `sign`: the auth token, and the URL to sign for. */
export interface TwilioSignOptions extends UrlFormSignOptions {}

const definition = /* @__PURE__ */ providerDefinition<TwilioRequest>()({
  name: 'Twilio',
  secretEnv: 'TWILIO_AUTH_TOKEN',
  scheme: urlFormScheme({ signatureHeader: 'X-Twilio-Signature' }),
  bodyFormat: formBody,
})

/**
 * Verifies a Twilio webhook against the auth token and the URL it was posted
 * to, and resolves to its form parameters. No timestamp is signed, so a
 * `tolerance` option is refused.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/twilio'
 *
 * export async function POST(request: Request) {
 *   // The URL as configured on the number; request.url where the server sees the public URL.
 *   const event = await verify(request, { secret: process.env.TWILIO_AUTH_TOKEN!, url: 'https://example.com/twilio/voice' })
 *   if ('CallSid' in event && event.CallStatus === 'ringing') {
 *     return new Response('<Response><Connect><Stream url="wss://example.com/agent"/></Connect></Response>', {
 *       headers: { 'Content-Type': 'text/xml' },
 *     })
 *   }
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Verify<TwilioRequest, TwilioVerifyOptions> = /* @__PURE__ */ createVerify(definition)

/**
 * Sends parameters as Twilio does, for testing a handler: resolves to
 * `{ headers, body }`, the body form-encoded and signed for `url`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/twilio'
 *
 * const url = 'https://example.com/twilio/voice'
 * const delivery = await sign(
 *   { AccountSid: 'AC123', CallSid: 'CA123', CallStatus: 'ringing', ApiVersion: '2010-04-01', Direction: 'inbound', From: '+14158675309', To: '+18005551212' },
 *   { secret: 'test auth token', url },
 * )
 * await fetch(url, { method: 'POST', ...delivery })
 * ```
 */
export const sign: Sign<TwilioRequest, TwilioSignOptions> = /* @__PURE__ */ createSign(definition)
