/**
 * Properties every provider must hold, as fast-check properties: shared by the
 * test suite (a few thousand runs) and `npm run fuzz` (a long campaign).
 */
import fc from 'fast-check'
import * as hookproof from '../src/index.js'
import { isWebhookVerificationError, type SignedDelivery, type VerifyOptions, type WebhookInput } from '../src/index.js'
import { oracles, type Oracle } from './oracle.js'

interface AnyProvider {
  verify(input: WebhookInput, options: VerifyOptions): Promise<Record<string, unknown>>
  sign(payload: unknown, options: Record<string, unknown>): Promise<SignedDelivery>
}

export const providerOf = (oracle: Oracle): AnyProvider =>
  (hookproof as unknown as Record<string, AnyProvider>)[oracle.provider]!

const NOW = 1_736_942_400_000

/** Secrets a provider could issue: non-empty, no whitespace at the edges; or raw bytes. */
export const secretArb: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 64, unit: 'grapheme' }).filter((s) => s.trim() === s && s.length > 0),
  fc.uint8Array({ minLength: 1, maxLength: 64 }),
)

/** An event body: arbitrary JSON fields plus the provider's event name. */
export function eventArb(oracle: Oracle): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }), fc.string({ minLength: 1, maxLength: 24 }))
    .map(([fields, name]) => {
      // JSON.parse gives "__proto__" as an own property, a literal does not:
      // the object goes through JSON so both sides agree.
      return JSON.parse(JSON.stringify({ ...fields, [oracle.eventField]: name })) as Record<string, unknown>
    })
}

/** A signing time within the default 300 s window around NOW. */
const offsetArb = fc.integer({ min: -299_000, max: 299_000 })

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

/** verify(sign(x)) returns x, for any event, secret and signing time within the tolerance. */
export function roundTrip(oracle: Oracle): fc.IAsyncPropertyWithHooks<[Record<string, unknown>, string | Uint8Array, number, boolean]> {
  const provider = providerOf(oracle)
  return fc.asyncProperty(eventArb(oracle), secretArb, offsetArb, fc.boolean(), async (event, secret, offset, asBytes) => {
    const delivery = await provider.sign(event, { secret, timestamp: NOW + offset, event: event[oracle.eventField] })
    const body = asBytes ? new TextEncoder().encode(delivery.body) : delivery.body
    const verified = await provider.verify({ headers: delivery.headers, body }, { secret, now: NOW })
    if (JSON.stringify(verified) !== JSON.stringify(event)) throw new Error(`round trip changed the event: ${JSON.stringify(verified)}`)
  })
}

type Tamper = { readonly kind: 'body'; readonly at: number; readonly xor: number } | { readonly kind: 'signature'; readonly at: number } | { readonly kind: 'timestamp'; readonly by: number } | { readonly kind: 'secret'; readonly other: string }

const tamperArb: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({ kind: fc.constant('body' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('signature' as const), at: fc.nat({ max: 63 }) }),
  fc.record({ kind: fc.constant('timestamp' as const), by: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('secret' as const), other: fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() === s) }),
)

/** Any change to a signed byte, or another secret, is rejected with the code that names it. */
export function tamperRejected(oracle: Oracle): fc.IAsyncPropertyWithHooks<[Record<string, unknown>, string | Uint8Array, Tamper]> {
  const provider = providerOf(oracle)
  return fc.asyncProperty(eventArb(oracle), secretArb, tamperArb, async (event, secret, tamper) => {
    const delivery = await provider.sign(event, { secret, timestamp: NOW, event: event[oracle.eventField] })
    const headers = { ...delivery.headers }
    let body: Uint8Array = new TextEncoder().encode(delivery.body)
    let verifySecret: string | Uint8Array = secret
    switch (tamper.kind) {
      case 'body': {
        body = Uint8Array.from(body)
        const at = tamper.at % body.length
        body[at]! ^= tamper.xor
        break
      }
      case 'signature': {
        const value = headers[oracle.signatureHeader]!
        const i = oracle.prefix.length + tamper.at
        const digit = value[i]!.toLowerCase()
        headers[oracle.signatureHeader] = value.slice(0, i) + (digit === '0' ? '1' : '0') + value.slice(i + 1)
        break
      }
      case 'timestamp': {
        if (!oracle.timestamp) return // nothing to change: the body is all that is signed
        const time = NOW + tamper.by * 1000
        headers[oracle.timestamp.header] = oracle.timestamp.format === 'unix' ? String(time / 1000) : new Date(time).toISOString()
        break
      }
      case 'secret': {
        const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret
        const other = new TextEncoder().encode(tamper.other)
        if (key.length === other.length && key.every((byte, i) => byte === other[i])) return // the same key
        verifySecret = tamper.other
        break
      }
    }
    const outcome = await outcomeOf(provider.verify({ headers, body }, { secret: verifySecret, now: NOW }))
    if (outcome.kind !== 'rejected' || outcome.code !== 'signature_mismatch') {
      throw new Error(`${tamper.kind} tampering: expected signature_mismatch, got ${outcome.kind} ${outcome.code ?? ''}`)
    }
  })
}

