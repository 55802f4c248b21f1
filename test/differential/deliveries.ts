/**
 * Genuinely signed deliveries to mutate: a body (a documented sample, random
 * JSON, or one verify must refuse after the signature: not UTF-8, not an
 * object, no event name), signed by the provider's reference signer
 * (test/reference/signers.ts, node:crypto, never hookproof) at a time near
 * the clock or on the edges of its tolerance, and the verify options that
 * trust the key, or do not.
 */
import { strictForm } from '../reference/twilio.js'
import { samplesOf } from '../reference/samples.js'
import {
  type Body,
  checkedBeforeBody,
  jsonObjectOf,
  type Reference,
  SNS_TOPIC,
  sentBody,
  signedFieldOf,
  stamp,
} from '../reference/signers.js'
import { NOW } from '../vectors/format.js'
import type { Random } from './random.js'

/** A delivery as its sender signed it, and how it is verified. */
export interface Original {
  readonly reference: Reference
  readonly headers: Readonly<Record<string, string>>
  /** The signed body bytes. */
  readonly body: Buffer
  /** The verify options: the keys, the clock, sometimes a tolerance. */
  readonly options: Readonly<Record<string, unknown>>
  /**
   * What verify must answer for the delivery as signed: `accepted`, or the
   * code it refuses it with. `failsAfter`: its body is a stream that fails
   * after so many bytes; `maxBodyBytes`: the bound verify is given instead of
   * the one in `options` (`Infinity` for none).
   */
  expected(how?: { readonly failsAfter?: number | undefined; readonly maxBodyBytes?: number }): string
}

const TEXTS = ['', 'x', 'é', '𝄞', '\u2028', '\ufffd', '\u0000', '"', '\\', '</script>', '日本語', '\ud83d\ude00', 'a'.repeat(40)]

function jsonValue(random: Random, depth: number): unknown {
  const kind = random.int(depth > 2 ? 4 : 6)
  switch (kind) {
    case 0:
      return random.pick(TEXTS) + random.int(1000)
    case 1:
      return random.chance(0.5) ? random.int(1e6) : random.pick([-0.5, 1e21, 1.5e-7, -1, 0])
    case 2:
      return random.pick([true, false, null])
    case 3:
      return random.pick(TEXTS)
    case 4:
      return Array.from({ length: random.int(4) }, () => jsonValue(random, depth + 1))
    default:
      return jsonObject(random, depth + 1)
  }
}

function jsonObject(random: Random, depth: number): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  const keys = random.int(6)
  for (let i = 0; i < keys; i++) {
    // Defined, not assigned: "__proto__" becomes a key of its own, as JSON.parse makes it.
    const key = random.pick(['id', 'data', 'status', 'type', '__proto__', 'constructor', 'é', ''])
    Object.defineProperty(object, key, { value: jsonValue(random, depth), enumerable: true, writable: true, configurable: true })
  }
  return object
}

/** An event: a documented sample or random JSON, naming one of the provider's events in its event field. */
function named(reference: Reference, random: Random): Record<string, unknown> {
  const field = reference.eventField
  const samples = samplesOf(reference.provider)
  // A message SNS signs has its fields: random JSON around a sample, not instead of it.
  const base =
    reference.signature.encoding === 'sns'
      ? { ...jsonObject(random, 0), ...random.pick(samples) }
      : random.chance(0.6)
        ? { ...random.pick(samples) }
        : jsonObject(random, 0)
  if (field && typeof base[field] !== 'string') base[field] = random.pick(samples)[field] ?? 'x'
  // A signed field (Kie.ai's task id) the body must carry: mostly the sample's, sometimes another.
  if (reference.signedField && signedFieldOf(reference, JSON.stringify(base)) === undefined) {
    const path = random.pick(reference.signedField.paths)
    const value = random.chance(0.8)
      ? (signedFieldOf(reference, JSON.stringify(random.pick(samples))) ?? 'x')
      : random.pick(TEXTS) + random.int(1000)
    let at = base
    for (const key of path.slice(0, -1)) {
      const next = at[key]
      // Copied on the way down: the samples are shared.
      at = at[key] = next !== null && typeof next === 'object' && !Array.isArray(next) ? { ...(next as Record<string, unknown>) } : {}
    }
    at[path.at(-1)!] = value
  }
  return base
}

