/**
 * The edges of the Stripe-style, Standard Webhooks and Ed25519 schemes: exact
 * limits, exact messages, and the key readers, each case one that a plausible
 * slip in the code would get wrong (found by mutation testing).
 */
import { createHmac } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { elevenlabs, fal, isWebhookVerificationError, mux, standardwebhooks } from '../src/index.js'
import { publicKeyOfJwk, signEd25519 } from '../src/crypto/ed25519.js'
import { forgetJwks, JWKS_MAX_AGE, JWKS_REFETCH_INTERVAL } from '../src/crypto/jwks.js'
import { readJwks } from '../src/crypto/key-set.js'
import { publicJwk, standardV1 } from './reference/signers.js'

const WHSEC = `whsec_${Buffer.from('edges test key, thirty-two bytes').toString('base64')}`
const NOW = 1_750_000_000_000
const TS = String(NOW / 1000)

async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string; cause?: unknown }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof Error)) throw new Error('expected a rejection')
  return { ...(isWebhookVerificationError(error) ? { code: error.code } : {}), message: error.message, cause: error.cause }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('Stripe-style header (Mux)', () => {
  const body = '{"type":"video.asset.ready","id":"e"}'
  const mac = async (secret: string) => (await mux.sign(body, { secret, timestamp: NOW })).headers['mux-signature']!.split('v1=')[1]!
  const verify = (value: string) => mux.verify({ headers: { 'mux-signature': value }, body }, { secret: 'k', now: NOW })

  it('takes 16 signatures (the last one valid) and refuses 17', async () => {
    const good = await mac('k')
    const bad = await mac('other')
    await expect(verify(`t=${TS},${Array(15).fill(`v1=${bad}`).join(',')},v1=${good}`)).resolves.toBeTruthy()
    expect(await failure(verify(`t=${TS},${Array(16).fill(`v1=${bad}`).join(',')},v1=${good}`))).toMatchObject({
      code: 'malformed_signature',
      message: 'The mux-signature header carries more than 16 signatures.',
    })
  })

  // stripe-node's parseHeader (src/Webhooks.ts) splits on ',' then '=' and
  // keeps only `t` and the expected scheme; validateComputedSignature then
  // compares every kept signature, so one that cannot match is no match and
  // the others are still tried. mux-node's VerifyHeader
  // (src/webhooks/resources/verify_header.ts) does the same.
  // Mux's docs: hex HMAC-SHA256 of `<t>.<body>` under the secret.
  const good = createHmac('sha256', 'k').update(`${TS}.${body}`).digest('hex')

  it('a signature that does not decode is no match: a valid one beside it verifies, as in stripe-node', async () => {
    await expect(verify(`t=${TS},v1=${good.slice(1)},v1=${good}`)).resolves.toBeTruthy()
    await expect(verify(`t=${TS},v1=${good},v1=zz`)).resolves.toBeTruthy()
    await expect(verify(`t=${TS},v1=${Buffer.from(good, 'hex').toString('base64')},v1=${good}`)).resolves.toBeTruthy()
  })

  it('items stripe-node cannot use (no "=", no key, empty) are skipped, not refused', async () => {
    await expect(verify(`t=${TS},junk,v1=${good}`)).resolves.toBeTruthy()
    await expect(verify(`t=${TS},,=x,v1=${good}`)).resolves.toBeTruthy()
  })

  it('undecodable signatures count toward the 16: 16 of them and a valid one are refused', async () => {
    expect(await failure(verify(`t=${TS},${Array(16).fill('v1=zz').join(',')},v1=${good}`))).toMatchObject({
      code: 'malformed_signature',
      message: 'The mux-signature header carries more than 16 signatures.',
    })
  })

  it.each([
    ['an item starting with "=" and nothing else', `t=${TS},=v1`, 'malformed_signature', 'The mux-signature header has no "v1" signature.'],
    [
      'only signatures that do not decode',
      `t=${TS},v1=abc,v1=${'g'.repeat(64)}`,
      'malformed_signature',
      'The mux-signature header has a "v1" that is not 64 hex digits.',
    ],
    ['two "t"', `t=${TS},t=${TS},v1=${'0'.repeat(64)}`, 'malformed_timestamp', 'The mux-signature header carries more than one "t".'],
    ['no "t"', `v1=${'0'.repeat(64)}`, 'missing_timestamp', 'The mux-signature header has no "t" timestamp.'],
    [
      'a "t" that is not Unix seconds',
      `t=soon,v1=${'0'.repeat(64)}`,
      'malformed_timestamp',
      'The mux-signature header\'s "t" is not Unix seconds.',
    ],
    [
      'no signature of the version',
      `t=${TS},v0=${'0'.repeat(64)}`,
      'malformed_signature',
      'The mux-signature header has no "v1" signature.',
    ],
  ])('%s: exact code and message', async (_name, value, code, message) => {
    expect(await failure(verify(value))).toEqual({ code, message, cause: undefined })
  })

  it('signs with the timestamp in Unix seconds', async () => {
    const signed = await elevenlabs.sign('{"type":"x"}', { secret: 'k', timestamp: NOW + 999 })
    expect(signed.headers['ElevenLabs-Signature']).toMatch(new RegExp(`^t=${TS},v0=[0-9a-f]{64}$`))
  })
})

