/**
 * The body bound: headers and timestamp checked before a body is read, the
 * bound held against Content-Length and while the body streams (the stream
 * cancelled past it), a stream that fails refused as the sender's doing, and
 * one answer for one delivery whatever form it comes in.
 */
import { createHmac, randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { utf8Length } from '../src/encoding/utf8.js'
import {
  DEFAULT_MAX_BODY_BYTES,
  elevenlabs,
  eversince,
  isWebhookVerificationError,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from '../src/index.js'
import { engines, useEngine } from './engines.js'

const SECRET = 'whsec_body_bound'
const MiB = 1 << 20

/** Eversince's headers for `body` at `seconds`, signed as its docs sign: hex HMAC-SHA256 of `<timestamp>.<body>`. */
function signed(body: string | Uint8Array, seconds = Math.floor(Date.now() / 1000)): Record<string, string> {
  const mac = createHmac('sha256', SECRET).update(`${seconds}.`).update(body).digest('hex')
  return { 'x-eversince-signature': `sha256=${mac}`, 'x-eversince-timestamp': String(seconds) }
}

/** A body stream of `chunks` chunks of `size` bytes, counting what was pulled and whether it was cancelled. */
function counted(chunks: number, size = MiB) {
  const state = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled++ < chunks) controller.enqueue(new Uint8Array(size).fill(0x20))
        else controller.close()
      },
      cancel() {
        state.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, state }
}

const request = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('https://hooks.test/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

async function refusal(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(WebhookVerificationError)
  return error as WebhookVerificationError
}

describe.each(engines)('the body bound on the $name engine', (engine) => {
  useEngine(engine)

  it('reads no body of a delivery without a signature header: 256 MiB offered, none pulled', async () => {
    const { stream, state } = counted(256)
    const error = await refusal(eversince.verify(request(stream), { secret: SECRET }))
    expect(error.code).toBe('missing_signature')
    expect(state.pulled).toBe(0)
  })

  it('reads no body of a delivery whose timestamp is stale', async () => {
    const { stream, state } = counted(256)
    const headers = signed('{}', Math.floor(Date.now() / 1000) - 3600)
    expect((await refusal(eversince.verify(request(stream, headers), { secret: SECRET }))).code).toBe('timestamp_too_old')
    expect(state.pulled).toBe(0)
  })

  it('stops a never-ending body at the bound and cancels the stream: 413', async () => {
    const { stream, state } = counted(Number.POSITIVE_INFINITY)
    const error = await refusal(eversince.verify(request(stream, signed('{}')), { secret: SECRET, maxBodyBytes: 4 * MiB }))
    expect(error.code).toBe('body_too_large')
    expect(error.status).toBe(413)
    expect(error.message).toMatch(/larger than 4194304 bytes \(options\.maxBodyBytes\)/)
    // Four chunks fit; the fifth passes the bound: nothing is pulled after it.
    expect(state.pulled).toBe(5)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(state.cancelled).toBe(true)
  })

  it('refuses on Content-Length before reading anything', async () => {
    const { stream, state } = counted(256)
    const input = {
      headers: new Headers({ ...signed('{}'), 'content-length': String(300 * MiB) }),
      bodyUsed: false,
      body: stream,
      arrayBuffer: () => Promise.reject(new Error('not to be read')),
    }
    expect((await refusal(eversince.verify(input, { secret: SECRET }))).code).toBe('body_too_large')
    expect(state.pulled).toBe(0)
  })

  it('refuses a body stream that fails mid-body (a client abort) as body_unreadable, not a plain Error', async () => {
    const reset = Object.assign(new Error('aborted'), { code: 'ECONNRESET' })
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 0) controller.enqueue(new TextEncoder().encode('{"event":'))
        else controller.error(reset)
      },
    })
    const error = await refusal(eversince.verify(request(stream, signed('{}')), { secret: SECRET }))
    expect(error.code).toBe('body_unreadable')
    expect(error.status).toBe(400)
    expect(error.cause).toBe(reset)
    expect(isWebhookVerificationError(error)).toBe(true)
  })

  it('refuses a Request-like body that streams something other than bytes', async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue('text, not bytes')
        controller.close()
      },
    })
    const input = { headers: new Headers(signed('{}')), bodyUsed: false, body: stream, arrayBuffer: async () => new ArrayBuffer(0) }
    expect((await refusal(eversince.verify(input, { secret: SECRET }))).code).toBe('body_unreadable')
  })

  it('holds a Request-like object without a body stream to the bound after reading it', async () => {
    const body = '{"event":"idle","id":"p"}'
    const input = (limit: number) =>
      eversince.verify(
        { headers: new Headers(signed(body)), bodyUsed: false, arrayBuffer: async () => new TextEncoder().encode(body).buffer },
        { secret: SECRET, maxBodyBytes: limit },
      )
    await expect(input(body.length)).resolves.toEqual(JSON.parse(body))
    expect((await refusal(input(body.length - 1))).code).toBe('body_too_large')
    const failing = { headers: new Headers(signed(body)), bodyUsed: false, arrayBuffer: () => Promise.reject(new Error('reset')) }
    expect((await refusal(eversince.verify(failing, { secret: SECRET }))).code).toBe('body_unreadable')
  })
})

