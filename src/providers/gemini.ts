/**
 * The Gemini API's webhooks (batch jobs, interactions, Veo video
 * generation), both ways Google sends them:
 *
 * - **Static webhooks** (a project's endpoints, made with the WebhookService
 *   API): Standard Webhooks, `webhook-id`, `webhook-timestamp`,
 *   `webhook-signature: v1,<base64>` over `<id>.<timestamp>.<body>`, keyed
 *   with the base64 after `whsec_` of the secret returned once as
 *   `new_signing_secret`. Verify with `{ secret }`. (`hookproof/standardwebhooks`
 *   verifies them too, untyped.)
 * - **Dynamic webhooks** (`webhook_config` on one request): a JSON Web Token
 *   in `Webhook-Signature`, `RS256`, its key named by `kid` in
 *   `https://generativelanguage.googleapis.com/.well-known/jwks.json`, checked
 *   for the audience you pass. Verify with `{ audience }`.
 *
 * Google documents the dynamic token's header, algorithm, key set and an
 * audience check, and nothing else: not its issuer (so `iss` is not read),
 * not how `aud` is set (a mismatch names the token's `aud`, so the first
 * delivery tells you), and **no claim that binds the body**. hookproof
 * therefore treats a dynamic delivery's body as Pub/Sub's: what came with a
 * valid token, not what Google signed. It requires an `exp` (a token without
 * one would be valid forever) and bounds `iat` by the same 300 s both ways
 * Google asks for every delivery ("reject payloads older than 5 minutes").
 *
 * Confirmed from Google's docs, https://ai.google.dev/gemini-api/docs/webhooks
 * (Standard Webhooks for static endpoints, "Verify dynamic signatures
 * (JWKS)": `Webhook-Signature`, `RS256`, the JWKS URL, the `kid`, the audience;
 * the envelope and the event catalogue; 24 h of retries, at least once), the
 * Gemini cookbook (`google-gemini/cookbook` `quickstarts/Webhooks.ipynb`
 * @f1e7e3de: the `whsec_` secret) and the SDKs (`googleapis/python-genai`
 * @66807187: `WebhookConfig`, no verify helper).
 *
 * @module
 */
import type { BodyOptions } from '../http/body.js'
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import { schemeByKeyOption } from '../schemes/by-key-option.js'
import { jwtJwksScheme, type JwtJwksSignOptions, type JwtJwksVerifyOptions } from '../schemes/jwt-jwks.js'
import type { SecretOptions } from '../schemes/secret.js'
import { standardWebhooksScheme, type StandardWebhooksSignOptions } from '../schemes/standard-webhooks.js'
import type { CheckOptions, SignTimeOptions } from '../time/tolerance.js'

/**
 * Where Google publishes the keys of dynamic webhooks' tokens.
 *
 * @example
 * ```ts
 * // Where verify may not fetch, the key set loaded ahead (at deploy time) and given as options.jwks:
 * const jwks = await (await fetch(GEMINI_JWKS_URL)).json()
 * ```
 */
export const GEMINI_JWKS_URL = 'https://generativelanguage.googleapis.com/.well-known/jwks.json'

/** What every Gemini webhook carries: a thin snapshot, with pointers to the results. */
interface GeminiEnvelope {
  /** `v1`. */
  version: string
  /** RFC 3339, when the event happened. */
  timestamp: string
  [field: string]: unknown
}

/** The operation an event is about. */
export interface GeminiEventData {
  /** The batch's, interaction's or operation's id. */
  id: string
  [field: string]: unknown
}

/** `batch.succeeded`: the results are at `data.output_file_uri`. */
export interface GeminiBatchSucceeded extends GeminiEnvelope {
  type: 'batch.succeeded'
  data: GeminiEventData & { output_file_uri?: string }
}

/** `batch.failed`, `interaction.failed`: `data.error_code` and `data.error_message` say why. */
export interface GeminiFailed extends GeminiEnvelope {
  type: 'batch.failed' | 'interaction.failed'
  data: GeminiEventData & { error_code?: string | number; error_message?: string }
}

