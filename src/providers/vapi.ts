/**
 * Vapi (voice agents' server messages), authenticated the way the receiver
 * set up its server credential:
 *
 * - `{ secret }` — the **HMAC** credential with Vapi's defaults:
 *   `x-signature: <hex>`, the HMAC-SHA256 of `<x-timestamp>.<body>` under the
 *   credential's `secretKey`. Vapi documents no unit for `x-timestamp`, so it
 *   is signed and required but not read as a time (no tolerance: de-duplicate).
 * - `{ token }` — the **Bearer** credential: `Authorization: Bearer <token>`.
 *   Nothing is signed: the check proves the sender knows the token, not that
 *   the body is what Vapi sent, nor that it is not a replay.
 *
 * The option chooses the check, never the delivery: a sender cannot fall back
 * to the weaker one. A plan with other settings (another algorithm, header,
 * prefix, encoding or payload format), or the legacy `X-Vapi-Secret` header,
 * is a `defineProvider` with `hmacScheme` or `credentialScheme` (README).
 *
 * Confirmed from Vapi's server SDK (`VapiAI/server-sdk-typescript`
 * `src/api/types/HmacAuthenticationPlan.ts`: "Defaults to 'x-signature'",
 * "Defaults to 'x-timestamp'", "Defaults to '{timestamp}.{body}'",
 * "Defaults to 'hex'"; `BearerAuthenticationPlan.ts`: `headerName` "Defaults
 * to 'Authorization'", `bearerPrefixEnabled` "Defaults to true"; @7ec0a68f)
 * and its docs (`VapiAI/docs` `fern/server-url/server-authentication.mdx`,
 * `events.mdx` @eabfa530). Every message is `{ message: { type, … } }`;
 * the types below are those of the SDK's `ServerMessage*`, open.
 *
 * @module
 */
