/**
 * Retell AI: `x-retell-signature: v=<unix milliseconds>,d=<hex>`, the hex
 * HMAC-SHA256 of `<body><v>` (the body, then the timestamp, with nothing
 * between) under the UTF-8 bytes of a Retell API key: the one with the
 * webhook badge, there is no separate webhook secret. Confirmed from Retell's
 * docs ("Secure the webhook", with its "Verify Without SDK" section) and both
 * SDKs' `verify` (retell-python-sdk and retell-typescript-sdk
 * `webhook_auth`), which share a test vector. 300 s both ways, as the SDKs
 * check (`abs(now - v) > 300000` refuses).
 *
 * The SDKs accept exactly `v=<digits>,d=<64 lowercase hex>`; hookproof reads
 * the header as it reads every Stripe-style one, so it also takes the items
 * in another order, with other items among them, or in uppercase hex: never
 * without a `d` that the key computed over the body and that `v`.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { stripeStyleScheme } from '../schemes/stripe-style.js'
import { unixMilliseconds } from '../time/formats.js'

/** The voice agents' events: `call_started`, `call_ended` and `call_analyzed` unless the agent's `webhook_events` says otherwise. */
export type RetellCallEventName =
  | 'call_started'
  | 'call_ended'
  | 'call_analyzed'
  | 'transcript_updated'
  | 'transfer_started'
  | 'transfer_bridged'
  | 'transfer_cancelled'
  | 'transfer_ended'

/** The chat agents' events. `transcript_updated` is sent for calls and chats alike. */
export type RetellChatEventName = 'chat_started' | 'chat_ended' | 'chat_analyzed' | 'transcript_updated'

/** Every event name. */
export type RetellEventName = RetellCallEventName | RetellChatEventName

/** What every call has, as get-call returns it. Retell's SDK types more fields than these: they are kept as sent. */
export interface RetellCallBase {
  call_id: string
  agent_id: string
  agent_version: number
  agent_name?: string
  agent_tag?: string | null
  call_status: 'registered' | 'not_connected' | 'ongoing' | 'ended' | 'error'
  /** Unix milliseconds. */
  start_timestamp?: number
  /** Unix milliseconds. */
  end_timestamp?: number
  duration_ms?: number
  /** e.g. `user_hangup`. */
  disconnection_reason?: string
  transcript?: string
  transcript_object?: Record<string, unknown>[]
  /** On `transcript_updated`: the transcript so far, tool calls included. */
  transcript_with_tool_calls?: Record<string, unknown>[]
  recording_url?: string
  public_log_url?: string
  /** What the call was created with; any JSON. */
  metadata?: unknown
  retell_llm_dynamic_variables?: Record<string, unknown>
  collected_dynamic_variables?: Record<string, unknown>
  /** On `call_analyzed`, e.g. `call_summary`, `user_sentiment`, `call_successful`. */
  call_analysis?: Record<string, unknown>
  call_cost?: Record<string, unknown>
  latency?: Record<string, unknown>
  llm_token_usage?: Record<string, unknown>
  /** On the `transfer_*` events, when there is one. */
  transfer_destination?: string | null
  [field: string]: unknown
}

/** A phone call. */
export interface RetellPhoneCall extends RetellCallBase {
  call_type: 'phone_call'
  direction: 'inbound' | 'outbound'
  from_number: string
  to_number: string
}

/** A web call. */
export interface RetellWebCall extends RetellCallBase {
  call_type: 'web_call'
}

/** A call, narrowed on `call_type`. */
export type RetellCall = RetellPhoneCall | RetellWebCall

/** A chat, as get-chat returns it. */
export interface RetellChat {
  chat_id: string
  agent_id: string
  chat_status: 'ongoing' | 'ended' | 'error'
  chat_type?: 'api_chat' | 'sms_chat'
  /** Unix milliseconds. */
  start_timestamp?: number
  /** Unix milliseconds. */
  end_timestamp?: number | null
  transcript?: string
  message_with_tool_calls?: Record<string, unknown>[]
  chat_analysis?: Record<string, unknown>
  chat_cost?: Record<string, unknown>
  /** What the chat was created with; any JSON. */
  metadata?: unknown
  retell_llm_dynamic_variables?: Record<string, unknown>
  collected_dynamic_variables?: Record<string, unknown>
  custom_attributes?: Record<string, unknown>
  version?: number | null
}

