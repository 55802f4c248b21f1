/**
 * Google Cloud Pub/Sub push subscriptions with authentication (the way
 * Gemini batch, Vertex AI and Cloud Storage notifications reach an HTTP
 * endpoint): `Authorization: Bearer <ID token>`, an OpenID Connect token
 * Google signs with `RS256`, its key named by `kid` in Google's JWKS
 * (`https://www.googleapis.com/oauth2/v3/certs`). Its claims: `iss`
 * `accounts.google.com` or `https://accounts.google.com`; `aud` the
 * subscription's audience (the push endpoint's URL unless set); `email` the
 * subscription's service account, `email_verified` true; `iat`, and `exp`
 * an hour later. Google says to check the signature and that the email and
 * audience are the subscription's; hookproof requires both options, because
 * Google's keys sign every Google ID token: without the email, a token any
 * Google account mints for your URL would pass.
 *
 * **The token does not cover the body.** Pub/Sub reuses one token for many
 * messages for up to an hour, so whoever holds a token (a log line, a
 * proxy) can send any body with it until it expires. hookproof checks the
 * token before it reads the body, and the body it resolves to is what came
 * with a valid token, not what Google signed. Receive over HTTPS only.
 *
 * Times as Google's own verifier (google-auth-library) checks them: 300 s of
 * clock skew around `iat` and `exp`, `exp` at most a day ahead; tokens "may
 * be up to an hour old", so `iat` may be 3,900 s back.
 *
 * Confirmed from Google's docs, https://cloud.google.com/pubsub/docs/authenticate-push-subscriptions
 * (the header, the claims to check, the example token and its claim set)
 * and https://cloud.google.com/pubsub/docs/push (the body), the API's
 * definition (`googleapis/googleapis` `google/pubsub/v1/pubsub.proto`
 * @f8291d2b: `OidcToken.audience`, `PubsubMessage`), and Google's verifiers
 * (`googleapis/google-auth-library-nodejs` `src/auth/oauth2client.ts`
 * @a95b8272, `verifySignedJwtWithCertsAsync`: kid, 300 s skew, a day's
 * lifetime; `google-auth-library-python` `google/oauth2/id_token.py`
 * @2ea24b03: the two issuers). Pushes without a wrapper (payload
 * unwrapping), whose body is the message data itself, are not read: the
 * body must be the JSON envelope.
 *
 * @module
 */
import { decodeBase64 } from '../encoding/base64.js'
import type { BodyOptions } from '../http/body.js'
import { providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import { jwtJwksScheme, type JwtJwksSignOptions, type JwtJwksVerifyOptions } from '../schemes/jwt-jwks.js'
import type { CheckOptions, SignTimeOptions } from '../time/tolerance.js'

/**
 * Where Google publishes the keys its ID tokens are signed with.
 *
 * @example
 * ```ts
 * // Where verify may not fetch, the key set loaded ahead (at deploy time) and given as options.jwks:
 * const jwks = await (await fetch(GOOGLE_JWKS_URL)).json()
 * ```
 */
export const GOOGLE_JWKS_URL = 'https://www.googleapis.com/oauth2/v3/certs'

/** A Pub/Sub message, as a push delivers it (camelCase and snake_case both, as Google sends them). */
export interface PubSubMessage {
  /** The message data, base64; see {@link messageData}. Left out for a message with attributes only. */
  data?: string
  /** The publisher's attributes. */
  attributes?: Record<string, string>
  /** The message's id, unique within the topic. */
  messageId: string
  message_id?: string
  /** RFC 3339, when Pub/Sub received it. */
  publishTime: string
  publish_time?: string
  /** Set when the publisher ordered the message. */
  orderingKey?: string
  [field: string]: unknown
}

/**
 * A push delivery's body: one message, and the subscription it came
 * through.
 *
 * @example
 * ```ts
 * const { message, subscription } = await verify(request, { audience, email })
 * console.log(subscription, message.messageId, message.attributes?.eventType)
 * ```
 */
export interface PubSubPush {
  message: PubSubMessage
  /** `projects/<project>/subscriptions/<subscription>`. */
  subscription: string
  /** How many times Pub/Sub has tried this message, where the subscription has a dead-letter policy. */
  deliveryAttempt?: number
  [field: string]: unknown
}

/** Options of `verify`: the subscription's audience and service account, and where the keys come from. */
export interface PubSubVerifyOptions extends JwtJwksVerifyOptions<'email'>, CheckOptions, BodyOptions {}

/** Options of `sign`: a test key pair's private key, the audience and service account, and when. */
export interface PubSubSignOptions extends JwtJwksSignOptions<'email'>, SignTimeOptions {}

const definition = /* @__PURE__ */ providerDefinition<PubSubPush>()({
  name: 'Pub/Sub',
  scheme: jwtJwksScheme({
    header: 'Authorization',
    bearer: true,
    algorithms: ['RS256'],
    jwksUrl: GOOGLE_JWKS_URL,
    issuers: ['accounts.google.com', 'https://accounts.google.com'],
    identity: { claim: 'email', verified: 'email_verified' },
    // An hour's reuse plus google-auth-library's 300 s of skew; a day at most.
    tolerance: { past: 3900, future: 300 },
    maxLifetime: 86_400,
  }),
})

/**
 * Verifies a Pub/Sub push and resolves to its body: the token's algorithm,
 * key, issuer, audience (`options.audience`), service account
 * (`options.email`), verified email and lifetime, before the body is read.
 * The token does not cover the body (see the module's notes).
 *
 * @example
 * ```ts
 * import { messageData, verify } from 'hookproof/pubsub'
 *
 * export async function POST(request: Request) {
 *   const push = await verify(request, {
 *     audience: 'https://example.com/pubsub',
 *     email: 'push@my-project.iam.gserviceaccount.com',
 *   })
 *   console.log(JSON.parse(new TextDecoder().decode(messageData(push))))
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Verify<PubSubPush, PubSubVerifyOptions> = /* @__PURE__ */ createVerify(definition)

/**
 * Signs a push as Pub/Sub does, with a test key pair, for testing a
 * handler: resolves to `{ headers, body }` with `Authorization: Bearer <JWT>`.
 * Verify it with the key pair's public JWK in `options.jwks`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/pubsub'
 *
 * const delivery = await sign(
 *   { message: { data: btoa('{"ok":true}'), messageId: '2070443601311540', publishTime: '2026-12-01T12:00:00Z' }, subscription: 'projects/p/subscriptions/s' },
 *   { privateKey, audience: 'https://example.com/pubsub', email: 'push@my-project.iam.gserviceaccount.com' },
 * )
 * ```
 */
export const sign: Sign<PubSubPush, PubSubSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * The message's data, decoded from base64; empty when it has none.
 *
 * @example
 * ```ts
 * const push = await verify(request, { audience, email })
 * const notification = JSON.parse(new TextDecoder().decode(messageData(push)))
 * ```
 */
export function messageData(push: PubSubPush): Uint8Array {
  const data = push.message?.data
  const bytes = typeof data === 'string' ? decodeBase64(data) : new Uint8Array(0)
  if (bytes === undefined) throw new TypeError('hookproof: message.data is not base64.')
  return bytes
}