import type { BodyOptions } from '../http/body.js'
import { providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import { schemeByKeyOption } from '../schemes/by-key-option.js'
import { credentialScheme } from '../schemes/credential.js'
import { hmacScheme } from '../schemes/hmac.js'
import type { NoTimestampOptions, SignTimeOptions } from '../time/tolerance.js'

/** The call a message is about (the SDK's `Call`, in part). */
export interface VapiCall {
  id: string
  orgId?: string
  /** `inboundPhoneCall`, `outboundPhoneCall`, `webCall`; open. */
  type?: string
  status?: string
  assistantId?: string
  phoneNumberId?: string
  [field: string]: unknown
}

/** What every message carries. */
interface VapiMessageFields {
  /** Unix milliseconds. */
  timestamp?: number
  call?: VapiCall
  customer?: Record<string, unknown>
  assistant?: Record<string, unknown>
  phoneNumber?: Record<string, unknown>
  artifact?: Record<string, unknown>
  [field: string]: unknown
}

/** `status-update`: the call's status changed. */
export interface VapiStatusUpdate extends VapiMessageFields {
  type: 'status-update'
  /** `scheduled`, `queued`, `ringing`, `in-progress`, `forwarding`, `ended`, …; open. */
  status: 'scheduled' | 'queued' | 'ringing' | 'in-progress' | 'forwarding' | 'ended' | (string & {})
  endedReason?: string
}

/** `end-of-call-report`: the call ended; its transcript, recording and analysis. */
export interface VapiEndOfCallReport extends VapiMessageFields {
  type: 'end-of-call-report'
  endedReason: string
  analysis?: { summary?: string; structuredData?: unknown; successEvaluation?: string; [field: string]: unknown }
  startedAt?: string
  endedAt?: string
  cost?: number
}

/** `tool-calls`: the assistant calls your tools; answer with their results. */
export interface VapiToolCalls extends VapiMessageFields {
  type: 'tool-calls'
  toolCallList: { id: string; name?: string; arguments?: unknown; [field: string]: unknown }[]
  toolWithToolCallList?: unknown[]
}

/** `assistant-request`: an inbound call with no assistant; answer with one within 7.5 s. */
export interface VapiAssistantRequest extends VapiMessageFields {
  type: 'assistant-request'
}

/** `transcript`: a partial or final transcript of a turn. */
export interface VapiTranscript extends VapiMessageFields {
  type: 'transcript'
  role: 'user' | 'assistant' | (string & {})
  transcriptType: 'partial' | 'final' | (string & {})
  transcript: string
}

/** `hang`: the assistant did not answer for a while. */
export interface VapiHang extends VapiMessageFields {
  type: 'hang'
}

/** `speech-update`: someone started or stopped speaking. */
export interface VapiSpeechUpdate extends VapiMessageFields {
  type: 'speech-update'
  status: 'started' | 'stopped' | (string & {})
  role: 'user' | 'assistant' | (string & {})
}

/** `conversation-update`: the conversation so far. */
export interface VapiConversationUpdate extends VapiMessageFields {
  type: 'conversation-update'
  messages?: unknown[]
  messagesOpenAIFormatted?: unknown[]
}

/** `transfer-destination-request`: a transfer without a destination; answer with one. */
export interface VapiTransferDestinationRequest extends VapiMessageFields {
  type: 'transfer-destination-request'
}

/** A message type Vapi documents (the SDK's `ServerMessageMessage` has more: they verify, typed loosely). */
export type VapiKnownMessage =
  | VapiStatusUpdate
  | VapiEndOfCallReport
  | VapiToolCalls
  | VapiAssistantRequest
  | VapiTranscript
  | VapiHang
  | VapiSpeechUpdate
  | VapiConversationUpdate
  | VapiTransferDestinationRequest

/** Any other message type (`model-output`, `user-interrupted`, `chat.created`, …, and those Vapi adds). */
export interface VapiOtherMessage extends VapiMessageFields {
  type: string
}

/**
 * Every Vapi server message: `{ message }`, told apart by `message.type`.
 *
 * @example
 * ```ts
 * if (event.message.type === 'end-of-call-report') console.log(event.message.endedReason)
 * ```
 */
export interface VapiEvent {
  message: VapiKnownMessage | VapiOtherMessage
}

/** Options of `verify`: the HMAC credential's `secret`, or the Bearer credential's `token`. */
export type VapiVerifyOptions = (
  | { readonly secret: string | Uint8Array | readonly (string | Uint8Array)[]; readonly token?: undefined }
  | { readonly token: string | readonly string[]; readonly secret?: undefined }
) &
  NoTimestampOptions &
  BodyOptions

/** Options of `sign`: the credential to sign or send with, and when (`x-timestamp`). */
export type VapiSignOptions = (
  | { readonly secret: string | Uint8Array; readonly token?: undefined }
  | { readonly token: string; readonly secret?: undefined }
) &
  SignTimeOptions

const definition = /* @__PURE__ */ providerDefinition<VapiEvent>()({
  name: 'Vapi',
  secretEnv: 'VAPI_WEBHOOK_SECRET',
  scheme: schemeByKeyOption(
    // Vapi's HMAC plan defaults; x-timestamp's unit is undocumented: signed, not read.
    { option: 'secret', scheme: hmacScheme({ signatureHeader: 'x-signature', timestamp: { header: 'x-timestamp' } }) },
    { option: 'token', scheme: credentialScheme({ form: 'bearer' }), asSecret: true },
  ),
})

/**
 * Verifies a Vapi server message and resolves to its typed body: by its HMAC
 * signature with `{ secret }`, or by its Bearer credential with `{ token }`.
 * No timestamp is read, so a `tolerance` option is refused; de-duplicate with
 * {@link idempotencyKey}.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/vapi'
 *
 * export async function POST(request: Request) {
 *   const { message } = await verify(request, { secret: process.env.VAPI_WEBHOOK_SECRET! })
 *   if (message.type === 'end-of-call-report') console.log(message.call?.id, message.endedReason)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<VapiEvent, VapiVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a message as Vapi's HMAC credential does (`{ secret }`), or sends it
 * with a Bearer credential (`{ token }`), for testing a handler.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/vapi'
 *
 * const delivery = await sign({ message: { type: 'hang', call: { id: 'call_1' }, timestamp: 1767225620000 } }, { secret: 'test-secret' })
 * ```
 */
export const sign: Sign<VapiEvent, VapiSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * A key for de-duplicating messages: the call, the type and the message's
 * timestamp (a status update also by its status). Vapi sends no message id
 * in the body and retries only with a backoff plan; with no timestamp read,
 * processing each key once is what stops replays.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: VapiEvent): string {
  const { message } = event
  const status = message.type === 'status-update' ? `:${(message as VapiStatusUpdate).status}` : ''
  return `${message.call?.id ?? ''}:${message.type}${status}@${message.timestamp ?? ''}`
}
