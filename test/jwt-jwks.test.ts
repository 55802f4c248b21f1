/**
 * RS256 tokens from a key set (Pub/Sub's ID tokens, Gemini's dynamic
 * webhooks; any provider built with jwtJwksScheme), on both engines: checked
 * against Google's own verifier (google-auth-library's
 * verifySignedJwtWithCertsAsync, fed the same keys) both ways, the RSA keys a
 * JWKS may hold, the keys fetched and refetched by kid, and the options a
 * caller gets wrong. Tokens are built here with node:crypto.
 */
import { createPublicKey, createSign, generateKeyPairSync } from 'node:crypto'
import { OAuth2Client } from 'google-auth-library'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { forgetJwks, JWKS_REFETCH_INTERVAL } from '../src/crypto/jwks.js'
import { rsaKeyOfJwk } from '../src/crypto/rsa-key.js'
import { verifyRs256 } from '../src/crypto/rsa.js'
import { fal, gemini, pubsub, signRs256 } from '../src/index.js'
import { GEMINI_JWKS_URL } from '../src/providers/gemini.js'
import { GOOGLE_JWKS_URL, messageData } from '../src/providers/pubsub.js'
import { engines, useEngine } from './engines.js'
import { outcome } from './outcome.js'
import { RSA_TEST_KEYS } from './reference/rsa-keys.js'
import { googleIdToken, PUBSUB_AUDIENCE, PUBSUB_EMAIL, publicJwk, rsaKeyId, rsaPrivateJwk, rsaPublicJwk } from './reference/signers.js'

const [KEY, OTHER] = RSA_TEST_KEYS
const BODY = '{"message":{"data":"e30=","messageId":"1","publishTime":"2026-12-01T00:00:00Z"},"subscription":"projects/p/subscriptions/s"}'
const CLAIMS = { audience: PUBSUB_AUDIENCE, email: PUBSUB_EMAIL }
const jwks = (...pems: string[]) => ({ keys: pems.map(rsaPublicJwk) })
const seconds = () => Math.floor(Date.now() / 1000)

/** Google's verifier, as `OAuth2Client.verifyIdToken` runs it, with the certificates given instead of fetched. */
async function google(token: string, pems: readonly string[] = [KEY], audience = PUBSUB_AUDIENCE): Promise<string> {
  const certs = Object.fromEntries(pems.map((pem) => [rsaKeyId(pem), createPublicKey(pem).export({ type: 'spki', format: 'pem' })]))
  try {
    const ticket = await new OAuth2Client().verifySignedJwtWithCertsAsync(token, certs as Record<string, string>, audience, [
      'accounts.google.com',
      'https://accounts.google.com',
    ])
    // Google's verifier leaves the email to the caller, as its docs' samples check it.
    const payload = ticket.getPayload()!
    return payload.email === PUBSUB_EMAIL && payload.email_verified === true ? 'ok' : 'email'
  } catch {
    return 'refused'
  }
}