describe('Standard Webhooks header', () => {
  it('a bytes secret is copied when its key is kept: a buffer reused for another key does not verify its forgeries', async () => {
    const body = '{"type":"user.created"}'
    const keyA = new Uint8Array(32).fill(1)
    const keyB = new Uint8Array(32).fill(2)
    const ts = String(Math.floor(Date.now() / 1000))
    // Signed by hand (the spec's construction, on node:crypto) with B, which the receiver never trusts.
    const forged = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': ts,
      'webhook-signature': `v1,${createHmac('sha256', keyB).update(`msg_1.${ts}.${body}`).digest('base64')}`,
    }
    const buffer = Uint8Array.from(keyA)
    await expect(standardwebhooks.verify({ headers: forged, body }, { secret: buffer })).rejects.toMatchObject({
      code: 'signature_mismatch',
    })
    buffer.set(keyB) // the caller reuses its buffer
    await expect(standardwebhooks.verify({ headers: forged, body }, { secret: keyA.slice() })).rejects.toMatchObject({
      code: 'signature_mismatch',
    })
  })

  const body = '{"type":"x"}'
  const id = 'msg_1'
  const headers = (signature: string) => ({ 'webhook-id': id, 'webhook-timestamp': TS, 'webhook-signature': signature })
  const verify = (signature: string, secret: string | Uint8Array = WHSEC) =>
    standardwebhooks.verify({ headers: headers(signature), body }, { secret, now: NOW })

  it('takes 16 signatures (the last one valid) and refuses 17', async () => {
    const good = standardV1(WHSEC, id, TS, body)
    const bad = standardV1(`whsec_${Buffer.alloc(32, 9).toString('base64')}`, id, TS, body)
    await expect(verify(`${Array(15).fill(bad).join(' ')} ${good}`)).resolves.toBeTruthy()
    expect(await failure(verify(`${Array(16).fill(bad).join(' ')} ${good}`))).toMatchObject({
      code: 'malformed_signature',
      message: 'The webhook-signature header carries more than 16 signatures.',
    })
  })

  // The spec (standard-webhooks spec/standard-webhooks.md, "Webhook headers"):
  // "Webhook consumers can try to verify each signature until one matches."
  // Its JavaScript library
  // (libraries/javascript/src/index.ts verify) and svix (javascript/src/webhook.ts)
  // split on ' ', skip an entry whose version is not v1 (an entry without a
  // comma included) and compare the others; openai-node
  // (src/resources/webhooks.ts verifySignature) catches an entry that fails to
  // decode and goes on to the next.
  it('an entry that does not decode is no match: a valid one beside it verifies, as in the spec libraries', async () => {
    const good = standardV1(WHSEC, id, TS, body)
    const raw = Buffer.from(good.slice(3), 'base64')
    await expect(verify(`v1,${raw.subarray(1).toString('base64')} ${good}`)).resolves.toBeTruthy()
    await expect(verify(`${good} v1,${raw.toString('base64url')}`)).resolves.toBeTruthy()
    await expect(verify(`v1${raw.toString('base64')} ${good}`)).resolves.toBeTruthy()
    await expect(verify(`v1a,${raw.toString('base64')} ${good}`)).resolves.toBeTruthy()
    await expect(verify(`,v1 ${good}`)).resolves.toBeTruthy()
    await expect(verify(`${good}  ${good}`)).resolves.toBeTruthy()
  })

  it('undecodable entries count toward the 16: 16 of them and a valid one are refused', async () => {
    const good = standardV1(WHSEC, id, TS, body)
    expect(await failure(verify(`${Array(16).fill('v1,AA==').join(' ')} ${good}`))).toMatchObject({
      code: 'malformed_signature',
      message: 'The webhook-signature header carries more than 16 signatures.',
    })
  })

  it.each([
    ['an entry starting with ","', ',v1', 'The webhook-signature header is not a space-separated list of <version>,<base64> signatures.'],
    [
      "several entries, none of which decodes: the first one's fault",
      `v1,AA== v1a,AA== v2,x`,
      'The webhook-signature header has a v1 signature that is not 32 bytes of base64.',
    ],
    [
      'a v1 of the wrong length',
      `v1,${Buffer.alloc(31).toString('base64')}`,
      'The webhook-signature header has a v1 signature that is not 32 bytes of base64.',
    ],
    [
      'a v1a of the wrong length',
      `v1a,${Buffer.alloc(32).toString('base64')}`,
      'The webhook-signature header has a v1a signature that is not 64 bytes of base64.',
    ],
    ['only unknown versions', `v2,${Buffer.alloc(32).toString('base64')}`, 'The webhook-signature header has no v1 or v1a signature.'],
  ])('%s: exact message', async (_name, signature, message) => {
    expect(await failure(verify(signature))).toEqual({ code: 'malformed_signature', message, cause: undefined })
  })

  it('a missing webhook-id says it is part of what is signed', async () => {
    const { 'webhook-id': _id, ...rest } = headers(standardV1(WHSEC, id, TS, body))
    expect((await failure(standardwebhooks.verify({ headers: rest, body }, { secret: WHSEC, now: NOW }))).message).toBe(
      'The webhook-id header (part of what is signed) is missing or empty.',
    )
  })

  it('raw key bytes are the HMAC key as they are', async () => {
    const raw = new Uint8Array(Buffer.from(WHSEC.slice(6), 'base64'))
    await expect(verify(standardV1(WHSEC, id, TS, body), raw)).resolves.toBeTruthy()
    const signed = await standardwebhooks.sign(body, { secret: raw, id, timestamp: NOW })
    expect(signed.headers['webhook-signature']).toBe(standardV1(WHSEC, id, TS, body))
  })

  it.each([
    ['whpk_ with bad base64', 'whpk_%%', /^hookproof: options\.secret is not base64 after its whpk_ prefix/],
    ['whsec_ with nothing after it', 'whsec_', /^hookproof: options\.secret is not base64 after its whsec_ prefix/],
  ])('verify with %s: the message names the prefix', async (_name, secret, message) => {
    expect((await failure(verify(standardV1(WHSEC, id, TS, body), secret))).message).toMatch(message)
  })

  const smallOrder = 'of small order, which verifies forged signatures without any private key'
  it.each([
    ['the identity', `01${'00'.repeat(31)}`, smallOrder],
    ['the all-zero key (order 4)', '00'.repeat(32), smallOrder],
    ['the identity spelled non-canonically (y = p + 1)', `ee${'ff'.repeat(30)}7f`, smallOrder],
    [
      'spelled non-canonically (y = p + 2)',
      `ef${'ff'.repeat(30)}7f`,
      'that is not canonically encoded (its y coordinate is 2^255 - 19 or more), which implementations read differently',
    ],
  ])('verify with a whpk_ key that is %s: a TypeError that says so', async (_name, hex, why) => {
    const forged = `v1a,${Buffer.from(`01${'00'.repeat(63)}`, 'hex').toString('base64')}`
    const error = await verify(forged, `whpk_${Buffer.from(hex, 'hex').toString('base64')}`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toBe(
      `hookproof: options.secret is a whpk_ public key ${why}. Pass the sender's public key exactly as it shows it.`,
    )
  })

  it.each([
    ['whsk_ with bad base64', 'whsk_%%', /^hookproof: options\.secret is not base64 after its whsk_ prefix/],
    ['a bare secret that is not base64', 'not base64!', /^hookproof: options\.secret is not base64\. /],
  ])('sign with %s: the message names the prefix', async (_name, secret, message) => {
    await expect(standardwebhooks.sign(body, { secret })).rejects.toThrow(message)
  })

  it('a random webhook-id is msg_ and 32 hex digits', async () => {
    const signed = await standardwebhooks.sign(body, { secret: WHSEC })
    expect(signed.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/)
  })
})

