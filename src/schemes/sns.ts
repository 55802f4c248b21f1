/**
 * AWS SNS's HTTP(S) deliveries: the signature, the signature version and the
 * signing certificate's URL are fields of the JSON body, and the signed text
 * is a list of the body's other fields. Read as AWS documents it
 * ("Verifying the signatures of Amazon SNS messages") and as its validators
 * (aws-js-sns-message-validator, the PHP SDK's MessageValidator) compute it.
 */
import { certificateKey } from '../crypto/certificates.js'
import { spkiOfCertificate } from '../crypto/x509.js'
import type { CryptoKeyLike } from '../crypto/ed25519.js'
import type { Jwk } from '../crypto/jwk.js'
import type { FetchLike } from '../crypto/jwks-body.js'
import { subtle } from '../crypto/web.js'
import { cachedKey, KeyCache } from '../crypto/key-cache.js'
import { decodeBase64, encodeBase64 } from '../encoding/base64.js'
import { jsonObjectOf } from '../encoding/json.js'
import { utf8 } from '../encoding/utf8.js'
import { WebhookVerificationError } from '../errors.js'
import { type HeaderSets, requireHeader, type Scheme } from './scheme.js'

/** The message types SNS posts to an HTTP(S) endpoint. */
export type SnsMessageType = 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation'

/** The key options of `verify` with {@link snsScheme}. */
export interface SnsVerifyOptions {
  /**
   * The topic(s) you subscribed the endpoint to, e.g.
   * `arn:aws:sns:us-east-1:123456789012:renders`. Required: SNS signs the
   * messages of every topic, anyone's, so a signature alone says only that
   * some topic sent it.
   */
  readonly topicArn: string | readonly string[]
  /** The `fetch` to load signing certificates with. Default: the global `fetch`. */
  readonly fetch?: FetchLike
  /**
   * The certificates to trust instead of fetching them, by `SigningCertURL`:
   * PEM text, e.g. `{ 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-….pem': pem }`
   * (pinned certificates, or a test's). A message naming another URL is
   * refused.
   */
  readonly certificates?: Readonly<Record<string, string>>
}

/** The key options of `sign` with {@link snsScheme}, for tests: the private key and the certificate URL the message names. */
export interface SnsSignOptions {
  /** An RSA private key: a JWK (`kty: 'RSA'` with `d` …) or a `CryptoKey` for RSASSA-PKCS1-v1_5 with the version's hash. */
  readonly privateKey: Jwk | CryptoKeyLike
  /** The `SigningCertURL` to write, e.g. `https://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem`. */
  readonly certificateUrl: string
  /** `1` (RSA with SHA-1, the default of an SNS topic) or `2` (RSA with SHA-256). Default `1`. */
  readonly signatureVersion?: '1' | '2'
}

/** What `verify` checks a message against: the topics trusted, and how certificates are fetched. */
export interface SnsKey {
  readonly topics: ReadonlySet<string>
  /** Where certificates come from: fetched, or the caller's, by URL (the public key of each, read once). */
  readonly certificates: FetchLike | ReadonlyMap<string, Uint8Array>
}

/** What the scheme reads from the headers: the message type SNS says it sends. */
export interface SnsSigned {
  readonly type: SnsMessageType
  readonly timestamp: undefined
}

/** An SNS scheme, as {@link snsScheme} builds it. */
export type SnsScheme = Scheme<SnsKey, SnsSigned, SnsVerifyOptions, SnsSignOptions, false>

const TYPES: readonly string[] = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation']
/** The fields signed, in this (byte) order, each that the message has: AWS's list and its validators'. */
const SIGNED_FIELDS = ['Message', 'MessageId', 'Subject', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'] as const
const REQUIRED = ['Message', 'MessageId', 'Timestamp', 'TopicArn', 'Type'] as const
const CONFIRMATION = ['SubscribeURL', 'Token'] as const
/** `arn:<partition>:sns:<region>:<account>:<topic>`. */
const TOPIC_ARN = /^arn:(aws(?:-[a-z]+)*):sns:([a-z]{2}(?:-[a-z]+)+-\d+):\d{12}:[A-Za-z0-9_.-]{1,256}$/
const HASHES = { '1': 'SHA-1', '2': 'SHA-256' } as const
/** RSA 2048 to 8192 bits: signatures of 256 to 1024 bytes. */
const MIN_SIGNATURE_BYTES = 256
const MAX_SIGNATURE_BYTES = 1024

const malformed = (message: string) => new WebhookVerificationError('malformed_signature', message)
const invalid = (message: string) => new WebhookVerificationError('invalid_payload', message)
// Sender text in messages: a short, printable excerpt.
const shown = (value: string) => JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value)

