/**
 * Every bug webhook verifiers have shipped (test/vectors/regressions.json),
 * on both engines and in every input form; and hookproof's own: degenerate
 * Ed25519 keys that verified forgeries, JWKS read without a bound.
 */
import { createHash, createPublicKey, sign as ed25519Sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { beforeEach, describe, expect, it } from 'vitest'
import { forgetJwks } from '../src/crypto/jwks.js'
import * as hookproof from '../src/index.js'
import { isWebhookVerificationError, type WebhookInput } from '../src/index.js'
import { webhook } from '../src/frameworks/node.js'
import { engines, useEngine } from './engines.js'
import { formsFor } from './forms.js'
import { generateRegressions, type Regression } from './reference/regressions.js'
import { ed25519Key, publicJwk, referenceOf, standardV1 } from './reference/signers.js'
import { NOW, vectorPath } from './vectors/format.js'

const file = JSON.parse(readFileSync(vectorPath('regressions'), 'utf8')) as { now: number; vectors: Regression[] }
type Verify = (input: WebhookInput, options: hookproof.VerifyOptions) => Promise<Record<string, unknown>>

function inputs(vector: Regression): { name: string; input: () => WebhookInput }[] {
  if (vector.bodyView) {
    const { base64, offset, length } = vector.bodyView
    const view = (): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64')).subarray(offset, offset + length)
    return [
      { name: 'Uint8Array view', input: () => ({ headers: vector.headers, body: view() }) },
      {
        name: 'Buffer view',
        input: () => ({
          headers: new Headers(vector.headers),
          body: Buffer.from(Buffer.from(base64, 'base64')).subarray(offset, offset + length),
        }),
      },
    ]
  }
  const delivery = {
    headers: vector.headers,
    bytes: Buffer.from(vector.body ?? '', 'utf8'),
    ...(vector.body === undefined ? {} : { text: vector.body }),
  }
  return formsFor(delivery)
    .filter((form) => !vector.plainHeadersOnly || !/Fetch|Request/.test(form.name))
    .map((form) => ({ name: form.name, input: () => form.make(delivery) }))
}

it("the regression vectors are what the providers' reference signers compute", () => {
  expect(file).toEqual({ now: NOW, vectors: generateRegressions() })
})

describe.each(engines)('regressions, $name engine', (engine) => {
  useEngine(engine)

  it.each(file.vectors.map((v) => [v.name, v] as const))('%s', async (_name, vector) => {
    const verify = (hookproof as unknown as Record<string, { verify: Verify }>)[vector.provider]!.verify
    const options = { secret: vector.secret!, now: file.now }
    for (const { name, input } of inputs(vector)) {
      const outcome = await verify(input(), options).then(
        (event) => ({ event }),
        (error: unknown) => ({ error }),
      )
      const where = `${vector.name} [${name}] (${vector.bug})`
      if ('event' in vector.expect) {
        expect(outcome, where).toHaveProperty('event')
        expect((outcome as { event: Record<string, unknown> }).event[referenceOf(vector.provider).eventField!], where).toBe(
          vector.expect.event,
        )
      } else {
        const error = (outcome as { error?: unknown }).error
        expect(isWebhookVerificationError(error), `${where}: ${String(error)}`).toBe(true)
        expect((error as { code: string }).code, where).toBe(vector.expect.error)
      }
    }
  })
})

describe('caller-side regressions', () => {
  it('a secret pasted with a trailing newline is a TypeError that says so (stripe/stripe-node #1980)', async () => {
    const delivery = await hookproof.adsumo.sign(JSON.stringify({ event: 'generation.completed' }), { secret: 's3cret' })
    await expect(hookproof.adsumo.verify(delivery, { secret: 's3cret\n' })).rejects.toThrow(/whitespace/)
    await expect(hookproof.adsumo.verify(delivery, { secret: 's3cret\n' })).rejects.toBeInstanceOf(TypeError)
  })

  it('a Uint8Array body and a Fetch Headers object are read (svix #977, #978)', async () => {
    const delivery = await hookproof.adsumo.sign(JSON.stringify({ event: 'generation.failed' }), { secret: 's3cret' })
    const event = await hookproof.adsumo.verify(
      { headers: new Headers(delivery.headers), body: new TextEncoder().encode(delivery.body) },
      { secret: 's3cret' },
    )
    expect(event.event).toBe('generation.failed')
  })
})

// Keys of small order: under each, Ed25519 verifies `01` + `00`×63 (R the
// identity, S = 0) for any message (the identity) or a share of them (the
// all-zero key, of order 4), on node:crypto and Web Crypto alike.
const DEGENERATE = [
  ['the identity', `01${'00'.repeat(31)}`],
  ['the all-zero key', '00'.repeat(32)],
  ['the identity spelled non-canonically (y = p + 1)', `ee${'ff'.repeat(30)}7f`],
] as const
const FORGED = new Uint8Array(64).fill(0, 1).fill(1, 0, 1)
const okp = (hex: string): JsonWebKey => ({ kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') })

// Buffer#slice is a view of the same memory, where Uint8Array#slice copies:
// code that copies a caller's bytes with .slice() wrote into a caller's
// Buffer key, kept a caller's reused Buffer secret as its cached "copy", and
// handed verify a whole 8 KiB pool slab for a pooled body chunk.
describe.each(engines)("a caller's Buffers, $name engine", (engine) => {
  useEngine(engine)

  it('verifyEd25519 with a Buffer key whose last byte has its high bit set verifies and leaves the key as it was', async () => {
    let checked = 0
    for (let i = 0; checked < 4; i++) {
      const privateKey = ed25519Key(Buffer.alloc(32, i))
      const raw = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(12)
      if (!((raw[31] ?? 0) & 0x80)) continue
      // Pooled, as Buffer.from of a short key is: a view into a larger slab.
      const key = Buffer.from(raw)
      const message = Buffer.from(`message ${i}`)
      expect(await hookproof.verifyEd25519(key, ed25519Sign(null, message, privateKey), message)).toBe(true)
      expect(key.equals(raw)).toBe(true)
      checked++
    }
  })

  it('a Buffer secret overwritten in place with another key verifies with that key, not the one it held', async () => {
    const secret = Buffer.alloc(24, 1)
    const id = 'msg_buffer'
    const ts = String(Math.floor(Date.now() / 1000))
    const body = '{"type":"video.ready"}'
    const deliveryFor = (key: Buffer) => ({
      headers: { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': standardV1(key.toString('base64'), id, ts, body) },
      body,
    })
    const first = deliveryFor(Buffer.alloc(24, 1))
    const second = deliveryFor(Buffer.alloc(24, 2))
    await expect(hookproof.standardwebhooks.verify(first, { secret })).resolves.toEqual({ type: 'video.ready' })
    secret.fill(2)
    await expect(hookproof.standardwebhooks.verify(second, { secret })).resolves.toEqual({ type: 'video.ready' })
    const stale = await hookproof.standardwebhooks.verify(first, { secret }).catch((e: unknown) => e)
    expect(isWebhookVerificationError(stale) && stale.code).toBe('signature_mismatch')
  })

  it('a Node request whose body chunk is a view into a larger buffer verifies as the bytes of the view (hookproof/node)', async () => {
    const secret = 'whsec_' + Buffer.alloc(24, 3).toString('base64')
    const id = 'msg_view'
    const ts = String(Math.floor(Date.now() / 1000))
    const body = '{"type":"video.ready","padding":"x"}'
    const slab = Buffer.concat([Buffer.from('junk before'), Buffer.from(body), Buffer.from('junk after')])
    const chunk = slab.subarray(11, 11 + Buffer.byteLength(body))
    const req = Object.assign(Readable.from([chunk], { objectMode: false }), {
      headers: {
        'content-length': String(chunk.byteLength),
        'webhook-id': id,
        'webhook-timestamp': ts,
        'webhook-signature': standardV1(secret, id, ts, body),
      },
    })
    await expect(webhook(hookproof.standardwebhooks, { secret })(req)).resolves.toEqual({ type: 'video.ready', padding: 'x' })
  })
})

describe.each(engines)('degenerate Ed25519 keys, $name engine', (engine) => {
  useEngine(engine)
  beforeEach(() => forgetJwks())

  it.each(DEGENERATE)(
    'a fetched JWKS listing %s beside a genuine key verifies no forged delivery, whatever the body',
    async (_name, hex) => {
      const seed = new Uint8Array(32).fill(7)
      const fetch = async () => Response.json({ keys: [okp(hex), publicJwk(Buffer.from(seed).toString('base64'))] })
      for (let i = 0; i < 8; i++) {
        const delivery = await hookproof.fal.sign({ request_id: `r${i}`, status: 'OK', payload: { i } }, { privateKey: seed })
        const forged = { ...delivery, headers: { ...delivery.headers, 'X-Fal-Webhook-Signature': Buffer.from(FORGED).toString('hex') } }
        const error = await hookproof.fal.verify(forged, { fetch }).catch((e: unknown) => e)
        expect(isWebhookVerificationError(error) && error.code).toBe('signature_mismatch')
      }
    },
  )

  it.each(DEGENERATE)('%s as options.jwks, or as a whpk_ key, is a TypeError; verifyEd25519 answers false', async (_name, hex) => {
    const delivery = await hookproof.fal.sign({ request_id: 'r', status: 'OK', payload: null }, { privateKey: new Uint8Array(32) })
    await expect(hookproof.fal.verify(delivery, { jwks: { keys: [okp(hex)] } })).rejects.toBeInstanceOf(TypeError)
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)) }
    const signature = `v1a,${Buffer.from(FORGED).toString('base64')}`
    const secret = `whpk_${Buffer.from(hex, 'hex').toString('base64')}`
    await expect(
      hookproof.standardwebhooks.verify({ headers: { ...headers, 'webhook-signature': signature }, body: '{"type":"x"}' }, { secret }),
    ).rejects.toBeInstanceOf(TypeError)
    for (const message of ['', 'any message', '{"type":"x"}']) {
      expect(await hookproof.verifyEd25519(new Uint8Array(Buffer.from(hex, 'hex')), FORGED, message)).toBe(false)
    }
  })
})

describe('oversized JWKS', () => {
  beforeEach(() => forgetJwks())
  const seed = new Uint8Array(32).fill(9)
  const genuine = () => hookproof.fal.sign({ request_id: 'r', status: 'OK', payload: null }, { privateKey: seed })

  it('a 300 MB JWKS streamed without a Content-Length is cut off at 64 KiB, its stream cancelled: a plain Error (500)', async () => {
    let sent = 0
    let cancelled = false
    const chunk = new Uint8Array(16 * 1024).fill(0x20)
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode(`{"keys":[${JSON.stringify(publicJwk(Buffer.from(seed).toString('base64')))}],"padding":"`),
        )
      },
      pull(controller) {
        if (sent >= 300 * 1024 * 1024) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
      cancel() {
        cancelled = true
      },
    })
    const error = await hookproof.fal.verify(await genuine(), { fetch: async () => new Response(body) }).catch((e: unknown) => e)
    expect(isWebhookVerificationError(error)).toBe(false)
    expect((error as Error).message).toMatch(/could not load the JWKS from \S+: the response is more than 65536 bytes/)
    expect(cancelled).toBe(true)
    expect(sent).toBeLessThanOrEqual(64 * 1024 + 2 * chunk.length)
  })

  it('a JWKS of 10,001 keys is refused by its size; 800 compact ones in 64 KiB, by their count', async () => {
    const keys = (count: number) => Array.from({ length: count }, (_, i) => okp(createHash('sha256').update(String(i)).digest('hex')))
    const many = async (count: number) => {
      const fetch = async () => Response.json({ keys: keys(count) })
      return ((await hookproof.fal.verify(await genuine(), { fetch }).catch((e: unknown) => e)) as Error).message
    }
    expect(await many(10_001)).toMatch(/: the response is more than 65536 bytes/)
    forgetJwks()
    expect(JSON.stringify({ keys: keys(800) }).length).toBeLessThanOrEqual(64 * 1024)
    expect(await many(800)).toMatch(/ has 800 keys; hookproof reads at most 32\.$/)
  })
})
