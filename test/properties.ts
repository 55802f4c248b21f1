/**
 * Properties every provider must hold, as fast-check properties: shared by the
 * test suite (a few thousand runs) and `npm run fuzz` (a long campaign). What
 * differs between providers comes from their reference (test/reference/signers.ts):
 * the headers to aim at, where the timestamp is signed, and the key material,
 * whose arbitrary keys are in `keyArbs` below.
 */
import fc from 'fast-check'
import { isWebhookVerificationError, type SignedDelivery } from '../src/index.js'
import { providerOf } from './provider-of.js'
import { samplesOf } from './reference/samples.js'
import { RSA_TEST_KEYS } from './reference/rsa-keys.js'
import {
  bareSignature,
  coversBody,
  publicJwk,
  retimed,
  rsaKeyId,
  rsaPrivateJwk,
  rsaCertificate,
  rsaPublicJwk,
  SNS_SIGNED_FIELDS,
  SNS_TOPIC,
  snsCertificateUrl,
  stamp,
  trusting,
  type KeyMaterial,
  type Reference,
} from './reference/signers.js'

const NOW = 1_736_942_400_000

/** A key as `sign` and `verify` take it, and its bytes in hex to tell two keys apart. */
export interface KeyPair {
  readonly sign: Record<string, unknown>
  readonly verify: Record<string, unknown>
  readonly id: string
}

/** Secrets a provider could issue: non-empty, no whitespace at the edges; or raw bytes. */
export const secretArb: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 64, unit: 'grapheme' }).filter((s) => s.trim() === s && s.length > 0),
  fc.uint8Array({ minLength: 1, maxLength: 64 }),
)

const hexOf = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('hex')

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const TOKEN_ALPHABET = `${BASE64_ALPHABET}-._~`
const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const credentialArb = fc.string({
  unit: fc.constantFrom(...TOKEN_ALPHABET),
  minLength: 1,
  maxLength: 48,
})

/** Keys of each kind a provider could issue. */
const keyArbs: Record<KeyMaterial['kind'], fc.Arbitrary<KeyPair>> = {
  'text secret': secretArb.map((secret) => ({ sign: { secret }, verify: { secret }, id: hexOf(secret) })),
  // Two secrets that differ only in a whsec_ prefix are one key: the key is the text after it.
  'whsec text secret': secretArb
    .filter((secret): secret is string => typeof secret === 'string' && !secret.startsWith('whsec_'))
    .map((text) => ({ sign: { secret: `whsec_${text}` }, verify: { secret: `whsec_${text}` }, id: hexOf(text) })),
  'whsec secret': fc.uint8Array({ minLength: 24, maxLength: 64 }).map((bytes) => {
    const secret = `whsec_${Buffer.from(bytes).toString('base64')}`
    return { sign: { secret }, verify: { secret }, id: hexOf(bytes) }
  }),
  'ed25519 seed': fc.uint8Array({ minLength: 32, maxLength: 32 }).map((seed) => ({
    sign: { privateKey: seed },
    verify: { jwks: { keys: [publicJwk(Buffer.from(seed).toString('base64'))] } },
    id: hexOf(seed),
  })),
  // An API secret is text (the HMAC key of a JWT is its UTF-8).
  'api secret': fc
    .string({ minLength: 1, maxLength: 64, unit: 'grapheme' })
    .filter((s) => s.trim() === s && s.length > 0)
    .map((secret) => ({ sign: { secret }, verify: { secret }, id: hexOf(secret) })),
  // A credential travels in a header: RFC 6750 token characters.
  credential: credentialArb.map((secret) => ({ sign: { secret }, verify: { secret }, id: hexOf(secret) })),
  'basic credential': fc
    .tuple(credentialArb, credentialArb)
    .map(([user, password]) => `${user}:${password}`)
    .map((secret) => ({ sign: { secret }, verify: { secret }, id: hexOf(secret) })),
  // Making RSA keys costs tens of milliseconds each: the three fixed test keys.
  'rsa key': fc.constantFrom(...RSA_TEST_KEYS).map((pem) => ({
    sign: { privateKey: rsaPrivateJwk(pem) },
    verify: { jwks: { keys: [rsaPublicJwk(pem)] } },
    id: rsaKeyId(pem),
  })),
  // An SNS message names its certificate: each key's, trusted by its URL.
  'rsa certificate': fc.constantFrom(...RSA_TEST_KEYS).map((pem) => ({
    sign: rsaCertificate.signWith(pem),
    verify: { ...rsaCertificate.trust([pem]).options },
    id: rsaKeyId(pem),
  })),
}