/**
 * The host a topic's certificates are served from: `sns.<region>.amazonaws.com`
 * (`.com.cn` in China); `undefined` for text that is not a topic's ARN.
 *
 * @example
 * ```ts
 * snsCertificateHost('arn:aws:sns:eu-west-1:123456789012:renders') // 'sns.eu-west-1.amazonaws.com'
 * ```
 */
export function snsCertificateHost(topicArn: string): string | undefined {
  const match = TOPIC_ARN.exec(topicArn)
  if (!match) return undefined
  return `sns.${match[2]}.amazonaws.com${match[1] === 'aws-cn' ? '.cn' : ''}`
}

function readTopics(value: unknown): ReadonlySet<string> {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined
  if (!list || list.length === 0) {
    throw new TypeError(
      "hookproof: Amazon SNS signs every topic's messages, so verify needs the topic(s) you subscribed to: verify(request, { topicArn: process.env.SNS_TOPIC_ARN! }).",
    )
  }
  for (const topic of list) {
    if (typeof topic !== 'string' || snsCertificateHost(topic) === undefined) {
      throw new TypeError(
        `hookproof: options.topicArn must be SNS topic ARNs (arn:aws:sns:<region>:<account>:<topic>), got ${String(topic)}.`,
      )
    }
  }
  return new Set(list as string[])
}

// The caller's certificates, read once per options object: PEM text in, public keys out.
const readMaps = /* @__PURE__ */ new WeakMap<object, ReadonlyMap<string, Uint8Array>>()

function readCertificates(value: unknown): ReadonlyMap<string, Uint8Array> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('hookproof: options.certificates must map each SigningCertURL to its certificate PEM: { [url]: pem }.')
  }
  const known = readMaps.get(value)
  if (known) return known
  const map = new Map<string, Uint8Array>()
  for (const [url, pem] of Object.entries(value)) {
    const spki = typeof pem === 'string' ? spkiOfCertificate(pem) : undefined
    if (!spki) throw new TypeError(`hookproof: options.certificates[${JSON.stringify(url)}] is not a PEM certificate.`)
    map.set(url, spki)
  }
  readMaps.set(value, map)
  return map
}

/** The message as a JSON object, its signed fields and the signature's read; refusals before any fetch or crypto. */
function readMessage(body: string | Uint8Array, signed: SnsSigned, key: SnsKey) {
  const fields = jsonObjectOf(body)
  if (!fields) throw invalid('The SNS body is not a JSON object.')
  for (const name of ['Signature', 'SignatureVersion', 'SigningCertURL'] as const) {
    if (typeof fields[name] !== 'string' || fields[name] === '') {
      throw new WebhookVerificationError(
        'missing_signature',
        `The SNS message has no ${name}: raw message delivery, which SNS does not sign?`,
      )
    }
  }
  if (fields['Type'] !== signed.type) {
    const type = typeof fields['Type'] === 'string' ? shown(fields['Type']) : 'missing'
    throw malformed(`The SNS message's Type is ${type}, but x-amz-sns-message-type says ${signed.type}.`)
  }
  const required = signed.type === 'Notification' ? REQUIRED : [...REQUIRED, ...CONFIRMATION]
  for (const name of required) {
    if (typeof fields[name] !== 'string') throw invalid(`The SNS message has no ${name}.`)
  }
  // null where a Lambda-shaped message has no subject: not signed, as absent.
  if (fields['Subject'] !== undefined && fields['Subject'] !== null && typeof fields['Subject'] !== 'string') {
    throw invalid('The SNS message has a Subject that is not a string.')
  }
  const version = fields['SignatureVersion'] as string
  const hash = hashOf(version)
  if (hash === undefined) throw malformed(`The SNS SignatureVersion is ${shown(version)}, not 1 or 2.`)
  const encoded = fields['Signature'] as string
  const signature = encoded.length <= Math.ceil(MAX_SIGNATURE_BYTES / 3) * 4 ? decodeBase64(encoded) : undefined
  if (!signature || signature.length < MIN_SIGNATURE_BYTES || signature.length > MAX_SIGNATURE_BYTES) {
    throw malformed('The SNS Signature is not the base64 of an RSA signature of 2048 to 8192 bits.')
  }
  const topic = fields['TopicArn'] as string
  // Before any fetch: another topic's message costs nothing.
  if (!key.topics.has(topic)) {
    throw new WebhookVerificationError(
      'signature_mismatch',
      `The SNS message is from topic ${shown(topic)}, which is not among the topics passed in options.topicArn.`,
    )
  }
  const url = certificateUrl(fields['SigningCertURL'] as string, snsCertificateHost(topic)!)
  return { hash, signature, url, content: stringToSign(fields) }
}

