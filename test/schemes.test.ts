/**
 * What the scheme families tell a caller who configured them wrong, and the
 * Ed25519 primitive's edges: each a TypeError that names the fix.
 */
import { describe, expect, it, vi } from 'vitest'
import { elevenlabs, fal, mux, signEd25519, standardwebhooks, synthesia, verifyEd25519 } from '../src/index.js'
import { engine as hmacEngine, setEngine as setHmacEngine, webCryptoEngine } from './engines.js'
import { publicJwk } from './reference/signers.js'

const WHSEC = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof Error)) throw new Error('expected a rejection')
  return error
}

describe('Standard Webhooks keys', () => {
  const delivery = standardwebhooks.sign({ type: 'x' }, { secret: WHSEC })

  it.each([
    [
      'a whsk_ private key',
      'whsk_VEVTVFNJR05JTkdLRVlET05PVFVTRVRISVNGT1JBTlk=',
      /^hookproof: options\.secret is a whsk_ private key\. verify takes the public key \(whpk_…\)/,
    ],
    [
      'a whpk_ key of 31 bytes',
      `whpk_${Buffer.alloc(31).toString('base64')}`,
      /^hookproof: options\.secret is a whpk_ public key of 31 bytes; an Ed25519 public key has 32\.$/,
    ],
    ['a whsec_ secret that is not base64', 'whsec_not base64!', /^hookproof: options\.secret is not base64 after its whsec_ prefix\./],
    [
      'a secret with neither prefix nor base64',
      'my-secret',
      /^hookproof: options\.secret is not base64\. Pass it exactly as the sender shows it/,
    ],
  ])('verify with %s is a TypeError', async (_name, secret, message) => {
    const error = await errorOf(standardwebhooks.verify(await delivery, { secret }))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toMatch(message)
  })

  it('a bad secret among rotated ones is named by its index', async () => {
    const error = await errorOf(standardwebhooks.verify(await delivery, { secret: [WHSEC, 'whsec_%%%'] }))
    expect(error.message).toMatch(/^hookproof: options\.secret\[1\] is not base64 after its whsec_ prefix/)
  })

  it.each([
    [
      'a whpk_ public key',
      `whpk_${Buffer.alloc(32).toString('base64')}`,
      /^hookproof: options\.secret is a whpk_ public key, which cannot sign/,
    ],
    [
      'a whsk_ key of 16 bytes',
      `whsk_${Buffer.alloc(16).toString('base64')}`,
      /^hookproof: options\.secret is a whsk_ private key of 16 bytes/,
    ],
  ])('sign with %s is a TypeError', async (_name, secret, message) => {
    await expect(standardwebhooks.sign({ type: 'x' }, { secret })).rejects.toThrow(message)
  })

  it('sign with an empty id is a TypeError', async () => {
    await expect(standardwebhooks.sign({ type: 'x' }, { secret: WHSEC, id: '' })).rejects.toThrow(/options\.id must be a non-empty string/)
  })

  it('a 64-byte whsk_ key (seed, then public key, as libsodium keeps it) signs like its seed', async () => {
    const seed = Buffer.from('VEVTVFNJR05JTkdLRVlET05PVFVTRVRISVNGT1JBTlk=', 'base64')
    const pub = Buffer.from(publicJwk(seed.toString('base64')).x!, 'base64url')
    const options = { id: 'msg_1', timestamp: 1_700_000_000_000 }
    const short = await standardwebhooks.sign('{}', { secret: `whsk_${seed.toString('base64')}`, ...options })
    const long = await standardwebhooks.sign('{}', { secret: `whsk_${Buffer.concat([seed, pub]).toString('base64')}`, ...options })
    expect(long.headers['webhook-signature']).toBe(short.headers['webhook-signature'])
  })
})

describe('tolerance options of the new families', () => {
  it('Synthesia signs a timestamp of undocumented unit: a tolerance is refused, saying why', async () => {
    const delivery = await synthesia.sign({ type: 'video.completed', data: { id: 'v', status: 'complete' } }, { secret: 'k' })
    const error = await errorOf(synthesia.verify(delivery, { secret: 'k', tolerance: 600 } as never))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe(
      'hookproof: Synthesia signs no timestamp hookproof can read, so a tolerance cannot be checked. Remove the option and make the handler idempotent (de-duplicate deliveries) to stop replays.',
    )
    await expect(synthesia.verify(delivery, { secret: 'k', tolerance: false })).resolves.toBeTruthy()
  })

  it('ElevenLabs defaults to 30 minutes back and 5 minutes ahead', async () => {
    const body = { type: 'post_call_audio' as const, data: { agent_id: 'a', conversation_id: 'c', full_audio: '' } }
    const now = 1_750_000_000_000
    const at = async (offsetSeconds: number) =>
      elevenlabs.verify(await elevenlabs.sign(body, { secret: 'k', timestamp: now + offsetSeconds * 1000 }), { secret: 'k', now }).then(
        () => 'accepted',
        (e: { code?: string }) => e.code,
      )
    expect([await at(-1800), await at(-1801), await at(300), await at(301)]).toEqual([
      'accepted',
      'timestamp_too_old',
      'accepted',
      'timestamp_too_new',
    ])
  })

  it('Mux reads every v1 and its message names the header', async () => {
    const error = await errorOf(mux.verify({ headers: { 'mux-signature': 't=1,v1=zz' }, body: '{}' }, { secret: 'k' }))
    expect(error.message).toBe('The mux-signature header has a "v1" that is not 64 hex digits.')
  })
})

