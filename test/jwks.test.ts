/**
 * fal's keys from its JWKS: fetched with the injected `fetch`, cached by URL
 * 24 h at most, fetched again when no cached key verifies (at most once a
 * minute however `fetch` is passed, so forgeries cannot drive requests to
 * fal; a delivery arriving meanwhile waits for that fetch), and load failures
 * that never pose as a verification result.
 */
import nodeCrypto from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fal, isWebhookVerificationError } from '../src/index.js'
import { FAL_JWKS_URL } from '../src/providers/fal.js'
import { forgetJwks, JWKS_CACHE_LIMIT, JWKS_MAX_AGE, JWKS_MAX_BYTES, JWKS_REFETCH_INTERVAL, RemoteJwks } from '../src/crypto/jwks.js'
import { ED25519_KEYS, JWKS_MAX_KEYS } from '../src/crypto/key-set.js'
import { KEY_CACHE_LIMIT } from '../src/crypto/key-cache.js'
import { engines, setEngine, useEngine } from './engines.js'
import { publicJwk } from './reference/signers.js'

const SEED = Buffer.from('jwks test seed, thirty-two bytes').toString('base64')
const ROTATED = Buffer.from('the key fal rotated to, 32 bytes').toString('base64')
const FORGER = Buffer.from('a key fal never published, 32 b.').toString('base64')
const seedBytes = (seed: string): Uint8Array => new Uint8Array(Buffer.from(seed, 'base64'))
const payload = { request_id: 'req_1', status: 'OK' as const, payload: { images: [] } }

interface Answer {
  status: number
  body: unknown
}

interface Double {
  readonly fetch: (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<Response>
  readonly calls: { url: string; init: { headers: Record<string, string>; signal?: AbortSignal } }[]
  serve(next: () => Answer | Promise<Answer>): void
}

/** A fetch double serving whatever the test says as a Fetch Response, counting calls. */
function double(keys: JsonWebKey[]): Double {
  let respond: () => Answer | Promise<Answer> = () => ({ status: 200, body: { keys } })
  const calls: Double['calls'] = []
  return {
    calls,
    serve(next) {
      respond = next
    },
    async fetch(url, init) {
      calls.push({ url, init })
      const answer = await respond()
      return new Response(JSON.stringify(answer.body), { status: answer.status })
    },
  }
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'accepted'
  } catch (error) {
    if (isWebhookVerificationError(error)) return error.code
    return `${(error as Error).constructor.name}: ${(error as Error).message}`
  }
}

// The JWKS cache is keyed by URL and outlives a test: each starts with none fetched.
beforeEach(() => {
  forgetJwks()
})

afterEach(() => {
  vi.useRealTimers()
})

/** An answer the test releases when it chooses, to hold a fetch in flight. */
function held(answer: Answer): { readonly answer: () => Promise<Answer>; release(): void } {
  let release!: () => void
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  return { answer: () => gate.then(() => answer), release }
}

/** `promise`'s outcome if it settles within 50 ms, else 'still waiting'. */
async function within50ms(promise: Promise<string>): Promise<string> {
  return Promise.race([promise, new Promise<string>((resolve) => setTimeout(() => resolve('still waiting'), 50))])
}

/** A fetch double whose JWKS (the key SEED) was fetched and used a minute ago, on a fake clock. */
async function cachedAMinuteAgo(): Promise<Double> {
  vi.useFakeTimers({ toFake: ['Date'] })
  const jwks = double([publicJwk(SEED)])
  expect(await outcome(fal.verify(await fal.sign(payload, { privateKey: seedBytes(SEED) }), { fetch: jwks.fetch }))).toBe('accepted')
  vi.setSystemTime(Date.now() + JWKS_REFETCH_INTERVAL)
  return jwks
}

