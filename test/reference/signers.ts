/**
 * Every provider's signing, written the way its own docs or SDK write it, on
 * node:crypto: the independent side that test vectors and the tests' expected
 * signatures are computed with. Nothing here imports hookproof.
 *
 * A body is text (signed the way the docs' snippets sign a string) or bytes
 * (for bodies that are not valid UTF-8, which the docs' string snippets cannot
 * express: the sender then signs the same construction over bytes).
 */
import { createHash, createHmac, createPrivateKey, createPublicKey, createSign, sign as ed25519Sign, type KeyObject } from 'node:crypto'
import { providerIds } from '../../scripts/providers.mjs'
import type { Vector } from '../vectors/format.js'
import { RSA_TEST_CERTIFICATES } from './rsa-certificates.js'
import { RSA_TEST_KEYS } from './rsa-keys.js'
import { formBody, formParams, getExpectedTwilioSignature, strictForm } from './twilio.js'

export type Body = string | Buffer

/** What one delivery is signed with and at. */
export interface Signing {
  /** The key, in the form the provider hands it out (see {@link KeyMaterial}). */
  readonly key: string
  /** The timestamp as the delivery carries it: written with {@link stamp}, or any text to sign as is. Ignored where none is signed. */
  readonly timestamp: string
  /** The delivery id the signature covers (Standard Webhooks' webhook-id, fal's request id); each provider has a documented example. */
  readonly id?: string
  /** The event name an unsigned event header carries (`headers.event`). */
  readonly event?: string
  /** AWS SNS's `SignatureVersion`: `1` (RSA-SHA1, a topic's default) or `2` (RSA-SHA256). Default `1`. */
  readonly signatureVersion?: '1' | '2'
}

/** The keys a provider issues, and how a receiver is told to trust them. */
export interface KeyMaterial {
  /** What the keys are, for the property tests' arbitrary keys. */
  readonly kind:
    | 'text secret'
    | 'whsec secret'
    | 'whsec text secret'
    | 'ed25519 seed'
    | 'credential'
    | 'basic credential'
    | 'api secret'
    | 'rsa key'
    | 'rsa certificate'
  /** Three fixed keys the vectors are signed with: the one they verify with, another, a third. */
  readonly keys: readonly [string, string, string]
  /** The verify options (a vector's `secret` or `options`) that trust these keys: several is a rotation. */
  trust(keys: readonly string[]): Pick<Vector, 'secret' | 'options'>
  /** hookproof's `sign` options that sign as `key`. */
  signWith(key: string): Record<string, unknown>
  /** Options both `sign` and `verify` take besides the key (AssemblyAI's `header`). */
  readonly with?: Readonly<Record<string, unknown>>
  /** The vector names for a receiver that trusts several keys: with the signer's among them, and without. */
  readonly rotation: { readonly passes: string; readonly fails: string }
}

/** The signature header's value: what decides which malformed values a receiver must refuse. */
export type SignatureFormat =
  /**
   * `<prefix><hex>`: one signature of `bytes` bytes; with a `separator`, a
   * list of them (one per active secret), any of which may match.
   */
  | {
      readonly encoding: 'hex'
      readonly header: string
      readonly prefix: string
      readonly bytes: number
      readonly separator?: string
      /** Other lengths the signature may have, told apart by it (Cloudinary's SHA-256 beside its SHA-1). */
      readonly alsoBytes?: readonly number[]
    }
  /**
   * Stripe's `t=<ts>,<version>=<hex>[,…]`: the timestamp rides in it, under
   * `timestampKey` (default `t`), any signature of the version may match.
   */
  | { readonly encoding: 'tagged'; readonly header: string; readonly version: string; readonly timestampKey?: string }
  /** Standard Webhooks' space-separated `v1,<base64>` (and `v1a,` for Ed25519): any may match. */
  /**
   * Standard Webhooks' space-separated `v1,<base64>` (and `v1a,` for Ed25519):
   * any may match. A sender that uses the headers but not the spec's entries
   * writes another `version` (`v3`), another `mac` encoding (hex), or, with
   * version `''`, one bare signature and no list.
   */
  | { readonly encoding: 'standard'; readonly header: string; readonly version?: string; readonly mac?: 'base64' | 'hex' }
  /**
   * A static credential, nothing signed: the key itself (`value`), `Bearer
   * <key>`, or `Basic <base64 of user:password>`. The body and every other
   * header may change; only the credential may not.
   */
  | { readonly encoding: 'credential'; readonly header: string; readonly form: 'value' | 'bearer' | 'basic' }
  /**
   * A JSON Web Token, the whole header value, or after `Bearer `: its
   * signature the last segment; the signed time (`nbf`, `iat`, and `exp`
   * after it) in its claims; the body bound by a claim (LiveKit), or, with
   * `coversBody: false`, not at all (Pub/Sub's ID token).
   */
  | { readonly encoding: 'jwt'; readonly header: string; readonly bearer?: true; readonly coversBody?: false }
  /** One standard base64 signature of `bytes` bytes, nothing around it (Kie.ai). */
  | { readonly encoding: 'base64'; readonly header: string; readonly bytes: number }
  /**
   * AWS SNS: the signature, its version and the certificate URL are fields of
   * the JSON body, over a list of its other fields; `header` is the message
   * type header, which verify reads first.
   */
  | { readonly encoding: 'sns'; readonly header: string }

/** A signed timestamp. */
export interface SignedTime {
  readonly format: TimeFormat
  /** Its own header; absent where it rides in the signature header as `t=`. */
  readonly header?: string
  /** The window verify allows by default, in seconds. Absent: the timestamp is signed but never read as a time (Synthesia). */
  readonly tolerance?: { readonly past: number; readonly future: number }
}

/** One provider's reference: its headers, its key material, and how it signs a body with a key at a time. */
export interface Reference {
  /** The provider module name (a file in src/providers/). */
  readonly provider: string
  /** The provider's name, as its docs and hookproof's messages give it. */
  readonly name: string
  /**
   * The environment variable the README's examples keep the key in, which a
   * call without options names; absent where the key is not one value
   * (api.video's secrets by webhook id) or there is none (fal, Ideogram, Pub/Sub).
   */
  readonly env?: string
  /** Where the signing code below comes from, as the vector file cites it. */
  readonly source: string
  readonly signature: SignatureFormat
  /** Where the timestamp is signed; absent when no header carries one. */
  readonly timestamp?: SignedTime
  /** A signed body field with a timestamp, checked only when a tolerance is asked for (VideoPilot). */
  readonly bodyTimestamp?: { readonly field: string }
  /** The body field naming the event; absent for senders whose bodies follow no one shape. */
  readonly eventField?: string
  /**
   * Where the signature covers one field of the body instead of the body
   * (Kie.ai's task id): the paths it may be at, tried in order. The rest of
   * the body may change; that field may not, and a body without it cannot be
   * checked.
   */
  readonly signedField?: { readonly paths: readonly (readonly string[])[] }
  /**
   * Where the body is a form, its parameters signed after a URL (Twilio):
   * the URL the vectors are signed for. The samples are sent form-encoded
   * (see `wrap`), and what verify returns is the form's parameters.
   */
  readonly form?: { readonly url: string }
  /** Headers besides the signature and timestamp. */
  readonly headers: {
    /** Covered by the signature: a delivery without one cannot be checked. */
    readonly signed?: readonly string[]
    /** Sent, not signed: verify must never read them. */
    readonly unsigned?: readonly string[]
    /** An unsigned header naming the event, so the body need not name it (RemoveBGVideo); one of `unsigned`. */
    readonly event?: string
  }
  readonly key: KeyMaterial
  /**
   * The word this provider's vector names use for its key ("signed with
   * another secret"): the first five providers' files said "secret", the
   * later ones "key", and vector names stay stable.
   */
  readonly keyNoun: 'secret' | 'key'
  /** The headers of a delivery of `body`, as the provider sends them, Content-Type first. */
  deliver(body: Body, signing: Signing): Record<string, string>
  /**
   * Where the signature travels in the body (AWS SNS): the body as sent, the
   * signature written into it; a body it cannot sign (not a JSON object) as
   * it is. Absent: the body is sent as given.
   */
  wrap?(body: Body, signing: Signing): Body
}

/** How a signed timestamp is written: Unix seconds, Unix milliseconds, or an ISO 8601 date-time. */
export type TimeFormat = 'unix' | 'unix-ms' | 'iso'

/** A timestamp as a delivery writes it, `ms` after the epoch. */
export function stamp(format: TimeFormat, ms: number): string {
  if (format === 'iso') return new Date(ms).toISOString()
  return String(Math.floor(format === 'unix-ms' ? ms : ms / 1000))
}

/** The time a written timestamp stands for, in ms after the epoch. */
export function timeOf(format: TimeFormat, text: string): number {
  if (format === 'iso') return Date.parse(text)
  return format === 'unix-ms' ? Number(text) : Number(text) * 1000
}

/** How messages name the format, after "is not". */
export function describeFormat(format: TimeFormat): string {
  return { unix: 'Unix seconds', 'unix-ms': 'Unix milliseconds', iso: 'an ISO 8601 date-time' }[format]
}

/** The tag a Stripe-style header carries its timestamp under. */
export function timestampKeyOf(format: SignatureFormat): string {
  return format.encoding === 'tagged' ? (format.timestampKey ?? 't') : 't'
}