/** What SNS signs: `<name>\n<value>\n` for each signed field the message has, in the fixed order. */
function stringToSign(fields: Record<string, unknown>): string {
  let content = ''
  for (const name of SIGNED_FIELDS) {
    const value = fields[name]
    if (typeof value === 'string') content += `${name}\n${value}\n`
  }
  return content
}

/** The hash of a `SignatureVersion`, or `undefined` for any other version. */
function hashOf(version: unknown): (typeof HASHES)[keyof typeof HASHES] | undefined {
  return typeof version === 'string' && Object.hasOwn(HASHES, version) ? HASHES[version as keyof typeof HASHES] : undefined
}

/**
 * @internal `value` as a URL on `host` over HTTPS, with no port and no user or
 * password; `undefined` when it is not one. What a certificate URL and a
 * subscription URL of SNS both must be.
 */
export function snsUrl(value: string, host: string): URL | undefined {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && url.hostname === host
    ? url
    : undefined
}

/** The certificate URL, if it is `https://<host>/….pem` and nothing else: the host of the topic's region. */
function certificateUrl(value: string, host: string): string {
  const url = snsUrl(value, host)
  // The text as written, not a URL the parser repaired into one.
  if (!url?.pathname.endsWith('.pem') || url.search !== '' || url.hash !== '' || url.href !== value) {
    throw malformed(`The SNS SigningCertURL is not an https://${host}/….pem URL: ${shown(value)}.`)
  }
  return url.href
}

// The certificate's key imported for each hash, kept as the other prepared keys are (key-cache.ts).
const importFor =
  (hash: string) =>
  (spki: string | Uint8Array): Promise<CryptoKey | undefined> =>
    subtle()
      .importKey('spki', spki as BufferSource, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify'])
      .then(
        (ready) => {
          const { modulusLength, publicExponent } = ready.algorithm as RsaHashedKeyAlgorithm
          const e = publicExponent.reduce((value, byte) => value * 256 + byte, 0)
          return modulusLength >= 2048 && modulusLength <= 8192 && e === 65537 ? ready : undefined
        },
        () => undefined,
      )
const importedKeys = {
  'SHA-1': /* @__PURE__ */ new KeyCache(importFor('SHA-1')),
  'SHA-256': /* @__PURE__ */ new KeyCache(importFor('SHA-256')),
}

async function check(signed: SnsSigned, body: string | Uint8Array, key: SnsKey): Promise<boolean> {
  const { hash, signature, url, content } = readMessage(body, signed, key)
  const spki =
    typeof key.certificates === 'function'
      ? await certificateKey(url, key.certificates)
      : (key.certificates.get(url) ?? 'the certificate is not among options.certificates')
  if (typeof spki === 'string') {
    throw new WebhookVerificationError('signature_mismatch', `The SNS signature could not be checked: ${spki} (${url}).`)
  }
  const publicKey = await cachedKey(importedKeys[hash], spki)
  if (!publicKey) {
    throw new WebhookVerificationError(
      'signature_mismatch',
      `The SNS signing certificate at ${url} holds no RSA key of 2048 to 8192 bits with exponent 65537.`,
    )
  }
  return subtle()
    .verify('RSASSA-PKCS1-v1_5', publicKey, signature as BufferSource, utf8(content) as BufferSource)
    .catch(() => false)
}

async function signMessage(
  body: string,
  options: Readonly<Record<string, unknown>>,
): Promise<{ headers: Record<string, string>; body: string }> {
  const fields = jsonObjectOf(body)
  if (!fields || typeof fields['Type'] !== 'string' || !TYPES.includes(fields['Type'])) {
    throw new TypeError(
      'hookproof: sign needs an SNS message: a JSON object whose Type is Notification, SubscriptionConfirmation or UnsubscribeConfirmation.',
    )
  }
  const { privateKey, certificateUrl: url, signatureVersion = '1' } = options as Partial<SnsSignOptions>
  const hash = hashOf(signatureVersion)
  if (hash === undefined) throw new TypeError('hookproof: options.signatureVersion must be "1" or "2".')
  if (typeof url !== 'string') {
    throw new TypeError(
      'hookproof: sign needs options.certificateUrl, the SigningCertURL the message names (where verify fetches the certificate).',
    )
  }
  const content = stringToSign(fields)
  let signature: Uint8Array
  try {
    const given = typeof CryptoKey !== 'undefined' && privateKey instanceof CryptoKey ? privateKey : undefined
    // Without its `alg`: a JWK written for RS256 signs version 1's SHA-1 as well.
    const { alg: _alg, ...jwk } = (privateKey ?? {}) as JsonWebKey
    const ready = given ?? (await subtle().importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['sign']))
    signature = new Uint8Array(await subtle().sign('RSASSA-PKCS1-v1_5', ready, utf8(content) as BufferSource))
  } catch (error) {
    throw new TypeError('hookproof: options.privateKey must be an RSA private key (a JWK with d, or a CryptoKey for RSASSA-PKCS1-v1_5).', {
      cause: error,
    })
  }
  // Written where the message has them, after it where it has not: as SNS orders them.
  const signedBody = JSON.stringify({
    ...fields,
    SignatureVersion: signatureVersion,
    Signature: encodeBase64(signature),
    SigningCertURL: url,
  })
  const headers: Record<string, string> = {
    'Content-Type': 'text/plain; charset=UTF-8',
    'x-amz-sns-message-type': fields['Type'] as string,
  }
  if (typeof fields['MessageId'] === 'string') headers['x-amz-sns-message-id'] = fields['MessageId']
  if (typeof fields['TopicArn'] === 'string') headers['x-amz-sns-topic-arn'] = fields['TopicArn']
  return { headers, body: signedBody }
}