describe.each(engines)('fal JWKS, $name engine', (engine) => {
  useEngine(engine)

  it("fetches fal's JWKS once, with a timeout, and serves later deliveries from the cache", async () => {
    const jwks = double([publicJwk(SEED)])
    const delivery = await fal.sign(payload, { privateKey: seedBytes(SEED) })
    for (let i = 0; i < 3; i++) expect(await outcome(fal.verify(delivery, { fetch: jwks.fetch }))).toBe('accepted')
    expect(jwks.calls).toHaveLength(1)
    expect(jwks.calls[0]!.url).toBe(FAL_JWKS_URL)
    expect(jwks.calls[0]!.init.headers).toEqual({ accept: 'application/json' })
    expect(jwks.calls[0]!.init.signal).toBeInstanceOf(AbortSignal)
  })

  it('fetches from options.jwksUrl when given', async () => {
    const jwks = double([publicJwk(SEED)])
    const delivery = await fal.sign(payload, { privateKey: seedBytes(SEED) })
    await fal.verify(delivery, { fetch: jwks.fetch, jwksUrl: 'https://rest.alpha.fal.ai/.well-known/jwks.json' })
    expect(jwks.calls.map((call) => call.url)).toEqual(['https://rest.alpha.fal.ai/.well-known/jwks.json'])
  })

  it('deliveries arriving together share one fetch', async () => {
    const jwks = double([publicJwk(SEED)])
    const delivery = await fal.sign(payload, { privateKey: seedBytes(SEED) })
    const results = await Promise.all(Array.from({ length: 10 }, () => outcome(fal.verify(delivery, { fetch: jwks.fetch }))))
    expect(results).toEqual(Array(10).fill('accepted'))
    expect(jwks.calls).toHaveLength(1)
  })

  it('keeps the keys 24 h at most', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const jwks = double([publicJwk(SEED)])
    const verifyNow = async (): Promise<string> =>
      outcome(fal.verify(await fal.sign(payload, { privateKey: seedBytes(SEED) }), { fetch: jwks.fetch }))
    expect(await verifyNow()).toBe('accepted')
    vi.setSystemTime(Date.now() + JWKS_MAX_AGE - 1000)
    expect(await verifyNow()).toBe('accepted')
    expect(jwks.calls).toHaveLength(1)
    vi.setSystemTime(Date.now() + 2000)
    expect(await verifyNow()).toBe('accepted')
    expect(jwks.calls).toHaveLength(2)
  })

  it('fetches again once when no cached key verifies (fal rotated its key)', async () => {
    const jwks = await cachedAMinuteAgo()
    jwks.serve(() => ({ status: 200, body: { keys: [publicJwk(SEED), publicJwk(ROTATED)] } }))
    const rotated = await fal.sign(payload, { privateKey: seedBytes(ROTATED) })
    expect(await outcome(fal.verify(rotated, { fetch: jwks.fetch }))).toBe('accepted')
    expect(await outcome(fal.verify(rotated, { fetch: jwks.fetch }))).toBe('accepted')
    expect(jwks.calls).toHaveLength(2)
  })

  it('a stream of forgeries fetches at most once a minute, and every one is signature_mismatch', async () => {
    const jwks = await cachedAMinuteAgo()
    const forged = await fal.sign(payload, { privateKey: seedBytes(ROTATED) })
    const results = []
    for (let i = 0; i < 50; i++) results.push(await outcome(fal.verify(forged, { fetch: jwks.fetch })))
    expect(new Set(results)).toEqual(new Set(['signature_mismatch']))
    expect(jwks.calls).toHaveLength(2)
    vi.setSystemTime(Date.now() + JWKS_REFETCH_INTERVAL)
    expect(await outcome(fal.verify(forged, { fetch: jwks.fetch }))).toBe('signature_mismatch')
    expect(jwks.calls).toHaveLength(3)
  })

  it('a fetch option written inline (a new function per call) still fetches at most once a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const jwks = double([publicJwk(SEED)])
    const forged = await fal.sign(payload, { privateKey: seedBytes(FORGER) })
    const forge = (): Promise<string> => outcome(fal.verify(forged, { fetch: (url, init) => jwks.fetch(url, init) }))
    const results = []
    for (let i = 0; i < 100; i++) results.push(await forge())
    expect(new Set(results)).toEqual(new Set(['signature_mismatch']))
    expect(jwks.calls).toHaveLength(1)
    vi.setSystemTime(Date.now() + JWKS_REFETCH_INTERVAL)
    for (let i = 0; i < 100; i++) results.push(await forge())
    expect(new Set(results)).toEqual(new Set(['signature_mismatch']))
    expect(jwks.calls).toHaveLength(2)
  })

  it("a delivery signed with the rotated key, arriving while a forgery's refetch is in flight, waits for it and verifies", async () => {
    const jwks = await cachedAMinuteAgo()
    const rotatedJwks = held({ status: 200, body: { keys: [publicJwk(SEED), publicJwk(ROTATED)] } })
    jwks.serve(rotatedJwks.answer)
    const forgery = outcome(fal.verify(await fal.sign(payload, { privateKey: seedBytes(FORGER) }), { fetch: jwks.fetch }))
    await vi.waitFor(() => expect(jwks.calls).toHaveLength(2))
    const genuine = outcome(fal.verify(await fal.sign(payload, { privateKey: seedBytes(ROTATED) }), { fetch: jwks.fetch }))
    expect(await within50ms(genuine)).toBe('still waiting')
    rotatedJwks.release()
    expect(await genuine).toBe('accepted')
    expect(await forgery).toBe('signature_mismatch')
    expect(jwks.calls).toHaveLength(2)
  })

  it('keys fetched after a delivery looked, but before it asked for fresh ones, are tried without another fetch', async () => {
    const jwks = await cachedAMinuteAgo()
    jwks.serve(() => ({ status: 200, body: { keys: [publicJwk(ROTATED)] } }))
    const late = new RemoteJwks(FAL_JWKS_URL, jwks.fetch, ED25519_KEYS)
    const seen = late.keys()
    expect(await new RemoteJwks(FAL_JWKS_URL, jwks.fetch, ED25519_KEYS).refresh()).toHaveLength(1)
    expect(jwks.calls).toHaveLength(2)
    const fresh = await late.refresh()
    expect(fresh).toHaveLength(1)
    expect(fresh).not.toBe(await seen)
    expect(Buffer.from(fresh![0]!).toString('base64url')).toBe(publicJwk(ROTATED).x)
    expect(await late.refresh()).toBeUndefined()
    expect(jwks.calls).toHaveLength(2)
  })

  it('a delivery arriving while a load is retried after a failure waits for that retry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const jwks = double([])
    jwks.serve(() => ({ status: 503, body: null }))
    const delivery = await fal.sign(payload, { privateKey: seedBytes(SEED) })
    expect(await outcome(fal.verify(delivery, { fetch: jwks.fetch }))).toMatch(/could not load the JWKS/)
    vi.setSystemTime(Date.now() + JWKS_REFETCH_INTERVAL)
    const retry = held({ status: 200, body: { keys: [publicJwk(SEED)] } })
    jwks.serve(retry.answer)
    const first = outcome(fal.verify(delivery, { fetch: jwks.fetch }))
    await vi.waitFor(() => expect(jwks.calls).toHaveLength(2))
    const second = outcome(fal.verify(delivery, { fetch: jwks.fetch }))
    expect(await within50ms(second)).toBe('still waiting')
    retry.release()
    expect([await first, await second]).toEqual(['accepted', 'accepted'])
    expect(jwks.calls).toHaveLength(2)
  })

  it(`caches ${JWKS_CACHE_LIMIT} JWKS URLs at most, dropping the least recently used`, async () => {
    const jwks = double([publicJwk(SEED)])
    const delivery = await fal.sign(payload, { privateKey: seedBytes(SEED) })
    const verifyAt = async (tenant: number): Promise<string> =>
      outcome(fal.verify(delivery, { fetch: jwks.fetch, jwksUrl: `https://tenant-${tenant}.test/jwks.json` }))
    for (let tenant = 0; tenant < JWKS_CACHE_LIMIT; tenant++) expect(await verifyAt(tenant)).toBe('accepted')
    expect(await verifyAt(0)).toBe('accepted')
    expect(jwks.calls).toHaveLength(JWKS_CACHE_LIMIT)
    expect(await verifyAt(JWKS_CACHE_LIMIT)).toBe('accepted')
    expect(jwks.calls).toHaveLength(JWKS_CACHE_LIMIT + 1)
    expect(await verifyAt(0)).toBe('accepted')
    expect(await verifyAt(JWKS_CACHE_LIMIT)).toBe('accepted')
    expect(jwks.calls).toHaveLength(JWKS_CACHE_LIMIT + 1)
    expect(await verifyAt(1)).toBe('accepted')
    expect(jwks.calls.map((call) => call.url).slice(-1)).toEqual(['https://tenant-1.test/jwks.json'])
    expect(jwks.calls).toHaveLength(JWKS_CACHE_LIMIT + 2)
  })

  it('a failed refetch while keys are cached is a mismatch, not an error the sender could provoke', async () => {
    const jwks = await cachedAMinuteAgo()
    jwks.serve(() => Promise.reject(new Error('ECONNRESET')))
    expect(await outcome(fal.verify(await fal.sign(payload, { privateKey: seedBytes(ROTATED) }), { fetch: jwks.fetch }))).toBe(
      'signature_mismatch',
    )
    expect(await outcome(fal.verify(await fal.sign(payload, { privateKey: seedBytes(SEED) }), { fetch: jwks.fetch }))).toBe('accepted')
  })

  it.each([
    ['the network fails', () => Promise.reject(new Error('ECONNREFUSED')), /could not load the JWKS from https:\/\/rest\.fal\.ai/],
    ['fal answers 503', () => ({ status: 503, body: null }), /could not load the JWKS/],
    ['the body is not a JWKS', () => ({ status: 200, body: { nope: true } }), /has no Ed25519 signing key/],
    [
      'the JWKS has only RSA keys',
      () => ({ status: 200, body: { keys: [{ kty: 'RSA', n: 'AQAB', e: 'AQAB' }] } }),
      /has no Ed25519 signing key/,
    ],
  ] as const)(
    'when %s, verify rejects with a plain Error (answer 500; fal retries), and does not ask again within the minute',
    async (_name, answer, message) => {
      const jwks = double([])
      jwks.serve(answer)
      const delivery = await fal.sign(payload, { privateKey: seedBytes(SEED) })
      const error = await fal.verify(delivery, { fetch: jwks.fetch }).catch((e: unknown) => e)
      expect(isWebhookVerificationError(error)).toBe(false)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(message)
      await expect(fal.verify(delivery, { fetch: jwks.fetch })).rejects.toThrow(message)
      expect(jwks.calls).toHaveLength(1)
    },
  )

  it('a malformed delivery is refused before any fetch', async () => {
    const jwks = double([publicJwk(SEED)])
    const delivery = await fal.sign(payload, { privateKey: seedBytes(SEED) })
    for (const [header, value] of [
      ['X-Fal-Webhook-Signature', 'abc'],
      ['X-Fal-Webhook-Timestamp', 'soon'],
      ['X-Fal-Webhook-User-Id', ''],
    ] as const) {
      const headers = { ...delivery.headers, [header]: value }
      expect(await outcome(fal.verify({ headers, body: delivery.body }, { fetch: jwks.fetch }))).not.toBe('accepted')
    }
    const stale = await fal.sign(payload, { privateKey: seedBytes(SEED), timestamp: Date.now() - 3_600_000 })
    expect(await outcome(fal.verify(stale, { fetch: jwks.fetch }))).toBe('timestamp_too_old')
    expect(jwks.calls).toHaveLength(0)
  })
})

