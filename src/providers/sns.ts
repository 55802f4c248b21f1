/**
 * Amazon SNS HTTP(S) subscriptions: the message is the JSON body, and its
 * `Signature` (base64 RSA; `SignatureVersion` 1 with SHA-1, the default of a
 * topic, or 2 with SHA-256) signs the `Message`, `MessageId`, `Subject`,
 * `SubscribeURL`, `Timestamp`, `Token`, `TopicArn` and `Type` it has, each as
 * `<name>\n<value>\n`, under the key of the certificate at `SigningCertURL`.
 * Confirmed from AWS's docs ("Verifying the signatures of Amazon SNS
 * messages", https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html,
 * and its HTTP query-based procedure) and AWS's own validator,
 * aws/aws-js-sns-message-validator `index.js` at commit a6ba4d6 (its field list, its
 * `sns.<region>.amazonaws.com(.cn)` host rule).
 *
 * What `verify` checks, in order: the `x-amz-sns-message-type` header; the
 * body's signature fields and `Type`; that `TopicArn` is one of yours
 * (`options.topicArn`: SNS signs every topic's messages, anyone's, so without
 * it any AWS account could post to your endpoint), before anything is
 * fetched; that `SigningCertURL` is `https://sns.<the topic's
 * region>.amazonaws.com/….pem`, exactly; then the certificate, fetched once
 * and cached, and the RSA signature. `UnsubscribeURL`, `MessageAttributes` and
 * the signature fields are not signed. `Timestamp` is signed and stays the
 * same across retries, so it is checked only when you pass a `tolerance`.
 *
 * @module
 */
