/**
 * Cartesia (Line voice agents' call webhooks): `X-Webhook-Secret: <secret>`,
 * the secret given when the webhook was created, sent back as is on every
 * delivery. **Nothing is signed**: the check proves the sender knows the
 * secret, not that the body is what Cartesia sent, nor that it is not a
 * replay (no timestamp is sent). Receive over HTTPS only, and de-duplicate.
 *
 * Confirmed from Cartesia's docs (docs.cartesia.ai/agents/webhooks: "Each
 * request is a POST with `Content-Type: application/json` and an
 * `X-Webhook-Secret` header containing the secret you set. Reject requests
 * where the header doesn't match."; /api-reference/agents/webhooks/create;
 * /line/infrastructure/observability) and `cartesia-ai/cartesia-js`
 * `src/resources/agents/calls.ts` at commit c73dca02 (the call object). The envelope's
 * fields (`type`, `request_id`, `agent_id`, `webhook_id`, `timestamp`) are
 * those of Cartesia's published example (`cartesia-ai/docs`
 * `agents-observability.mdx` @578f3b1f); every body is open.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import type { CredentialVerifyOptions } from '../pipeline/options.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import { credentialScheme, type SigningCredentialOptions } from '../schemes/credential.js'

/** A call's status: `created`, `started`, `completed`, `failed`; open. */
export type CartesiaCallStatus = 'created' | 'started' | 'completed' | 'failed' | (string & {})

/** Why a call ended: `agent_hangup`, `client_hangup`, `max_duration`, `error`, …; open. */
export type CartesiaEndReason =
  | 'agent_hangup'
  | 'client_hangup'
  | 'api_cancelled'
  | 'max_duration'
  | 'inactivity'
  | 'client_disconnected'
  | 'dial_busy'
  | 'dial_failed'
  | 'dial_no_answer'
  | 'error'
  | (string & {})

/** One turn of a call's transcript. */
export interface CartesiaTurn {
  /** `user` or `assistant`; open. */
  role: 'user' | 'assistant' | (string & {})
  text: string
  /** Seconds from the start of the call. */
  start_timestamp?: number
  end_timestamp?: number
  was_interrupted?: boolean
  /** On a tool turn: the tools called. */
  tool_calls?: { name: string; arguments?: unknown; result?: unknown; [field: string]: unknown }[]
  [field: string]: unknown
}

/** A call, as Cartesia's Get Call returns it. */
export interface CartesiaCall {
  id: string
  agent_id?: string
  status?: CartesiaCallStatus
  /** ISO 8601. */
  start_time?: string
  end_time?: string
  /** Set on `call_completed` and `call_failed`. */
  end_reason?: CartesiaEndReason
  transcript?: CartesiaTurn[]
  summary?: string
  error_message?: string
  deployment_id?: string
  [field: string]: unknown
}

/** What every delivery carries. */
interface CartesiaEnvelope {
  /** The call's id, as Cartesia's example names it. */
  request_id?: string
  agent_id?: string
  /** The webhook this delivery went to (several agents may share one). */
  webhook_id?: string
  /** ISO 8601, when the event happened. */
  timestamp?: string
  [field: string]: unknown
}

/** `call_started`: a call session began. */
export interface CartesiaCallStarted extends CartesiaEnvelope {
  type: 'call_started'
  call?: CartesiaCall
}

/** `call_completed`: a call ended normally; `call.end_reason` says how. */
export interface CartesiaCallCompleted extends CartesiaEnvelope {
  type: 'call_completed'
  call?: CartesiaCall
}

/** `call_failed`: a call ended with an error. */
export interface CartesiaCallFailed extends CartesiaEnvelope {
  type: 'call_failed'
  call?: CartesiaCall
}

/** `call_turn`: one conversational turn, as it ends. */
export interface CartesiaCallTurn extends CartesiaEnvelope {
  type: 'call_turn'
  turn?: CartesiaTurn
}

/** `post_call_analysis`: the analysis run after the call finished. */
export interface CartesiaPostCallAnalysis extends CartesiaEnvelope {
  type: 'post_call_analysis'
  analysis?: { summary?: string; [field: string]: unknown }
}

/**
 * Every Cartesia webhook body, told apart by `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'call_completed') console.log(event.call?.end_reason)
 * ```
 */
export type CartesiaEvent = CartesiaCallStarted | CartesiaCallCompleted | CartesiaCallFailed | CartesiaCallTurn | CartesiaPostCallAnalysis

/** An event name Cartesia documents. */
export type CartesiaEventName = CartesiaEvent['type']

/**
 * What `verify` resolves to: a known Cartesia event, or one Cartesia added
 * after these types were written ("Cartesia may add more"; `isKnownEvent`
 * tells them apart).
 */
export type CartesiaDelivery = CartesiaEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<CartesiaEvent>()({
  name: 'Cartesia',
  secretEnv: 'CARTESIA_WEBHOOK_SECRET',
  scheme: credentialScheme({ form: 'value', header: 'X-Webhook-Secret' }),
  eventField: 'type',
  events: { call_started: true, call_completed: true, call_failed: true, call_turn: true, post_call_analysis: true },
})

/**
 * Checks a Cartesia delivery's `X-Webhook-Secret` and resolves to its typed
 * body. Only the secret is checked: the body is not signed and no timestamp
 * is sent, so a `tolerance` option is refused; de-duplicate with
 * {@link idempotencyKey}.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/cartesia'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.CARTESIA_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'call_completed') console.log(event.call?.end_reason)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<CartesiaDelivery, CredentialVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Sends a payload as Cartesia does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Webhook-Secret`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/cartesia'
 *
 * const delivery = await sign({ type: 'call_started', request_id: 'call_9hd2', call: { id: 'call_9hd2' } }, { secret: 'test-secret' })
 * ```
 */
export const sign: Sign<CartesiaEvent, SigningCredentialOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Cartesia adds later still verify; acknowledge them (answer 2xx),
 * then switch on `type` exhaustively.
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
export const isKnownEvent: IsKnownEvent<CartesiaEvent, CartesiaDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A key for de-duplicating deliveries: the event, its call and its
 * timestamp (a turn also by its start). Cartesia documents no delivery id,
 * and with nothing signed a replayed delivery carries the same body:
 * processing each key once is what stops replays.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: CartesiaEvent): string {
  const call =
    event.request_id ??
    (event.type === 'call_started' || event.type === 'call_completed' || event.type === 'call_failed' ? event.call?.id : undefined) ??
    ''
  const turn = event.type === 'call_turn' ? `:${event.turn?.role ?? ''}@${event.turn?.start_timestamp ?? ''}` : ''
  return `${event.type}:${call}@${event.timestamp ?? ''}${turn}`
}