/** A forged delivery: signed by a key no JWKS here lists. */
const forgery = (): Promise<{ headers: Record<string, string>; body: string }> => fal.sign(payload, { privateKey: seedBytes(FORGER) })

describe.each(engines)('the work a forged delivery costs, $name engine', (engine) => {
  useEngine(engine)

  /** The engine, counting its Ed25519 verifications. */
  function counted(): { readonly verifications: () => number; restore(): void } {
    let count = 0
    setEngine({
      ...engine,
      verifyEd25519: (key, signature, data) => {
        count++
        return engine.verifyEd25519(key, signature, data)
      },
    })
    return { verifications: () => count, restore: () => setEngine(engine) }
  }

  it(`a JWKS of ${JWKS_MAX_KEYS} keys: ${JWKS_MAX_KEYS} verifications per forgery, ${2 * JWKS_MAX_KEYS} when it brings a refetch, each key prepared once`, async () => {
    expect(JWKS_MAX_KEYS).toBeLessThanOrEqual(KEY_CACHE_LIMIT)
    vi.useFakeTimers({ toFake: ['Date'] })
    const seeds = Array.from({ length: JWKS_MAX_KEYS }, (_, i) =>
      Buffer.from(`key ${i} of a maximal JWKS`.padEnd(32, '.')).toString('base64'),
    )
    const jwks = double(seeds.map(publicJwk))
    // Preparing a key: node:crypto's createPublicKey, Web Crypto's importKey.
    const prepare = engine.name === 'node' ? vi.spyOn(nodeCrypto, 'createPublicKey') : vi.spyOn(crypto.subtle, 'importKey')
    const counter = counted()
    try {
      const delivery = await forgery()
      const cost = async (): Promise<[number, number]> => {
        const [verifications, prepared] = [counter.verifications(), prepare.mock.calls.length]
        expect(await outcome(fal.verify(delivery, { fetch: jwks.fetch }))).toBe('signature_mismatch')
        return [counter.verifications() - verifications, prepare.mock.calls.length - prepared]
      }
      expect(await cost()).toEqual([JWKS_MAX_KEYS, JWKS_MAX_KEYS])
      expect(await cost()).toEqual([JWKS_MAX_KEYS, 0])
      vi.setSystemTime(Date.now() + JWKS_REFETCH_INTERVAL)
      // The cached keys, then the refetched ones (the same keys: nothing to prepare).
      expect(await cost()).toEqual([2 * JWKS_MAX_KEYS, 0])
      expect(jwks.calls).toHaveLength(2)
      expect(await cost()).toEqual([JWKS_MAX_KEYS, 0])
    } finally {
      counter.restore()
      prepare.mockRestore()
    }
  })

  it('a degenerate key in a fetched JWKS is left out, not the set refused: the forgery it would verify is a mismatch, the genuine key verifies', async () => {
    const identity = { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(`01${'00'.repeat(31)}`, 'hex').toString('base64url') }
    const jwks = double([identity, publicJwk(SEED)])
    const genuine = await fal.sign(payload, { privateKey: seedBytes(SEED) })
    const forged = { ...genuine, headers: { ...genuine.headers, 'X-Fal-Webhook-Signature': `01${'00'.repeat(63)}` } }
    expect(await outcome(fal.verify(forged, { fetch: jwks.fetch }))).toBe('signature_mismatch')
    expect(await outcome(fal.verify(genuine, { fetch: jwks.fetch }))).toBe('accepted')
  })

  it('a fetched JWKS whose Ed25519 keys are all degenerate is a load failure (500), not a key to verify with', async () => {
    const zero = { kty: 'OKP', crv: 'Ed25519', x: Buffer.alloc(32).toString('base64url') }
    const jwks = double([zero, { kty: 'RSA', n: 'AQAB', e: 'AQAB' }])
    const error = await fal.verify(await forgery(), { fetch: jwks.fetch }).catch((e: unknown) => e)
    expect(isWebhookVerificationError(error)).toBe(false)
    expect((error as Error).message).toMatch(
      /^hookproof: the JWKS at https:\/\/rest\.fal\.ai\S+ has no usable Ed25519 signing key, only keys of small order/,
    )
  })
})

