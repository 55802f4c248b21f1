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