import type { FetchLike } from '../crypto/jwks-body.js'
import { type IsKnownEvent, type Sign, providerDefinition, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { BodyOptions } from '../http/body.js'
import { snsCertificateHost, snsScheme, type SnsSignOptions, snsUrl, type SnsVerifyOptions } from '../schemes/sns.js'
import { isoDateTime } from '../time/formats.js'
import type { CheckOptions } from '../time/tolerance.js'

/** What every SNS message carries. */
export interface SnsMessageBase {
  /** A UUID, the same on every retry of the message. */
  MessageId: string
  /** e.g. `arn:aws:sns:us-west-2:123456789012:MyTopic`. */
  TopicArn: string
  /** The text published (a notification), or SNS's explanation (a confirmation). */
  Message: string
  /** ISO 8601, when the message was published; retries keep it. */
  Timestamp: string
  /** `1` (RSA with SHA-1) or `2` (RSA with SHA-256). */
  SignatureVersion: '1' | '2'
  /** The base64 RSA signature. */
  Signature: string
  /** The signing certificate, on `sns.<region>.amazonaws.com`. */
  SigningCertURL: string
}

/**
 * A message published to the topic.
 *
 * @example
 * ```ts
 * if (event.Type === 'Notification') console.log(event.Subject, JSON.parse(event.Message))
 * ```
 */
export interface SnsNotification extends SnsMessageBase {
  Type: 'Notification'
  /** The subject published with the message, when there was one (`null` in a Lambda-shaped message: none, and not signed). */
  Subject?: string | null
  /** Unsubscribes the endpoint. **Not signed.** */
  UnsubscribeURL?: string
  /** The message attributes published with it. **Not signed**: treat them as hints. */
  MessageAttributes?: Record<string, { Type: string; Value: string }>
}

/** The first message of a subscription: visit `SubscribeURL` ({@link confirmSubscription}) to start receiving notifications. */
export interface SnsSubscriptionConfirmation extends SnsMessageBase {
  Type: 'SubscriptionConfirmation'
  /** The token `ConfirmSubscription` takes; it is in `SubscribeURL` too. */
  Token: string
  /** `https://sns.<region>.amazonaws.com/?Action=ConfirmSubscription&TopicArn=…&Token=…`. */
  SubscribeURL: string
}

/** Sent when the subscription was deleted; `SubscribeURL` subscribes the endpoint again. */
export interface SnsUnsubscribeConfirmation extends SnsMessageBase {
  Type: 'UnsubscribeConfirmation'
  Token: string
  SubscribeURL: string
}

/**
 * Every message SNS posts to an HTTP(S) endpoint, narrowed on `Type`. SNS
 * has no other types, and `verify` refuses any other: the union is closed.
 *
 * @example
 * ```ts
 * switch (event.Type) {
 *   case 'SubscriptionConfirmation': await confirmSubscription(event); break
 *   case 'Notification': console.log(event.Message); break
 *   case 'UnsubscribeConfirmation': break
 * }
 * ```
 */
export type SnsMessage = SnsNotification | SnsSubscriptionConfirmation | SnsUnsubscribeConfirmation

/** A message to sign for a test: an {@link SnsMessage} without the signature fields, which `sign` writes. */
export type SnsUnsignedMessage = SnsMessage extends infer Each
  ? Each extends SnsMessage
    ? Omit<Each, 'Signature' | 'SignatureVersion' | 'SigningCertURL'>
    : never
  : never

/** `verify` options: the topic(s) you subscribed, `fetch` for the certificate, and a `tolerance` to check `Timestamp` against. */
export interface SnsOptions extends SnsVerifyOptions, CheckOptions, BodyOptions {}

// The union is closed (the second argument): the scheme refuses a Type
// that is not one of the three, so no unknown event reaches the caller.
const definition = /* @__PURE__ */ providerDefinition<SnsMessage, SnsMessage>()({
  name: 'Amazon SNS',
  scheme: snsScheme(),
  eventField: 'Type',
  events: { Notification: true, SubscriptionConfirmation: true, UnsubscribeConfirmation: true },
  bodyTimestamp: { field: 'Timestamp', format: isoDateTime },
})

/**
 * Verifies an SNS message and resolves to it. `topicArn` is required: pass
 * the topic(s) the endpoint is subscribed to. Answer a
 * `SubscriptionConfirmation` with {@link confirmSubscription}.
 *
 * @example
 * ```ts
 * import { confirmSubscription, idempotencyKey, verify } from 'hookproof/sns'
 *
 * export async function POST(request: Request) {
 *   const message = await verify(request, { topicArn: process.env.SNS_TOPIC_ARN! })
 *   if (message.Type === 'SubscriptionConfirmation') await confirmSubscription(message)
 *   if (message.Type === 'Notification') console.log(idempotencyKey(message), message.Message)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<SnsMessage, SnsOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a message as SNS does, for testing a handler, with your own RSA key:
 * resolves to `{ headers, body }`, the body the message with
 * `SignatureVersion`, `Signature` and `SigningCertURL` written in. Verify it
 * with a `fetch` that serves your certificate at `certificateUrl`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/sns'
 *
 * const delivery = await sign(
 *   { Type: 'Notification', MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324', TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
 *     Message: 'Hello world!', Timestamp: '2012-05-02T00:54:06.655Z' },
 *   { privateKey: testPrivateJwk, certificateUrl: 'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-test.pem' },
 * )
 * ```
 */
// The payload lacks the signature fields `sign` writes: it is not the verified type.
export const sign: Sign<SnsUnsignedMessage, SnsSignOptions> = /* @__PURE__ */ createSign(definition) as unknown as Sign<
  SnsUnsignedMessage,
  SnsSignOptions
>

/**
 * Whether a message is one of the three types SNS sends: always, for what
 * `verify` resolved to (it refuses any other type); kept so that every
 * provider has the same functions, and to narrow a message from elsewhere.
 *
 * @example
 * ```ts
 * if (isKnownEvent(message) && message.Type === 'Notification') console.log(message.Message)
 * ```
 */
export const isKnownEvent: IsKnownEvent<SnsMessage> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating messages: `sns:<MessageId>`, the same on
 * every retry of one message (SNS retries HTTP deliveries per the
 * subscription's delivery policy).
 *
 * @example
 * ```ts
 * const message = await verify(request, { topicArn })
 * if (await redis.set(`webhook:${idempotencyKey(message)}`, '1', { NX: true, EX: 86_400 })) await handle(message)
 * ```
 */
export function idempotencyKey(event: SnsMessage): string {
  return `sns:${event.MessageId}`
}

/**
 * Confirms a subscription (or subscribes again after an
 * `UnsubscribeConfirmation`): a GET of the message's `SubscribeURL`, once
 * checked to be `https://sns.<the topic's region>.amazonaws.com/?Action=ConfirmSubscription…`.
 * Resolves when SNS answers 2xx; rejects with an `Error` otherwise. Call it
 * only on a verified message.
 *
 * @example
 * ```ts
 * const message = await verify(request, { topicArn })
 * if (message.Type === 'SubscriptionConfirmation') await confirmSubscription(message)
 * ```
 */
export async function confirmSubscription(
  message: SnsSubscriptionConfirmation | SnsUnsubscribeConfirmation,
  options: { readonly fetch?: FetchLike } = {},
): Promise<void> {
  const host = snsCertificateHost(message.TopicArn)
  const url = host === undefined ? undefined : snsUrl(message.SubscribeURL, host)
  if (url?.searchParams.get('Action') !== 'ConfirmSubscription') {
    throw new Error(
      `hookproof: the SubscribeURL is not an https://${host ?? 'sns.<region>.amazonaws.com'}/?Action=ConfirmSubscription URL.`,
    )
  }
  const fetch = options.fetch ?? (globalThis.fetch as unknown as FetchLike)
  const response = await fetch(url.href, { headers: { accept: 'application/xml' } })
  if (!response.ok) throw new Error(`hookproof: SNS answered HTTP ${response.status} to the subscription confirmation.`)
}