describe('Ed25519 keys', () => {
  const jwk = publicJwk(Buffer.alloc(32, 5).toString('base64'))

  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['an RSA key', { ...jwk, kty: 'RSA' }],
    ['an X25519 key', { ...jwk, crv: 'X25519' }],
    ['no x', { kty: 'OKP', crv: 'Ed25519' }],
    ['an x of 31 bytes', { ...jwk, x: Buffer.alloc(31).toString('base64url') }],
  ])('a public JWK that is %s is no key', (_name, value) => {
    expect(publicKeyOfJwk(value)).toBeUndefined()
  })

  it('an Ed25519 public JWK gives its 32 bytes', () => {
    expect(Buffer.from(publicKeyOfJwk(jwk)!).toString('base64url')).toBe(jwk.x)
  })

  it('a JWKS keeps signing keys (use "sig" or none), not encryption keys', () => {
    expect(readJwks({ keys: [{ ...jwk, use: 'enc' }] })).toEqual({ keys: [], degenerate: [], problem: 'has no Ed25519 signing key' })
    expect(readJwks({ keys: [{ ...jwk, use: 'sig' }, jwk] }).keys).toHaveLength(2)
    expect(readJwks(null).problem).toBe('has no Ed25519 signing key')
  })

  it('a JWKS leaves out, and lists, its keys of small order and those not canonically encoded', () => {
    const identity = { ...jwk, x: Buffer.from(`01${'00'.repeat(31)}`, 'hex').toString('base64url') }
    const nonCanonical = { ...jwk, x: Buffer.from(`ef${'ff'.repeat(30)}7f`, 'hex').toString('base64url') }
    const reading = readJwks({ keys: [identity, { kty: 'RSA' }, jwk, nonCanonical] })
    expect(reading.keys.map((key) => Buffer.from(key).toString('base64url'))).toEqual([jwk.x])
    expect(reading.degenerate).toEqual([
      { index: 0, flaw: 'small order' },
      { index: 3, flaw: 'non-canonical' },
    ])
    expect(reading.problem).toBeUndefined()
    expect(readJwks({ keys: [identity] }).problem).toBe(
      'has no usable Ed25519 signing key, only keys of small order or not canonically encoded, which would verify forgeries',
    )
  })

  it.each([
    ['an RSA JWK', { kty: 'RSA', d: 'AA' }],
    ['an X25519 JWK', { kty: 'OKP', crv: 'X25519', d: 'AA' }],
    ['a public JWK (no d)', jwk],
    ['null', null],
  ])('signing with %s is a TypeError that lists the forms', async (_name, key) => {
    await expect(signEd25519(key as never, 'm')).rejects.toThrow(
      /^hookproof: the Ed25519 private key must be an Ed25519 private key: a JWK with kty "OKP", crv "Ed25519" and "d", a CryptoKey, or the 32-byte seed\.$/,
    )
  })

  it('a JWK whose d is not a key is a TypeError with the cause', async () => {
    const error = (await signEd25519({ kty: 'OKP', crv: 'Ed25519', d: 'AA', x: 'AA' }, 'm').catch((e: unknown) => e)) as Error
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe('hookproof: the Ed25519 private key is not a usable Ed25519 private key.')
    expect((error as Error).cause).toBeDefined()
  })

  it('a CryptoKey signs as it is', async () => {
    const pair = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair
    const signature = await signEd25519(pair.privateKey, 'm')
    await expect(crypto.subtle.verify('Ed25519', pair.publicKey, signature as BufferSource, new TextEncoder().encode('m'))).resolves.toBe(
      true,
    )
  })
})

