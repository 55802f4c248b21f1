import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { adsumo, removebgvideo } from '../src/index.js'
import { DEFAULT_MAX_BODY_BYTES, readBody } from '../src/http/body.js'
import { readDelivery as takeApart, type WebhookInput } from '../src/http/input.js'

// The delivery taken apart, and a Request's body read as verify reads it.
const readDelivery = async (input: WebhookInput) => {
  const delivery = takeApart(input)
  const body = delivery.request ? await readBody('Test', delivery.request, delivery.header, DEFAULT_MAX_BODY_BYTES) : delivery.body
  return { header: delivery.header, body }
}
const bytesOf = (body: string | Uint8Array): Buffer => Buffer.from(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)

const headers = { 'x-a': '1' }

describe('readDelivery', () => {
  it('reads a Request: headers and the exact body bytes', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0x00, 0x7d])
    const delivery = await readDelivery(new Request('https://x.test', { method: 'POST', headers, body: bytes }))
    expect(delivery.header('X-A')).toBe('1')
    expect([...bytesOf(delivery.body)]).toEqual([...bytes])
  })

  it('refuses a Request whose body was already read, saying to use clone()', async () => {
    const request = new Request('https://x.test', { method: 'POST', body: '{}' })
    await request.text()
    await expect(readDelivery(request)).rejects.toThrow(TypeError)
    await expect(readDelivery(request)).rejects.toThrow(/clone\(\)/)
  })

  it('keeps a string body as the string, to be hashed as its UTF-8 bytes', async () => {
    const delivery = await readDelivery({ headers, body: 'é🎬' })
    expect(delivery.body).toBe('é🎬')
  })

  it('takes { headers, body } apart synchronously, and leaves a Request body unread', () => {
    expect(takeApart({ headers, body: '{}' }).body).toBe('{}')
    const request = new Request('https://x.test', { method: 'POST', body: '{}' })
    expect(takeApart(request).request).toBe(request)
    expect(request.bodyUsed).toBe(false)
  })

  it('takes a Buffer slice at its offset, without copying', async () => {
    const backing = Buffer.from('xxHELLOxx')
    const body = backing.subarray(2, 7)
    const delivery = await readDelivery({ headers, body })
    expect(bytesOf(delivery.body).toString()).toBe('HELLO')
    expect((delivery.body as Uint8Array).buffer).toBe(backing.buffer)
  })

  it('takes an ArrayBuffer and other views', async () => {
    const bytes = new TextEncoder().encode('{"a":1}')
    expect([...bytesOf((await readDelivery({ headers, body: bytes.buffer })).body)]).toEqual([...bytes])
    const view = new DataView(bytes.buffer, 1, 3)
    expect(bytesOf((await readDelivery({ headers, body: view as unknown as Uint8Array })).body).toString()).toBe('"a"')
  })

  it('refuses a parsed JSON body, saying to pass the raw body', async () => {
    const parsed = { headers, body: { event: 'idle' } } as unknown as WebhookInput
    await expect(readDelivery(parsed)).rejects.toThrow(TypeError)
    await expect(readDelivery(parsed)).rejects.toThrow(/express\.raw/)
  })

  it.each([
    ['a missing body', { headers }],
    ['a null body', { headers, body: null }],
    ['a number body', { headers, body: 42 }],
    ['missing headers', { body: '{}' }],
    ['null headers', { headers: null, body: '{}' }],
    ['string headers', { headers: 'x-a: 1', body: '{}' }],
    ['null input', null],
    ['a string input', '{}'],
  ])('refuses %s with a TypeError', async (_label, input) => {
    await expect(readDelivery(input as unknown as WebhookInput)).rejects.toThrow(TypeError)
  })
})

