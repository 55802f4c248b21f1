import { createHmac } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { webCryptoEngine } from './engines.js'
import { hmacSha256, hmacSha256Hex, verifyHmacSha256 } from '../src/index.js'
import { engines, useEngine } from './engines.js'

afterEach(() => {
  vi.restoreAllMocks()
})

describe.each(engines)('hmacSha256 / hmacSha256Hex, $name engine', (engine) => {
  useEngine(engine)

  it('equal node:crypto over the concatenated parts, strings as UTF-8', async () => {
    const expected = createHmac('sha256', 'k€y')
      .update('1700000000.')
      .update(Buffer.from([0xff, 0x00]))
      .digest()
    expect(Buffer.from(await hmacSha256('k€y', '1700000000', '.', new Uint8Array([0xff, 0x00]))).equals(expected)).toBe(true)
    expect(await hmacSha256Hex(new TextEncoder().encode('k€y'), '1700000000.', new Uint8Array([0xff, 0x00]))).toBe(expected.toString('hex'))
  })

  it('returns a plain Uint8Array', async () => {
    expect(Object.getPrototypeOf(await hmacSha256('k', 'x'))).toBe(Uint8Array.prototype)
  })

  it('RFC 4231 test case 2', async () => {
    expect(await hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    )
  })
})

describe.each(engines)('verifyHmacSha256, $name engine', (engine) => {
  useEngine(engine)

  it('accepts the right MAC and refuses a changed one, or one of another length', async () => {
    const mac = createHmac('sha256', 'key').update('body').digest()
    expect(await verifyHmacSha256('key', mac, 'body')).toBe(true)
    const flipped = Buffer.from(mac)
    flipped[31]! ^= 1
    expect(await verifyHmacSha256('key', flipped, 'body')).toBe(false)
    expect(await verifyHmacSha256('key', mac.subarray(0, 31), 'body')).toBe(false)
    expect(await verifyHmacSha256('key', Buffer.concat([mac, Buffer.from([0])]), 'body')).toBe(false)
    expect(await verifyHmacSha256('other', mac, 'body')).toBe(false)
  })

  it('refuses a MAC that differs in any one bit of any byte', async () => {
    const mac = createHmac('sha256', 'key').update('body').digest()
    for (let i = 0; i < mac.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const changed = Buffer.from(mac)
        changed[i]! ^= bit
        expect(await verifyHmacSha256('key', changed, 'body'), `byte ${i}, bit ${bit}`).toBe(false)
      }
    }
  })
})

describe("the Web Crypto engine's CryptoKey cache", () => {
  useEngine(webCryptoEngine)

  it('imports a secret once, and stays bounded with many secrets', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey')
    const secret = `cache-test-${Math.random()}`
    await hmacSha256(secret, 'a')
    await hmacSha256(secret, 'b')
    await hmacSha256(new TextEncoder().encode(secret), 'c') // bytes and text are cached apart
    expect(importKey).toHaveBeenCalledTimes(2)

    for (let i = 0; i < 200; i++) await hmacSha256(`tenant-${i}`, 'x')
    importKey.mockClear()
    await hmacSha256('tenant-199', 'x') // recent: still cached
    expect(importKey).toHaveBeenCalledTimes(0)
    await hmacSha256(secret, 'a') // evicted by 200 newer secrets
    expect(importKey).toHaveBeenCalledTimes(1)
  })

  it('imports non-extractable keys, for HMAC-SHA256 sign and verify only', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey')
    await hmacSha256(`extractable-${Math.random()}`, 'x')
    expect(importKey).toHaveBeenCalledTimes(1)
    const [format, , algorithm, extractable, usages] = importKey.mock.calls[0]!
    expect([format, algorithm, extractable, usages]).toEqual(['raw', { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']])
  })

  it('does not keep a failed import', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey').mockRejectedValueOnce(new Error('boom'))
    const secret = `failing-${Math.random()}`
    await expect(hmacSha256(secret, 'x')).rejects.toThrow('boom')
    await expect(hmacSha256Hex(secret, 'x')).resolves.toBe(createHmac('sha256', secret).update('x').digest('hex'))
    expect(importKey).toHaveBeenCalledTimes(2)
  })
})