const concat = (head: string, body: Body): Buffer =>
  Buffer.concat([Buffer.from(head, 'utf8'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body])
const JSON_TYPE = { 'Content-Type': 'application/json' } as const

// ---------------------------------------------------------------------------
// Key material

/** A text secret, used whole as the HMAC key (its UTF-8 bytes), `whsec_` prefix and all. */
export const textSecret: KeyMaterial = {
  kind: 'text secret',
  keys: ['whsec_hookproof_test_secret_0123456789', 'whsec_some_other_secret', 'whsec_some_other_secret2'],
  trust: (keys) => ({ secret: keys.length === 1 ? keys[0]! : [...keys] }),
  signWith: (secret) => ({ secret }),
  rotation: { passes: 'rotated secrets: the second one signed', fails: 'no secret among the rotated ones signed' },
}

/** WaveSpeedAI's `whsec_<text>`: the HMAC key is the UTF-8 of what follows `whsec_`, not decoded. */
export const whsecTextSecret: KeyMaterial = {
  ...textSecret,
  kind: 'whsec text secret',
  keys: ['whsec_hookproof_wavespeed_key_0123456789', 'whsec_another_wavespeed_key', 'whsec_a_third_wavespeed_key'],
}

// Standard Webhooks secrets are base64 of random bytes; these are fixed for reproducible vectors.
const whsec = (text: string): string => `whsec_${Buffer.from(text).toString('base64')}`

/** Standard Webhooks' `whsec_<base64>`: the HMAC key is the decoded bytes. */
export const whsecSecret: KeyMaterial = {
  ...textSecret,
  kind: 'whsec secret',
  keys: [whsec('hookproof standard webhooks key!'), whsec('another standard webhooks key...'), whsec('a third standard webhooks key...')],
}

// Importing a PKCS #8 key costs about half a millisecond on Node 20, fifteen
// signatures' worth: the keys of the last few seeds are kept.
const privateKeys = new Map<string, KeyObject>()

/** An Ed25519 private key from its 32-byte seed (RFC 8410 PKCS #8). */
export function ed25519Key(seed: Buffer): KeyObject {
  const id = seed.toString('hex')
  let key = privateKeys.get(id)
  if (!key) {
    if (privateKeys.size >= 64) privateKeys.clear()
    key = createPrivateKey({
      key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
      format: 'der',
      type: 'pkcs8',
    })
    privateKeys.set(id, key)
  }
  return key
}

/** The public JWK of a seed. */
export function publicJwk(seedBase64: string): JsonWebKey {
  return createPublicKey(ed25519Key(Buffer.from(seedBase64, 'base64'))).export({ format: 'jwk' })
}

const seed = (text: string): string => Buffer.from(text).toString('base64')

/** An Ed25519 seed (base64) the sender signs with; the receiver trusts its public key in a JWKS. */
export const ed25519Seed: KeyMaterial = {
  kind: 'ed25519 seed',
  keys: [seed('hookproof fal test ed25519 seed!'), seed('a different ed25519 private seed'), seed('a third ed25519 private key seed')],
  trust: (seeds) => ({ options: { jwks: { keys: seeds.map(publicJwk) } } }),
  signWith: (key) => ({ privateKey: new Uint8Array(Buffer.from(key, 'base64')) }),
  rotation: { passes: 'JWKS with another key first: any key may verify', fails: 'no key of the JWKS signed' },
}

// ---------------------------------------------------------------------------
// Hex HMAC-SHA256 under a text secret

/** docs/eversince-webhooks.txt, `verify_webhook` (Python), ported line by line. */
const eversince: Reference = {
  provider: 'eversince',
  name: 'Eversince',
  env: 'EVERSINCE_WEBHOOK_SECRET',
  source: 'docs/eversince-webhooks.txt verify_webhook (Python), ported to node:crypto',
  signature: { encoding: 'hex', header: 'X-Eversince-Signature', prefix: 'sha256=', bytes: 32 },
  timestamp: { format: 'unix', header: 'X-Eversince-Timestamp', tolerance: { past: 300, future: 300 } },
  eventField: 'event',
  headers: {},
  key: textSecret,
  keyNoun: 'secret',
  deliver(body, { key: signingSecret, timestamp }) {
    // signed_content = f"{timestamp}.{body}"
    // expected = "sha256=" + hmac.new(signing_secret.encode(), signed_content.encode(), hashlib.sha256).hexdigest()
    const signedContent = concat(`${timestamp}.`, body)
    const expected = 'sha256=' + createHmac('sha256', Buffer.from(signingSecret, 'utf8')).update(signedContent).digest('hex')
    return { ...JSON_TYPE, 'X-Eversince-Timestamp': timestamp, 'X-Eversince-Signature': expected }
  },
}

/** Magic Hour's "Securing your handler" page and Python SDK: hex HMAC of `<timestamp>.<raw body>`, no prefix. */
const magichour: Reference = {
  provider: 'magichour',
  name: 'Magic Hour',
  env: 'MAGIC_HOUR_WEBHOOK_SECRET',
  source: "Magic Hour webhook docs and Python SDK: hex HMAC-SHA256 of '<timestamp>.<raw body>'",
  signature: { encoding: 'hex', header: 'magic-hour-event-signature', prefix: '', bytes: 32 },
  timestamp: { format: 'unix', header: 'magic-hour-event-timestamp', tolerance: { past: 300, future: 300 } },
  eventField: 'type',
  headers: {},
  key: textSecret,
  keyNoun: 'secret',
  deliver(body, { key: secret, timestamp }) {
    const signedPayload = concat(`${timestamp}.`, body)
    return {
      ...JSON_TYPE,
      'magic-hour-event-timestamp': timestamp,
      'magic-hour-event-signature': createHmac('sha256', secret).update(signedPayload).digest('hex'),
    }
  },
}

/** docs/videopilot-webhooks.txt, `verifyWebhook` (Node.js/Express). */
const videopilot: Reference = {
  provider: 'videopilot',
  name: 'VideoPilot',
  env: 'VIDEOPILOT_WEBHOOK_SECRET',
  source: 'docs/videopilot-webhooks.txt verifyWebhook (Node.js)',
  signature: { encoding: 'hex', header: 'X-VideoPilot-Signature', prefix: 'sha256=', bytes: 32 },
  bodyTimestamp: { field: 'timestamp' },
  eventField: 'event',
  headers: {},
  key: textSecret,
  keyNoun: 'secret',
  deliver(payload, { key: secret }) {
    const hmac = createHmac('sha256', secret)
    if (typeof payload === 'string') hmac.update(payload, 'utf8')
    else hmac.update(payload)
    return { ...JSON_TYPE, 'X-VideoPilot-Signature': 'sha256=' + hmac.digest('hex') }
  },
}

/** docs/adsumo-webhooks.txt, `verifyWebhook` (TypeScript). */
const adsumo: Reference = {
  provider: 'adsumo',
  name: 'Adsumo',
  env: 'ADSUMO_WEBHOOK_SECRET',
  source: 'docs/adsumo-webhooks.txt verifyWebhook (TypeScript)',
  signature: { encoding: 'hex', header: 'X-Adsumo-Signature', prefix: '', bytes: 32 },
  eventField: 'event',
  headers: {},
  key: textSecret,
  keyNoun: 'secret',
  deliver(body, { key: secret }) {
    return { ...JSON_TYPE, 'X-Adsumo-Signature': createHmac('sha256', secret).update(body).digest('hex') }
  },
}

/** docs/removebgvideo-webhooks.txt, `verifyWebhook` (node:crypto). The event and delivery id travel unsigned. */
const removebgvideo: Reference = {
  provider: 'removebgvideo',
  name: 'RemoveBGVideo',
  env: 'REMOVEBGVIDEO_WEBHOOK_SECRET',
  source: 'docs/removebgvideo-webhooks.txt verifyWebhook (node:crypto)',
  signature: { encoding: 'hex', header: 'X-Webhook-Signature', prefix: 'sha256=', bytes: 32 },
  timestamp: { format: 'iso', header: 'X-Webhook-Timestamp', tolerance: { past: 300, future: 300 } },
  // The body shape is undocumented: its event may be absent or anything.
  eventField: 'event',
  headers: { unsigned: ['X-Webhook-Event', 'X-Webhook-Delivery-Id'], event: 'X-Webhook-Event' },
  key: textSecret,
  keyNoun: 'secret',
  deliver(rawBody, { key: secret, timestamp, event }) {
    const signed = concat(`${timestamp}.`, rawBody)
    const digest = createHmac('sha256', secret).update(signed).digest('hex')
    return {
      ...JSON_TYPE,
      ...(event === undefined ? {} : { 'X-Webhook-Event': event }),
      'X-Webhook-Delivery-Id': 'dlv_0001',
      'X-Webhook-Timestamp': timestamp,
      'X-Webhook-Signature': `sha256=${digest}`,
    }
  },
}

/** docs.synthesia.io "Verifying Synthesia signatures": `message = ".".join((request_timestamp, request_body))`; `hmac.new(key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest()`. */
const synthesia: Reference = {
  provider: 'synthesia',
  name: 'Synthesia',
  env: 'SYNTHESIA_WEBHOOK_SECRET',
  source: 'docs.synthesia.io, Verifying Synthesia signatures (Python), ported to node:crypto',
  signature: { encoding: 'hex', header: 'Synthesia-Signature', prefix: '', bytes: 32 },
  // Synthesia documents no unit: the value is signed, never read as a time.
  timestamp: { format: 'unix', header: 'Synthesia-Timestamp' },
  eventField: 'type',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key, timestamp }) {
    const message = concat(`${timestamp}.`, body)
    return {
      ...JSON_TYPE,
      'Synthesia-Timestamp': timestamp,
      'Synthesia-Signature': createHmac('sha256', Buffer.from(key, 'utf8')).update(message).digest('hex'),
    }
  },
}

/**
 * VapiAI/server-sdk-typescript HmacAuthenticationPlan.ts, its defaults: `signatureHeader`
 * "Defaults to 'x-signature'", `timestampHeader` "Defaults to 'x-timestamp'", `payloadFormat`
 * "Defaults to '{timestamp}.{body}'", `signatureEncoding` "Defaults to 'hex'", the key the
 * `secretKey` as text; the algorithm the plan's `sha256`.
 */