describe.each(engines)('Pub/Sub ID tokens, $name engine', (engine) => {
  useEngine(engine)
  const check = (token: string, options: Record<string, unknown> = {}, body = BODY) =>
    outcome(pubsub.verify({ headers: { authorization: `Bearer ${token}` }, body }, { ...CLAIMS, jwks: jwks(KEY), ...options } as never))

  it('a token written as Google writes one: both verifiers accept it', async () => {
    const token = googleIdToken(KEY, seconds())
    expect(await check(token)).toBe('ok')
    expect(await google(token)).toBe('ok')
  })

  it("hookproof's sign() makes tokens Google's verifier accepts", async () => {
    const delivery = await pubsub.sign(JSON.parse(BODY), { ...CLAIMS, privateKey: rsaPrivateJwk(KEY) })
    const token = delivery.headers['Authorization']!.replace(/^Bearer /, '')
    expect(await google(token)).toBe('ok')
    expect(await outcome(pubsub.verify(delivery, { ...CLAIMS, jwks: jwks(KEY) }))).toBe('ok')
  })

  it('the refusals Google makes, hookproof makes too', async () => {
    const now = seconds()
    const cases: [string, Parameters<typeof googleIdToken>[2], string][] = [
      ['another audience', { claims: { aud: 'https://elsewhere.test' } }, 'signature_mismatch'],
      ['another issuer', { claims: { iss: 'https://evil.test' } }, 'signature_mismatch'],
      ['expired past the skew', { claims: { iat: now - 4000, exp: now - 400 } }, 'timestamp_too_old'],
      ['issued in the future past the skew', { claims: { iat: now + 400, exp: now + 4000 } }, 'timestamp_too_new'],
      ['exp more than a day ahead', { claims: { exp: now + 90_000 } }, 'timestamp_too_new'],
      ['no exp', { drop: ['exp'] }, 'malformed_signature'],
    ]
    for (const [, change, code] of cases) {
      const token = googleIdToken(KEY, now, change)
      expect([await check(token), await google(token)]).toEqual([code, 'refused'])
    }
    const forged = googleIdToken(OTHER, now, { header: { kid: rsaKeyId(KEY) } })
    expect([await check(forged), await google(forged)]).toEqual(['signature_mismatch', 'refused'])
  })

  it('where Google leaves the email to its caller, hookproof checks it', async () => {
    const token = googleIdToken(KEY, seconds(), { claims: { email: 'anyone@gmail.com' } })
    expect(await google(token)).toBe('email')
    expect(await check(token)).toBe('signature_mismatch')
    const unverified = googleIdToken(KEY, seconds(), { claims: { email_verified: false } })
    expect([await check(unverified), await google(unverified)]).toEqual(['signature_mismatch', 'email'])
  })

  it('the body is not covered: any body passes with a valid token, and the token is checked before the body is read', async () => {
    const token = googleIdToken(KEY, seconds())
    expect(await check(token, {}, '{"message":{"messageId":"forged"},"subscription":"x"}')).toBe('ok')
    let pulled = 0
    const body = new ReadableStream(
      {
        pull(controller) {
          pulled++
          controller.enqueue(new TextEncoder().encode(BODY))
          controller.close()
        },
      },
      { highWaterMark: 0 },
    )
    const request = new Request('https://x.test/', {
      method: 'POST',
      headers: { authorization: `Bearer ${googleIdToken(KEY, seconds(), { claims: { aud: 'https://elsewhere.test' } })}` },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(await outcome(pubsub.verify(request, { ...CLAIMS, jwks: jwks(KEY) }))).toBe('signature_mismatch')
    expect(pulled).toBe(0)
  })

  it('a mismatch names the claim, so a misconfigured audience is found at the first delivery', async () => {
    const token = googleIdToken(KEY, seconds())
    await expect(
      pubsub.verify(
        { headers: { authorization: `Bearer ${token}` }, body: BODY },
        { ...CLAIMS, audience: 'https://x.test/push', jwks: jwks(KEY) },
      ),
    ).rejects.toThrow(`is for the audience "${PUBSUB_AUDIENCE}", not options.audience ("https://x.test/push")`)
    await expect(
      pubsub.verify(
        { headers: { authorization: `Bearer ${token}` }, body: BODY },
        { ...CLAIMS, email: ['a@x.test', 'b@x.test'], jwks: jwks(KEY) },
      ),
    ).rejects.toThrow(`speaks for email "${PUBSUB_EMAIL}", not options.email (["a@x.test","b@x.test"])`)
  })

  it('the audience and the service account are required, as non-empty strings or arrays of them', async () => {
    const token = googleIdToken(KEY, seconds())
    const call = (options: Record<string, unknown>) =>
      pubsub.verify({ headers: { authorization: `Bearer ${token}` }, body: BODY }, { jwks: jwks(KEY), ...options } as never)
    await expect(call({ email: PUBSUB_EMAIL })).rejects.toThrow(/^hookproof: options\.audience must be the token's audience/)
    await expect(call({ audience: PUBSUB_AUDIENCE })).rejects.toThrow(/^hookproof: options\.email must be the token's email/)
    await expect(call({ ...CLAIMS, audience: [] })).rejects.toThrow(TypeError)
    await expect(call({ ...CLAIMS, email: ' padded@x.test' })).rejects.toThrow(TypeError)
    await expect(call({ ...CLAIMS, secret: 's' })).rejects.toThrow(/signs with RSA keys from its JWKS, not a secret/)
    expect(await outcome(call({ ...CLAIMS, audience: ['https://other.test', PUBSUB_AUDIENCE] }))).toBe('ok')
  })
})

describe.each(engines)('RSA keys of a JWKS, $name engine', (engine) => {
  useEngine(engine)
  const token = () => googleIdToken(KEY, seconds())
  const verifyWith = (keys: object[]) =>
    pubsub.verify({ headers: { authorization: `Bearer ${token()}` }, body: BODY }, { ...CLAIMS, jwks: { keys } } as never)
  const check = (keys: object[]) => outcome(verifyWith(keys))
  const weak = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' })

  it("the caller's JWKS: a key shorter than 2048 bits, or of another exponent, is a TypeError that names it", async () => {
    await expect(verifyWith([rsaPublicJwk(KEY), weak])).rejects.toThrow(
      /options\.jwks\.keys\[1\] is an RSA public key whose modulus is shorter than 2048 bits/,
    )
    await expect(verifyWith([{ ...rsaPublicJwk(KEY), e: 'Aw' }])).rejects.toThrow(/whose public exponent is not 65537/)
    await expect(verifyWith([{ kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43) }])).rejects.toThrow(/has no RSA signing key/)
    expect(await check([{ ...rsaPublicJwk(OTHER), use: 'enc' }, rsaPublicJwk(KEY)])).toBe('ok')
  })

  it('reads a modulus with a leading zero byte as the same key', async () => {
    const jwk = rsaPublicJwk(KEY)
    const padded = Buffer.concat([Buffer.from([0]), Buffer.from(jwk['n']!, 'base64url')]).toString('base64url')
    expect(await check([{ ...jwk, n: padded }])).toBe('ok')
  })

  it('a signature of another length than the modulus, or not below it, is false, never an exception', async () => {
    const read = rsaKeyOfJwk(rsaPublicJwk(KEY))
    if (!read || 'flaw' in read) throw new Error('the test key reads')
    const data = new TextEncoder().encode('x')
    for (const signature of [new Uint8Array(255), new Uint8Array(257), new Uint8Array(256).fill(0xff), new Uint8Array(256)]) {
      expect(await verifyRs256(read.key, signature, data)).toBe(false)
    }
    const good = await signRs256(rsaPrivateJwk(KEY), 'x')
    expect(await verifyRs256(read.key, good, data)).toBe(true)
  })
})

describe('rsaKeyOfJwk', () => {
  const jwk = rsaPublicJwk(KEY)
  it('bounds the modulus, requires it odd, and accepts 65537 only', () => {
    expect(rsaKeyOfJwk(jwk)).toMatchObject({ key: { e: 'AQAB', bytes: 256 } })
    expect(rsaKeyOfJwk({ ...jwk, n: Buffer.alloc(255, 0xff).toString('base64url') })).toEqual({ flaw: 'short' })
    expect(rsaKeyOfJwk({ ...jwk, n: Buffer.alloc(1025, 0xff).toString('base64url') })).toEqual({ flaw: 'long' })
    expect(rsaKeyOfJwk({ ...jwk, n: 'A'.repeat(20_000) })).toEqual({ flaw: 'long' })
    expect(rsaKeyOfJwk({ ...jwk, n: Buffer.alloc(256, 0xfe).toString('base64url') })).toEqual({ flaw: 'even' })
    expect(rsaKeyOfJwk({ ...jwk, e: 'AQAC' })).toEqual({ flaw: 'exponent' })
    // 65537 with a leading zero byte is still 65537, written canonically for the engines.
    expect(rsaKeyOfJwk({ ...jwk, e: 'AAEAAQ' })).toMatchObject({ key: { e: 'AQAB' } })
    expect(rsaKeyOfJwk({ ...jwk, e: 'AQABAAE' })).toEqual({ flaw: 'exponent' })
    expect(rsaKeyOfJwk({ ...jwk, kty: 'EC' })).toBeUndefined()
    expect(rsaKeyOfJwk({ ...jwk, n: 'not base64!' })).toBeUndefined()
    expect(rsaKeyOfJwk(null)).toBeUndefined()
  })
})

describe("Google's keys fetched by kid", () => {
  beforeEach(() => {
    forgetJwks()
    vi.useFakeTimers({ toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  const served = (...pems: string[]) => {
    const calls: string[] = []
    let keys = pems
    return {
      calls,
      rotate: (...next: string[]) => {
        keys = next
      },
      fetch: async (url: string) => {
        calls.push(url)
        return new Response(JSON.stringify(jwks(...keys)))
      },
    }
  }
  const deliver = (pem: string, fetch: unknown) =>
    outcome(
      pubsub.verify({ headers: { authorization: `Bearer ${googleIdToken(pem, seconds())}` }, body: BODY }, { ...CLAIMS, fetch } as never),
    )

  it('fetches https://www.googleapis.com/oauth2/v3/certs once, and again for a kid it lacks, at most once a minute', async () => {
    const google = served(KEY)
    expect(await deliver(KEY, google.fetch)).toBe('ok')
    expect(await deliver(KEY, (url: string) => google.fetch(url))).toBe('ok')
    expect(google.calls).toEqual([GOOGLE_JWKS_URL])
    // A forgery under an unknown kid: one refetch, then none within the minute.
    for (let i = 0; i < 20; i++) expect(await deliver(OTHER, google.fetch)).toBe('signature_mismatch')
    expect(google.calls).toHaveLength(1)
    vi.setSystemTime(Date.now() + JWKS_REFETCH_INTERVAL)
    google.rotate(KEY, OTHER)
    expect(await deliver(OTHER, google.fetch)).toBe('ok')
    expect(google.calls).toHaveLength(2)
  })

  it('keeps the RSA and the Ed25519 keys of one URL apart: one fetch for each type, neither hiding the other', async () => {
    const seed = Buffer.from('one URL, two key types, 32 bytes').toString('base64')
    const both = { keys: [publicJwk(seed), rsaPublicJwk(KEY)] }
    const calls: string[] = []
    const fetch = async (url: string) => {
      calls.push(url)
      return new Response(JSON.stringify(both))
    }
    const url = 'https://keys.hookproof.test/jwks.json'
    const signed = await fal.sign(
      { request_id: 'req_1', status: 'OK', payload: {} },
      { privateKey: new Uint8Array(Buffer.from(seed, 'base64')) },
    )
    expect(await outcome(fal.verify(signed, { jwksUrl: url, fetch }))).toBe('ok')
    const token = googleIdToken(KEY, seconds())
    expect(
      await outcome(pubsub.verify({ headers: { authorization: `Bearer ${token}` }, body: BODY }, { ...CLAIMS, jwksUrl: url, fetch })),
    ).toBe('ok')
    expect(await outcome(fal.verify(signed, { jwksUrl: url, fetch }))).toBe('ok')
    expect(calls).toEqual([url, url])
  })
})

/** A Gemini dynamic webhook's token, as Google's docs verify one: RS256, the key by kid, the audience (PyJWT's jwt.decode). */
function geminiToken(pem: string, claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${segment({ alg: 'RS256', kid: rsaKeyId(pem), typ: 'JWT', ...header })}.${segment(claims)}`
  return `${input}.${createSign('RSA-SHA256').update(input).sign(pem).toString('base64url')}`
}

describe.each(engines)('Gemini, both ways Google sends webhooks, $name engine', (engine) => {
  useEngine(engine)
  beforeEach(() => forgetJwks())
  const EVENT = '{"type":"batch.succeeded","version":"v1","timestamp":"2026-12-01T12:00:00Z","data":{"id":"batches/1"}}'
  const AUDIENCE = 'projects/123456789/webhooks/dynamic'
  const dynamic = (token: string, options: Record<string, unknown> = {}, body = EVENT) =>
    outcome(gemini.verify({ headers: { 'Webhook-Signature': token }, body }, { audience: AUDIENCE, jwks: jwks(KEY), ...options } as never))
  const fresh = (claims: Record<string, unknown> = {}) => ({ aud: AUDIENCE, iat: seconds(), exp: seconds() + 3600, ...claims })

  it('a dynamic webhook: the token in Webhook-Signature, its key by kid, its audience, its lifetime', async () => {
    expect(await dynamic(geminiToken(KEY, fresh()))).toBe('ok')
    expect(await dynamic(geminiToken(KEY, fresh({ iss: 'anything' })))).toBe('ok') // no issuer documented: not read
    expect(await dynamic(geminiToken(KEY, fresh({ aud: 'another' })))).toBe('signature_mismatch')
    expect(await dynamic(geminiToken(KEY, fresh({ exp: undefined })))).toBe('malformed_signature')
    expect(await dynamic(geminiToken(KEY, fresh({ iat: seconds() - 301 })))).toBe('timestamp_too_old')
    expect(await dynamic(geminiToken(KEY, fresh({ iat: seconds() - 301 })), { tolerance: 600 })).toBe('ok')
    expect(await dynamic(geminiToken(OTHER, fresh(), { kid: rsaKeyId(KEY) }))).toBe('signature_mismatch')
    expect(await dynamic(geminiToken(KEY, fresh(), { alg: 'HS256' }))).toBe('malformed_signature')
    expect(await dynamic(`Bearer ${geminiToken(KEY, fresh())}`)).toBe('malformed_signature')
    // Google documents no claim binding the body: it is not covered.
    expect(await dynamic(geminiToken(KEY, fresh()), {}, EVENT.replace('batches/1', 'batches/2'))).toBe('ok')
  })

  it('a static endpoint: Standard Webhooks with the whsec_ secret; the key option chooses, never the delivery', async () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    const signed = await gemini.sign(JSON.parse(EVENT), { secret })
    expect(await outcome(gemini.verify(signed, { secret }))).toBe('ok')
    expect(await outcome(gemini.verify({ ...signed, body: `${signed.body} ` }, { secret }))).toBe('signature_mismatch')
    // A token sent to an endpoint verified with the secret is no signature of it.
    expect(
      await outcome(
        gemini.verify({ headers: { ...signed.headers, 'webhook-signature': geminiToken(KEY, fresh()) }, body: EVENT }, { secret }),
      ),
    ).toBe('malformed_signature')
    await expect(gemini.verify(signed, { secret, audience: AUDIENCE } as never)).rejects.toThrow(
      /pass options\.secret or options\.audience, not both/,
    )
    await expect(gemini.verify(signed, {} as never)).rejects.toThrow(/needs options\.secret or options\.audience/)
    const jwt = await gemini.sign(JSON.parse(EVENT), { privateKey: rsaPrivateJwk(KEY), audience: AUDIENCE })
    expect(await outcome(gemini.verify(jwt, { audience: AUDIENCE, jwks: jwks(KEY) }))).toBe('ok')
    expect(await outcome(gemini.verify(jwt, { audience: AUDIENCE, fetch: async () => new Response(JSON.stringify(jwks(OTHER))) }))).toBe(
      'signature_mismatch',
    )
    expect(GEMINI_JWKS_URL).toBe('https://generativelanguage.googleapis.com/.well-known/jwks.json')
  })
})

describe.each(engines)('the JWT + JWKS family at its edges, $name engine', (engine) => {
  useEngine(engine)
  beforeEach(() => forgetJwks())
  const verifyWith = (token: string, options: Record<string, unknown> = {}) =>
    pubsub.verify({ headers: { authorization: `Bearer ${token}` }, body: BODY }, { ...CLAIMS, jwks: jwks(KEY), ...options } as never)

  it('reads an audience option of strings only, each non-empty and untrimmed', async () => {
    const token = googleIdToken(KEY, seconds())
    for (const audience of [['ok', ''], ['ok', 1], ['ok', ' padded'], '', 7, null]) {
      await expect(verifyWith(token, { audience })).rejects.toThrow(/^hookproof: options\.audience must be the token's audience \(aud\)/)
    }
    await expect(verifyWith(token, { email: [PUBSUB_EMAIL, ''] })).rejects.toThrow(/^hookproof: options\.email must be the token's email/)
  })

  it('an aud claim with a non-string among strings is malformed; each refusal says what is missing', async () => {
    const now = seconds()
    const verifyWith = (token: string) =>
      pubsub.verify({ headers: { authorization: `Bearer ${token}` }, body: BODY }, { ...CLAIMS, jwks: jwks(KEY), now: now * 1000 })
    await expect(verifyWith(googleIdToken(KEY, now, { claims: { aud: [PUBSUB_AUDIENCE, 1] } }))).rejects.toThrow(
      'The Authorization header has a token without an audience (aud) of strings.',
    )
    await expect(verifyWith(googleIdToken(KEY, now, { drop: ['iss'] }))).rejects.toThrow('has a token without an issuer (iss).')
    await expect(verifyWith(googleIdToken(KEY, now, { drop: ['email'] }))).rejects.toThrow('has a token without email.')
    await expect(verifyWith(googleIdToken(KEY, now, { claims: { iss: 'https://evil.test' } }))).rejects.toThrow(
      'The token in the Authorization header was issued by "https://evil.test", not "accounts.google.com" or "https://accounts.google.com".',
    )
    await expect(verifyWith(googleIdToken(KEY, now, { claims: { email_verified: false } }))).rejects.toThrow(
      'The token in the Authorization header does not have email_verified: true.',
    )
    await expect(verifyWith(googleIdToken(KEY, now, { claims: { exp: now + 90_000 } }))).rejects.toThrow(
      `The delivery's token expires 90000 s from now; a token of this sender lives 86400 s at most.`,
    )
    await expect(verifyWith(googleIdToken(OTHER, now, { header: { kid: rsaKeyId(KEY) } }))).rejects.toThrow(
      "The Pub/Sub token's signature does not verify under the key of the JWKS its kid names",
    )
    // A claim value in a message is cut short: the sender wrote it.
    const long = `https://${'x'.repeat(200)}.test`
    await expect(verifyWith(googleIdToken(KEY, now, { claims: { aud: long } }))).rejects.toThrow(`"https://${'x'.repeat(108)}...`)
    await expect(verifyWith(googleIdToken(KEY, now, { claims: { aud: ['https://a.test', 'https://b.test'] } }))).rejects.toThrow(
      'is for the audience ["https://a.test","https://b.test"], not options.audience ("https://hookproof.test/pubsub")',
    )
  })

  it('sign writes what Google writes: the last issuer, the identity verified, an hour of life, the key id of the JWK', async () => {
    const now = Date.UTC(2026, 11, 1) / 1000
    const delivery = await pubsub.sign(JSON.parse(BODY), { ...CLAIMS, privateKey: rsaPrivateJwk(KEY), timestamp: now * 1000 })
    const [head, claims] = delivery.headers['Authorization']!.replace('Bearer ', '').split('.') as [string, string]
    expect(JSON.parse(Buffer.from(head, 'base64url').toString())).toEqual({ alg: 'RS256', kid: rsaKeyId(KEY), typ: 'JWT' })
    expect(JSON.parse(Buffer.from(claims, 'base64url').toString())).toEqual({
      iss: 'https://accounts.google.com',
      aud: PUBSUB_AUDIENCE,
      email: PUBSUB_EMAIL,
      email_verified: true,
      iat: now,
      exp: now + 3600,
    })
    const { kid: _kid, ...unnamed } = rsaPrivateJwk(KEY)
    const other = await pubsub.sign(JSON.parse(BODY), { ...CLAIMS, privateKey: unnamed, keyId: 'k7', validFor: 60, timestamp: now * 1000 })
    const parts = other.headers['Authorization']!.replace('Bearer ', '').split('.')
    expect(JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()).kid).toBe('k7')
    expect(JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()).exp).toBe(now + 60)
    const none = await pubsub.sign(JSON.parse(BODY), { ...CLAIMS, privateKey: unnamed })
    expect(JSON.parse(Buffer.from(none.headers['Authorization']!.split(' ')[1]!.split('.')[0]!, 'base64url').toString())).toEqual({
      alg: 'RS256',
      typ: 'JWT',
    })
  })

  it('sign refuses what cannot sign, each with the fix: no key, a key that is not an RSA private key, a bad validFor or keyId', async () => {
    const body = JSON.parse(BODY)
    await expect(pubsub.sign(body, CLAIMS as never)).rejects.toThrow(/^hookproof: sign needs options\.privateKey: the RSA private key/)
    await expect(pubsub.sign(body, { ...CLAIMS, privateKey: rsaPublicJwk(KEY) } as never)).rejects.toThrow(
      /^hookproof: the RSA private key must be a JWK with kty "RSA" and "d"/,
    )
    await expect(pubsub.sign(body, { ...CLAIMS, privateKey: { ...rsaPrivateJwk(KEY), n: 'AQAB', p: 'AQAB' } })).rejects.toThrow(
      'hookproof: the RSA private key is not a usable RS256 private key.',
    )
    await expect(pubsub.sign(body, { ...CLAIMS, privateKey: rsaPrivateJwk(KEY), validFor: -1 })).rejects.toThrow(
      'hookproof: options.validFor must be whole seconds (>= 0), got -1.',
    )
    await expect(pubsub.sign(body, { ...CLAIMS, privateKey: rsaPrivateJwk(KEY), keyId: 7 } as never)).rejects.toThrow(
      'hookproof: options.keyId must be a string.',
    )
    // A CryptoKey signs as a JWK does.
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
    const cryptoKey = await crypto.subtle.importKey('jwk', rsaPrivateJwk(KEY) as JsonWebKey, algorithm, false, ['sign'])
    expect(Buffer.from(await signRs256(cryptoKey, 'x'))).toEqual(Buffer.from(await signRs256(rsaPrivateJwk(KEY), 'x')))
  })

  it('a Gemini dynamic token past its exp is too old: the chosen scheme checks its own times', async () => {
    const AUDIENCE = 'projects/1/webhooks/w'
    const now = seconds()
    const token = geminiToken(KEY, { aud: AUDIENCE, iat: now - 100, exp: now - 301 })
    const check = gemini.verify(
      { headers: { 'Webhook-Signature': token }, body: '{"type":"batch.succeeded","version":"v1","timestamp":"t","data":{"id":"b"}}' },
      { audience: AUDIENCE, jwks: jwks(KEY) },
    )
    await expect(check).rejects.toMatchObject({ code: 'timestamp_too_old' })
  })
})

describe('messageData', () => {
  it("decodes a push's base64 data, and an absent one is empty", () => {
    const push = JSON.parse(BODY)
    expect(new TextDecoder().decode(messageData({ ...push, message: { ...push.message, data: btoa('{"ok":true}') } }))).toBe('{"ok":true}')
    expect(messageData({ ...push, message: { messageId: '1', publishTime: 't' } })).toEqual(new Uint8Array(0))
    expect(() => messageData({ ...push, message: { ...push.message, data: 'not base64!' } })).toThrow(
      'hookproof: message.data is not base64.',
    )
  })
})

describe('rsaKeyOfJwk at its bounds', () => {
  const jwk = rsaPublicJwk(KEY)
  const modulus = (bytes: number, first = 0xff) => {
    const n = Buffer.alloc(bytes, 0xff)
    n[0] = first
    return n.toString('base64url')
  }
  it('2048 and 8192 bits are read; 2047 and 8193 are not; a modulus of zeros is short', () => {
    expect(rsaKeyOfJwk({ ...jwk, n: modulus(256) })).toMatchObject({ key: { bytes: 256 } })
    expect(rsaKeyOfJwk({ ...jwk, n: modulus(256, 0x7f) })).toEqual({ flaw: 'short' })
    expect(rsaKeyOfJwk({ ...jwk, n: modulus(1024) })).toMatchObject({ key: { bytes: 1024 } })
    expect(rsaKeyOfJwk({ ...jwk, n: `AA${modulus(1024)}`.slice(0, 1368) })).toBeDefined()
    expect(rsaKeyOfJwk({ ...jwk, n: modulus(1025, 0x01) })).toEqual({ flaw: 'long' })
    expect(rsaKeyOfJwk({ ...jwk, n: Buffer.alloc(300).toString('base64url') })).toEqual({ flaw: 'short' })
  })
  it('refuses what is not an RSA public key of base64url members', () => {
    expect(rsaKeyOfJwk({ ...jwk, n: 7 })).toBeUndefined()
    expect(rsaKeyOfJwk({ ...jwk, e: 7 })).toBeUndefined()
    expect(rsaKeyOfJwk({ ...jwk, e: 'AQAB=' })).toBeUndefined()
    expect(rsaKeyOfJwk({ ...jwk, n: `=${jwk['n']}` })).toBeUndefined()
    expect(rsaKeyOfJwk({ ...jwk, n: `${jwk['n']}=` })).toBeUndefined()
    expect(rsaKeyOfJwk({ ...jwk, n: 'A' })).toBeUndefined()
    expect(rsaKeyOfJwk('RSA')).toBeUndefined()
    expect(rsaKeyOfJwk({ ...jwk, e: 'AAEAAQAB' })).toEqual({ flaw: 'exponent' })
  })
})

describe.each(engines)('a token read strictly, each refusal saying why, $name engine', (engine) => {
  useEngine(engine)
  const now = seconds()
  const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const good = googleIdToken(KEY, now)
  const [head, claims, mac] = good.split('.') as [string, string, string]
  const refusal = async (value: string) => {
    try {
      await pubsub.verify({ headers: { authorization: value }, body: BODY }, { ...CLAIMS, jwks: jwks(KEY), now: now * 1000 })
      return 'ok'
    } catch (error) {
      return (error as Error).message
    }
  }
  const why = (text: string) => `The Authorization header ${text}.`

  it('names what is wrong with the token, before any crypto', async () => {
    const cases: [string, string][] = [
      [`Bearer ${good} extra`, 'is not "Bearer <token>"'],
      [`Bearer ${head}.${claims}`, 'is not a JSON Web Token (three base64url segments joined by ".")'],
      [`Bearer x${head}.${claims}.${mac}`, 'has a token whose header is not base64url JSON'],
      [`Bearer ${segment([1])}.${claims}.${mac}`, 'has a token whose header is not base64url JSON'],
      [`Bearer ${segment(null)}.${claims}.${mac}`, 'has a token whose header is not base64url JSON'],
      [`Bearer ${Buffer.from('{"alg":').toString('base64url')}.${claims}.${mac}`, 'has a token whose header is not base64url JSON'],
      [`Bearer ${segment({ alg: 'HS256' })}.${claims}.${mac}`, 'has a token signed with "HS256"; only RS256 is accepted'],
      [
        `Bearer ${segment({ alg: 'RS256', crit: ['x'] })}.${claims}.${mac}`,
        'has a token with critical header parameters (crit), which hookproof does not process',
      ],
      [`Bearer ${segment({ alg: 'RS256', typ: 5 })}.${claims}.${mac}`, 'has a token whose typ is not JWT'],
      [`Bearer ${segment({ alg: 'RS256', typ: 'at+jwt' })}.${claims}.${mac}`, 'has a token whose typ is not JWT'],
      [`Bearer ${segment({ alg: 'RS256', kid: 1 })}.${claims}.${mac}`, 'has a token whose key id (kid) is not a string'],
      [`Bearer ${head}.${segment([1])}.${mac}`, 'has a token whose payload is not base64url JSON'],
      [`Bearer ${head}.${segment('text')}.${mac}`, 'has a token whose payload is not base64url JSON'],
      [
        `Bearer ${head}.${claims}.${Buffer.alloc(255).toString('base64url')}`,
        'has a token whose signature is not 256 to 1024 bytes of base64url',
      ],
      [
        `Bearer ${head}.${claims}.${Buffer.alloc(1025).toString('base64url')}`,
        'has a token whose signature is not 256 to 1024 bytes of base64url',
      ],
      [`Bearer ${head}.${claims}.${mac}=`, 'has a token whose signature is not 256 to 1024 bytes of base64url'],
      [`Bearer ${head}.${segment({ aud: PUBSUB_AUDIENCE })}.${mac}`, 'has a token without an expiry (exp) in whole seconds'],
      [
        `Bearer ${head}.${segment({ aud: PUBSUB_AUDIENCE, exp: now, iat: 'now' })}.${mac}`,
        'has a token whose nbf or iat is not whole seconds',
      ],
      [
        `Bearer ${head}.${segment({ aud: PUBSUB_AUDIENCE, exp: now, nbf: -1 })}.${mac}`,
        'has a token whose nbf or iat is not whole seconds',
      ],
      [`Bearer ${'x'.repeat(8190)}`, 'is longer than 8192 characters'],
    ]
    for (const [value, text] of cases) expect(await refusal(value)).toBe(why(text))
    // 8192 characters is the bound, not past it: read, and refused for what it is.
    expect(await refusal(`Bearer ${'x'.repeat(8185)}`)).toBe(why('is not a JSON Web Token (three base64url segments joined by ".")'))
  })

  it('exp 0 is a time (long past), not a malformed one; nbf, when given, is the time the tolerance bounds', async () => {
    expect(await refusal(`Bearer ${googleIdToken(KEY, now, { claims: { exp: 0, iat: undefined } })}`)).toMatch(
      /^The delivery's token expired/,
    )
    expect(await refusal(`Bearer ${googleIdToken(KEY, now, { claims: { nbf: now - 4000 } })}`)).toMatch(
      /older than the tolerance|too old|old/,
    )
  })
})

describe('where the keys come from: the options read once, for every key type', () => {
  const token = () => googleIdToken(KEY, seconds())
  const call = (options: Record<string, unknown>) =>
    pubsub.verify({ headers: { authorization: `Bearer ${token()}` }, body: BODY }, { ...CLAIMS, ...options } as never)

  it('a jwksUrl that is not http(s), a fetch that is not a function, and no fetch at all are TypeErrors that say so', async () => {
    await expect(call({ jwksUrl: 'ftp://keys.test/jwks.json' })).rejects.toThrow('hookproof: options.jwksUrl must be an http(s) URL.')
    await expect(call({ jwksUrl: 7 })).rejects.toThrow('hookproof: options.jwksUrl must be an http(s) URL.')
    await expect(call({ fetch: 'https://keys.test' })).rejects.toThrow(
      'hookproof: options.fetch must be a function, (url, init) => Promise<Response>, like the global fetch.',
    )
    const globalFetch = globalThis.fetch
    try {
      ;(globalThis as { fetch?: unknown }).fetch = undefined
      await expect(call({})).rejects.toThrow(
        'hookproof: there is no global fetch here to load the JWKS. Pass options.fetch, or the keys as options.jwks.',
      )
    } finally {
      globalThis.fetch = globalFetch
    }
  })
})
