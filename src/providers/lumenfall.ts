/**
 * Lumenfall (video generation): Standard Webhooks (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature: v1,<base64>`) over
 * `<id>.<timestamp>.<body>`, keyed with the base64-decoded part of the
 * organisation's `whsec_…` secret from `GET https://api.lumenfall.ai/v1/webhooks/secret`
 * (the secret, not the API key). Confirmed from Lumenfall's docs,
 * https://docs.lumenfall.ai/webhooks ("Webhooks follow the Standard Webhooks
 * specification") and https://docs.lumenfall.ai/api-reference/webhooks/secret,
 * and from its official agent skill (lumenfall-ai/agent-skill
 * `plugins/lumenfall/skills/lumenfall/SKILL.md`, at 80efd745), which verifies
 * with the `standardwebhooks` library. Lumenfall says to reject deliveries
 * more than 5 minutes old; hookproof checks 300 s both ways, as the spec's
 * libraries do. Only asynchronous video jobs send webhooks.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { VerifyOptions } from '../pipeline/options.js'
import { standardWebhooksScheme, type StandardWebhooksSignOptions } from '../schemes/standard-webhooks.js'
import type { SignTimeOptions } from '../time/tolerance.js'

/** The three event types, one per terminal state of a video generation. */
export type LumenfallEventName = 'video.completed' | 'video.failed' | 'video.cancelled'

/** The video generation, as every event's `data` carries it. */
export interface LumenfallVideoGeneration {
  /** `video.generation` in the docs' example. */
  object: 'video.generation' | (string & {})
  /**
   * `req_…`, the request id (the `webhook-id` is `msg_<request_id>`). The
   * video API's `GET /openai/v1/videos/{id}` returns `video_…` ids, and the
   * docs do not say how the two relate.
   */
  id: string
  /** e.g. `veo-3.1-fast`. */
  model: string
  /** `completed` on `video.completed`. The docs do not give the value for the other events. */
  status: string
}

/** `video.completed`: the video is ready at `output.url`. */
export interface LumenfallVideoCompleted {
  type: 'video.completed'
  data: LumenfallVideoGeneration & { status: 'completed'; output: { url: string } }
}

/**
 * `video.failed` and `video.cancelled`. The docs show no body for either.
 * The video API sends `error` "only when status is failed", but its fields in
 * a webhook are not documented, so it is `unknown`.
 */
export interface LumenfallVideoEnded<Name extends 'video.failed' | 'video.cancelled'> {
  type: Name
  data: LumenfallVideoGeneration & { output?: { url: string }; error?: unknown }
}

/**
 * Every Lumenfall webhook body, `{ type, data }`; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'video.completed') console.log(event.data.output.url)
 * ```
 */
export type LumenfallEvent = LumenfallVideoCompleted | LumenfallVideoEnded<'video.failed'> | LumenfallVideoEnded<'video.cancelled'>

/** `sign` options: the `whsec_…` secret, the time, and the `webhook-id` (`id`). */
export interface LumenfallSignOptions extends StandardWebhooksSignOptions, SignTimeOptions {}

/**
 * What `verify` resolves to: a known Lumenfall event, or one Lumenfall added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type LumenfallDelivery = LumenfallEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<LumenfallEvent>()({
  name: 'Lumenfall',
  // "signed with the base64-decoded portion of your whsec_-prefixed secret":
  // the spec's key rule, as standardWebhooksScheme reads a whsec_ secret.
  scheme: standardWebhooksScheme(),
  eventField: 'type',
  events: { 'video.completed': true, 'video.failed': true, 'video.cancelled': true },
})

/**
 * Verifies a Lumenfall delivery and resolves to its typed body. Checks the
 * signatures over `<webhook-id>.<webhook-timestamp>.<body>` and the timestamp
 * (300 s both ways by default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/lumenfall'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.LUMENFALL_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'video.completed') console.log(event.data.output.url)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<LumenfallDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Lumenfall does, for testing a handler: resolves to
 * `{ headers, body }` with `webhook-id`, `webhook-timestamp` and `webhook-signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/lumenfall'
 *
 * const delivery = await sign(
 *   { type: 'video.completed', data: { object: 'video.generation', id: 'req_abc123', model: 'veo-3.1-fast', status: 'completed',
 *     output: { url: 'https://media.lumenfall.ai/abc123.mp4' } } },
 *   { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_req_abc123' },
 * )
 * ```
 */
export const sign: Sign<LumenfallEvent, LumenfallSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Lumenfall adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<LumenfallEvent, LumenfallDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: `<type>:<data.id>`. The body
 * has no event id, and a generation reaches one terminal state, so the key
 * is the request id and the event, which Lumenfall's own skill says to key
 * handlers on. Retries (up to 3) resend the same body. The signed
 * `webhook-id` header, `msg_<request_id>`, names the same request.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: LumenfallEvent): string {
  return `${event.type}:${event.data.id}`
}