const vapi: Reference = {
  provider: 'vapi',
  name: 'Vapi',
  env: 'VAPI_WEBHOOK_SECRET',
  source:
    "VapiAI/server-sdk-typescript @7ec0a68f src/api/types/HmacAuthenticationPlan.ts defaults: x-signature = hex HMAC-SHA256 of '{timestamp}.{body}', x-timestamp",
  signature: { encoding: 'hex', header: 'x-signature', prefix: '', bytes: 32 },
  // Vapi documents no unit for x-timestamp: signed, never read as a time.
  timestamp: { format: 'unix-ms', header: 'x-timestamp' },
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key, timestamp }) {
    const payload = concat(`${timestamp}.`, body) // '{timestamp}.{body}'
    return { ...JSON_TYPE, 'x-timestamp': timestamp, 'x-signature': createHmac('sha256', key).update(payload).digest('hex') }
  },
}

// ---------------------------------------------------------------------------
// Standard Webhooks

/**
 * standard-webhooks libraries/javascript/src/index.ts, `sign`:
 *   this.key = base64.decode(secret.startsWith("whsec_") ? secret.substring(6) : secret)
 *   const toSign = encoder.encode(`${msgId}.${timestampNumber}.${payload}`)
 *   return `v1,${base64.encode(sha256.hmac(this.key, toSign))}`
 */
export function standardV1(secret: string, id: string, ts: string, body: Body): string {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.substring(6) : secret, 'base64')
  return `v1,${createHmac('sha256', key)
    .update(concat(`${id}.${ts}.`, body))
    .digest('base64')}`
}

/** The spec's `v1a`: Ed25519 over the same content, base64 (standard-webhooks PR #253, Go `SignAsymmetric`). */
export function standardV1a(seedBase64: string, id: string, ts: string, body: Body): string {
  return `v1a,${ed25519Sign(null, concat(`${id}.${ts}.`, body), ed25519Key(Buffer.from(seedBase64, 'base64'))).toString('base64')}`
}

/** The webhook-id of the spec's examples. */
export const STANDARD_WEBHOOK_ID = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W'

function standardWebhooks(
  provider: 'standardwebhooks' | 'replicate' | 'lumenfall' | 'gemini',
  name: string,
  env: string,
  source: string,
  eventField?: string,
): Reference {
  return {
    provider,
    name,
    env,
    source,
    signature: { encoding: 'standard', header: 'webhook-signature' },
    timestamp: { format: 'unix', header: 'webhook-timestamp', tolerance: { past: 300, future: 300 } },
    ...(eventField ? { eventField } : {}),
    headers: { signed: ['webhook-id'] },
    key: whsecSecret,
    keyNoun: 'key',
    deliver(body, { key, timestamp, id = STANDARD_WEBHOOK_ID }) {
      return { ...JSON_TYPE, 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': standardV1(key, id, timestamp, body) }
    },
  }
}

// ---------------------------------------------------------------------------
// Stripe-style `t=<ts>,<version>=<hex>` headers

/** elevenlabs-js src/wrapper/webhooks.ts: `const message = `${timestamp}.${rawBody}``; `"v0=" + createHmac("sha256", secret).update(message).digest("hex")`. */
const elevenlabs: Reference = {
  provider: 'elevenlabs',
  name: 'ElevenLabs',
  env: 'ELEVENLABS_WEBHOOK_SECRET',
  source: 'elevenlabs-js src/wrapper/webhooks.ts constructEvent, reversed into the sender',
  signature: { encoding: 'tagged', header: 'ElevenLabs-Signature', version: 'v0' },
  timestamp: { format: 'unix', tolerance: { past: 1800, future: 300 } },
  eventField: 'type',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key, timestamp }) {
    const digest =
      'v0=' +
      createHmac('sha256', key)
        .update(concat(`${timestamp}.`, body))
        .digest('hex')
    return { ...JSON_TYPE, 'ElevenLabs-Signature': `t=${timestamp},${digest}` }
  },
}

/** mux-node-sdk src/resources/webhooks.ts: `createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')`. */
const mux: Reference = {
  provider: 'mux',
  name: 'Mux',
  env: 'MUX_WEBHOOK_SECRET',
  source: 'muxinc/mux-node-sdk src/resources/webhooks.ts verifySignature, reversed into the sender',
  signature: { encoding: 'tagged', header: 'mux-signature', version: 'v1' },
  timestamp: { format: 'unix', tolerance: { past: 300, future: 300 } },
  eventField: 'type',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key, timestamp }) {
    return {
      ...JSON_TYPE,
      'mux-signature': `t=${timestamp},v1=${createHmac('sha256', key)
        .update(concat(`${timestamp}.`, body))
        .digest('hex')}`,
    }
  },
}

/** OpenRouter's video webhooks cookbook, local test sender: `createHmac("sha256", secret).update(`${timestamp},${body}`).digest("hex")`. */
const openrouter: Reference = {
  provider: 'openrouter',
  name: 'OpenRouter',
  env: 'OPENROUTER_WEBHOOK_SECRET',
  source: "OpenRouter docs, video generation webhooks (guide and cookbook): HMAC-SHA256 of '<t>,<raw body>', hex",
  signature: { encoding: 'tagged', header: 'X-OpenRouter-Signature', version: 'v1' },
  timestamp: { format: 'unix', tolerance: { past: 300, future: 300 } },
  eventField: 'type',
  headers: { unsigned: ['X-OpenRouter-Idempotency-Key'] },
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key, timestamp }) {
    const signature = createHmac('sha256', key)
      .update(concat(`${timestamp},`, body))
      .digest('hex')
    return {
      ...JSON_TYPE,
      'X-OpenRouter-Signature': `t=${timestamp},v1=${signature}`,
      'X-OpenRouter-Idempotency-Key': 'job_test-completed',
    }
  },
}

/** Sync.so's docs (api-reference/webhooks, Express): `createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex")`. */
const syncso: Reference = {
  provider: 'syncso',
  name: 'Sync.so',
  env: 'SYNC_SO_WEBHOOK_SECRET',
  source: "Sync.so docs, api-reference/webhooks (synchronicity-labs/docs-v2): HMAC-SHA256 of '<t>.<body>', hex, the whsec_ secret as text",
  signature: { encoding: 'tagged', header: 'Sync-Signature', version: 'v1' },
  timestamp: { format: 'unix', tolerance: { past: 300, future: 300 } },
  eventField: 'status',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key, timestamp }) {
    // Sync's snippet MACs JSON.stringify of the parsed body, which is the raw body for the compact JSON it sends.
    const signature = createHmac('sha256', key)
      .update(concat(`${timestamp}.`, body))
      .digest('hex')
    return { ...JSON_TYPE, 'Sync-Signature': `t=${timestamp},v1=${signature}` }
  },
}

/**
 * docs.twelvelabs.io "Requirements for processing notifications", Validate the integrity of an event:
 *   signedPayload = timestampFromHeader + "." + body
 *   h := hmac.New(sha256.New, []byte(secret)); h.Write([]byte(payload)); hex.EncodeToString(h.Sum(nil))
 */
const twelvelabs: Reference = {
  provider: 'twelvelabs',
  name: 'TwelveLabs',
  env: 'TWELVELABS_WEBHOOK_SECRET',
  source: "TwelveLabs docs, Requirements for processing notifications: generateHmacSha256Signature (Go) of '<t>.<raw body>', hex",
  signature: { encoding: 'tagged', header: 'TL-Signature', version: 'v1' },
  timestamp: { format: 'unix', tolerance: { past: 300, future: 300 } },
  eventField: 'type',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key: secret, timestamp }) {
    // signedPayload = timestampFromHeader + "." + body
    const signedPayload = concat(`${timestamp}.`, body)
    const signature = createHmac('sha256', Buffer.from(secret, 'utf8')).update(signedPayload).digest('hex')
    return { ...JSON_TYPE, 'TL-Signature': `t=${timestamp},v1=${signature}` }
  },
}

/**
 * cloudflare/cloudflare-docs stream/examples/test-webhooks-locally.mdx, `verifyWebhookSignature`:
 *   const sourceString = `${time}.${body}`
 *   crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, …)
 *   [...new Uint8Array(signature)].map((b) => b.toString(16).padStart(2, "0")).join("")
 * and using-webhooks.mdx (Node.js): crypto.createHmac("sha256", key).update(message).digest("hex")
 */
const cloudflarestream: Reference = {
  provider: 'cloudflarestream',
  name: 'Cloudflare Stream',
  env: 'CLOUDFLARE_STREAM_WEBHOOK_SECRET',
  source: 'cloudflare/cloudflare-docs stream/examples/test-webhooks-locally.mdx verifyWebhookSignature, reversed into the sender',
  signature: { encoding: 'tagged', header: 'Webhook-Signature', version: 'sig1', timestampKey: 'time' },
  // Cloudflare documents no tolerance; hookproof checks 300 s both ways.
  timestamp: { format: 'unix', tolerance: { past: 300, future: 300 } },
  // No event field: the body is the video, its outcome nested in status.state.
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key: secret, timestamp: time }) {
    // const sourceString = `${time}.${body}`
    const sourceString = concat(`${time}.`, body)
    const sig1 = createHmac('sha256', Buffer.from(secret, 'utf8')).update(sourceString).digest('hex')
    return { ...JSON_TYPE, 'Webhook-Signature': `time=${time},sig1=${sig1}` }
  },
}

/**
 * RetellAI/retell-python-sdk src/retell/lib/webhook_auth.py, `sign` and `symmetric_get_verifier`
 * (the same construction as retell-typescript-sdk src/lib/webhook_auth.ts):
 *   return f"v={timestamp},d={signer(input_str + str(timestamp))}"
 *   hmac.new(secret.encode(), digestmod=hashlib.sha256).update(input_str.encode()).hexdigest()
 */