/**
 * Header values as senders and frameworks hand them over: any text (weighted
 * by `textWeight`), binary strings, repeated headers as arrays, absent or
 * blank, then `schemeLike`: values close to what the scheme itself sends.
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

const hexSchemeHeaderArb = headerValueArb(
  3,
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFxz= ,.'), minLength: 60, maxLength: 75 }) },
  { weight: 1, arbitrary: unixTextArb },
  { weight: 1, arbitrary: fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())) },
)

/** Arbitrary sender input: headers (real names and others) and bodies. */
export function senderInputArb(oracle: Oracle): fc.Arbitrary<{ headers: Record<string, unknown>; body: string | Uint8Array | ArrayBuffer }> {
  const names = [oracle.signatureHeader, oracle.signatureHeader.toLowerCase(), oracle.timestamp?.header ?? 'x-timestamp', 'X-Webhook-Event', 'content-type', '__proto__', 'constructor']
  return fc.record({
    headers: fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 20 })), hexSchemeHeaderArb, { maxKeys: 8 }),
    body: fc.oneof(fc.string({ maxLength: 300 }), fc.string({ maxLength: 100, unit: 'binary' }), fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 64 }).map((b) => b.buffer as ArrayBuffer), fc.json({ maxDepth: 3 })),
  })
}

/** Whatever a sender puts in headers and body: rejected with WebhookVerificationError, never accepted, never anything else. */
export function senderInputRejected(oracle: Oracle): fc.IAsyncPropertyWithHooks<[{ headers: Record<string, unknown>; body: string | Uint8Array | ArrayBuffer }]> {
  const provider = providerOf(oracle)
  return fc.asyncProperty(senderInputArb(oracle), async ({ headers, body }) => {
    const outcome = await outcomeOf(provider.verify({ headers: headers as Record<string, string>, body }, { secret: 'whsec_fuzz_secret', now: NOW }))
    if (outcome.kind !== 'rejected' || outcome.code === 'ESCAPED') {
      throw new Error(`sender input gave ${outcome.kind} ${outcome.code ?? ''}: ${String(outcome.error)}`)
    }
  })
}

/** Whatever options a caller passes: a WebhookVerificationError or a hookproof TypeError, nothing else. */
export function optionsNeverEscape(oracle: Oracle): fc.IAsyncPropertyWithHooks<[unknown, unknown, unknown]> {
  const provider = providerOf(oracle)
  const anything = fc.oneof(fc.anything(), fc.constantFrom(undefined, null, false, true, 0, -1, Number.NaN, Infinity, '', ' x', new Date(Number.NaN), [], [''], new Uint8Array(0)))
  return fc.asyncProperty(anything, anything, anything, async (secret, tolerance, now) => {
    const delivery = await provider.sign({ [oracle.eventField]: 'x' }, { secret: 'whsec_options', event: 'job.completed' })
    const outcome = await outcomeOf(provider.verify(delivery, { secret, tolerance, now } as VerifyOptions))
    if (outcome.code === 'ESCAPED') throw new Error(`options escaped with ${String(outcome.error)}`)
  })
}

export { oracles }
