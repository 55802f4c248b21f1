/**
 * The properties of test/properties.ts for the seven newer providers, whose
 * keys are not always a secret: Standard Webhooks secrets are base64, fal
 * signs with Ed25519 and verifies against a JWKS (pinned here, no fetch).
 */
import fc from 'fast-check'
import * as hookproof from '../../src/index.js'
import type { SignedDelivery, WebhookInput } from '../../src/index.js'
import { headerValueArb, outcomeOf, unixTextArb } from '../properties.js'
import { familyOracles, publicJwk, type FamilyName, type FamilyOracle } from './oracle.js'

interface AnyProvider {
  verify(input: WebhookInput, options: Record<string, unknown>): Promise<Record<string, unknown>>
  sign(payload: unknown, options: Record<string, unknown>): Promise<SignedDelivery>
}

const NOW = 1_736_942_400_000
const SEED = Buffer.from('fal property test seed, 32 byte!').toString('base64')
const SEED_BYTES = new Uint8Array(Buffer.from(SEED, 'base64'))
const JWKS = { keys: [publicJwk(SEED)] }

const providerOf = (name: FamilyName): AnyProvider => (hookproof as unknown as Record<string, AnyProvider>)[name]!

/** The headers each provider reads, for arbitrary sender input to aim at. */
const HEADERS: Record<FamilyName, readonly string[]> = {
  standardwebhooks: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
  replicate: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
  fal: ['X-Fal-Webhook-Request-Id', 'X-Fal-Webhook-User-Id', 'X-Fal-Webhook-Timestamp', 'X-Fal-Webhook-Signature'],
  elevenlabs: ['ElevenLabs-Signature'],
  mux: ['mux-signature'],
  openrouter: ['X-OpenRouter-Signature'],
  synthesia: ['Synthesia-Timestamp', 'Synthesia-Signature'],
}

/** Keys a provider could issue, as [sign options, verify options]. */
function keysArb(name: FamilyName): fc.Arbitrary<readonly [Record<string, unknown>, Record<string, unknown>]> {
  if (name === 'fal') return fc.constant([{ privateKey: SEED_BYTES }, { jwks: JWKS }] as const)
  if (name === 'standardwebhooks' || name === 'replicate') {
    return fc.uint8Array({ minLength: 24, maxLength: 64 }).map((bytes) => {
      const secret = `whsec_${Buffer.from(bytes).toString('base64')}`
      return [{ secret }, { secret }] as const
    })
  }
  return fc
    .string({ minLength: 1, maxLength: 64, unit: 'grapheme' })
    .filter((s) => s.trim() === s && s.length > 0)
    .map((secret) => [{ secret }, { secret }] as const)
}

function eventArb(oracle: FamilyOracle): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }), fc.string({ minLength: 1, maxLength: 24 }))
    .map(([fields, name]) => JSON.parse(JSON.stringify(oracle.eventField ? { ...fields, [oracle.eventField]: name } : fields)) as Record<string, unknown>)
}

/** verify(sign(x)) returns x, for any event, key and signing time within 300 s (Synthesia: any time). */
export function familyRoundTrip(oracle: FamilyOracle): fc.IAsyncPropertyWithHooks<[Record<string, unknown>, readonly [Record<string, unknown>, Record<string, unknown>], number, boolean]> {
  const provider = providerOf(oracle.provider)
  return fc.asyncProperty(eventArb(oracle), keysArb(oracle.provider), fc.integer({ min: -299_000, max: 299_000 }), fc.boolean(), async (event, [signWith, verifyWith], offset, asBytes) => {
    const delivery = await provider.sign(event, { ...signWith, timestamp: NOW + offset })
    const body = asBytes ? new TextEncoder().encode(delivery.body) : delivery.body
    const verified = await provider.verify({ headers: delivery.headers, body }, { ...verifyWith, now: NOW })
    if (JSON.stringify(verified) !== JSON.stringify(event)) throw new Error(`round trip changed the event: ${JSON.stringify(verified)}`)
  })
}