const retell: Reference = {
  provider: 'retell',
  name: 'Retell',
  env: 'RETELL_API_KEY',
  source: "RetellAI/retell-python-sdk src/retell/lib/webhook_auth.py sign(): hex HMAC-SHA256 of '<body><v ms>' under the API key",
  signature: { encoding: 'tagged', header: 'x-retell-signature', version: 'd', timestampKey: 'v' },
  // Unix milliseconds; the SDKs refuse abs(now - v) > 300000.
  timestamp: { format: 'unix-ms', tolerance: { past: 300, future: 300 } },
  eventField: 'event',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key: apiKey, timestamp }) {
    // signer(input_str + str(timestamp)): the body, then the timestamp, nothing between
    const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
    const digest = createHmac('sha256', Buffer.from(apiKey, 'utf8'))
      .update(Buffer.concat([buffer, Buffer.from(timestamp, 'utf8')]))
      .digest('hex')
    return { ...JSON_TYPE, 'x-retell-signature': `v=${timestamp},d=${digest}` }
  },
}

// ---------------------------------------------------------------------------
// HMAC signatures in a header of their own, beside the first five

/**
 * HumeAI/hume-api-examples evi/evi-typescript-webhooks/src/util.ts `validateWebhookHeaders` (c35b1cf):
 *   const message = `${payload}.${timestamp}`
 *   const expectedSig = crypto.createHmac('sha256', signingKey).update(message).digest('hex')
 * The body comes first. The timestamp is compared with `Math.floor(Date.now() / 1000)` and refused
 * when more than 180 s old, with no future bound.
 */
const hume: Reference = {
  provider: 'hume',
  name: 'Hume',
  env: 'HUME_WEBHOOK_SECRET',
  source: 'HumeAI/hume-api-examples evi/evi-typescript-webhooks/src/util.ts validateWebhookHeaders (c35b1cf), reversed into the sender',
  signature: { encoding: 'hex', header: 'X-Hume-AI-Webhook-Signature', prefix: '', bytes: 32 },
  // Hume's examples: 180 s back, no future bound; hookproof's 300 s ahead.
  timestamp: { format: 'unix', header: 'X-Hume-AI-Webhook-Timestamp', tolerance: { past: 180, future: 300 } },
  eventField: 'event_name',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(payload, { key: signingKey, timestamp }) {
    // const message = `${payload}.${timestamp}`: the body, then '.', then the timestamp.
    const message = Buffer.concat([
      typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload,
      Buffer.from(`.${timestamp}`, 'utf8'),
    ])
    const expectedSig = createHmac('sha256', signingKey).update(message).digest('hex')
    return { ...JSON_TYPE, 'X-Hume-AI-Webhook-Timestamp': timestamp, 'X-Hume-AI-Webhook-Signature': expectedSig }
  },
}

/**
 * Baseten's docs, Frontier Gateway billing webhooks `verifySignature` (Node), which the async
 * inference docs ("Secure webhooks", Python `hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()`) match:
 *   const mac = crypto.createHmac("sha256", signingSecret)
 *   mac.update(rawBody)
 *   const expected = `v1=${mac.digest("hex")}`
 * While a rotated secret is still valid Baseten sends `v1=<new>,v1=<old>`: one entry per secret, newest first.
 */
const baseten: Reference = {
  provider: 'baseten',
  name: 'Baseten',
  env: 'BASETEN_WEBHOOK_SECRET',
  source:
    "Baseten docs, billing webhooks verifySignature (Node) and async inference 'Secure webhooks': v1= + hex HMAC-SHA256 of the raw body",
  signature: { encoding: 'hex', header: 'X-BASETEN-SIGNATURE', prefix: 'v1=', bytes: 32, separator: ',' },
  eventField: 'type',
  headers: { unsigned: ['X-BASETEN-REQUEST-ID'] },
  key: textSecret,
  keyNoun: 'key',
  deliver(rawBody, { key: signingSecret }) {
    const mac = createHmac('sha256', signingSecret)
    mac.update(rawBody)
    return { ...JSON_TYPE, 'X-BASETEN-REQUEST-ID': '9876543210abcdef1234567890fedcba', 'X-BASETEN-SIGNATURE': `v1=${mac.digest('hex')}` }
  },
}

/**
 * black-forest-labs/skills skills/bfl-api/references/code-examples/typescript-client.ts,
 * `verifyWebhookSignature`: `crypto.createHmac("sha256", secret).update(payload).digest("hex")`,
 * compared after the `sha256=` prefix.
 */
const bfl: Reference = {
  provider: 'bfl',
  name: 'Black Forest Labs',
  env: 'BFL_WEBHOOK_SECRET',
  source:
    'black-forest-labs/skills @d0793c84 skills/bfl-api/references/code-examples/typescript-client.ts verifyWebhookSignature, reversed into the sender',
  signature: { encoding: 'hex', header: 'X-BFL-Signature', prefix: 'sha256=', bytes: 32 },
  eventField: 'status',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(payload, { key: secret }) {
    // const expectedSignature = crypto.createHmac("sha256", secret).update(payload).digest("hex");
    // const providedSignature = signature.slice(7); // Remove 'sha256=' prefix
    const expectedSignature = createHmac('sha256', secret).update(payload).digest('hex')
    return { ...JSON_TYPE, 'X-BFL-Signature': `sha256=${expectedSignature}` }
  },
}

/**
 * BunnyWay/documentation stream/webhooks.mdx, `validateWebhookSignature` (Node.js):
 * `crypto.createHmac('sha256', signatureSecret).update(rawBody, 'utf8').digest('hex')`, after
 * checking `X-BunnyStream-Signature-Version` is `v1` and `-Algorithm` is `hmac-sha256`.
 */
const bunny: Reference = {
  provider: 'bunny',
  name: 'Bunny Stream',
  env: 'BUNNY_STREAM_READ_ONLY_API_KEY',
  source: 'BunnyWay/documentation @2b3e7a50 stream/webhooks.mdx validateWebhookSignature (Node.js), reversed into the sender',
  signature: { encoding: 'hex', header: 'X-BunnyStream-Signature', prefix: '', bytes: 32 },
  // Sent with every signed delivery; hookproof's verify does not read them yet (no hmacScheme option).
  headers: { unsigned: ['X-BunnyStream-Signature-Version', 'X-BunnyStream-Signature-Algorithm'] },
  key: textSecret,
  keyNoun: 'key',
  deliver(rawBody, { key: signatureSecret }) {
    // signature = lowercase_hex( HMAC-SHA256( utf8(body), utf8(signatureSecret) ) )
    const hmac = createHmac('sha256', signatureSecret)
    if (typeof rawBody === 'string') hmac.update(rawBody, 'utf8')
    else hmac.update(rawBody)
    return {
      ...JSON_TYPE,
      'X-BunnyStream-Signature-Version': 'v1',
      'X-BunnyStream-Signature-Algorithm': 'hmac-sha256',
      'X-BunnyStream-Signature': hmac.digest('hex'),
    }
  },
}

/**
 * uploadcare/uploadcare-ruby lib/uploadcare/webhook_signature_verifier.rb, `calculate_signature`:
 *   digest = OpenSSL::Digest.new('sha256')
 *   "v1=#{OpenSSL::HMAC.hexdigest(digest, secret, body)}"
 */
const uploadcare: Reference = {
  provider: 'uploadcare',
  name: 'Uploadcare',
  env: 'UPLOADCARE_WEBHOOK_SECRET',
  source: 'uploadcare/uploadcare-ruby @3e290929 lib/uploadcare/webhook_signature_verifier.rb calculate_signature, ported to node:crypto',
  signature: { encoding: 'hex', header: 'X-Uc-Signature', prefix: 'v1=', bytes: 32 },
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key: secret }) {
    return { ...JSON_TYPE, 'X-Uc-Signature': `v1=${createHmac('sha256', secret).update(body).digest('hex')}` }
  },
}

// 'X-Remotion-Status': payload.type, read back from the body the payload was serialized to.
function remotionStatus(body: Body): string {
  try {
    const type: unknown = (JSON.parse(body.toString()) as { type?: unknown } | null)?.type
    // Remotion's types are ASCII words; a generated body's may not be, and a header carries only Latin-1.
    return typeof type === 'string' && /^[\x20-\x7e]*$/.test(type) ? type : ''
  } catch {
    return ''
  }
}

/**
 * remotion-dev/remotion packages/serverless/src/invoke-webhook.ts, `calculateSignature` and
 * `invokeWebhookRaw`:
 *   const hmac = Crypto.createHmac('sha512', secret);
 *   const signature = 'sha512=' + hmac.update(payload).digest('hex');
 * over `jsonPayload = JSON.stringify(payload)`, the very string sent as the body.
 */
const remotion: Reference = {
  provider: 'remotion',
  name: 'Remotion',
  env: 'REMOTION_WEBHOOK_SECRET',
  source: 'remotion-dev/remotion @97633c15 packages/serverless/src/invoke-webhook.ts calculateSignature and invokeWebhookRaw',
  signature: { encoding: 'hex', header: 'X-Remotion-Signature', prefix: 'sha512=', bytes: 64 },
  eventField: 'type',
  // X-Remotion-Status repeats the body's type; not `headers.event`: the body names its event too.
  // Remotion also sends X-Remotion-Mode (production or demo), which sign leaves out: nothing reads it.
  headers: { unsigned: ['X-Remotion-Status'] },
  key: textSecret,
  keyNoun: 'key',
  deliver(jsonPayload, { key: secret, event }) {
    const hmac = createHmac('sha512', secret)
    const signature = 'sha512=' + hmac.update(jsonPayload).digest('hex')
    return {
      ...JSON_TYPE,
      'X-Remotion-Signature': signature,
      'X-Remotion-Status': event ?? remotionStatus(jsonPayload),
    }
  },
}

/**
 * api.video docs, "Verify webhook origins" (PHP): the secret is the `signatureSecret` of the
 * webhook `X-Api-Video-WebhookID` names, and `hash_hmac("sha256", $webhookBody, $secret)`, lowercase
 * hex of the raw body, is compared with `X-Api-Video-Signature`.
 */