describe('fal without options', () => {
  it("uses the global fetch and fal's JWKS URL", async () => {
    const seed = Buffer.from('fal global fetch seed, 32 bytes!')
    const fetch = vi.fn(async () => Response.json({ keys: [publicJwk(seed.toString('base64'))] }))
    vi.stubGlobal('fetch', fetch)
    try {
      const delivery = await fal.sign({ request_id: 'r', status: 'OK', payload: {} }, { privateKey: new Uint8Array(seed) })
      await expect(fal.verify(delivery)).resolves.toMatchObject({ request_id: 'r' })
      expect(fetch).toHaveBeenCalledWith('https://rest.fal.ai/.well-known/jwks.json', expect.anything())
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('Ed25519 primitives', () => {
  const seed = new Uint8Array(Buffer.from('ed25519 primitive test seed 32b!'))
  const publicKey = new Uint8Array(Buffer.from(publicJwk(Buffer.from(seed).toString('base64')).x!, 'base64url'))

  it('verify a signature from sign, on both engines; a flipped bit, another length or a non-key is false', async () => {
    const original = hmacEngine()
    const signature = await signEd25519(seed, 'a', 'b')
    try {
      for (const engine of [original, webCryptoEngine]) {
        setHmacEngine(engine)
        expect(await verifyEd25519(publicKey, signature, 'ab')).toBe(true)
        const flipped = signature.slice()
        flipped[10]! ^= 1
        expect(await verifyEd25519(publicKey, flipped, 'ab')).toBe(false)
        expect(await verifyEd25519(publicKey, signature.subarray(0, 63), 'ab')).toBe(false)
        expect(await verifyEd25519(new Uint8Array(32).fill(255), signature, 'ab')).toBe(false)
      }
    } finally {
      setHmacEngine(original)
    }
  })

  it('a Web Crypto without Ed25519 is a TypeError that says which runtimes have it', async () => {
    const original = hmacEngine()
    const notSupported = Object.assign(new Error('Unrecognized algorithm name'), { name: 'NotSupportedError' })
    const importKey = vi.spyOn(crypto.subtle, 'importKey').mockRejectedValue(notSupported)
    setHmacEngine(webCryptoEngine)
    try {
      const fresh = new Uint8Array(32).fill(7)
      const error = await errorOf(Promise.resolve(verifyEd25519(fresh, new Uint8Array(64), 'x')))
      expect(error).toBeInstanceOf(TypeError)
      expect(error.message).toMatch(/^hookproof: this runtime's Web Crypto has no Ed25519\. Node >= 20, Deno, Bun, Cloudflare Workers/)
      await expect(signEd25519(seed, 'x')).rejects.toThrow(/has no Ed25519/)
    } finally {
      importKey.mockRestore()
      setHmacEngine(original)
    }
  })
})

describe('fal messages', () => {
  it("options that are not an object, to verify or to sign, show fal's own keys", async () => {
    await expect(fal.verify({ headers: {}, body: '{}' }, 'jwks' as never)).rejects.toThrow(
      "hookproof: verify's options must be an object, e.g. verify(request, { jwks: { keys: [publicJwk] } }).",
    )
    await expect(fal.sign({ request_id: 'r', status: 'OK', payload: null }, null as never)).rejects.toThrow(
      'hookproof: sign needs options with the key to sign with, e.g. sign(payload, { privateKey }).',
    )
  })

  it('a mismatch names the JWKS, not a secret', async () => {
    const seed = new Uint8Array(32).fill(1)
    const other = Buffer.alloc(32, 2).toString('base64')
    const delivery = await fal.sign({ request_id: 'r', status: 'OK', payload: null }, { privateKey: seed })
    const error = await errorOf(fal.verify(delivery, { jwks: { keys: [publicJwk(other)] } }))
    expect(error.message).toBe(
      'The fal signature does not match the body with any Ed25519 key of the JWKS. Check the JWKS (options.jwks or options.jwksUrl), and that the body reaches verify as the raw bytes received (not re-serialized JSON).',
    )
  })

  it('a scheme whose timestamp is not among its signed fields is refused when defined', async () => {
    const { ed25519JwksScheme } = await import('../src/index.js')
    expect(() =>
      ed25519JwksScheme({
        signatureHeader: 's',
        fields: [{ header: 'id', option: 'id' }],
        timestampHeader: 'ts',
        separator: '\n',
        jwksUrl: 'https://x.test',
      }),
    ).toThrow(/the timestamp header ts must be one of the signed fields/)
  })
})