describe('the bounds of a fetched JWKS', () => {
  /** A JWKS (the key SEED) padded to exactly `bytes` bytes of JSON. */
  function padded(bytes: number): string {
    const bare = JSON.stringify({ keys: [publicJwk(SEED)], padding: '' })
    return JSON.stringify({ keys: [publicJwk(SEED)], padding: 'x'.repeat(bytes - bare.length) })
  }

  /** What verifying a genuine delivery with keys from `response` gives. */
  async function verifyWith(response: () => unknown): Promise<string> {
    return outcome(fal.verify(await fal.sign(payload, { privateKey: seedBytes(SEED) }), { fetch: async () => response() as Response }))
  }

  const tooLarge = new RegExp(
    `^Error: hookproof: could not load the JWKS from https://rest\\.fal\\.ai\\S+: the response is more than ${JWKS_MAX_BYTES} bytes`,
  )

  it(`a JWKS of ${JWKS_MAX_BYTES} bytes is read; one byte more is a load failure that says so, streamed or declared`, async () => {
    expect(padded(JWKS_MAX_BYTES)).toHaveLength(JWKS_MAX_BYTES)
    expect(await verifyWith(() => new Response(padded(JWKS_MAX_BYTES)))).toBe('accepted')
    forgetJwks()
    const declared = { 'content-length': String(JWKS_MAX_BYTES) }
    expect(await verifyWith(() => new Response(padded(JWKS_MAX_BYTES), { headers: declared }))).toBe('accepted')
    forgetJwks()
    expect(await verifyWith(() => new Response(padded(JWKS_MAX_BYTES + 1)))).toMatch(tooLarge)
    forgetJwks()
    expect(
      await verifyWith(() => new Response(padded(JWKS_MAX_BYTES + 1), { headers: { 'content-length': String(JWKS_MAX_BYTES + 1) } })),
    ).toBe(
      `Error: hookproof: could not load the JWKS from ${FAL_JWKS_URL}: the response declares ${JWKS_MAX_BYTES + 1} bytes (Content-Length); a JWKS is at most ${JWKS_MAX_BYTES}.`,
    )
  })

  it('a Content-Length over the limit is refused before the body is read, and the body is cancelled', async () => {
    let pulled = 0
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(1024))
      },
      cancel() {
        cancelled = true
      },
    })
    const text = vi.fn(async () => '')
    const response = { ok: true, status: 200, headers: new Headers({ 'content-length': '314572800' }), body, text }
    expect(await verifyWith(() => response)).toMatch(/the response declares 314572800 bytes \(Content-Length\); a JWKS is at most 65536\.$/)
    await vi.waitFor(() => expect(cancelled).toBe(true))
    // A stream pulls once ahead of any read; nothing more was asked for.
    expect(pulled).toBeLessThanOrEqual(1)
    expect(text).not.toHaveBeenCalled()
  })

  it('a response without a body stream is read with text() and its length checked after', async () => {
    const answer = (text: string) => () => ({ ok: true, status: 200, body: null, text: async () => text })
    expect(await verifyWith(answer(padded(JWKS_MAX_BYTES)))).toBe('accepted')
    forgetJwks()
    expect(await verifyWith(answer(padded(JWKS_MAX_BYTES + 1)))).toMatch(tooLarge)
    forgetJwks()
    // Counted in UTF-8 bytes, two for each é: fewer characters than the limit, more bytes.
    const wide = padded(JWKS_MAX_BYTES).replace(/x{2000}/, '\u00e9'.repeat(1001))
    expect(wide.length).toBeLessThan(JWKS_MAX_BYTES)
    expect(await verifyWith(answer(wide))).toMatch(tooLarge)
  })

  it('a fetch that resolves to json() alone is a TypeError that says what to pass', async () => {
    const error = await verifyWith(() => ({ ok: true, status: 200, json: async () => ({ keys: [publicJwk(SEED)] }) }))
    expect(error).toMatch(/^TypeError: hookproof: options\.fetch must resolve to a Response \(or an object with ok, status and text\(\)/)
  })

  it.each([
    ['is not JSON', () => new Response('{"keys": ['), /: the response is not JSON\.$/],
    ['is not UTF-8', () => new Response(new Uint8Array([0x7b, 0xff, 0x7d])), /: the response is not UTF-8 text\.$/],
  ])('a response that %s is a load failure that says so', async (_name, response, message) => {
    expect(await verifyWith(response)).toMatch(message)
  })

  it(`a JWKS of ${JWKS_MAX_KEYS} entries is read; one more, of any type, is a load failure`, async () => {
    const rsa = { kty: 'RSA', n: 'AQAB', e: 'AQAB' }
    const jwks = (others: number) => () => new Response(JSON.stringify({ keys: [...Array(others).fill(rsa), publicJwk(SEED)] }))
    expect(await verifyWith(jwks(JWKS_MAX_KEYS - 1))).toBe('accepted')
    forgetJwks()
    expect(await verifyWith(jwks(JWKS_MAX_KEYS))).toBe(
      `Error: hookproof: the JWKS at ${FAL_JWKS_URL} has ${JWKS_MAX_KEYS + 1} keys; hookproof reads at most ${JWKS_MAX_KEYS}.`,
    )
  })
})