const apivideo: Reference = {
  provider: 'apivideo',
  name: 'api.video',
  source:
    'apivideo/api.video-documentation @f159d730 reference/create-and-manage-webhooks.md, Verify webhook origins (PHP), reversed into the sender',
  signature: { encoding: 'hex', header: 'X-Api-Video-Signature', prefix: '', bytes: 32 },
  eventField: 'type',
  // Names the webhook whose signatureSecret signed: it picks the key, and is not signed.
  headers: { unsigned: ['X-Api-Video-WebhookID'] },
  key: textSecret,
  keyNoun: 'key',
  deliver(webhookBody, { key: secret }) {
    // $actualSignature = hash_hmac("sha256", $webhookBody, $secret);
    const signature = createHmac('sha256', secret).update(webhookBody).digest('hex')
    return { ...JSON_TYPE, 'X-Api-Video-WebhookID': 'webhook_1BWt3JArmQq9sNZzsHStRS', 'X-Api-Video-Signature': signature }
  },
}

// ---------------------------------------------------------------------------
// A keyed digest, not an HMAC

/**
 * Cloudinary docs, "Verifying notification signatures" (manual verification), as
 * cloudinary_npm's webhook_signature writes it:
 *   compute_hash(data + timestamp + api_secret, signature_algorithm, 'hex')
 *   // = crypto.createHash('sha1').update(data + timestamp + api_secret).digest('hex')
 * A digest of body, timestamp and secret concatenated, not an HMAC; SHA-1 is the default,
 * SHA-256 an account setting (the same construction, 32 bytes).
 *
 * The hash runs over the UTF-8 bytes, the docs' "single string": what cloudinary_npm hashes
 * since 1.25.1 (`utf8_encode(input)` fed as 'binary', 2021) and, since 1.41.0 (2023),
 * `createHash(alg).update(input)`. Releases up to 1.25.0 fed the string as 'binary' (latin1),
 * each UTF-16 unit truncated to its low byte, which differs from what Cloudinary signs for a
 * non-ASCII body; this oracle follows the docs and the current SDK, not those.
 */
const cloudinaryDigest = (hash: 'sha1' | 'sha256', body: Body, timestamp: string, secret: string): string =>
  createHash(hash)
    .update(Buffer.concat([typeof body === 'string' ? Buffer.from(body, 'utf8') : body, Buffer.from(`${timestamp}${secret}`, 'utf8')]))
    .digest('hex')

const cloudinary: Reference = {
  provider: 'cloudinary',
  name: 'Cloudinary',
  env: 'CLOUDINARY_API_SECRET',
  source:
    'Cloudinary docs (cloudinary.com/documentation/notification_signatures, manual verification) and cloudinary/cloudinary_npm @f75fb556 lib/utils/index.js webhook_signature: hex SHA-1 of <body><X-Cld-Timestamp><api_secret>',
  signature: { encoding: 'hex', header: 'X-Cld-Signature', prefix: '', bytes: 20, alsoBytes: [32] },
  timestamp: { format: 'unix', header: 'X-Cld-Timestamp', tolerance: { past: 7200, future: 300 } },
  eventField: 'notification_type',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key, timestamp }) {
    return { ...JSON_TYPE, 'X-Cld-Timestamp': timestamp, 'X-Cld-Signature': cloudinaryDigest('sha1', body, timestamp, key) }
  },
}

// ---------------------------------------------------------------------------
// Standard Webhooks' headers, other entries or keys

/**
 * WaveSpeedAI's docs, "Verifying Webhooks" (JavaScript sample):
 *   const signedContent = `${id}.${timestamp}.${payload}`
 *   const keyWithoutPrefix = secret.startsWith('whsec_') ? secret.slice(6) : secret
 *   crypto.createHmac('sha256', keyWithoutPrefix).update(signedContent).digest('hex')
 * The header is `v3,<hex>`: one signature.
 */
const wavespeed: Reference = {
  provider: 'wavespeed',
  name: 'WaveSpeedAI',
  env: 'WAVESPEED_WEBHOOK_SECRET',
  source: 'wavespeed.ai/docs/docs-api/verifying_webhook (JavaScript sample), reversed into the sender',
  signature: { encoding: 'standard', header: 'webhook-signature', version: 'v3', mac: 'hex' },
  timestamp: { format: 'unix', header: 'webhook-timestamp', tolerance: { past: 300, future: 300 } },
  eventField: 'status',
  headers: { signed: ['webhook-id'] },
  key: whsecTextSecret,
  keyNoun: 'key',
  deliver(payload, { key: secret, timestamp, id = '45b392b22c3b449fa935bd4dc' }) {
    const signedContent = concat(`${id}.${timestamp}.`, payload)
    // Remove whsec_ prefix; do not base64 decode
    const keyWithoutPrefix = secret.startsWith('whsec_') ? secret.slice(6) : secret
    const signature = createHmac('sha256', keyWithoutPrefix).update(signedContent).digest('hex')
    return { ...JSON_TYPE, 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v3,${signature}` }
  },
}

/**
 * docs.pollo.ai/webhooks: `const signedContent = `${webhookId}.${webhookTimestamp}.${body}``,
 * HMAC-SHA256, base64, compared with X-Webhook-Signature whole. The key line is not in any copy
 * read: filled in as two independent integrations write it,
 *   crypto.createHmac('sha256', Buffer.from(webhookSecret, 'base64')).update(signedContent).digest('base64')
 */
const pollo: Reference = {
  provider: 'pollo',
  name: 'Pollo AI',
  env: 'POLLO_WEBHOOK_SECRET',
  source: "docs.pollo.ai/webhooks (signed content, HMAC-SHA256, base64); key base64-decoded as integrations 'as per Pollo AI docs' do",
  signature: { encoding: 'standard', header: 'X-Webhook-Signature', version: '' },
  timestamp: { format: 'unix', header: 'X-Webhook-Timestamp', tolerance: { past: 300, future: 300 } },
  eventField: 'status',
  headers: { signed: ['X-Webhook-Id'] },
  key: whsecSecret,
  keyNoun: 'key',
  deliver(body, { key: webhookSecret, timestamp: webhookTimestamp, id: webhookId = 'msg_123' }) {
    const signedContent = concat(`${webhookId}.${webhookTimestamp}.`, body)
    // The property tests' arbitrary keys of this kind are `whsec_<base64>`: the prefix off first, as the spec's libraries take it.
    const secretBytes = Buffer.from(webhookSecret.startsWith('whsec_') ? webhookSecret.slice(6) : webhookSecret, 'base64')
    const computedSigBase64 = createHmac('sha256', secretBytes).update(signedContent).digest('base64')
    return {
      ...JSON_TYPE,
      'X-Webhook-Id': webhookId,
      'X-Webhook-Timestamp': webhookTimestamp,
      'X-Webhook-Signature': computedSigBase64,
    }
  },
}

/**
 * livepeer/studio packages/api/src/webhooks/cannon.ts signatureHeaders and controllers/helpers.ts sign:
 *   createHmac("sha256", secret).update(Buffer.from(data)).digest("hex"); `t=${timestamp},v1=${signature}`
 * The body alone is signed: `t` rides beside it, unsigned.
 */
const livepeer: Reference = {
  provider: 'livepeer',
  name: 'Livepeer Studio',
  env: 'LIVEPEER_WEBHOOK_SECRET',
  source: 'livepeer/studio packages/api/src/webhooks/cannon.ts signatureHeaders, controllers/helpers.ts sign',
  signature: { encoding: 'tagged', header: 'Livepeer-Signature', version: 'v1' },
  // No `timestamp`: none is signed (see below for the unsigned `t`).
  eventField: 'event',
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(payload, { key: sharedSecret, timestamp }) {
    const hmac = createHmac('sha256', sharedSecret)
    hmac.update(typeof payload === 'string' ? Buffer.from(payload) : payload)
    const signature = hmac.digest('hex')
    return { ...JSON_TYPE, 'Livepeer-Signature': `t=${timestamp},v1=${signature}` }
  },
}

/**
 * @imagekit/nodejs src/resources/webhooks.ts unwrap: `new Webhook(toBase64(key)).verify(body, headers)`,
 * the standardwebhooks library keyed with the secret's own UTF-8 bytes, whose sign() is
 * `v1,${base64(HMAC-SHA256(key, `${msgId}.${timestamp}.${payload}`))}`.
 */
const imagekit: Reference = {
  provider: 'imagekit',
  name: 'ImageKit',
  env: 'IMAGEKIT_WEBHOOK_SECRET',
  source:
    '@imagekit/nodejs 7.11.0 src/resources/webhooks.ts unwrap (standardwebhooks keyed with the secret as UTF-8), reversed into the sender',
  signature: { encoding: 'standard', header: 'webhook-signature' },
  timestamp: { format: 'unix', header: 'webhook-timestamp', tolerance: { past: 300, future: 300 } },
  eventField: 'type',
  headers: { signed: ['webhook-id'] },
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key, timestamp, id = STANDARD_WEBHOOK_ID }) {
    // The key is the secret's UTF-8 bytes, whsec_ and all: base64-encoded for the library, which decodes them back.
    const mac = createHmac('sha256', Buffer.from(key, 'utf8'))
      .update(concat(`${id}.${timestamp}.`, body))
      .digest('base64')
    return { ...JSON_TYPE, 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${mac}` }
  },
}

// ---------------------------------------------------------------------------
// Ed25519, verified against a JWKS

