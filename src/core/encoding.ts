const encoder = new TextEncoder()
// fatal: a body that is not valid UTF-8 is not the JSON a provider sends, and
// silently replacing bytes would hand the caller text nobody signed.
const decoder = new TextDecoder('utf-8', { fatal: true })

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/** `bytes` as UTF-8 text, or `undefined` when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes)
  } catch {
    return undefined
  }
}

/** Either form to bytes; a `Uint8Array` is returned as is (no copy). */
export function toBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? encoder.encode(value) : value
}

const HEX = '0123456789abcdef'

/** Lowercase hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += HEX[byte >> 4]! + HEX[byte & 15]!
  return out
}

function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48 // 0-9
  const lower = code | 0x20
  if (lower >= 97 && lower <= 102) return lower - 87 // a-f, A-F
  return -1
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

/** The parts joined into one new buffer. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!
  let length = 0
  for (const part of parts) length += part.byteLength
  const out = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}
