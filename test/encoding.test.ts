import { describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { decodeBase64, encodeBase64 } from '../src/encoding/base64.js'
import { parseHex, toHex } from '../src/encoding/hex.js'
import { concat, decodeUtf8, utf8, wellFormedByHand } from '../src/encoding/utf8.js'
import fc from 'fast-check'

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

  it('refuses every UTF-16 code unit but the 22 hex digits, in either position, also those whose low byte is a digit (İ, š)', () => {
    const accepted: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      const high = parseHex(`${char}0`, 1)
      const low = parseHex(`0${char}`, 1)
      expect(high === undefined).toBe(low === undefined)
      if (high) {
        accepted.push(char)
        expect(high[0]).toBe(Number.parseInt(char, 16) << 4)
        expect(low![0]).toBe(Number.parseInt(char, 16))
      }
    }
    expect(accepted.join('')).toBe('0123456789ABCDEFabcdef')
  })

  it('reads from an offset in place: the prefix is not part of the digits', () => {
    expect(parseHex('sha256=00ff', 2, 7)).toEqual(new Uint8Array([0x00, 0xff]))
    expect(parseHex('sha256=00ff', 2, 6)).toBeUndefined()
    expect(parseHex('sha256=00f', 2, 7)).toBeUndefined()
  })
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

describe('decodeBase64 / encodeBase64', () => {
  it('agree with Buffer on every length from 0 to 99, both alphabets, padded or not', () => {
    for (let length = 0; length < 100; length++) {
      const bytes = randomBytes(length)
      const standard = bytes.toString('base64')
      const url = bytes.toString('base64url')
      expect(encodeBase64(bytes)).toBe(standard)
      expect(encodeBase64(bytes, true)).toBe(url)
      expect(Buffer.from(decodeBase64(standard)!).equals(bytes)).toBe(true)
      expect(Buffer.from(decodeBase64(standard.replace(/=+$/, ''))!).equals(bytes)).toBe(true)
      expect(Buffer.from(decodeBase64(url, true)!).equals(bytes)).toBe(true)
    }
  })

  it.each([
    ['a trailing newline', 'QUJD\n'],
    ['a space inside', 'QU JD'],
    ['non-zero unused bits ("QR==" would be "A" with a stray bit)', 'QR=='],
    ['a lone character in the last group', 'QUJDR'],
    ['padding that is too long', 'QQ==='],
    ['padding without its group', 'QQ='],
    ['padding alone', '===='],
    ['a character outside ASCII', 'QUJDé'],
  ])('refuse %s', (_name, text) => {
    expect(decodeBase64(text)).toBeUndefined()
  })

  it('keep the alphabets apart', () => {
    expect(decodeBase64('-_8=')).toBeUndefined()
    expect(decodeBase64('+/8=', true)).toBeUndefined()
    expect(decodeBase64('-_8', true)).toEqual(new Uint8Array([0xfb, 0xff]))
  })
})

describe('concat', () => {
  it('joins text and bytes as their UTF-8 bytes, without copying a lone byte part', () => {
    const body = new Uint8Array([1, 2, 3])
    expect(concat([body])).toBe(body)
    expect(Buffer.from(concat(['é.', body, '✓'])).equals(Buffer.concat([Buffer.from('é.'), Buffer.from(body), Buffer.from('✓')]))).toBe(
      true,
    )
    expect(Buffer.from(concat(['a', 'é'])).toString()).toBe('aé')
    // Each part its own UTF-8: halves of a surrogate pair in two parts are two U+FFFD.
    expect(Buffer.from(concat(['a\ud83d', '\ude00b'])).equals(Buffer.from('a\ufffd\ufffdb'))).toBe(true)
  })
})

describe('wellFormedByHand', () => {
  it('answers as String.prototype.isWellFormed does, for the runtimes that lack it', () => {
    // Any code units, surrogates weighted up so that pairs and lone ones both occur.
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (codes) => {
        const text = String.fromCharCode(...codes)
        expect(wellFormedByHand(text)).toBe((text as string & { isWellFormed(): boolean }).isWellFormed())
      }),
      { numRuns: 3000 },
    )
    expect(wellFormedByHand('a\ud83c\udfac')).toBe(true)
    expect(wellFormedByHand('\ud83c')).toBe(false)
    expect(wellFormedByHand('\udfac\ud83c')).toBe(false)
  })
})
