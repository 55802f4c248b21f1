const encoder = new TextEncoder()
// fatal: a body that is not valid UTF-8 is not the JSON a provider sends, and
// silently replacing bytes would hand the caller text nobody signed.
// ignoreBOM: a leading byte order mark is kept, so a body given as bytes reads
// as the same text as when given as a string (and is refused alike by JSON.parse).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

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
 * The parts as one buffer, for APIs that take one (Web Crypto, Ed25519): each
 * part's own UTF-8, one after the other, as node:crypto's HMAC is fed them.
 * The text parts are encoded straight into the buffer that receives the
 * bytes, so a byte body is copied once.
 */
export function concat(parts: readonly Part[]): Uint8Array {
  if (parts.length === 1) return toBytes(parts[0]!)
  // Never joined as text first: a part ending in half a surrogate pair and
  // the next starting with the other half would join into one character,
  // where each part's own UTF-8 has a U+FFFD for each half.
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

/** @internal Whether `text` has no lone surrogate, written out for runtimes without `String.prototype.isWellFormed`. */
export function wellFormedByHand(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code & 0xf800) !== 0xd800) continue
    // A high surrogate followed by a low one is a pair; anything else is lone.
    if (code > 0xdbff || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return false
    i++
  }
  return true
}

const native = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed

/** Whether `text` has no lone surrogate, so that UTF-8 encodes it exactly. */
export const isWellFormed: (text: string) => boolean = native ? (text) => native.call(text) : wellFormedByHand

/**
 * How many bytes the UTF-8 of `text` holds, as `TextEncoder` writes it: a
 * lone surrogate as the three bytes of U+FFFD.
 */
export function utf8Length(text: string): number {
  let length = text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    if (code < 0x800) length += 1
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two code units, four bytes.
      length += 2
      i++
    } else length += 2
  }
  return length
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