/** fal's docs (webhooks, "Verifying signatures", JavaScript), with node:crypto's Ed25519 for libsodium's. */
const fal: Reference = {
  provider: 'fal',
  name: 'fal',
  source: 'fal.ai docs, Webhooks: Ed25519 over requestId\\nuserId\\ntimestamp\\nsha256hex(body), hex signature',
  signature: { encoding: 'hex', header: 'X-Fal-Webhook-Signature', prefix: '', bytes: 64 },
  timestamp: { format: 'unix', header: 'X-Fal-Webhook-Timestamp', tolerance: { past: 300, future: 300 } },
  eventField: 'status',
  headers: { signed: ['X-Fal-Webhook-Request-Id', 'X-Fal-Webhook-User-Id'] },
  key: ed25519Seed,
  keyNoun: 'key',
  deliver(body, { key, timestamp, id = 'req_01HZX8D6Q9' }) {
    const userId = 'user_4421'
    // const messageParts = [requestId, userId, timestamp, crypto.createHash('sha256').update(body).digest('hex')]
    // const messageToVerify = messageParts.join('\n')
    const bodyHash = createHash('sha256').update(body).digest('hex')
    const message = [id, userId, timestamp, bodyHash].join('\n')
    const signature = ed25519Sign(null, Buffer.from(message, 'utf8'), ed25519Key(Buffer.from(key, 'base64'))).toString('hex')
    return {
      ...JSON_TYPE,
      'X-Fal-Webhook-Request-Id': id,
      'X-Fal-Webhook-User-Id': userId,
      'X-Fal-Webhook-Timestamp': timestamp,
      'X-Fal-Webhook-Signature': signature,
    }
  },
}

/**
 * Ideogram's OpenAPI spec (api.ideogram.ai/openapi.json, GET /v1/.well-known/jwks.json):
 * Ed25519 over `request_id\nuser_id\ntimestamp\nsha256_hex(body)`, UTF-8, the first value being
 * the X-Ideogram-Webhook-Generation-Id header; signature in lowercase hex.
 */
const ideogram: Reference = {
  provider: 'ideogram',
  name: 'Ideogram',
  source: 'api.ideogram.ai/openapi.json (JWKS operation): Ed25519 over generationId\\nuserId\\ntimestamp\\nsha256hex(body), hex signature',
  signature: { encoding: 'hex', header: 'X-Ideogram-Webhook-Signature', prefix: '', bytes: 64 },
  timestamp: { format: 'unix', header: 'X-Ideogram-Webhook-Timestamp', tolerance: { past: 300, future: 300 } },
  // No eventField: the body names no event.
  headers: { signed: ['X-Ideogram-Webhook-Generation-Id', 'X-Ideogram-Webhook-User-Id'], unsigned: ['X-Ideogram-Webhook-Key-Id'] },
  key: ed25519Seed,
  keyNoun: 'key',
  deliver(body, { key, timestamp, id = 'xtdZiqPwRxqY1Y7NExFmzB' }) {
    const userId = 'dXNlcl9leGFtcGxl'
    // request_id\nuser_id\ntimestamp\nsha256_hex(body), encoded as UTF-8
    const message = [id, userId, timestamp, createHash('sha256').update(body).digest('hex')].join('\n')
    const signature = ed25519Sign(null, Buffer.from(message, 'utf8'), ed25519Key(Buffer.from(key, 'base64'))).toString('hex')
    return {
      ...JSON_TYPE,
      'X-Ideogram-Webhook-Generation-Id': id,
      'X-Ideogram-Webhook-User-Id': userId,
      'X-Ideogram-Webhook-Timestamp': timestamp,
      // "A hint for which public key to try first, not a requirement": sent, not signed, never read.
      'X-Ideogram-Webhook-Key-Id': 'v1',
      'X-Ideogram-Webhook-Signature': signature,
    }
  },
}

// ---------------------------------------------------------------------------
// Static credentials: nothing signed, the credential sent back as is

/** A shared credential of header-safe characters (RFC 6750's token characters), as providers' dashboards make them. */
export const credential: KeyMaterial = {
  ...textSecret,
  kind: 'credential',
  keys: ['hp_test_credential_0123456789abcdef', 'hp_some_other_credential', 'hp_a_third_credential'],
  rotation: { passes: 'rotated credentials: the second one is sent', fails: 'no credential among the rotated ones is sent' },
}

/**
 * Cartesia docs (docs.cartesia.ai/agents/webhooks): "Each request is a POST with
 * `Content-Type: application/json` and an `X-Webhook-Secret` header containing the
 * secret you set. Reject requests where the header doesn't match."
 */
const cartesia: Reference = {
  provider: 'cartesia',
  name: 'Cartesia',
  env: 'CARTESIA_WEBHOOK_SECRET',
  source:
    'Cartesia docs (docs.cartesia.ai/agents/webhooks, /line/infrastructure/observability): X-Webhook-Secret carries the secret set at creation',
  signature: { encoding: 'credential', header: 'X-Webhook-Secret', form: 'value' },
  eventField: 'type',
  headers: {},
  key: credential,
  keyNoun: 'key',
  deliver(_body, { key: secret }) {
    return { ...JSON_TYPE, 'X-Webhook-Secret': secret }
  },
}

/**
 * AssemblyAI openapi.yml (`webhook_auth_header_name`: "The header name to be sent with the
 * transcript completed or failed webhook requests"; `webhook_auth_header_value`: "The header
 * value to send back"), and its guide's receiver: `if auth_header != "secret-value": return 401`.
 * The header is the receiver's to name; these vectors name `X-My-Webhook-Secret`, as the guide does.
 */
const assemblyai: Reference = {
  provider: 'assemblyai',
  name: 'AssemblyAI',
  env: 'ASSEMBLYAI_WEBHOOK_SECRET',
  source:
    'AssemblyAI/assemblyai-api-spec @3fcf678d openapi.yml webhook_auth_header_name / webhook_auth_header_value; fern/pages/guides/webhooks.mdx (the header sent as configured)',
  signature: { encoding: 'credential', header: 'X-My-Webhook-Secret', form: 'value' },
  headers: {},
  key: {
    ...credential,
    keys: ['secret-value-0123456789', 'another-secret-value', 'a-third-secret-value'],
    with: { header: 'X-My-Webhook-Secret' },
    trust: (keys) => ({ secret: keys.length === 1 ? keys[0]! : [...keys], options: { header: 'X-My-Webhook-Secret' } }),
    signWith: (secret) => ({ secret, header: 'X-My-Webhook-Secret' }),
  },
  keyNoun: 'key',
  deliver(_body, { key: value }) {
    return { ...JSON_TYPE, 'X-My-Webhook-Secret': value }
  },
}

/**
 * Deepgram changelog 2026-10-27: "include Basic Auth credentials in your callback URL, for
 * example `https://username:password@example.com/callback`. Deepgram includes these credentials
 * when it sends results". An HTTP client sends a URL's user and password as RFC 7617 Basic:
 * `Authorization: Basic base64(user ":" password)`.
 */
const deepgram: Reference = {
  provider: 'deepgram',
  name: 'Deepgram',
  env: 'DEEPGRAM_CALLBACK_CREDENTIALS',
  source: 'Deepgram changelog 2026-10-27 (Basic Auth in the callback URL) and RFC 7617: Authorization: Basic base64(user:password)',
  signature: { encoding: 'credential', header: 'Authorization', form: 'basic' },
  headers: {},
  key: {
    ...credential,
    kind: 'basic credential',
    keys: ['hookproof:callback-password-0123', 'hookproof:another-password', 'someone:a-third-password'],
  },
  keyNoun: 'key',
  deliver(_body, { key: userinfo }) {
    return { ...JSON_TYPE, Authorization: `Basic ${Buffer.from(userinfo, 'utf8').toString('base64')}` }
  },
}

// ---------------------------------------------------------------------------
// JSON Web Tokens

/** LiveKit's API key of the vectors: the token's `iss`. */
export const LIVEKIT_API_KEY = 'APIhookproofTest'

/**
 * A LiveKit webhook token, as livekit/protocol writes it (auth/accesstoken.go
 * `ToJWT`: `jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(secret))`;
 * webhook/url_notifier.go: `SetValidFor(5 * time.Minute).SetSha256(base64.StdEncoding.EncodeToString(sha256(body)))`),
 * with every part open to change for the vectors that break one.
 */