// Caller mistakes that used to read as a header collection without the
// signature: a missing_signature (or a pass) that blamed, or hid, the wrong
// side. Each is a TypeError that names the fix, raised before any crypto.
describe('headers the caller got wrong', () => {
  const body = '{"event":"generation.completed"}'
  // docs/adsumo-webhooks.txt: hex HMAC-SHA256 of the raw body, on node:crypto.
  const signature = createHmac('sha256', 'k').update(body).digest('hex')
  const refusal = async (headers: unknown): Promise<unknown> =>
    adsumo.verify({ headers, body } as unknown as WebhookInput, { secret: 'k' }).then(
      () => new Error('accepted'),
      (error: unknown) => error,
    )

  it.each([
    [
      "Node's req.rawHeaders",
      ['Host', 'x.test', 'X-Adsumo-Signature', signature],
      /^hookproof: headers is an array, as Node's req\.rawHeaders is\. Pass req\.headers .*not req\.rawHeaders/,
    ],
    ['[name, value] pairs', [['X-Adsumo-Signature', signature]], /^hookproof: headers is an array/],
    [
      'a Map',
      new Map([['X-Adsumo-Signature', signature]]),
      /^hookproof: headers is a Map, whose keys are case-sensitive\. Pass a plain object, Object\.fromEntries\(map\), or new Headers\(map\)\.$/,
    ],
    [
      'a Headers-like whose get is not a function',
      { get: { 'x-adsumo-signature': signature } },
      /^hookproof: headers has a get that is Object, not a function\. Pass a Fetch Headers object/,
    ],
    [
      'a header a scheme never reads with a number value',
      { 'X-Adsumo-Signature': signature, 'content-length': 42 },
      /^hookproof: header "content-length" has a value of type number; header values must be strings or arrays of strings/,
    ],
    [
      'an array value with a non-string item',
      { 'x-adsumo-signature': [signature, 7] },
      /^hookproof: header "x-adsumo-signature" has an array value with a non-string item \(number\)/,
    ],
    [
      'a nested array value',
      { 'x-adsumo-signature': [[signature]] },
      /^hookproof: header "x-adsumo-signature" has an array value with a non-string item \(array\)/,
    ],
    [
      'a Headers-like whose get returns an array',
      { get: () => [signature] },
      /^hookproof: headers\.get\("X-Adsumo-Signature"\) returned a non-string \(array\); a Headers object's get returns a string or null/,
    ],
  ])('%s is a TypeError naming the fix, not a verification failure', async (_name, headers, message) => {
    const error = await refusal(headers)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toMatch(message)
  })

  it('a bad value is refused before any crypto, even beside a forged signature', async () => {
    // RemoveBGVideo reads X-Webhook-Event only after the signature matched:
    // checked lazily, a forgery would have been signature_mismatch instead.
    const forged = {
      'X-Webhook-Signature': `sha256=${'0'.repeat(64)}`,
      'X-Webhook-Timestamp': new Date().toISOString(),
      'X-Webhook-Event': 5,
    }
    const error = await removebgvideo
      .verify({ headers: forged, body: '{}' } as unknown as WebhookInput, { secret: 'k' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toMatch(/^hookproof: header "X-Webhook-Event" has a value of type number/)
  })

  it('a Request-like object with an array or no headers is a TypeError of hookproof, not a crash', async () => {
    const requestLike = (headers: unknown) =>
      ({ headers, bodyUsed: false, arrayBuffer: async () => new ArrayBuffer(0) }) as unknown as WebhookInput
    await expect(readDelivery(requestLike(['X-A', '1']))).rejects.toThrow(/^hookproof: headers is an array/)
    await expect(readDelivery(requestLike(undefined))).rejects.toThrow(
      /^hookproof: headers must be a Headers object or a plain object of header values, got undefined\.$/,
    )
  })

  it('still reads what frameworks hand over: a header called "get", null values, Express-style get', async () => {
    await expect(adsumo.verify({ headers: { get: 'x', 'x-adsumo-signature': signature }, body }, { secret: 'k' })).resolves.toBeTruthy()
    await expect(
      adsumo.verify({ headers: { 'x-adsumo-signature': signature, 'x-other': null as unknown as string }, body }, { secret: 'k' }),
    ).resolves.toBeTruthy()
    const express = { get: (name: string) => (name.toLowerCase() === 'x-adsumo-signature' ? signature : undefined) }
    await expect(adsumo.verify({ headers: express as unknown as Headers, body }, { secret: 'k' })).resolves.toBeTruthy()
  })
})

describe('a body with a byte order mark', () => {
  // JSON.parse refuses a leading BOM in a string; the same bytes must not parse once decoded.
  it('is refused alike as a string and as bytes', async () => {
    const body = '\uFEFF{"event":"generation.completed"}'
    // docs/adsumo-webhooks.txt: hex HMAC-SHA256 of the raw body, on node:crypto.
    const headers = { 'x-adsumo-signature': createHmac('sha256', 'k').update(body).digest('hex') }
    for (const form of [body, new TextEncoder().encode(body)]) {
      await expect(adsumo.verify({ headers, body: form }, { secret: 'k' })).rejects.toMatchObject({ code: 'invalid_payload' })
    }
  })
})

describe('one answer per case, whatever the form of the body or the whitespace', () => {
  const SECRET = 'whsec_forms'
  const seconds = () => Math.floor(Date.now() / 1000)
  // Eversince signs hex HMAC-SHA256 of `<timestamp>.<body bytes>` (its docs).
  const eversinceHeaders = (bytes: Uint8Array, at = seconds()) => ({
    'x-eversince-signature': `sha256=${createHmac('sha256', SECRET).update(`${at}.`).update(bytes).digest('hex')}`,
    'x-eversince-timestamp': String(at),
  })
  const outcome = (promise: Promise<unknown>) =>
    promise.then(
      (event) => ['accepted', event] as const,
      (error: { code?: string }) => [error.code ?? String(error), undefined] as const,
    )

  it('refuses a string body with a lone surrogate (no sender can send one), and takes the bytes of U+FFFD in every form', async () => {
    const replaced = new TextEncoder().encode('{"event":"idle","x":"\ufffd"}')
    const headers = eversinceHeaders(replaced)
    const { eversince } = await import('../src/index.js')
    // The string a lone surrogate makes hashes as U+FFFD, so its signature matches; the text is no UTF-8 anyone sent.
    expect(await outcome(eversince.verify({ headers, body: '{"event":"idle","x":"\ud800"}' }, { secret: SECRET }))).toEqual([
      'invalid_payload',
      undefined,
    ])
    for (const body of [
      replaced,
      new TextDecoder().decode(replaced),
      new Request('https://x.test', { method: 'POST', body: replaced, headers }),
    ]) {
      const input = body instanceof Request ? body : { headers, body }
      expect(await outcome(eversince.verify(input, { secret: SECRET }))).toEqual(['accepted', { event: 'idle', x: '\ufffd' }])
    }
  })

  it('refuses a body that starts with a byte order mark alike as text, bytes and Request', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"event":"idle"}')])
    const headers = eversinceHeaders(bytes)
    const { eversince } = await import('../src/index.js')
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.charCodeAt(0)).toBe(0xfeff)
    for (const input of [
      { headers, body: text },
      { headers, body: bytes },
      new Request('https://x.test', { method: 'POST', body: bytes, headers }),
    ]) {
      expect((await outcome(eversince.verify(input, { secret: SECRET })))[0]).toBe('invalid_payload')
    }
  })

  it('trims Stripe-style items of spaces and tabs only, as header values are', async () => {
    const { mux } = await import('../src/index.js')
    const body = '{"type":"video.asset.ready","id":"e1","object":{"type":"asset","id":"a1"},"data":{"id":"a1"}}'
    const at = seconds()
    const mac = createHmac('sha256', SECRET).update(`${at}.${body}`).digest('hex')
    const verifyWith = (header: string) => outcome(mux.verify({ headers: { 'mux-signature': header }, body }, { secret: SECRET }))
    expect((await verifyWith(`t=${at},v1=${mac}`))[0]).toBe('accepted')
    expect((await verifyWith(` t=${at} ,\tv1=${mac}\t`))[0]).toBe('accepted')
    for (const space of ['\u00a0', '\u3000', '\u2028', '\u000b', '\u000c', '\ufeff']) {
      expect((await verifyWith(`t=${at},${space}v1=${mac}`))[0], `U+${space.charCodeAt(0).toString(16)}`).toBe('malformed_signature')
      expect((await verifyWith(`${space}t=${at},v1=${mac}`))[0], `U+${space.charCodeAt(0).toString(16)}`).toBe('missing_timestamp')
    }
  })
})

