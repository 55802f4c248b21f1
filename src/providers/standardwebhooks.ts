/**
 * Any Standard Webhooks sender (standardwebhooks.com: OpenAI, Gemini
 * registered endpoints, Svix-powered APIs, …): `webhook-id`,
 * `webhook-timestamp` and `webhook-signature` (`v1,<base64>` HMAC-SHA256 or
 * `v1a,<base64>` Ed25519, space-separated, any may match) over
 * `<id>.<timestamp>.<body>`. The secret is the `whsec_…` value the sender
 * shows (or its raw key bytes); for `v1a`, the `whpk_…` public key.
 *
 * @module
 */
import { providerDefinition, type Sign } from '../pipeline/definition.js'
import type { VerifyOptions } from '../pipeline/options.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { WebhookInput } from '../http/input.js'
import { standardWebhooksScheme, type StandardWebhooksSignOptions as SchemeSignOptions } from '../schemes/standard-webhooks.js'
import type { SignTimeOptions } from '../time/tolerance.js'

/**
 * The payload shape the spec recommends: `type`, `timestamp`, `data`. Senders
 * may send any JSON object, so every field is optional; pass your own type to
 * `verify<MyEvent>()`.
 */
export interface StandardWebhooksEvent {
  /** e.g. `user.created`. */
  type?: string
  /** ISO 8601. */
  timestamp?: string
  data?: unknown
  [field: string]: unknown
}

/** `sign` options: the secret (`whsec_…` for `v1`, `whsk_…` for `v1a`), the time and the message id. */
export interface StandardWebhooksSignOptions extends SchemeSignOptions, SignTimeOptions {}

/**
 * `verify` of a Standard Webhooks sender, typed by the caller's event type:
 * the spec fixes no payload, so the type is yours to state (it is not checked
 * at run time, as with `JSON.parse`).
 */
export type StandardWebhooksVerify = <Event extends object = StandardWebhooksEvent>(
  input: WebhookInput,
  options: VerifyOptions,
) => Promise<Event>

const definition = /* @__PURE__ */ providerDefinition<StandardWebhooksEvent>()({
  name: 'Standard Webhooks',
  secretEnv: 'WEBHOOK_SECRET',
  scheme: standardWebhooksScheme(),
})

/**
 * Verifies a Standard Webhooks delivery and resolves to its body (any JSON
 * object), typed as you say. Checks the signatures over
 * `<webhook-id>.<webhook-timestamp>.<body>` and the timestamp (300 s both
 * ways by default). De-duplicate on the `webhook-id` header: it is the same on
 * every retry.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/standardwebhooks'
 *
 * type OpenAIEvent = { type: 'response.completed'; data: { id: string } } | { type: 'batch.completed'; data: { id: string } }
 *
 * export async function POST(request: Request) {
 *   const event = await verify<OpenAIEvent>(request, { secret: process.env.OPENAI_WEBHOOK_SECRET! })
 *   if (event.type === 'response.completed') console.log(event.data.id)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: StandardWebhooksVerify = /* @__PURE__ */ createVerify(definition) as StandardWebhooksVerify

/**
 * Signs a payload as a Standard Webhooks sender does, for testing a handler:
 * `v1` with a `whsec_…` secret (or raw key bytes), `v1a` with a `whsk_…`
 * Ed25519 private key. Resolves to `{ headers, body }` with `webhook-id`,
 * `webhook-timestamp` and `webhook-signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/standardwebhooks'
 *
 * const delivery = await sign({ type: 'user.created', data: { id: 'u_1' } }, { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
 * ```
 */
export const sign: Sign<StandardWebhooksEvent, StandardWebhooksSignOptions> = /* @__PURE__ */ createSign(definition)