/** A body: mostly an event as the provider sends it; sometimes one that verify must refuse after the signature matched. */
function body(
  reference: Reference,
  random: Random,
  time: number,
): { readonly body: Body; readonly valid: boolean; readonly bodyTime?: string } {
  const event = named(reference, random)
  const field = reference.bodyTimestamp?.field
  if (field && random.chance(0.7)) event[field] = stamp('iso', time)
  const stamped = field && typeof event[field] === 'string' && event[field] !== '' ? { bodyTime: event[field] as string } : {}
  const shape = random.weighted<string>([
    [8, 'compact'],
    [1, 'pretty'],
    [1, 'unicode'],
    [0.15, 'large'],
    [0.4, 'not utf-8'],
    [0.4, 'not an object'],
    [0.3, 'no event'],
    [0.3, 'bom'],
    [0.2, 'empty'],
  ])
  switch (shape) {
    case 'pretty':
      return { body: JSON.stringify(event, null, random.pick([1, 2, '\t'])), valid: true, ...stamped }
    case 'unicode':
      // U+FFFD among them: the character a lone surrogate in a string body is hashed as.
      return { body: JSON.stringify({ ...event, note: 'é 𝄞 \ufffd \u2028 日本語' }), valid: true, ...stamped }
    case 'large':
      // Past the 48 KiB where node:crypto's HMAC leaves the one-shot hash.
      return { body: JSON.stringify({ ...event, blob: 'z'.repeat(random.between(48 * 1024 - 200, 70 * 1024)) }), valid: true, ...stamped }
    case 'not utf-8': {
      const bytes = Buffer.from(JSON.stringify(event))
      const at = random.int(bytes.length)
      return {
        body: Buffer.concat([bytes.subarray(0, at), Buffer.from([random.pick([0xff, 0xc0, 0x80, 0xed])]), bytes.subarray(at)]),
        valid: false,
      }
    }
    case 'not an object':
      return { body: random.pick(['[1,2]', '"text"', 'null', '42', '{', 'not json']), valid: false }
    case 'no event':
      // Valid where the body need not name its event: no field, or an unsigned header names it.
      return { body: '{}', valid: reference.eventField === undefined || reference.headers.event !== undefined }
    case 'bom':
      return { body: `\ufeff${JSON.stringify(event)}`, valid: false }
    case 'empty':
      return { body: '', valid: false }
    default:
      return { body: JSON.stringify(event), valid: true, ...stamped }
  }
}

/** The signing time: mostly the clock, sometimes anywhere in the window or on its edges. */
function signingTime(reference: Reference, random: Random): number {
  const tolerance = reference.timestamp?.tolerance
  // No signed header timestamp: the time is the body's, if the provider signs one there.
  if (!reference.timestamp) return reference.bodyTimestamp ? NOW + random.between(-400, 400) * 1000 : NOW
  if (!tolerance) return NOW + random.between(-1e6, 1e6) * 1000
  const { past, future } = tolerance
  const seconds = random.weighted<number>([
    [6, 0],
    [2, random.between(-past, future)],
    [1, random.pick([-past - 1, -past, -past + 1, future - 1, future, future + 1])],
    [0.3, random.pick([-past * 10, future * 10, -NOW / 1000])],
  ])
  // ISO timestamps carry milliseconds: sometimes a few around the second.
  const ms = reference.timestamp.format === 'iso' && random.chance(0.3) ? random.between(-999, 999) : 0
  return NOW + seconds * 1000 + ms
}

// JWKs cost a key derivation each: the few trust sets are worked out once per provider.
const trusted = new Map<string, Record<string, unknown>>()

function trust(reference: Reference, keys: readonly string[], asBytes: boolean): Record<string, unknown> {
  const id = `${reference.provider} ${keys.join(' ')} ${asBytes}`
  let options = trusted.get(id)
  if (!options) {
    const { secret, options: extra } = reference.key.trust(keys)
    // A text secret may reach verify as its bytes: the same key.
    const asGiven = (s: string): string | Uint8Array =>
      asBytes && reference.key.kind === 'text secret' ? new Uint8Array(Buffer.from(s)) : s
    const secrets = secret === undefined ? {} : { secret: typeof secret === 'string' ? asGiven(secret) : secret.map(asGiven) }
    options = { ...extra, ...secrets }
    trusted.set(id, options)
  }
  return options
}