/** The keys a provider's `sign` and `verify` take, with the options its key material needs beside them. */
function keyArbOf(reference: Reference): fc.Arbitrary<KeyPair> {
  const extra = reference.key.with
  if (!extra) return keyArbs[reference.key.kind]
  return keyArbs[reference.key.kind].map((key) => ({ ...key, sign: { ...key.sign, ...extra }, verify: { ...key.verify, ...extra } }))
}

/** An event body: arbitrary JSON fields plus the provider's event name. */
export function eventArb(reference: Reference): fc.Arbitrary<Record<string, unknown>> {
  const field = reference.eventField
  // A form (Twilio): any parameters, names and values strings.
  if (reference.form) {
    return fc
      .dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 40 }), { maxKeys: 12 })
      .map((fields) => JSON.parse(JSON.stringify(fields)) as Record<string, unknown>)
  }
  // An SNS message: a documented one with any Message and Subject, and any unsigned fields beside.
  if (reference.wrap) {
    const reserved = new Set<string>([...SNS_SIGNED_FIELDS, 'Signature', 'SignatureVersion', 'SigningCertURL', '__proto__'])
    return fc
      .tuple(
        fc.constantFrom(...samplesOf(reference.provider)),
        fc.string({ maxLength: 200 }),
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        fc.dictionary(
          fc.string({ maxLength: 12 }).filter((key) => !reserved.has(key)),
          fc.jsonValue({ maxDepth: 2 }),
          { maxKeys: 4 },
        ),
      )
      .map(([documented, message, subject, extra]) => {
        // The signature fields are sign's to write.
        const { Signature: _s, SignatureVersion: _v, SigningCertURL: _u, ...sample } = documented
        const event = {
          ...extra,
          ...sample,
          Message: message,
          ...(sample['Type'] === 'Notification' && subject !== undefined ? { Subject: subject } : {}),
        }
        return JSON.parse(JSON.stringify(event)) as Record<string, unknown>
      })
  }
  return fc
    .tuple(
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }),
      fc.string({ minLength: 1, maxLength: 24 }),
    )
    .map(([fields, name]) => {
      // JSON.parse gives "__proto__" as an own property, a literal does not:
      // the object goes through JSON so both sides agree.
      return JSON.parse(JSON.stringify(field ? { ...fields, [field]: name } : withSignedField(reference, fields, name))) as Record<
        string,
        unknown
      >
    })
}

/** `event` with the signed field of the body set to `value` (Kie.ai's task id: what the signature covers), where there is one. */
function withSignedField(reference: Reference, event: Record<string, unknown>, value: string): Record<string, unknown> {
  const path = reference.signedField?.paths[0]
  if (!path) return event
  return { ...event, [path[0]!]: path.slice(1).reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) }
}

/** `sign` options beyond the key: the time, and the event an unsigned event header names. */
function signExtras(reference: Reference, event: Record<string, unknown>, timestamp: number): Record<string, unknown> {
  return { timestamp, ...(reference.headers.event ? { event: event[reference.eventField!] } : {}) }
}

/** A signing time within the provider's window around NOW (300 s both ways where none is read), a second inside its edges. */
function offsetArb(reference: Reference): fc.Arbitrary<number> {
  const { past, future } = reference.timestamp?.tolerance ?? { past: 300, future: 300 }
  return fc.integer({ min: -(past - 1) * 1000, max: (future - 1) * 1000 })
}