describe('header lists are bounded before they are split', () => {
  it('refuses a Stripe-style header of a million items, and a Standard Webhooks one of a million entries, at once', async () => {
    const { mux, standardwebhooks } = await import('../src/index.js')
    const at = Math.floor(Date.now() / 1000)
    const stripeLike = await mux
      .verify({ headers: { 'mux-signature': `t=${at},${',x=1'.repeat(1_000_000)}` }, body: '{}' }, { secret: 's' })
      .catch((error) => error)
    expect(stripeLike.code).toBe('malformed_signature')
    expect(stripeLike.message).toMatch(/more than 33 items/)
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(at), 'webhook-signature': ' v1,x'.repeat(1_000_000) }
    const standard = await standardwebhooks
      .verify({ headers, body: '{}' }, { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
      .catch((error) => error)
    expect(standard.code).toBe('malformed_signature')
    expect(standard.message).toMatch(/more than 16 signatures/)
  })

  it('still reads 33 items, the last of them the signature', async () => {
    const { mux } = await import('../src/index.js')
    const at = Math.floor(Date.now() / 1000)
    const body = '{"type":"video.asset.ready","id":"e1","object":{"type":"asset","id":"a1"},"data":{"id":"a1"}}'
    const mac = createHmac('sha256', 's').update(`${at}.${body}`).digest('hex')
    const header = `t=${at},${Array.from({ length: 31 }, (_, i) => `x${i}=1`).join(',')},v1=${mac}`
    expect(header.split(',')).toHaveLength(33)
    await expect(mux.verify({ headers: { 'mux-signature': header }, body }, { secret: 's' })).resolves.toMatchObject({ id: 'e1' })
    await expect(mux.verify({ headers: { 'mux-signature': `${header},y=1` }, body }, { secret: 's' })).rejects.toMatchObject({
      code: 'malformed_signature',
    })
  })
})
