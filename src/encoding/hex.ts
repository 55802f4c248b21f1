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