describe('one answer for one delivery, whatever its form', () => {
  // A body of `bytes` UTF-8 bytes: ASCII, or two-byte characters.
  const bodyOf = (bytes: number, wide: boolean) => {
    const head = '{"event":"idle","note":"'
    const room = bytes - head.length - 2
    return `${head}${wide ? 'é'.repeat(room / 2) : 'x'.repeat(room)}"}`
  }
  const forms = (body: string) => {
    const bytes = new TextEncoder().encode(body)
    const headers = signed(body)
    return {
      string: { headers, body },
      bytes: { headers, body: bytes },
      ArrayBuffer: { headers, body: bytes.slice().buffer },
      Request: request(body, headers),
    }
  }

  it.each([
    ['ASCII', false],
    ['two-byte characters', true],
  ])('a body of exactly maxBodyBytes passes and one byte more is body_too_large (%s)', async (_, wide) => {
    for (const [limit, expected] of [
      [1024, 'accepted'],
      [1023, 'body_too_large'],
    ] as const) {
      const body = bodyOf(1024, wide)
      expect(Buffer.byteLength(body)).toBe(1024)
      for (const [form, input] of Object.entries(forms(body))) {
        const outcome = await eversince.verify(input, { secret: SECRET, maxBodyBytes: limit }).then(
          () => 'accepted',
          (error: WebhookVerificationError) => error.code,
        )
        expect(outcome, `${form} at ${limit}`).toBe(expected)
      }
    }
  })

  it('refuses a maxBodyBytes that is not a positive whole number with a TypeError naming the option', async () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1024', null]) {
      await expect(
        eversince.verify({ headers: signed('{}'), body: '{}' }, { secret: SECRET, maxBodyBytes: bad as number }),
      ).rejects.toThrow(/^hookproof: options\.maxBodyBytes must be a positive whole number of bytes/)
    }
  })
})

describe('the default bound', () => {
  it("admits ElevenLabs' post_call_audio of a default-length call (600 s of 128 kbit/s MP3, base64) with room to spare", async () => {
    // 600 s × 128,000 bit/s ÷ 8 = 9,600,000 bytes of MP3, sent as base64.
    const audio = randomBytes(600 * 16_000).toString('base64')
    const body = JSON.stringify({
      type: 'post_call_audio',
      event_timestamp: Math.floor(Date.now() / 1000),
      data: { agent_id: 'agent_1', conversation_id: 'conv_1', full_audio: audio },
    })
    expect(body.length).toBeGreaterThan(12_800_000)
    expect(DEFAULT_MAX_BODY_BYTES).toBeGreaterThanOrEqual(2.5 * body.length)
    const seconds = Math.floor(Date.now() / 1000)
    const mac = createHmac('sha256', SECRET).update(`${seconds}.${body}`).digest('hex')
    const headers = { 'elevenlabs-signature': `t=${seconds},v0=${mac}` }
    const event = await elevenlabs.verify(request(body, headers), { secret: SECRET })
    expect(event.type).toBe('post_call_audio')
  })

  it('is 32 MiB, as the README and SECURITY.md say', () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(32 * MiB)
  })
})

describe('utf8Length', () => {
  it('counts what TextEncoder writes, lone surrogates included', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.integer({ min: 0, max: 0x7f }))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (codes) => {
        const text = String.fromCharCode(...codes)
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)
      }),
      { numRuns: 3000 },
    )
  })
})

// The codes this file expects exist in the closed set (a rename fails to compile).
const _codes: readonly WebhookVerificationErrorCode[] = ['body_too_large', 'body_unreadable']
void _codes
