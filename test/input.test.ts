import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { adsumo, removebgvideo } from '../src/index.js'
import { readDelivery as readSyncOrAsync, type WebhookInput } from '../src/http/input.js'

const readDelivery = async (input: WebhookInput) => readSyncOrAsync(input)
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

  it('reads { headers, body } synchronously, a Request asynchronously', () => {
    expect(readSyncOrAsync({ headers, body: '{}' })).not.toBeInstanceOf(Promise)
    expect(readSyncOrAsync(new Request('https://x.test', { method: 'POST', body: '{}' }))).toBeInstanceOf(Promise)
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
