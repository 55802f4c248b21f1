import { describe, expect, it } from 'vitest'
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
