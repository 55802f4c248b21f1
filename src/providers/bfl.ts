/**
 * Black Forest Labs (BFL): `X-BFL-Signature: sha256=<hex>`, the hex
 * HMAC-SHA256 of the body alone under the `webhook_secret` sent with the
 * generation request (UTF-8, chosen per request: not the API key). Signed only
 * when that request carried a `webhook_secret`. No timestamp, and up to three
 * retries (1 s, 5 s, 30 s): de-duplicate on the generation `id`.
 *
 * Confirmed only from BFL's own GitHub organisation, in an agent-skill text
 * rather than the API docs or SDK (`black-forest-labs/skills`
 * `skills/bfl-api/references/webhook-integration.md` and
 * `code-examples/typescript-client.ts` `verifyWebhookSignature`, @d0793c84);
 * BFL's Python SDK names `webhook_secret` but has no verifier. A mismatch
 * fails closed.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { UntimedVerifyOptions } from '../pipeline/options.js'
import type { SigningSecretOptions } from '../schemes/secret.js'
import { hmacScheme } from '../schemes/hmac.js'

/** The two statuses a webhook carries (`Pending` is polling only). */
export type BFLStatus = 'Ready' | 'Error'

/** What a finished generation produced. BFL's SDK keeps unknown fields (`extra="allow"`). */
export interface BFLResult {
  /** The image URL; it expires 10 minutes after the generation finished. */
  sample: string
  prompt?: string | null
  seed?: number | null
  [field: string]: unknown
}

/** `Ready`: the generation finished, `result.sample` is the image. */
export interface BFLReady {
  /** The generation id, as the generation request returned it. */
  id: string
  status: 'Ready'
  result: BFLResult
  /** ISO 8601. Shown in the docs' examples only (BFL's SDK has no such field), so optional. */
  timestamp?: string
}

/**
 * `Error`: the generation failed. Whether moderated generations are sent as
 * `Error` is not documented.
 */
export interface BFLError {
  id: string
  status: 'Error'
  /** e.g. `content_policy_violation`. */
  error: string
  /** e.g. `The prompt violated content policy`. */
  message: string
  /** ISO 8601. Shown in the docs' examples only, so optional. */
  timestamp?: string
}

/**
 * Every BFL webhook body; there is no event field, so narrow on `status`.
 *
 * @example
 * ```ts
 * if (event.status === 'Ready') console.log(event.result.sample)
 * ```
 */
export type BFLEvent = BFLReady | BFLError

/**
 * What `verify` resolves to: a known BFL event, or one BFL added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type BFLDelivery = BFLEvent | UnknownEvent<'status'>

const definition = /* @__PURE__ */ providerDefinition<BFLEvent>()({
  name: 'Black Forest Labs',
  secretEnv: 'BFL_WEBHOOK_SECRET',
  scheme: hmacScheme({ signatureHeader: 'X-BFL-Signature', prefix: 'sha256=' }),
  eventField: 'status',
  events: { Ready: true, Error: true },
})

/**
 * Verifies a BFL delivery and resolves to its typed body. The signature
 * covers the body only and no timestamp is signed, so a `tolerance` option is
 * refused: stop replays by processing each generation `id` once. Pass the
 * `webhook_secret` you sent with the generation request.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/bfl'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.BFL_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.status === 'Ready') console.log(event.result.sample)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<BFLDelivery, UntimedVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as BFL does, for testing a handler: resolves to
 * `{ headers, body }` with `X-BFL-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/bfl'
 *
 * const delivery = await sign(
 *   { id: 'gen_abc123xyz', status: 'Ready', result: { sample: 'https://bfldeliveryprod.blob.core.windows.net/results/sample.jpeg' } },
 *   { secret: 'test-secret' },
 * )
 * ```
 */
export const sign: Sign<BFLEvent, SigningSecretOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events BFL adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<BFLEvent, BFLDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries of one event: store it with a
 * unique constraint (or `SET key 1 NX EX 86400` in Redis) and skip the work
 * when it is already there. A generation finishes once, and BFL retries it up
 * to three times with the same body; BFL's docs de-duplicate on `id`, and no
 * timestamp is signed, so processing each generation once is what stops replays.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `gen_abc123xyz:Ready`
 * ```
 */
export function idempotencyKey(event: BFLEvent): string {
  return `${event.id}:${event.status}`
}
