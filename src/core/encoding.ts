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

// Value of each ASCII hex digit, -1 for every other character.
const NIBBLE = new Int8Array(128).fill(-1)
for (let i = 0; i < 16; i++) {
  NIBBLE[HEX.charCodeAt(i)] = i
  NIBBLE[HEX.toUpperCase().charCodeAt(i)] = i
}

function nibble(code: number): number {
  return code < 128 ? NIBBLE[code]! : -1
}

/**
 * Strict hex: exactly `byteLength * 2` characters from [0-9a-fA-F], nothing
 * else (no whitespace, no `0x`). Returns `undefined` for anything else.
 */
export function parseHex(text: string, byteLength: number): Uint8Array | undefined {
  if (text.length !== byteLength * 2) return undefined
  const out = new Uint8Array(byteLength)
  for (let i = 0; i < byteLength; i++) {
    const high = nibble(text.charCodeAt(2 * i))
    const low = nibble(text.charCodeAt(2 * i + 1))
    if (high < 0 || low < 0) return undefined
    out[i] = (high << 4) | low
  }
  return out
}