/** Any changed body byte or signed header character is signature_mismatch or a malformed_* refusal, never accepted. */
export function familyTamperRejected(oracle: FamilyOracle): fc.IAsyncPropertyWithHooks<[Record<string, unknown>, readonly [Record<string, unknown>, Record<string, unknown>], number, number, boolean]> {
  const provider = providerOf(oracle.provider)
  return fc.asyncProperty(eventArb(oracle), keysArb(oracle.provider), fc.nat(), fc.integer({ min: 1, max: 127 }), fc.boolean(), async (event, [signWith, verifyWith], at, xor, inBody) => {
    const delivery = await provider.sign(event, { ...signWith, timestamp: NOW })
    const headers = { ...delivery.headers }
    let body = new TextEncoder().encode(delivery.body)
    if (inBody) {
      body = Uint8Array.from(body)
      body[at % body.length]! ^= xor
    } else {
      const signed = Object.keys(headers).filter((name) => name !== 'Content-Type')
      const name = signed[at % signed.length]!
      const value = headers[name]!
      const i = Math.floor(at / signed.length) % value.length
      const changed = String.fromCharCode(value.charCodeAt(i) ^ xor)
      // A change of case in a hex digit is the same signature.
      if (changed.toLowerCase() === value[i]!.toLowerCase()) return
      // A space or tab at either end is not part of an HTTP field value (RFC 9110 §5.5):
      // a base64 '=' turned into one leaves the same signature, unpadded.
      if ((changed === ' ' || changed === '\t') && (i === 0 || i === value.length - 1)) return
      headers[name] = value.slice(0, i) + changed + value.slice(i + 1)
    }
    const outcome = await outcomeOf(provider.verify({ headers, body }, { ...verifyWith, now: NOW }))
    if (outcome.kind !== 'rejected' || outcome.code === 'ESCAPED') throw new Error(`tampering gave ${outcome.kind} ${outcome.code ?? ''}`)
    if (inBody && outcome.code !== 'signature_mismatch') throw new Error(`a changed body byte gave ${outcome.code}`)
  })
}

const familyHeaderArb = headerValueArb(
  2,
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789abcdefv1at=, +/'), minLength: 10, maxLength: 140 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('v1', 'v1a', 'v0', 't', 'v2'), fc.uint8Array({ maxLength: 70 })).map(([v, b]) => `${v},${Buffer.from(b).toString('base64')}`) },
  { weight: 1, arbitrary: unixTextArb },
)

/** Whatever a sender puts in headers and body: a WebhookVerificationError, never accepted, never anything else. */
export function familySenderInputRejected(oracle: FamilyOracle): fc.IAsyncPropertyWithHooks<[{ headers: Record<string, unknown>; body: string | Uint8Array }]> {
  const provider = providerOf(oracle.provider)
  const names = [...HEADERS[oracle.provider], ...HEADERS[oracle.provider].map((n) => n.toLowerCase()), '__proto__', 'constructor']
  const verifyWith = oracle.provider === 'fal' ? { jwks: JWKS } : { secret: 'whsec_ZnV6eiBzZWNyZXQga2V5IGZvciBwcm9wZXJ0aWVz' }
  const arb = fc.record({
    headers: fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 20 })), familyHeaderArb, { maxKeys: 8 }),
    body: fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), fc.json({ maxDepth: 3 })),
  })
  return fc.asyncProperty(arb, async ({ headers, body }) => {
    const outcome = await outcomeOf(provider.verify({ headers: headers as Record<string, string>, body }, { ...verifyWith, now: NOW }))
    if (outcome.kind !== 'rejected' || outcome.code === 'ESCAPED') throw new Error(`sender input gave ${outcome.kind} ${outcome.code ?? ''}: ${String(outcome.error)}`)
  })
}

/** Whatever options a caller passes: a WebhookVerificationError or a hookproof TypeError, nothing else. */
export function familyOptionsNeverEscape(oracle: FamilyOracle): fc.IAsyncPropertyWithHooks<[unknown, unknown, unknown, unknown]> {
  const provider = providerOf(oracle.provider)
  const anything = fc.oneof(fc.anything(), fc.constantFrom(undefined, null, false, true, 0, -1, Number.NaN, '', ' x', 'whsk_AA==', 'whpk_AA==', [], [''], new Uint8Array(0), { keys: [] }, { keys: [{ kty: 'OKP' }] }))
  return fc.asyncProperty(anything, anything, anything, anything, async (secret, tolerance, now, jwks) => {
    const [signWith] = fc.sample(keysArb(oracle.provider), { numRuns: 1, seed: 1 })[0]!
    const delivery = await provider.sign({ [oracle.eventField ?? 'type']: 'x' }, signWith)
    const options = oracle.provider === 'fal' ? { jwks, tolerance, now, fetch: () => Promise.reject(new Error('offline')) } : { secret, tolerance, now }
    const outcome = await outcomeOf(provider.verify(delivery, options))
    // fal with no usable keys may reject with the documented plain Error of a JWKS that cannot load.
    const loadError = outcome.error instanceof Error && /^hookproof: could not load the JWKS/.test(outcome.error.message)
    if (outcome.code === 'ESCAPED' && !loadError) throw new Error(`options escaped with ${String(outcome.error)}`)
  })
}

export { familyOracles }
