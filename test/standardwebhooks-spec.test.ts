/**
 * The Standard Webhooks spec repository's published test vectors
 * (github.com/standard-webhooks/standard-webhooks), copied verbatim, through
 * `hookproof/standardwebhooks` and `hookproof/replicate` on both engines.
 */
import { describe, expect, it } from 'vitest'
import { isWebhookVerificationError, replicate, standardwebhooks } from '../src/index.js'
import { engines, useEngine } from './engines.js'

// libraries/javascript/src/index.test.ts (and the Go, Python, Ruby, PHP, Java
// and C# suites, and Replicate's Python and Go SDK tests): one shared vector.
const SHARED = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: '1614265330',
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
}

// libraries/rust/src/lib.rs, test_sign.
const RUST = {
  secret: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD',
  id: 'msg_27UH4WbU6Z5A5EzD8u03UvzRbpk',
  timestamp: '1649367553',
  payload: '{"email":"test@example.com","username":"test_user"}',
  signature: 'v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw=',
}

// standard-webhooks PR #253 (Go, asymmetric signatures): the seed and the v1a
// signature of the shared message.
const ASYMMETRIC = {
  secretKey: 'whsk_VEVTVFNJR05JTkdLRVlET05PVFVTRVRISVNGT1JBTlk=',
  signature: 'v1a,tQ9V2XOqn7jL/DQenEFpqIugdBVtiMmER5mhSkXBNwM0mkATuDe6KYYUuxqtaiHeYGb7KaaBRdM5WqyeFiL8Ag==',
}
// Its public key, derived from the seed with node:crypto (the PR publishes none):
// createPublicKey(seed as PKCS #8).export({ format: 'jwk' }).x, as base64.
const PUBLIC_KEY = 'whpk_ZlN4eg7dSSqi0moX9hQUk3orrOouK3QVQSlJa248c/g='

// libraries/javascript/src/index.test.ts, "multi sig payload is valid": the
// valid signature third among look-alikes and an unknown version.
const LOOKALIKE = 'v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc='
const ROTATION = `${LOOKALIKE} v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= ${SHARED.signature} ${LOOKALIKE}`

const at = (timestamp: string): number => Number(timestamp) * 1000

function delivery(vector: { id: string; timestamp: string; payload: string }, signature: string, extra: Record<string, string> = {}) {
  return {
    headers: { 'webhook-id': vector.id, 'webhook-timestamp': vector.timestamp, 'webhook-signature': signature, ...extra },
    body: vector.payload,
  }
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'accepted'
  } catch (error) {
    return isWebhookVerificationError(error) ? error.code : `not a WebhookVerificationError: ${String(error)}`
  }
}

