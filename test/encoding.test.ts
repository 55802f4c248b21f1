import { describe, expect, it } from 'vitest'
import { decodeUtf8, parseHex, toHex, utf8 } from '../src/core/encoding.js'

describe('parseHex', () => {
  it('decodes exactly byteLength * 2 hex digits, either case', () => {
    expect(parseHex('00ff7fA0', 4)).toEqual(new Uint8Array([0x00, 0xff, 0x7f, 0xa0]))
    expect(parseHex('ABCDEF', 3)).toEqual(new Uint8Array([0xab, 0xcd, 0xef]))
    expect(parseHex('abcdef', 3)).toEqual(new Uint8Array([0xab, 0xcd, 0xef]))
  })

  it.each(['00ff7f', '00ff7fa0b1', '00ff7fg0', '00ff 7fa', '0x00ff7f', '00ff7f\n', '００ff7fa0', 'zzzzzzzz', ':@`G/g[{'])(
    'refuses %j for 4 bytes',
    (text) => {
      expect(parseHex(text, 4)).toBeUndefined()
    },
  )
})

describe('toHex', () => {
  it('is lowercase and the inverse of parseHex', () => {
    const bytes = new Uint8Array(256).map((_, i) => i)
    const hex = toHex(bytes)
    expect(hex).toBe(Buffer.from(bytes).toString('hex'))
    expect(parseHex(hex, 256)).toEqual(bytes)
  })
})

describe('utf8 / decodeUtf8', () => {
  it('round-trips text with emoji', () => {
    const text = 'Fertig ✅ 🎬 日本'
    expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true)
    expect(decodeUtf8(utf8(text))).toBe(text)
  })

  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    expect(decodeUtf8(new Uint8Array([0x7b, 0xff, 0x7d]))).toBeUndefined()
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBeUndefined() // an encoded lone surrogate
  })
})
