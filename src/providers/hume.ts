/**
 * Hume (EVI webhooks): `X-Hume-AI-Webhook-Signature: <hex>`, the hex
 * HMAC-SHA256 of `<body>.<timestamp>` (the body first, then the timestamp)
 * under the key's UTF-8 bytes, `X-Hume-AI-Webhook-Timestamp` in Unix seconds.
 * The key is the webhook signing key from the Hume Developer Portal, or the
 * API key, which Hume still accepts for HMAC verification. Confirmed from
 * Hume's own example projects, HumeAI/hume-api-examples
 * `evi/evi-typescript-webhooks/src/util.ts` (`validateWebhookHeaders`) and
 * `evi/evi-python-webhooks/utils.py`, at c35b1cf; Hume publishes no prose
 * spec and no test vector. The examples refuse a timestamp more than 180 s
 * old and set no future bound; hookproof refuses the same, and also one more
 * than 5 minutes ahead. Hume states no unit. The examples compare the value
 * with `Date.now() / 1000`, so it is read as Unix seconds, and a value in
 * milliseconds would be `malformed_timestamp`.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { hmacScheme } from '../schemes/hmac.js'
import { unixSeconds } from '../time/formats.js'

/** The three event types (`PostedWebhookEventType`). */
export type HumeEventName = 'chat_started' | 'chat_ended' | 'tool_call'

/** The fields every event carries: the chat, and the caller where there is one. */
export interface HumeChatFields {
  chat_group_id: string
  chat_id: string
  /** Optional in the SDK; "required, nullable" in the reference. */
  config_id?: string | null
  /** E.164; Twilio calls only. */
  caller_number?: string | null
  custom_session_id?: string | null
  /** Twilio calls: `call_sid`, `account_sid`, `from_number`, `to_number`, `caller_name`, …; a missing value is `""`. */
  twilio_metadata?: Record<string, string> | null
}

/**
 * `chat_started`: a chat began, in a new chat group or a resumed one. Hume's
 * schemas mark `event_name` optional (a literal with a default) while every
 * example sends it. hookproof routes on it, so a body without it is
 * `invalid_payload`.
 */
export interface HumeChatStarted extends HumeChatFields {
  event_name: 'chat_started'
  chat_start_type: 'new_chat_group' | 'resumed_chat_group'
  /** Unix milliseconds. */
  start_time: number
}

/** Why a chat ended. */
export type HumeChatEndReason =
  | 'ACTIVE'
  | 'USER_ENDED'
  | 'USER_TIMEOUT'
  | 'INACTIVITY_TIMEOUT'
  | 'MAX_DURATION_TIMEOUT'
  | 'SILENCE_TIMEOUT'
  | 'ERROR'

/** `chat_ended`: a chat ended, with how long it ran and why it stopped. */
export interface HumeChatEnded extends HumeChatFields {
  event_name: 'chat_ended'
  duration_seconds: number
  end_reason: HumeChatEndReason
  /** Unix milliseconds. */
  end_time: number
}

/** The tool call, as `tool_call` carries it. */
export interface HumeToolCallMessage {
  type: 'tool_call'
  name: string
  /** The arguments as a JSON string: `JSON.parse` it. */
  parameters: string
  tool_call_id: string
  tool_type: 'builtin' | 'function'
  response_required: boolean
  custom_session_id?: string | null
}

/** `tool_call`: EVI called a tool. */
export interface HumeToolCall extends HumeChatFields {
  event_name: 'tool_call'
  /** Unix milliseconds; not the signed `X-Hume-AI-Webhook-Timestamp`. */
  timestamp: number
  tool_call_message: HumeToolCallMessage
}

/**
 * Every Hume EVI webhook body; narrow on `event_name`.
 *
 * @example
 * ```ts
 * if (event.event_name === 'tool_call') console.log(event.tool_call_message.name, JSON.parse(event.tool_call_message.parameters))
 * ```
 */
export type HumeEvent = HumeChatStarted | HumeChatEnded | HumeToolCall

/**
 * What `verify` resolves to: a known Hume event, or one Hume added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type HumeDelivery = HumeEvent | UnknownEvent<'event_name'>

const definition = /* @__PURE__ */ providerDefinition<HumeEvent>()({
  name: 'Hume',
  scheme: hmacScheme({
    signatureHeader: 'X-Hume-AI-Webhook-Signature',
    // `${payload}.${timestamp}`: the timestamp goes after the body.
    timestamp: { header: 'X-Hume-AI-Webhook-Timestamp', format: unixSeconds, position: 'after' },
    // Hume's examples: `currentTime - timestampInt > 180` is too old, and no
    // future bound is set; 5 minutes ahead, as for ElevenLabs and Mux.
    tolerance: { past: 180, future: 300 },
  }),
  eventField: 'event_name',
  events: { chat_started: true, chat_ended: true, tool_call: true },
})

/**
 * Verifies a Hume EVI delivery and resolves to its typed body. Checks the
 * signature over `<body>.<timestamp>` and the timestamp (180 s back, 300 s
 * ahead by default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/hume'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.HUME_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.event_name === 'chat_ended') console.log(event.end_reason, event.duration_seconds)
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Verify<HumeDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Hume does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Hume-AI-Webhook-Timestamp` (Unix seconds) and
 * `X-Hume-AI-Webhook-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/hume'
 *
 * const delivery = await sign(
 *   { event_name: 'chat_started', chat_group_id: 'group_1', chat_id: 'chat_1', chat_start_type: 'new_chat_group', start_time: Date.now() },
 *   { secret: 'test-signing-key' },
 * )
 * ```
 */
export const sign: Sign<HumeEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Hume adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `event_name` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.event_name) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<HumeEvent, HumeDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A key for de-duplicating deliveries of one event: store it with a unique
 * constraint (or `SET key 1 NX EX 86400` in Redis) and skip the work when it
 * is already there. The body has no event id, so the key is composite:
 * `<event_name>:<chat_id>` for `chat_started` and `chat_ended`, which a chat
 * sends once each (a resumed chat gets a new `chat_id` in the same chat
 * group), and `tool_call:<tool_call_message.tool_call_id>` for `tool_call`.
 * It does not distinguish two different deliveries of one event for the same
 * chat or tool call: Hume documents none, and such a second one counts as a
 * duplicate.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `chat_ended:470a49f6-1dec-4afe-8b61-035d3b2d63b0`
 * ```
 */
export function idempotencyKey(event: HumeEvent): string {
  return event.event_name === 'tool_call'
    ? `${event.event_name}:${event.tool_call_message.tool_call_id}`
    : `${event.event_name}:${event.chat_id}`
}