export interface Outcome {
  readonly kind: 'accepted' | 'rejected' | 'type-error'
  readonly code?: string
  readonly error?: unknown
}

export async function outcomeOf(promise: Promise<unknown>): Promise<Outcome> {
  try {
    await promise
    return { kind: 'accepted' }
  } catch (error) {
    if (isWebhookVerificationError(error)) return { kind: 'rejected', code: error.code }
    if (error instanceof TypeError && error.message.startsWith('hookproof: ')) return { kind: 'type-error' }
    return { kind: 'rejected', code: 'ESCAPED', error }
  }
}

/** verify(sign(x)) returns x, for any event, key and signing time within the tolerance (where none is checked: any time). */
export function roundTrip(reference: Reference) {
  const provider = providerOf(reference)
  return fc.asyncProperty(
    eventArb(reference),
    keyArbOf(reference),
    offsetArb(reference),
    fc.boolean(),
    async (event, key, offset, asBytes) => {
      const delivery = await provider.sign(event, { ...key.sign, ...signExtras(reference, event, NOW + offset) })
      const body = asBytes ? new TextEncoder().encode(delivery.body) : delivery.body
      const verified = await provider.verify({ headers: delivery.headers, body }, { ...key.verify, now: NOW })
      // Where the signature travels in the body (AWS SNS), the event is the body sent: the message and its signature.
      const expected = reference.signature.encoding === 'sns' ? JSON.parse(delivery.body) : event
      if (
        reference.signature.encoding === 'sns' &&
        Object.entries(event).some(([key, value]) => JSON.stringify(expected[key]) !== JSON.stringify(value))
      )
        throw new Error('sign lost a field of the message')
      if (JSON.stringify(verified) !== JSON.stringify(expected))
        throw new Error(`round trip changed the event: ${JSON.stringify(verified)}`)
    },
  )
}

type Tamper =
  | { readonly kind: 'body'; readonly at: number; readonly xor: number }
  | { readonly kind: 'signature'; readonly at: number; readonly xor: number }
  | { readonly kind: 'header'; readonly at: number; readonly xor: number }
  | { readonly kind: 'timestamp'; readonly by: number }
  | { readonly kind: 'key'; readonly other: KeyPair }

function tamperArb(reference: Reference): fc.Arbitrary<Tamper> {
  const change = { at: fc.nat(), xor: fc.integer({ min: 1, max: 127 }) }
  return fc.oneof(
    fc.record({ kind: fc.constant('body' as const), ...change, xor: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('signature' as const), ...change, xor: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('header' as const), ...change }),
    fc.record({ kind: fc.constant('timestamp' as const), by: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('key' as const), other: keyArbOf(reference) }),
  )
}

/** The headers the signature covers, as hookproof's `sign` names them. */
function signedHeaders(reference: Reference, headers: Readonly<Record<string, string>>): readonly string[] {
  const names = [
    reference.signature.header,
    ...(reference.timestamp?.header ? [reference.timestamp.header] : []),
    ...(reference.headers.signed ?? []),
  ]
  for (const name of names) if (headers[name] === undefined) throw new Error(`${reference.provider}: sign sent no ${name} header`)
  return names
}

/** A header value with one byte of its signature changed, re-encoded as the format writes it. */
function withChangedSignature(reference: Reference, value: string, at: number, xor: number): string {
  const bare = bareSignature(reference.signature, value)
  const format = reference.signature
  if (format.encoding === 'credential' || format.encoding === 'jwt') {
    // A character of the credential (of its base64, for Basic; of a token's signature) changed to another it may hold.
    const alphabet = format.encoding === 'jwt' ? BASE64URL_ALPHABET : format.form === 'basic' ? BASE64_ALPHABET : TOKEN_ALPHABET
    const i = at % bare.length
    const from = alphabet.indexOf(bare[i]!)
    const changed = alphabet[(from + 1 + (xor % (alphabet.length - 1))) % alphabet.length]!
    return value.slice(0, value.length - bare.length) + bare.slice(0, i) + changed + bare.slice(i + 1)
  }
  const encoding = format.encoding === 'standard' ? (format.mac ?? 'base64') : format.encoding === 'base64' ? 'base64' : 'hex'
  const bytes = Buffer.from(bare, encoding)
  bytes[at % bytes.length]! ^= xor
  return value.replace(bare, bytes.toString(encoding))
}