describe.each(engines)('Standard Webhooks spec vectors, $name engine', (engine) => {
  useEngine(engine)

  it.each([
    ['shared vector (every official library)', SHARED],
    ['Rust library vector', RUST],
  ])('%s verifies, through the generic subpath and Replicate', async (_name, vector) => {
    const options = { secret: vector.secret, now: at(vector.timestamp) }
    await expect(standardwebhooks.verify(delivery(vector, vector.signature), options)).resolves.toEqual(JSON.parse(vector.payload))
    const bytes = new TextEncoder().encode(vector.payload)
    await expect(standardwebhooks.verify({ ...delivery(vector, vector.signature), body: bytes }, options)).resolves.toEqual(
      JSON.parse(vector.payload),
    )
  })

  it.each([
    ['shared vector', SHARED],
    ['Rust library vector', RUST],
  ])('sign() reproduces the %s signature exactly', async (_name, vector) => {
    const signed = await standardwebhooks.sign(vector.payload, { secret: vector.secret, id: vector.id, timestamp: at(vector.timestamp) })
    expect(signed.headers['webhook-signature']).toBe(vector.signature)
    expect(signed.headers['webhook-id']).toBe(vector.id)
    expect(signed.headers['webhook-timestamp']).toBe(vector.timestamp)
  })

  it('accepts the secret without its whsec_ prefix, and as raw bytes, as the libraries do', async () => {
    const now = at(SHARED.timestamp)
    const bare = SHARED.secret.slice('whsec_'.length)
    await expect(standardwebhooks.verify(delivery(SHARED, SHARED.signature), { secret: bare, now })).resolves.toBeTruthy()
    const raw = Uint8Array.from(atob(bare), (c) => c.charCodeAt(0))
    await expect(standardwebhooks.verify(delivery(SHARED, SHARED.signature), { secret: raw, now })).resolves.toBeTruthy()
  })

  it('the multi-signature header of the JS library tests verifies (rotation)', async () => {
    await expect(
      standardwebhooks.verify(delivery(SHARED, ROTATION), { secret: SHARED.secret, now: at(SHARED.timestamp) }),
    ).resolves.toBeTruthy()
  })

  it('the v1a (Ed25519) vector verifies with the public key, and sign() reproduces it', async () => {
    const now = at(SHARED.timestamp)
    await expect(standardwebhooks.verify(delivery(SHARED, ASYMMETRIC.signature), { secret: PUBLIC_KEY, now })).resolves.toEqual(
      JSON.parse(SHARED.payload),
    )
    const signed = await standardwebhooks.sign(SHARED.payload, { secret: ASYMMETRIC.secretKey, id: SHARED.id, timestamp: now })
    // Ed25519 is deterministic: the same seed and message give the same signature.
    expect(signed.headers['webhook-signature']).toBe(ASYMMETRIC.signature)
  })

  it.each([
    // JS library tests, each a rejection.
    ['"missing id raises error"', delivery({ ...SHARED, id: '' }, SHARED.signature), 'missing_signature'],
    ['"missing timestamp raises error"', delivery({ ...SHARED, timestamp: '' }, SHARED.signature), 'missing_timestamp'],
    ['"missing signature raises error"', delivery(SHARED, ''), 'missing_signature'],
    ['"invalid signature throws error"', delivery(SHARED, 'v1,dawfeoifkpqwoekfpqoekf'), 'malformed_signature'],
    [
      '"valid signature is valid and returns valid json" (tampered body)',
      { ...delivery(SHARED, SHARED.signature), body: '{"test": 2432232315}' },
      'signature_mismatch',
    ],
    ['"invalid timestamp throws error"', delivery({ ...SHARED, timestamp: 'hello' }, SHARED.signature), 'malformed_timestamp'],
    [
      'partial signature (the Rust library compared without a length check)',
      delivery(SHARED, SHARED.signature.slice(0, 20)),
      'malformed_signature',
    ],
    ['v1a signature checked against a whsec_ secret', delivery(SHARED, ASYMMETRIC.signature), 'signature_mismatch'],
  ])('%s', async (_name, input, code) => {
    expect(await codeOf(standardwebhooks.verify(input, { secret: SHARED.secret, now: at(SHARED.timestamp) }))).toBe(code)
  })

  it('"old timestamp fails" and "new timestamp fails": 300 s both ways, the edges pass', async () => {
    const verifyAt = (offsetSeconds: number) =>
      codeOf(
        standardwebhooks.verify(delivery(SHARED, SHARED.signature), {
          secret: SHARED.secret,
          now: at(SHARED.timestamp) + offsetSeconds * 1000,
        }),
      )
    expect(await verifyAt(300)).toBe('accepted')
    expect(await verifyAt(301)).toBe('timestamp_too_old')
    expect(await verifyAt(-300)).toBe('accepted')
    expect(await verifyAt(-301)).toBe('timestamp_too_new')
  })

  it('Replicate verifies the shared vector (its SDK tests use it) once the body names a status', async () => {
    const body = '{"id":"p1","status":"succeeded"}'
    const signed = await replicate.sign(body, { secret: SHARED.secret, id: SHARED.id, timestamp: at(SHARED.timestamp) })
    await expect(replicate.verify(signed, { secret: SHARED.secret, now: at(SHARED.timestamp) })).resolves.toMatchObject({
      status: 'succeeded',
    })
    // The shared payload names no status: Replicate's event union cannot type it.
    expect(await codeOf(replicate.verify(delivery(SHARED, SHARED.signature), { secret: SHARED.secret, now: at(SHARED.timestamp) }))).toBe(
      'invalid_payload',
    )
  })
})
