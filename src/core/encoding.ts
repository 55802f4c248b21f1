const encoder = new TextEncoder()
// fatal: a body that is not valid UTF-8 is not the JSON a provider sends, and
// silently replacing bytes would hand the caller text nobody signed.
const decoder = new TextDecoder('utf-8', { fatal: true })

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/** Text as its UTF-8 bytes; bytes as they are (no copy). */
export function toBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? encoder.encode(value) : value
}

/** Writes the UTF-8 bytes of `text` into `target`; returns how many were written. */
export function utf8Into(text: string, target: Uint8Array): number {
  return encoder.encodeInto(text, target).written
}

/** One piece of signed content: text (as UTF-8) or bytes. */
export type Part = string | Uint8Array

/**
 * The parts as one buffer, for APIs that take one (Web Crypto, Ed25519).
 * Text-only content is joined and encoded once; otherwise the (short) text
 * parts are encoded straight into the buffer that receives the bytes, so a
 * byte body is copied once.
 */
export function concat(parts: readonly Part[]): Uint8Array {
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0]!
  if (parts.every((part) => typeof part === 'string')) return utf8(parts.join(''))
  let length = 0
  for (const part of parts) length += typeof part === 'string' ? part.length * 3 : part.byteLength
  const out = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    if (typeof part === 'string') offset += utf8Into(part, out.subarray(offset))
    else {
      out.set(part, offset)
      offset += part.byteLength
    }
  }
  return out.subarray(0, offset)
}

/** `bytes` as UTF-8 text, or `undefined` when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  let text: string | undefined
  try {
    text = decoder.decode(bytes)
  } catch {
    // Not UTF-8: no text.
  }
  return text
}

const HEX = '0123456789abcdef'

/** Lowercase hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += HEX[byte >> 4]! + HEX[byte & 15]!
  return out
}

// Value of each hex digit by character code, 16 for every other code below
// 256 (codes above are refused before the lookup).
const NIBBLE = new Uint8Array(256).fill(16)
for (let i = 0; i < 16; i++) {
  NIBBLE[HEX.charCodeAt(i)] = i
  NIBBLE[HEX.toUpperCase().charCodeAt(i)] = i
}

/**
 * Strict hex: exactly `byteLength * 2` characters from [0-9a-fA-F] from
 * `start` to the end, nothing else (no whitespace, no `0x`). Returns
 * `undefined` for anything else. Read in place: a prefix costs no slice.
 */
export function parseHex(text: string, byteLength: number, start = 0): Uint8Array | undefined {
  if (text.length - start !== byteLength * 2) return undefined
  const out = new Uint8Array(byteLength)
  // Invalid digits are collected and checked once, after the loop.
  let invalid = 0
  for (let i = 0, j = start; i < byteLength; i++, j += 2) {
    const high = text.charCodeAt(j)
    const low = text.charCodeAt(j + 1)
    const h = NIBBLE[high & 255]!
    const l = NIBBLE[low & 255]!
    invalid |= ((h | l) & 16) | ((high | low) & 0xff00)
    out[i] = (h << 4) | l
  }
  return invalid === 0 ? out : undefined
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
// Value of each base64 character, -1 for any other: one table per alphabet
// (standard +/, URL-safe -_), so neither accepts the other's characters.
function sextets(extra: string): Int8Array {
  const table = new Int8Array(128).fill(-1)
  for (let i = 0; i < 64; i++) table[(BASE64 + extra).charCodeAt(i)] = i
  return table
}
const STANDARD = /* @__PURE__ */ sextets('+/')
const URL_SAFE = /* @__PURE__ */ sextets('-_')

/**
 * Strict base64 (`url`: base64url): only the alphabet's characters, `=`
 * padding optional but exact when present, unused trailing bits zero, so
 * every byte string has one encoding. `undefined` for anything else
 * (whitespace, the other alphabet, a stray `=`).
 */
export function decodeBase64(text: string, url = false): Uint8Array | undefined {
  const table = url ? URL_SAFE : STANDARD
  let end = text.length
  if (end % 4 === 0 && text.charCodeAt(end - 1) === 61) end -= text.charCodeAt(end - 2) === 61 ? 2 : 1
  if (end % 4 === 1) return undefined
  const out = new Uint8Array((end * 3) >> 2)
  let buffer = 0
  let bits = 0
  let o = 0
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    const value = code < 128 ? table[code]! : -1
    if (value < 0) return undefined
    buffer = ((buffer << 6) | value) & 0xfff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = buffer >> bits
      buffer &= (1 << bits) - 1
    }
  }
  // What is left must be zero bits: "QQ==" is "A", "QR==" is refused.
  return buffer === 0 ? out : undefined
}

/** Base64 of `bytes`, padded; `url`: base64url, unpadded (as JWKs write it). */
export function encodeBase64(bytes: Uint8Array, url = false): string {
  const alphabet = BASE64 + (url ? '-_' : '+/')
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i
    const n = (bytes[i]! << 16) | ((rest > 1 ? bytes[i + 1]! : 0) << 8) | (rest > 2 ? bytes[i + 2]! : 0)
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]!
    out += rest > 1 ? alphabet[(n >> 6) & 63]! : url ? '' : '='
    out += rest > 2 ? alphabet[n & 63]! : url ? '' : '='
  }
  return out
}