describe('fal edges', () => {
  const seed = new Uint8Array(32).fill(4)
  const jwks = { keys: [publicJwk(Buffer.from(seed).toString('base64'))] }

  // The JWKS cache is keyed by URL: a load that failed in one test must not answer the next.
  beforeEach(() => {
    forgetJwks()
  })

  it('malformed and missing headers: exact messages', async () => {
    const delivery = await fal.sign({ request_id: 'r', status: 'OK', payload: null }, { privateKey: seed })
    const bad = { ...delivery.headers, 'X-Fal-Webhook-Signature': 'abc' }
    expect((await failure(fal.verify({ headers: bad, body: delivery.body }, { jwks }))).message).toBe(
      'The X-Fal-Webhook-Signature header is not 128 hex digits.',
    )
    const { 'X-Fal-Webhook-User-Id': _user, ...rest } = delivery.headers
    expect((await failure(fal.verify({ headers: rest, body: delivery.body }, { jwks }))).message).toBe(
      'The X-Fal-Webhook-User-Id header (part of what is signed) is missing or empty.',
    )
  })

  it('the timestamp header is Unix seconds, and 300 s is the default both ways', async () => {
    const delivery = await fal.sign({ request_id: 'r', status: 'OK', payload: null }, { privateKey: seed, timestamp: NOW + 999 })
    expect(delivery.headers['X-Fal-Webhook-Timestamp']).toBe(TS)
    await expect(fal.verify(delivery, { jwks, now: NOW + 300_000 })).resolves.toBeTruthy()
    expect((await failure(fal.verify(delivery, { jwks, now: NOW + 301_000 }))).code).toBe('timestamp_too_old')
  })

  it('an http: JWKS URL is accepted; one that only contains http(s):// is not', async () => {
    const fetch = vi.fn(async () => Response.json(jwks))
    const delivery = await fal.sign({ request_id: 'r', status: 'OK', payload: null }, { privateKey: seed })
    await expect(fal.verify(delivery, { fetch, jwksUrl: 'http://localhost:8080/jwks.json' })).resolves.toBeTruthy()
    await expect(fal.verify(delivery, { fetch, jwksUrl: 'ftp://x.test/?next=https://fal.ai' })).rejects.toThrow(
      /options\.jwksUrl must be an http\(s\) URL/,
    )
  })

  it('a failed JWKS load carries the HTTP status as its cause', async () => {
    const delivery = await fal.sign({ request_id: 'r', status: 'OK', payload: null }, { privateKey: seed })
    const fetch = async () => Response.json({}, { status: 502 })
    const error = await failure(fal.verify(delivery, { fetch }))
    expect((error.cause as Error).message).toBe('HTTP 502')
  })

  it('keys exactly 24 h old are fetched again; a failure exactly a minute old is retried', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    let calls = 0
    let answer: () => Response = () => Response.json(jwks)
    const fetch = async () => {
      calls++
      return answer()
    }
    const sign = () => fal.sign({ request_id: 'r', status: 'OK', payload: null }, { privateKey: seed })
    await fal.verify(await sign(), { fetch })
    vi.setSystemTime(Date.now() + JWKS_MAX_AGE)
    await fal.verify(await sign(), { fetch })
    expect(calls).toBe(2)

    answer = () => Response.json({}, { status: 500 })
    vi.setSystemTime(Date.now() + JWKS_MAX_AGE)
    await expect(fal.verify(await sign(), { fetch })).rejects.toThrow(/could not load/)
    expect(calls).toBe(3)
    answer = () => Response.json(jwks)
    vi.setSystemTime(Date.now() + JWKS_REFETCH_INTERVAL)
    await expect(fal.verify(await sign(), { fetch })).resolves.toBeTruthy()
    expect(calls).toBe(4)
  })
})
