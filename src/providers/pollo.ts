/**
 * Pollo AI: `X-Webhook-Signature: <base64>`, one bare signature (no `v1,`,
 * no list), the base64 HMAC-SHA256 of
 * `<X-Webhook-Id>.<X-Webhook-Timestamp>.<body>`: Standard Webhooks' content
 * under other header names. The headers, the signed content, HMAC-SHA256 and
 * base64 are confirmed from Pollo's docs page (https://docs.pollo.ai/webhooks);
 * Pollo has no SDK that verifies.
 *
 * The key is the probable reading, not one read verbatim: Pollo's page says
 * to "Use the Base64 encoded Secret" ("Get the Secret(Base64 encoded)"), but
 * the copies read stop before the line that turns it into the key. Two
 * independent integrations base64-decode it, as the Standard Webhooks spec
 * does, and so does hookproof (after a `whsec_` prefix, if there is one). A
 * secret that is not base64 is refused with a `TypeError`; a
 * `signature_mismatch` with the right secret would mean Pollo keys with its
 * text instead.
 *
 * The timestamp is read as Unix seconds, as the spec writes it (Pollo
 * documents no unit: one in milliseconds is `malformed_timestamp`, never
 * accepted unchecked). 300 s both ways is hookproof's default: Pollo
 * documents no tolerance. The key comes from Pollo's "Webhook" page
 * (https://api.pollo.ai/webhook), not the `x-api-key`.
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

/** A generation task's outcome, one delivery each. */
export type PolloTaskStatus = 'succeed' | 'failed'

/**
 * Every Pollo AI webhook body, `{ taskId, status }`; narrow on `status`. No
 * output URL is sent: fetch it with
 * `GET https://pollo.ai/api/platform/generation/{taskId}/status`.
 *
 * @example
 * ```ts
 * if (event.status === 'succeed') await fetchResult(event.taskId)
 * ```
 */
export type PolloEvent = {
  [Status in PolloTaskStatus]: {
    /** The task's id, as the generation request returned it. */
    taskId: string
    status: Status
  }
}[PolloTaskStatus]

/** `sign` options: the secret, the time, and the `X-Webhook-Id` (`id`). */
export interface PolloSignOptions extends StandardWebhooksSignOptions, SignTimeOptions {}

/**
 * What `verify` resolves to: a known Pollo AI event, or one Pollo AI added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type PolloDelivery = PolloEvent | UnknownEvent<'status'>

const definition = /* @__PURE__ */ providerDefinition<PolloEvent>()({
  name: 'Pollo AI',
  secretEnv: 'POLLO_WEBHOOK_SECRET',
  scheme: standardWebhooksScheme({ headerPrefix: 'X-Webhook', signature: { version: '' }, tolerance: 300 }),
  eventField: 'status',
  events: { succeed: true, failed: true },
})

/**
 * Verifies a Pollo AI delivery and resolves to its typed body. Checks the
 * signature over `<X-Webhook-Id>.<X-Webhook-Timestamp>.<body>`, keyed with the
 * base64-decoded secret (see the module note), and the timestamp (300 s both
 * ways by default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/pollo'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.POLLO_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.status === 'succeed') console.log(event.taskId)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<PolloDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Pollo AI does, for testing a handler: resolves to
 * `{ headers, body }` with the three `X-Webhook-*` headers: the id
 * (`options.id`, default a random `msg_…`), the timestamp and the signature.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/pollo'
 *
 * const delivery = await sign({ taskId: 'cm5x0example', status: 'succeed' }, { secret: 'cG9sbG8tdGVzdC1zZWNyZXQtMzItYnl0ZXMtbG9uZyE=' })
 * ```
 */
export const sign: Sign<PolloEvent, PolloSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Pollo AI adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `status` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.status) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<PolloEvent, PolloDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A key for de-duplicating deliveries: `<taskId>:<status>`, the only id the
 * body has. Pollo sends one notification when a task ends; it does not
 * document its retries. The key does not tell apart two messages about the
 * same task and outcome (were Pollo to send one twice on purpose): key on
 * the signed `X-Webhook-Id` header for one key per message.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: PolloEvent): string {
  return `${event.taskId}:${event.status}`
}