export function livekitToken(
  body: Body,
  secret: string,
  issuedAt: number,
  change: { header?: Record<string, unknown>; claims?: Record<string, unknown>; drop?: readonly string[] } = {},
): string {
  const sum = createHash('sha256').update(body).digest('base64')
  const claims: Record<string, unknown> = {
    iss: LIVEKIT_API_KEY,
    nbf: issuedAt,
    iat: issuedAt,
    exp: issuedAt + 300,
    sha256: sum,
    ...change.claims,
  }
  for (const name of change.drop ?? []) delete claims[name]
  const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const signingInput = `${segment({ alg: 'HS256', typ: 'JWT', ...change.header })}.${segment(claims)}`
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`
}

/** An API secret (text: LiveKit's are base62), with the API key beside it that the token's issuer names. */
export const apiSecret: KeyMaterial = {
  ...textSecret,
  kind: 'api secret',
  keys: ['hookproof-livekit-test-secret-0123456789', 'another-livekit-api-secret', 'a-third-livekit-api-secret'],
  with: { apiKey: LIVEKIT_API_KEY },
  trust: (keys) => ({ secret: keys.length === 1 ? keys[0]! : [...keys], options: { apiKey: LIVEKIT_API_KEY } }),
  signWith: (secret) => ({ secret, apiKey: LIVEKIT_API_KEY }),
}

const livekit: Reference = {
  provider: 'livekit',
  name: 'LiveKit',
  env: 'LIVEKIT_API_SECRET',
  source:
    'livekit/protocol @d74e7cdb webhook/url_notifier.go + auth/accesstoken.go (HS256, iss = API key, exp = 5 min, sha256 = base64 SHA-256 of the body), sent as Authorization',
  signature: { encoding: 'jwt', header: 'Authorization' },
  timestamp: { format: 'unix', tolerance: { past: 310, future: 10 } },
  eventField: 'event',
  headers: {},
  key: apiSecret,
  keyNoun: 'key',
  deliver(body, { key: secret, timestamp }) {
    return { 'Content-Type': 'application/webhook+json', Authorization: livekitToken(body, secret, Number(timestamp)) }
  },
}

// ---------------------------------------------------------------------------
// OpenID Connect ID tokens from Google's key set, which do not cover the body

/** The Pub/Sub subscription's audience and service account of the vectors. */
export const PUBSUB_AUDIENCE = 'https://hookproof.test/pubsub'
export const PUBSUB_EMAIL = 'push@hookproof-test.iam.gserviceaccount.com'

/** A test RSA key's `kid`: 40 hex digits, as Google's look. */
export function rsaKeyId(pem: string): string {
  return createHash('sha1').update(pem).digest('hex')
}

/** The public JWK of a test RSA key, as Google's JWKS lists one. */
export function rsaPublicJwk(pem: string): Record<string, string> {
  const { n, e } = createPublicKey(pem).export({ format: 'jwk' }) as { n: string; e: string }
  return { kty: 'RSA', alg: 'RS256', use: 'sig', kid: rsaKeyId(pem), n, e }
}

/** The private JWK of a test RSA key, with its `kid`. */
export function rsaPrivateJwk(pem: string): Record<string, string> {
  return { ...(createPrivateKey(pem).export({ format: 'jwk' }) as Record<string, string>), kid: rsaKeyId(pem) }
}

/**
 * A Pub/Sub push's ID token, as Google's docs show one decoded
 * (cloud.google.com/pubsub/docs/authenticate-push-subscriptions: header
 * `{"alg":"RS256","kid":…,"typ":"JWT"}`; claims aud, azp, email,
 * email_verified, exp an hour after iat, iss, sub) and signed the way
 * google-auth-library-nodejs checks it (oauth2client.ts
 * verifySignedJwtWithCertsAsync: RSA-SHA256 over `<header>.<payload>`, the
 * signature base64url), with every part open to change for the vectors that
 * break one.
 */
export function googleIdToken(
  pem: string,
  issuedAt: number,
  change: { header?: Record<string, unknown>; claims?: Record<string, unknown>; drop?: readonly string[] } = {},
): string {
  const claims: Record<string, unknown> = {
    aud: PUBSUB_AUDIENCE,
    azp: '113774264463038321964',
    email: PUBSUB_EMAIL,
    email_verified: true,
    exp: issuedAt + 3600,
    iat: issuedAt,
    iss: 'https://accounts.google.com',
    sub: '113774264463038321964',
    ...change.claims,
  }
  for (const name of change.drop ?? []) delete claims[name]
  const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const signingInput = `${segment({ alg: 'RS256', kid: rsaKeyId(pem), typ: 'JWT', ...change.header })}.${segment(claims)}`
  return `${signingInput}.${createSign('RSA-SHA256').update(signingInput).sign(pem).toString('base64url')}`
}

/** Three RSA keys, trusted as a JWKS of their public halves, with the audience and service account beside them. */
export const rsaKey: KeyMaterial = {
  kind: 'rsa key',
  keys: RSA_TEST_KEYS,
  with: { audience: PUBSUB_AUDIENCE, email: PUBSUB_EMAIL },
  trust: (keys) => ({ options: { audience: PUBSUB_AUDIENCE, email: PUBSUB_EMAIL, jwks: { keys: keys.map(rsaPublicJwk) } } }),
  signWith: (key) => ({ privateKey: rsaPrivateJwk(key), audience: PUBSUB_AUDIENCE, email: PUBSUB_EMAIL }),
  rotation: { passes: 'JWKS with another key first: the kid chooses', fails: 'no key of the JWKS signed' },
}

const pubsub: Reference = {
  provider: 'pubsub',
  name: 'Pub/Sub',
  source:
    'Google Cloud docs, Authentication for push subscriptions (Authorization: Bearer <ID token>, RS256, kid, the example claim set) and google-auth-library-nodejs @a95b8272 oauth2client.ts verifySignedJwtWithCertsAsync (RSA-SHA256 over header.payload)',
  signature: { encoding: 'jwt', header: 'Authorization', bearer: true, coversBody: false },
  timestamp: { format: 'unix', tolerance: { past: 3900, future: 300 } },
  headers: {},
  key: rsaKey,
  keyNoun: 'key',
  deliver(_body, { key, timestamp }) {
    return { ...JSON_TYPE, Authorization: `Bearer ${googleIdToken(key, Number(timestamp))}` }
  },
}

// ---------------------------------------------------------------------------
// AWS SNS: an RSA signature in the body, its certificate at a URL

/** The topic the SNS vectors are published to and trust. */
export const SNS_TOPIC = 'arn:aws:sns:us-west-2:123456789012:MyTopic'

/** The SigningCertURL of a test key: one per key, on the topic's regional host. */
export function snsCertificateUrl(pem: string): string {
  return `https://sns.us-west-2.amazonaws.com/SimpleNotificationService-hookproof${RSA_TEST_KEYS.indexOf(pem)}.pem`
}

/** The certificate of a test key. */
function certificateOf(pem: string): string {
  return RSA_TEST_CERTIFICATES[RSA_TEST_KEYS.indexOf(pem)]!
}

/** The fixed RSA test keys, trusted through the certificates SNS messages name. */
export const rsaCertificate: KeyMaterial = {
  kind: 'rsa certificate',
  keys: RSA_TEST_KEYS,
  trust: (pems) => ({
    options: { topicArn: SNS_TOPIC, certificates: Object.fromEntries(pems.map((pem) => [snsCertificateUrl(pem), certificateOf(pem)])) },
  }),
  signWith: (pem) => ({ privateKey: rsaPrivateJwk(pem), certificateUrl: snsCertificateUrl(pem) }),
  rotation: { passes: 'certificates of two keys: the message names the second', fails: 'no certificate given for the key that signed' },
}