/**
 * Any change to a signed byte is refused: a body byte, a byte of the
 * signature, the timestamp, or another key is signature_mismatch; any
 * character of a signed header is some refusal, never accepted.
 */
export function tamperRejected(reference: Reference) {
  const provider = providerOf(reference)
  return fc.asyncProperty(eventArb(reference), keyArbOf(reference), tamperArb(reference), async (event, key, tamper) => {
    const delivery = await provider.sign(event, { ...key.sign, ...signExtras(reference, event, NOW) })
    let headers = { ...delivery.headers }
    let body: Uint8Array = new TextEncoder().encode(delivery.body)
    let verifyWith = key.verify
    const format = reference.signature
    const credential = format.encoding === 'credential'
    // A token's last base64url character carries unused bits: a change there may no longer decode.
    const token = format.encoding === 'jwt'
    // `Bearer ` or `Basic ` before the value: a word whose case does not matter.
    const worded = (credential && format.form !== 'value') || (token && format.bearer === true)
    switch (tamper.kind) {
      case 'body': {
        // A changed body is what a static credential, or a token that binds none, cannot refuse.
        if (!coversBody(reference)) return
        body = Uint8Array.from(body)
        body[tamper.at % body.length]! ^= tamper.xor
        break
      }
      case 'signature': {
        if (reference.signature.encoding === 'sns') {
          // AWS SNS: a byte of the Signature field in the body.
          const message = JSON.parse(new TextDecoder().decode(body)) as Record<string, string>
          const bytes = Buffer.from(message['Signature']!, 'base64')
          bytes[tamper.at % bytes.length]! ^= tamper.xor
          body = new TextEncoder().encode(JSON.stringify({ ...message, Signature: bytes.toString('base64') }))
          break
        }
        const name = reference.signature.header
        headers[name] = withChangedSignature(reference, headers[name]!, tamper.at, tamper.xor)
        break
      }
      case 'header': {
        const signed = signedHeaders(reference, headers)
        const name = signed[tamper.at % signed.length]!
        const value = headers[name]!
        // A timestamp the sender does not sign (Livepeer's t=) rides in the signature header: only the signature is signed there.
        const unsignedTime = name === reference.signature.header && reference.signature.encoding === 'tagged' && !reference.timestamp
        const start = unsignedTime ? value.lastIndexOf('=') + 1 : 0
        const i = start + (Math.floor(tamper.at / signed.length) % (value.length - start))
        const changed = String.fromCharCode(value.charCodeAt(i) ^ tamper.xor)
        // A change of case in a hex digit is the same signature, and in a credential's Bearer or Basic the same word.
        const inWord = worded && i < value.indexOf(' ')
        if (changed.toLowerCase() === value[i]!.toLowerCase() && (!credential || inWord) && (!token || !worded || inWord)) return
        // A space or tab at either end is not part of an HTTP field value (RFC 9110 §5.5):
        // a base64 '=' turned into one leaves the same signature, unpadded.
        if ((changed === ' ' || changed === '\t') && (i === 0 || i === value.length - 1)) return
        headers[name] = value.slice(0, i) + changed + value.slice(i + 1)
        break
      }
      case 'timestamp': {
        if (!reference.timestamp) return // nothing to change: the body is all that is signed
        const { format } = reference.timestamp
        headers = retimed(reference, headers, stamp(format, NOW), stamp(format, NOW + tamper.by * 1000))
        break
      }
      case 'key': {
        if (tamper.other.id === key.id) return // the same key
        verifyWith = tamper.other.verify
        break
      }
    }
    const outcome = await outcomeOf(provider.verify({ headers, body }, { ...verifyWith, now: NOW }))
    if (outcome.kind !== 'rejected' || outcome.code === 'ESCAPED')
      throw new Error(`${tamper.kind} tampering gave ${outcome.kind} ${outcome.code ?? ''}: ${String(outcome.error)}`)
    // A changed credential may no longer be a Bearer token or Basic pair at all: malformed, before any comparison.
    const malformedToo =
      (credential || token) && (tamper.kind === 'signature' || tamper.kind === 'header') && outcome.code === 'malformed_signature'
    // A timestamp moved past the window's future side is refused on the clock, before any crypto (LiveKit allows 10 s).
    const aheadToo =
      tamper.kind === 'timestamp' &&
      outcome.code === 'timestamp_too_new' &&
      tamper.by > (reference.timestamp?.tolerance?.future ?? Infinity)
    if (tamper.kind !== 'header' && outcome.code !== 'signature_mismatch' && !malformedToo && !aheadToo)
      throw new Error(`${tamper.kind} tampering: expected signature_mismatch, got ${outcome.code}`)
  })
}