const SNS_HEADERS: HeaderSets = [['x-amz-sns-message-type']]

/**
 * The AWS SNS scheme: the `x-amz-sns-message-type` header read first; then,
 * from the JSON body, the topic checked against `options.topicArn` (before
 * any fetch), the `SigningCertURL` required to be `https://sns.<the topic's
 * region>.amazonaws.com/….pem`, its certificate fetched once and cached, and
 * the base64 RSA signature (`SignatureVersion` 1: SHA-1; 2: SHA-256) checked
 * over `Message`, `MessageId`, `Subject`, `SubscribeURL`, `Timestamp`,
 * `Token`, `TopicArn` and `Type`, each the message has, as `<name>\n<value>\n`.
 * `UnsubscribeURL`, `MessageAttributes` and the signature fields themselves
 * are not signed.
 *
 * @example
 * ```ts
 * const sns = defineProvider<MyNotification>()({ name: 'Amazon SNS', scheme: snsScheme(), eventField: 'Type', events })
 * ```
 */
export function snsScheme(): SnsScheme {
  return {
    signsTime: false,
    tolerance: false,
    examples: { verify: '{ topicArn: process.env.SNS_TOPIC_ARN! }', sign: '{ privateKey, certificateUrl }' },
    keys(options) {
      const topics = readTopics(options['topicArn'])
      if (options['certificates'] !== undefined) return [{ topics, certificates: readCertificates(options['certificates']) }]
      const fetch = options['fetch'] ?? (globalThis.fetch as unknown as FetchLike | undefined)
      if (typeof fetch !== 'function') {
        throw new TypeError('hookproof: options.fetch must be a function (there is no global fetch to load SNS certificates with).')
      }
      return [{ topics, certificates: fetch as FetchLike }]
    },
    // The signature travels in the body; the header naming the message is what every delivery carries.
    headers: () => SNS_HEADERS,
    parse(header) {
      const type = requireHeader(header, 'x-amz-sns-message-type')
      if (!TYPES.includes(type)) throw malformed(`The x-amz-sns-message-type header is ${shown(type)}, not an SNS message type.`)
      return { type: type as SnsMessageType, timestamp: undefined }
    },
    verify: check,
    async sign(body, options) {
      return (await signMessage(body, options)).headers
    },
    signDelivery: (body, options) => signMessage(body, options),
    mismatch: () => 'The SNS signature does not match the message under the certificate at its SigningCertURL.',
  }
}