/** The fields SNS signs, in this order, each the message has (AWS's validators' list). */
export const SNS_SIGNED_FIELDS = ['Message', 'MessageId', 'Subject', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'] as const

/** The text SNS signs for a message: `<name>\n<value>\n` for each signed field that is a string. */
export function snsStringToSign(message: Record<string, unknown>): string {
  // aws-js-sns-message-validator: for each signable key in message: key + "\n" + message[key] + "\n"
  let content = ''
  for (const key of SNS_SIGNED_FIELDS) if (typeof message[key] === 'string') content += `${key}\n${message[key] as string}\n`
  return content
}

/**
 * AWS's "Verifying the signatures of Amazon SNS messages" and its JavaScript
 * validator, reversed into a sender: `crypto.createVerify('RSA-SHA1' |
 * 'RSA-SHA256')` over the signable fields becomes `createSign`, and the
 * signature fields are written into the message.
 */
const sns: Reference = {
  provider: 'sns',
  name: 'Amazon SNS',
  env: 'SNS_TOPIC_ARN',
  source:
    "AWS docs (docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html) and aws/aws-js-sns-message-validator index.js @a6ba4d6: RSA-SHA1 (version 1) or RSA-SHA256 (version 2) over '<key>\\n<value>\\n' of the signable fields, reversed into a sender",
  signature: { encoding: 'sns', header: 'x-amz-sns-message-type' },
  bodyTimestamp: { field: 'Timestamp' },
  eventField: 'Type',
  headers: {},
  key: rsaCertificate,
  keyNoun: 'key',
  deliver(body) {
    const type = jsonObjectOf(body)?.['Type']
    return { 'Content-Type': 'text/plain; charset=UTF-8', 'x-amz-sns-message-type': typeof type === 'string' ? type : 'Notification' }
  },
  wrap(body, { key: pem, signatureVersion = '1' }) {
    const message = jsonObjectOf(body)
    if (!message) return body
    const signature = createSign(signatureVersion === '1' ? 'RSA-SHA1' : 'RSA-SHA256')
      .update(snsStringToSign(message), 'utf8')
      .sign(pem, 'base64')
    return JSON.stringify({ ...message, SignatureVersion: signatureVersion, Signature: signature, SigningCertURL: snsCertificateUrl(pem) })
  },
}

// ---------------------------------------------------------------------------
// HMAC over a field of the body

/**
 * Kie.ai's docs page "Webhook Security Verification" and its Node.js sample:
 * the task id from the body, a dot, the `X-Webhook-Timestamp` value, under
 * HMAC-SHA256 with the webhookHmacKey, in base64. The body is not signed.
 */
const kie: Reference = {
  provider: 'kie',
  name: 'Kie.ai',
  env: 'KIE_WEBHOOK_HMAC_KEY',
  source:
    "Kie.ai docs (docs.kie.ai/common-api/webhook-verification): base64(HMAC-SHA256(taskId + '.' + timestamp, webhookHmacKey)), its Node.js sample ported to a sender",
  signature: { encoding: 'base64', header: 'X-Webhook-Signature', bytes: 32 },
  timestamp: { format: 'unix', header: 'X-Webhook-Timestamp', tolerance: { past: 300, future: 300 } },
  signedField: {
    paths: [
      ['data', 'taskId'],
      ['data', 'task_id'],
    ],
  },
  headers: {},
  key: textSecret,
  keyNoun: 'key',
  deliver(body, { key: webhookHmacKey, timestamp }) {
    // const message = `${taskId}.${timestamp}`;
    // crypto.createHmac('sha256', webhookHmacKey).update(message).digest('base64')
    // A body without a task id is none Kie sends: signed here over an empty one.
    const taskId = signedFieldOf(kie, body) ?? ''
    const message = `${taskId}.${timestamp}`
    const signature = createHmac('sha256', webhookHmacKey).update(message).digest('base64')
    return { ...JSON_TYPE, 'X-Webhook-Timestamp': timestamp, 'X-Webhook-Signature': signature }
  },
}

// ---------------------------------------------------------------------------
// HMAC-SHA1 over the URL and the form parameters

/** The URL the Twilio vectors are signed for: a number's webhook, with a query string. */
export const TWILIO_URL = 'https://example.com/twilio/voice?agent=front-desk&lang=en-US'

/**
 * twilio-node's `getExpectedTwilioSignature` (test/reference/twilio.ts): the
 * sample's fields are the form parameters (written with node:querystring),
 * signed after the URL. A body that is not a JSON object is sent as it is,
 * its parameters read as Express reads them.
 */
const twilio: Reference = {
  provider: 'twilio',
  name: 'Twilio',
  env: 'TWILIO_AUTH_TOKEN',
  source:
    'twilio-node src/webhooks/webhooks.ts @45d3d65a getExpectedTwilioSignature: base64(HMAC-SHA1(authToken, url + each sorted name + value)), ported to node:crypto and node:querystring',
  signature: { encoding: 'base64', header: 'X-Twilio-Signature', bytes: 20 },
  form: { url: TWILIO_URL },
  headers: {},
  key: {
    ...textSecret,
    keys: ['12345678901234567890123456789012', 'abcdefabcdefabcdefabcdefabcdefab', 'fedcbafedcbafedcbafedcbafedcba98'],
    with: { url: TWILIO_URL },
    trust: (keys) => ({ secret: keys.length === 1 ? keys[0]! : [...keys], options: { url: TWILIO_URL } }),
    signWith: (secret) => ({ secret, url: TWILIO_URL }),
    rotation: { passes: 'rotated auth tokens: the second one signed', fails: 'no auth token among the rotated ones signed' },
  },
  keyNoun: 'key',
  deliver(body, { key: authToken }) {
    const sent = twilio.wrap!(body, { key: authToken, timestamp: '' })
    const text = typeof sent === 'string' ? sent : sent.toString('utf8')
    const signature = getExpectedTwilioSignature(authToken, TWILIO_URL, formParams(text))
    return { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature }
  },
  wrap(body) {
    const fields = jsonObjectOf(body)
    return fields && Object.values(fields).every((value) => typeof value === 'string') ? formBody(fields as Record<string, string>) : body
  },
}

/** Every reference signer, by provider module name. */
export const referenceSigners: Readonly<Record<string, Reference>> = Object.fromEntries(
  [
    eversince,
    magichour,
    videopilot,
    adsumo,
    removebgvideo,
    synthesia,
    standardWebhooks(
      'standardwebhooks',
      'Standard Webhooks',
      'WEBHOOK_SECRET',
      'standard-webhooks libraries/javascript/src/index.ts sign(), on node:crypto',
    ),
    standardWebhooks(
      'replicate',
      'Replicate',
      'REPLICATE_WEBHOOK_SECRET',
      "Replicate's webhook docs (Standard Webhooks) and standard-webhooks' JavaScript sign()",
      'status',
    ),
    elevenlabs,
    mux,
    openrouter,
    fal,
    syncso,
    twelvelabs,
    cloudflarestream,
    retell,
    hume,
    baseten,
    bfl,
    bunny,
    uploadcare,
    remotion,
    wavespeed,
    pollo,
    livepeer,
    ideogram,
    kie,
    twilio,
    imagekit,
    apivideo,
    cloudinary,
    cartesia,
    assemblyai,
    deepgram,
    livekit,
    pubsub,
    sns,
    vapi,
    standardWebhooks(
      'lumenfall',
      'Lumenfall',
      'LUMENFALL_WEBHOOK_SECRET',
      "Lumenfall docs (docs.lumenfall.ai/webhooks: Standard Webhooks, the key the base64-decoded part of whsec_) and standard-webhooks' JavaScript sign()",
      'type',
    ),
    standardWebhooks(
      'gemini',
      'Gemini',
      'GEMINI_WEBHOOK_SECRET',
      "Gemini API docs (ai.google.dev/gemini-api/docs/webhooks: static webhooks follow Standard Webhooks, verified with the standardwebhooks library) and standard-webhooks' JavaScript sign()",
      'type',
    ),
  ].map((reference) => [reference.provider, reference]),
)

/** The reference of a provider; a provider without one is an error that says where it goes. */
export function referenceOf(provider: string): Reference {
  const reference = Object.hasOwn(referenceSigners, provider) ? referenceSigners[provider] : undefined
  if (!reference)
    throw new Error(
      `provider ${provider} has no reference signer in test/reference/signers.ts: add its signing, as its docs or SDK write it`,
    )
  return reference
}

/** The reference of every provider in src/providers/, in that order; throws for one that has none. */
export function references(): readonly Reference[] {
  return providerIds().map(referenceOf)
}

/**
 * Whether the command line signs for the provider with a secret: not with an
 * Ed25519 or RSA key (fal, Ideogram, Pub/Sub), not with an API key beside the secret (LiveKit:
 * the command line takes none yet), and not a static credential, whose
 * deliveries carry the secret the command line never prints.
 */
export function cliSigns(provider: string): boolean {
  const reference = referenceOf(provider)
  const { kind } = reference.key
  return (
    kind !== 'ed25519 seed' &&
    kind !== 'rsa key' &&
    kind !== 'rsa certificate' &&
    kind !== 'api secret' &&
    reference.signature.encoding !== 'credential'
  )
}

/**
 * Whether the signature covers the body: not for a static credential, nor
 * for a token that binds none (Pub/Sub). Where it does not, a changed body
 * passes, and is checked after the key: a wrong key costs no body read.
 */
export function coversBody(reference: Reference): boolean {
  return !checkedBeforeBody(reference) && reference.signedField === undefined && reference.wrap === undefined
}

/**
 * Whether the check is made before the body is read: a static credential's,
 * a token's that binds no body. A wrong key then costs no body read.
 */
export function checkedBeforeBody(reference: Reference): boolean {
  const format = reference.signature
  return format.encoding === 'credential' || (format.encoding === 'jwt' && format.coversBody === false)
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * A body as a JSON object, read as a receiver must: bytes as strict UTF-8
 * (a BOM kept, so refused by JSON.parse), a string refused if it holds a
 * lone surrogate (text no UTF-8 carries); `undefined` when it is no JSON
 * object.
 */
export function jsonObjectOf(body: Body | Uint8Array): Record<string, unknown> | undefined {
  try {
    const text = typeof body === 'string' ? body : fatalUtf8.decode(body)
    if (/\p{Surrogate}/u.test(text)) return undefined
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/**
 * The signed field of a body (see `Reference.signedField`): the first path
 * holding a non-empty string in the body read as UTF-8 JSON; `undefined` when
 * the body is not UTF-8, not JSON, or has none.
 */
export function signedFieldOf(reference: Reference, body: Body | Uint8Array): string | undefined {
  if (!reference.signedField) return undefined
  const value = jsonObjectOf(body)
  for (const path of reference.signedField.paths) {
    const found = path.reduce<unknown>(
      (at, key) =>
        at !== null && typeof at === 'object' && !Array.isArray(at) && Object.hasOwn(at, key)
          ? (at as Record<string, unknown>)[key]
          : undefined,
      value,
    )
    if (typeof found === 'string' && found !== '') return found
  }
  return undefined
}

/** The event verify returns for a body as sent: its JSON, or a form's parameters (Twilio). */
export function eventOfSent(reference: Reference, body: string): Record<string, unknown> {
  return reference.form ? strictForm(body)! : (JSON.parse(body) as Record<string, unknown>)
}

/** `body` as a handler that parses and re-writes it would pass it on: JSON re-serialized, a form re-encoded (%20 for spaces). */
export function reserialized(reference: Reference, body: string): string {
  return reference.form ? new URLSearchParams(body).toString().replaceAll('+', '%20') : JSON.stringify(JSON.parse(body))
}

/** The body a delivery of `body` carries: with the signature written in where it travels there (AWS SNS). */
export function sentBody(reference: Reference, body: Body, signing: Signing): Body {
  return reference.wrap ? reference.wrap(body, signing) : body
}

/** The verify options that trust `keys` (default: the reference's first key): the secret(s), and any options beside them. */
export function trusting(reference: Reference, keys: readonly string[] = [reference.key.keys[0]]): Record<string, unknown> {
  const { secret, options } = reference.key.trust(keys)
  return { ...options, ...(secret === undefined ? {} : { secret }) }
}

/** The bare signature inside a header value: the hex, the base64 after `v1,`, or a credential's token or base64. */
export function bareSignature(format: SignatureFormat, value: string): string {
  if (format.encoding === 'credential') return format.form === 'value' ? value : value.slice(value.indexOf(' ') + 1)
  if (format.encoding === 'jwt') return value.slice(value.lastIndexOf('.') + 1)
  if (format.encoding === 'hex') return value.slice(format.prefix.length)
  if (format.encoding === 'base64' || format.encoding === 'sns') return value
  if (format.encoding === 'tagged') return value.slice(value.lastIndexOf('=') + 1)
  return value.slice(value.indexOf(',') + 1)
}

/** The header that carries the timestamp: its own, or the signature header (`t=`). */
export function timestampHeader(reference: Reference): string | undefined {
  return reference.timestamp ? (reference.timestamp.header ?? reference.signature.header) : undefined
}

/** `headers` with the signed timestamp text `from` replaced by `to`, wherever the reference carries it. */
export function retimed(reference: Reference, headers: Record<string, string>, from: string, to: string): Record<string, string> {
  const name = timestampHeader(reference)
  if (!name) throw new Error(`${reference.provider} signs no timestamp`)
  const copy = { ...headers }
  if (reference.signature.encoding === 'jwt') {
    // The claims rewritten with the other time, the signature left as it was.
    const [head, claims, mac] = copy[name]!.split('.') as [string, string, string]
    const payload = JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, number>
    const shift = Number(to) - Number(from)
    const moved = { ...payload }
    for (const claim of ['nbf', 'iat', 'exp']) if (moved[claim] !== undefined) moved[claim] += shift
    copy[name] = `${head}.${Buffer.from(JSON.stringify(moved)).toString('base64url')}.${mac}`
    return copy
  }
  const tag = timestampKeyOf(reference.signature)
  copy[name] = reference.timestamp!.header ? to : copy[name]!.replace(`${tag}=${from}`, `${tag}=${to}`)
  return copy
}