/** A delivery of `reference`, signed by its reference signer. */
export function original(reference: Reference, random: Random): Original {
  const time = signingTime(reference, random)
  const { body: signedBody, valid, bodyTime } = body(reference, random, time)
  const [first, second, third] = reference.key.keys
  const signedWith = random.chance(0.9) ? first : third
  const id = random.chance(0.3) ? `msg_${random.int(1e9)}` : undefined
  const field = reference.eventField
  const signing = {
    key: signedWith,
    timestamp: stamp(reference.timestamp?.format ?? 'unix', time),
    ...(id === undefined ? {} : { id }),
    // An unsigned event header names any of the provider's events, whatever the body says.
    ...(reference.headers.event && field ? { event: String(random.pick(samplesOf(reference.provider))[field]) } : {}),
    ...(reference.signature.encoding === 'sns' ? { signatureVersion: random.pick(['1', '2'] as const) } : {}),
  }
  const headers = reference.deliver(signedBody, signing)
  // Where the signature travels in the body (AWS SNS), the body sent carries it.
  const sent = sentBody(reference, signedBody, signing)
  const keys = random.weighted<readonly string[]>([
    [8, [first]],
    [1, [second, first]],
    [1, [second]],
  ])
  const now = NOW + random.pick([0, 0, 0, 1, 999, -1])
  const checksTime = reference.timestamp?.tolerance !== undefined || reference.bodyTimestamp !== undefined
  const tolerance = checksTime && random.chance(0.1) ? random.pick<number | false>([false, 0, 60, 3600]) : undefined
  const bytes = typeof sent === 'string' ? Buffer.from(sent, 'utf8') : sent
  // Sometimes a bound on the body, on either side of its size.
  const limit = random.chance(0.05) ? Math.max(1, bytes.length + random.pick([-1, 0, 1, -bytes.length, 1000])) : undefined
  const options = {
    ...trust(reference, keys, random.chance(0.2)),
    now,
    ...(tolerance === undefined ? {} : { tolerance }),
    ...(limit === undefined ? {} : { maxBodyBytes: limit }),
  }

  // verify's documented order: the signed timestamp, the body's size (as it is read), the signature, the body, the body's timestamp.
  const late = headerTimeVerdict(reference, time, now, tolerance)
  const bound = limit ?? Number.POSITIVE_INFINITY
  // A signature over a field of the body (Kie.ai) needs the field first: a body without it cannot be checked.
  const unreadable =
    (reference.signedField !== undefined && signedFieldOf(reference, bytes) === undefined) || (reference.form && !isForm(bytes))
      ? 'invalid_payload'
      : undefined
  const afterRead =
    (reference.signature.encoding === 'sns'
      ? snsVerdict(bytes, headers['x-amz-sns-message-type']!, keys.includes(signedWith))
      : undefined) ??
    unreadable ??
    (keys.includes(signedWith) ? undefined : 'signature_mismatch') ??
    (valid || reference.form ? undefined : 'invalid_payload') ??
    bodyTimeVerdict(reference, bodyTime, now, tolerance) ??
    'accepted'
  // A static credential is checked before the body is read.
  const early = checkedBeforeBody(reference) && !keys.includes(signedWith) ? 'signature_mismatch' : undefined
  const expected: Original['expected'] = ({ failsAfter, maxBodyBytes = bound } = {}) => {
    if (late) return late
    if (early) return early
    if (failsAfter !== undefined) return failsAfter > maxBodyBytes ? 'body_too_large' : 'body_unreadable'
    return bytes.length > maxBodyBytes ? 'body_too_large' : afterRead
  }
  return { reference, headers, body: bytes, options, expected }
}

/** Whether bytes are a form hookproof reads (strict UTF-8, then its stated rules): what is signed must be read first. */
function isForm(bytes: Buffer): boolean {
  const text = strictText(bytes)
  return text !== undefined && strictForm(text) !== undefined
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
function strictText(bytes: Buffer): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * What verify answers for an SNS message once its body is read, before the
 * body's Timestamp: AWS's checks in the order hookproof documents them (the
 * signature fields, the Type against the header, the fields the type needs,
 * the Subject, the version, the topic, then the key); `undefined` when it is
 * accepted. The messages here are the reference signer's, so their signature,
 * URL and topic are well-formed: what varies is the body around them.
 */
function snsVerdict(body: Buffer, type: string, trusted: boolean): string | undefined {
  const m = jsonObjectOf(body)
  if (!m) return 'invalid_payload'
  for (const name of ['Signature', 'SignatureVersion', 'SigningCertURL'])
    if (typeof m[name] !== 'string' || m[name] === '') return 'missing_signature'
  if (m['Type'] !== type) return 'malformed_signature'
  const required = ['Message', 'MessageId', 'Timestamp', 'TopicArn', 'Type', ...(type === 'Notification' ? [] : ['SubscribeURL', 'Token'])]
  if (required.some((name) => typeof m[name] !== 'string')) return 'invalid_payload'
  if (m['Subject'] !== undefined && m['Subject'] !== null && typeof m['Subject'] !== 'string') return 'invalid_payload'
  if (m['TopicArn'] !== SNS_TOPIC) return 'signature_mismatch'
  return trusted ? undefined : 'signature_mismatch'
}

function outside(time: number, now: number, past: number, future: number): string | undefined {
  if (now - time > past * 1000) return 'timestamp_too_old'
  if (time - now > future * 1000) return 'timestamp_too_new'
  return undefined
}

/** Where the clock and tolerance put a signed header timestamp: in the window (`undefined`), or which way out. */
function headerTimeVerdict(reference: Reference, time: number, now: number, tolerance: number | false | undefined): string | undefined {
  const window = reference.timestamp?.tolerance
  if (!window || tolerance === false) return undefined
  // The timestamp as the delivery carries it: Unix seconds drop the milliseconds.
  const carried = reference.timestamp!.format === 'unix' ? Math.floor(time / 1000) * 1000 : Math.floor(time)
  return tolerance === undefined ? outside(carried, now, window.past, window.future) : outside(carried, now, tolerance, tolerance)
}

/** The same for a timestamp in the body, checked only when the caller asks for a tolerance. */
function bodyTimeVerdict(
  reference: Reference,
  bodyTime: string | undefined,
  now: number,
  tolerance: number | false | undefined,
): string | undefined {
  if (!reference.bodyTimestamp || tolerance === undefined || tolerance === false) return undefined
  if (bodyTime === undefined) return 'missing_timestamp'
  return outside(Date.parse(bodyTime), now, tolerance, tolerance)
}