/**
 * Header values as senders and frameworks hand them over: any text (weighted
 * by `textWeight`), binary strings, repeated headers as arrays, absent or
 * blank, then `schemeLike`: values close to what the schemes themselves send.
 */
export function headerValueArb(textWeight: number, ...schemeLike: fc.WeightedArbitrary<unknown>[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: textWeight, arbitrary: fc.string({ maxLength: 80 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 80, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 70 }), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', ' ', '\t') },
    ...schemeLike,
  )
}

/** A Unix time as text, from just below zero to beyond 12 digits. */
export const unixTextArb: fc.Arbitrary<string> = fc.integer({ min: -1, max: 99_999_999_999_999 }).map(String)

const schemeHeaderArb = headerValueArb(
  3,
  // hex signatures, with or without a prefix
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFxz= ,.'), minLength: 60, maxLength: 75 }) },
  // Stripe-style and Standard Webhooks headers
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789abcdefv1at=, +/'), minLength: 10, maxLength: 140 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('v1', 'v1a', 'v0', 't', 'v2'), fc.uint8Array({ maxLength: 70 }))
      .map(([v, b]) => `${v},${Buffer.from(b).toString('base64')}`),
  },
  // timestamps
  { weight: 1, arbitrary: unixTextArb },
  { weight: 1, arbitrary: fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())) },
)

type SenderInput = { headers: Record<string, unknown>; body: string | Uint8Array | ArrayBuffer }

/** Arbitrary sender input: headers (the provider's names, in either case, and others) and bodies. */
export function senderInputArb(reference: Reference): fc.Arbitrary<SenderInput> {
  const sent = Object.keys(reference.deliver('{}', { key: reference.key.keys[0], timestamp: stamp('unix', NOW), event: 'x' }))
  const names = [...sent, ...sent.map((name) => name.toLowerCase()), '__proto__', 'constructor']
  return fc.record({
    headers: fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 20 })), schemeHeaderArb, { maxKeys: 8 }),
    body: fc.oneof(
      // AWS SNS: messages with the signature fields, any values in them, naming the trusted certificate or not.
      ...(reference.signature.encoding === 'sns' ? [snsBodyArb(reference)] : []),
      fc.string({ maxLength: 300 }),
      fc.string({ maxLength: 100, unit: 'binary' }),
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 64 }).map((b) => b.buffer as ArrayBuffer),
      fc.json({ maxDepth: 3 }),
    ),
  })
}