/** `batch.cancelled`, `batch.expired` (not finished in its time frame), `interaction.cancelled`, `interaction.completed`, `interaction.requires_action` (a function call awaits you). */
export interface GeminiStateChange extends GeminiEnvelope {
  type: 'batch.cancelled' | 'batch.expired' | 'interaction.cancelled' | 'interaction.completed' | 'interaction.requires_action'
  data: GeminiEventData
}

/** `video.generated`: the video is at `data.output_file_uri` (the cookbook reads `data.video_uri`: both are typed). */
export interface GeminiVideoGenerated extends GeminiEnvelope {
  type: 'video.generated'
  data: GeminiEventData & { output_file_uri?: string; video_uri?: string; file_name?: string }
}

/**
 * Every Gemini webhook body Google documents, told apart by `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'batch.succeeded') console.log(event.data.id, event.data.output_file_uri)
 * ```
 */
export type GeminiEvent = GeminiBatchSucceeded | GeminiFailed | GeminiStateChange | GeminiVideoGenerated

/** An event name Google documents. */
export type GeminiEventName = GeminiEvent['type']

/** What `verify` resolves to: a known Gemini event, or one Google added after these types were written. */
export type GeminiDelivery = GeminiEvent | UnknownEvent<'type'>

/** Options of `verify`: a static endpoint's `whsec_` secret, or the audience of a dynamic webhook's token. */
export type GeminiVerifyOptions = (
  | (SecretOptions & { readonly audience?: undefined })
  | (JwtJwksVerifyOptions & { readonly secret?: undefined })
) &
  CheckOptions &
  BodyOptions

/** Options of `sign`: a static endpoint's secret, or a test key pair's private key and the audience. */
export type GeminiSignOptions = (
  | (StandardWebhooksSignOptions & { readonly audience?: undefined })
  | (JwtJwksSignOptions & { readonly secret?: undefined })
) &
  SignTimeOptions

const definition = /* @__PURE__ */ providerDefinition<GeminiEvent>()({
  name: 'Gemini',
  secretEnv: 'GEMINI_WEBHOOK_SECRET',
  scheme: schemeByKeyOption(
    { option: 'secret', scheme: standardWebhooksScheme() },
    {
      option: 'audience',
      scheme: jwtJwksScheme({
        header: 'Webhook-Signature',
        bearer: false,
        algorithms: ['RS256'],
        jwksUrl: GEMINI_JWKS_URL,
        tolerance: { past: 300, future: 300 },
        maxLifetime: 86_400,
      }),
    },
  ),
  eventField: 'type',
  events: {
    'batch.succeeded': true,
    'batch.failed': true,
    'batch.cancelled': true,
    'batch.expired': true,
    'interaction.completed': true,
    'interaction.requires_action': true,
    'interaction.failed': true,
    'interaction.cancelled': true,
    'video.generated': true,
  },
})

/**
 * Verifies a Gemini webhook and resolves to its typed body: a static
 * endpoint's Standard Webhooks signature with `{ secret }`, or a dynamic
 * webhook's token with `{ audience }` (which does not cover the body; see
 * the module's notes).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/gemini'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.GEMINI_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'batch.succeeded') console.log(event.data.output_file_uri)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<GeminiDelivery, GeminiVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Gemini does, for testing a handler: with `{ secret }` as
 * a static endpoint (the three Standard Webhooks headers), with
 * `{ privateKey, audience }` as a dynamic webhook (`Webhook-Signature: <JWT>`).
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/gemini'
 *
 * const delivery = await sign(
 *   { type: 'batch.succeeded', version: 'v1', timestamp: '2026-12-01T12:00:00Z', data: { id: 'batches/123', output_file_uri: 'gs://bucket/out.jsonl' } },
 *   { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
 * )
 * ```
 */
export const sign: Sign<GeminiEvent, GeminiSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Google adds later still verify; acknowledge them, then switch on
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
export const isKnownEvent: IsKnownEvent<GeminiEvent, GeminiDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A key for de-duplicating deliveries: `<type>:<data.id>`. An operation
 * reaches each state once, and Google retries a delivery for 24 h. Google
 * says to de-duplicate on `webhook-id`, which is signed with the body on
 * static endpoints and is not what `verify` resolves to; on a dynamic
 * webhook the body, and so this key, is not covered by the token.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: GeminiEvent): string {
  return `gemini:${event.type}:${event.data.id}`
}