describe('fal options', () => {
  const delivery = fal.sign(payload, { privateKey: seedBytes(SEED) })

  it.each([
    ['a secret', { secret: 'whsec_x' }, /signs with Ed25519 keys from its JWKS, not a secret/],
    [
      'a JWKS without an Ed25519 key',
      { jwks: { keys: [{ kty: 'RSA' }] } },
      /options\.jwks must be a JWKS .* with at least one Ed25519 public key/,
    ],
    ['a JWKS that is an array', { jwks: [publicJwk(SEED)] }, /options\.jwks must be a JWKS/],
    [
      'a JWKS with a key of small order',
      {
        jwks: {
          keys: [publicJwk(SEED), { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(`01${'00'.repeat(31)}`, 'hex').toString('base64url') }],
        },
      },
      /^hookproof: options\.jwks\.keys\[1\] is an Ed25519 public key of small order, which verifies forged signatures without any private key\. Remove it/,
    ],
    [
      `a JWKS of ${JWKS_MAX_KEYS + 1} keys`,
      { jwks: { keys: Array(JWKS_MAX_KEYS + 1).fill(publicJwk(SEED)) } },
      /^hookproof: options\.jwks must be a JWKS .* of at most 32 keys .*; this one has 33 keys; hookproof reads at most 32\.$/,
    ],
    ['a JWKS URL that is not http(s)', { jwksUrl: 'file:///etc/jwks.json' }, /options\.jwksUrl must be an http\(s\) URL/],
    [
      'a fetch that is not a function',
      { fetch: 'https://rest.fal.ai' },
      /^hookproof: options\.fetch must be a function, \(url, init\) => Promise<Response>/,
    ],
  ])('%s is a TypeError that names the fix', async (_name, options, message) => {
    const error = await fal.verify(await delivery, options as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toMatch(message)
  })

  it('no global fetch and no options.fetch is a TypeError', async () => {
    vi.stubGlobal('fetch', undefined)
    try {
      await expect(fal.verify(await delivery)).rejects.toThrow(TypeError)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it.each([
    ['no private key', {}, /sign needs options\.privateKey/],
    ['a JWK without "d" (a public key)', { privateKey: publicJwk(SEED) }, /must be an Ed25519 private key/],
    ['a seed of 31 bytes', { privateKey: new Uint8Array(31) }, /must be the 32-byte Ed25519 seed; got 31 bytes/],
    ['an empty request id', { privateKey: seedBytes(SEED), requestId: '' }, /options\.requestId must be a non-empty string/],
  ])('sign with %s is a TypeError', async (_name, options, message) => {
    await expect(fal.sign(payload, options as never)).rejects.toThrow(message)
  })

  it('signs with a JWK private key and a CryptoKey alike, and sends the request and user ids given', async () => {
    const pair = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey)
    const publicKey = await crypto.subtle.exportKey('jwk', pair.publicKey)
    for (const privateKey of [jwk, pair.privateKey]) {
      const signed = await fal.sign(payload, { privateKey, requestId: 'req_1', userId: 'user_1' })
      expect(signed.headers['X-Fal-Webhook-Request-Id']).toBe('req_1')
      expect(signed.headers['X-Fal-Webhook-User-Id']).toBe('user_1')
      await expect(fal.verify(signed, { jwks: { keys: [publicKey] } })).resolves.toEqual(payload)
    }
  })
})