/** SNS-shaped bodies: a documented message whose fields, signature fields and certificate URL are anything. */
function snsBodyArb(reference: Reference): fc.Arbitrary<string> {
  const value = fc.oneof(fc.string({ maxLength: 60 }), fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined))
  return fc
    .record({
      sample: fc.constantFrom(...samplesOf(reference.provider)),
      Type: fc.oneof(fc.constantFrom('Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'), value),
      TopicArn: fc.oneof(fc.constant(SNS_TOPIC), value),
      SignatureVersion: fc.oneof(fc.constantFrom('1', '2', '3', ''), value),
      Signature: fc.oneof(
        fc.uint8Array({ minLength: 0, maxLength: 600 }).map((b) => Buffer.from(b).toString('base64')),
        value,
      ),
      SigningCertURL: fc.oneof(fc.constantFrom(...reference.key.keys.map(snsCertificateUrl)), fc.webUrl(), value),
      Subject: value,
    })
    .map(({ sample, ...fields }) => JSON.stringify({ ...sample, ...fields }))
}

/** Whatever a sender puts in headers and body: rejected with WebhookVerificationError, never accepted, never anything else. */
export function senderInputRejected(reference: Reference) {
  const provider = providerOf(reference)
  const options = { ...trusting(reference), now: NOW }
  return fc.asyncProperty(senderInputArb(reference), async ({ headers, body }) => {
    const outcome = await outcomeOf(provider.verify({ headers: headers as Record<string, string>, body }, options))
    if (outcome.kind !== 'rejected' || outcome.code === 'ESCAPED') {
      throw new Error(`sender input gave ${outcome.kind} ${outcome.code ?? ''}: ${String(outcome.error)}`)
    }
  })
}

/** Where an arbitrary key option goes in `verify`'s options, by key kind. */
const keyOptions: Record<KeyMaterial['kind'], (value: unknown) => Record<string, unknown>> = {
  'text secret': (secret) => ({ secret }),
  'whsec secret': (secret) => ({ secret }),
  'whsec text secret': (secret) => ({ secret }),
  'ed25519 seed': (jwks) => ({ jwks, fetch: () => Promise.reject(new Error('offline')) }),
  credential: (secret) => ({ secret }),
  'basic credential': (secret) => ({ secret }),
  'api secret': (secret) => ({ secret, apiKey: 'APIanything' }),
  'rsa certificate': (certificates) => ({ topicArn: SNS_TOPIC, certificates, fetch: () => Promise.reject(new Error('offline')) }),
  'rsa key': (jwks) => ({
    jwks,
    audience: 'https://anything.test',
    email: 'anyone@anything.test',
    fetch: () => Promise.reject(new Error('offline')),
  }),
}

/** Whatever options a caller passes: a WebhookVerificationError or a hookproof TypeError, nothing else. */
export function optionsNeverEscape(reference: Reference) {
  const provider = providerOf(reference)
  const anything = fc.oneof(
    fc.anything(),
    fc.constantFrom(
      undefined,
      null,
      false,
      true,
      0,
      -1,
      Number.NaN,
      Infinity,
      '',
      ' x',
      'whsk_AA==',
      'whpk_AA==',
      new Date(Number.NaN),
      [],
      [''],
      new Uint8Array(0),
      { keys: [] },
      { keys: [{ kty: 'OKP' }] },
    ),
  )
  // One delivery, signed once: each run varies only the options.
  let delivery: Promise<SignedDelivery> | undefined
  const field = reference.eventField ?? 'type'
  return fc.asyncProperty(anything, anything, anything, async (key, tolerance, now) => {
    // An SNS message must be one to be signed: a documented one.
    const payload =
      reference.signature.encoding === 'sns' ? { ...samplesOf(reference.provider)[0] } : withSignedField(reference, { [field]: 'x' }, 'x')
    delivery ??= provider.sign(payload, { ...reference.key.signWith(reference.key.keys[0]), ...signExtras(reference, payload, Date.now()) })
    const outcome = await outcomeOf(provider.verify(await delivery, { ...keyOptions[reference.key.kind](key), tolerance, now }))
    // A JWKS that cannot load rejects with the documented plain Error.
    const loadError = outcome.error instanceof Error && /^hookproof: could not load the JWKS/.test(outcome.error.message)
    if (outcome.code === 'ESCAPED' && !loadError) throw new Error(`options escaped with ${String(outcome.error)}`)
  })
}