/** A call event: `{ event, call }`. */
export interface RetellCallEvent<Name extends RetellCallEventName = RetellCallEventName> {
  event: Name
  call: RetellCall
}

/**
 * A chat event. The key `chat` is not in the part of Retell's docs that
 * could be read (only in others' code), so it is optional here: check it.
 */
export interface RetellChatEvent<Name extends RetellChatEventName = RetellChatEventName> {
  event: Name
  chat?: RetellChat
}

/**
 * Every Retell webhook body; narrow on `event` (and, for
 * `transcript_updated`, on `'call' in event`).
 *
 * @example
 * ```ts
 * if (event.event === 'call_analyzed') console.log(event.call.call_analysis)
 * ```
 */
export type RetellEvent =
  | { [Name in RetellCallEventName]: RetellCallEvent<Name> }[RetellCallEventName]
  | { [Name in RetellChatEventName]: RetellChatEvent<Name> }[RetellChatEventName]

/**
 * What `verify` resolves to: a known Retell event, or one Retell added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type RetellDelivery = RetellEvent | UnknownEvent<'event'>

const definition = /* @__PURE__ */ providerDefinition<RetellEvent>()({
  name: 'Retell',
  secretEnv: 'RETELL_API_KEY',
  scheme: stripeStyleScheme({
    header: 'x-retell-signature',
    version: 'd',
    joiner: '',
    timestampKey: 'v',
    position: 'after',
    format: unixMilliseconds,
    tolerance: 300,
  }),
  eventField: 'event',
  events: {
    call_started: true,
    call_ended: true,
    call_analyzed: true,
    transcript_updated: true,
    transfer_started: true,
    transfer_bridged: true,
    transfer_cancelled: true,
    transfer_ended: true,
    chat_started: true,
    chat_ended: true,
    chat_analyzed: true,
  },
})

/**
 * Verifies a Retell delivery and resolves to its typed body. Checks the `d`
 * signature over `<body><v>` and the timestamp (300 s both ways by default).
 * The secret is the webhook-badged API key. Unlike Retell's TypeScript SDK,
 * whose `verify` returns a Promise (an un-awaited `if (!Retell.verify(…))`
 * never fails), this rejects: `await` it.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/retell'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.RETELL_API_KEY! })
 *   if (isKnownEvent(event) && event.event === 'call_ended') console.log(event.call.call_id, event.call.disconnection_reason)
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Verify<RetellDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Retell does, for testing a handler: resolves to
 * `{ headers, body }` with `x-retell-signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/retell'
 *
 * const delivery = await sign(
 *   { event: 'call_started', call: { call_type: 'web_call', call_id: 'call_1', agent_id: 'agent_1', agent_version: 1, call_status: 'ongoing' } },
 *   { secret: 'test-api-key' },
 * )
 * ```
 */
export const sign: Sign<RetellEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Retell adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `event` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.event) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<RetellEvent, RetellDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A key for de-duplicating deliveries: `<event>:<call_id or chat_id>`. The
 * body carries no event or delivery id, and `transcript_updated` comes once
 * per turn and once more at the end, so its key adds the number of entries
 * in `transcript_with_tool_calls` (`message_with_tool_calls` for a chat):
 * two updates with as many entries, such as the final one after the last
 * turn, get the same key. `undefined` for a chat event without `chat`: such
 * deliveries cannot be told apart, so none may be dropped as a duplicate.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const key = idempotencyKey(event) // e.g. `call_ended:Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6`
 * if (key === undefined || (await redis.set(`webhook:${key}`, '1', { NX: true, EX: 86_400 }))) await handle(event)
 * ```
 */
export function idempotencyKey(event: RetellEvent): string | undefined {
  if ('call' in event) {
    const { call } = event
    return event.event === 'transcript_updated'
      ? `${event.event}:${call.call_id}:${call.transcript_with_tool_calls?.length ?? 0}`
      : `${event.event}:${call.call_id}`
  }
  const { chat } = event
  if (chat === undefined) return undefined
  return event.event === 'transcript_updated'
    ? `${event.event}:${chat.chat_id}:${chat.message_with_tool_calls?.length ?? 0}`
    : `${event.event}:${chat.chat_id}`
}
