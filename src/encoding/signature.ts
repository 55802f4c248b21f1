/**
 * How a provider writes a MAC or signature into a header: hex or base64. An
 * object rather than a name, as timestamp formats are, so that a bundle
 * carries only the decoders its providers use: `hookproof/eversince` has no
 * base64 reader.
 */
import { decodeBase64, encodeBase64 } from './base64.js'
import { parseHex, toHex } from './hex.js'

/** A signature encoding; see {@link hexSignature} and {@link base64Signature}. */
export interface SignatureEncoding {
  /** How a signature of `bytes` bytes reads in a message, after "is not": `64 hex digits`. */
  describe(bytes: number): string
  /**
   * The `bytes` bytes encoded in `text` from `start` to its end, or
   * `undefined` unless that is exactly one encoding of that many bytes. It
   * reads what a sender controls: it must not throw.
   */
  read(text: string, bytes: number, start: number): Uint8Array | undefined
  /** `bytes`, encoded as the provider writes them. */
  write(bytes: Uint8Array): string
}

/**
 * Hex, either case on reading, lowercase on writing; exactly two digits a
 * byte, nothing else.
 *
 * @example
 * ```ts
 * hmacScheme({ signatureHeader: 'X-Acme-Signature', encoding: hexSignature }) // the default
 * ```
 */
export const hexSignature: SignatureEncoding = {
  describe: (bytes) => `${bytes * 2} hex digits`,
  read: parseHex,
  write: toHex,
}

/**
 * Standard base64, padded on writing; on reading, padding optional but
 * exact, no whitespace, no URL-safe characters, unused bits zero.
 *
 * @example
 * ```ts
 * hmacScheme({ signatureHeader: 'X-Acme-Signature', encoding: base64Signature })
 * ```
 */
export const base64Signature: SignatureEncoding = {
  describe: (bytes) => `the base64 of ${bytes} bytes`,
  read(text, bytes, start) {
    // Longer than any padded encoding of `bytes` bytes: refused unread.
    if (text.length - start > Math.ceil(bytes / 3) * 4) return undefined
    const decoded = decodeBase64(start === 0 ? text : text.slice(start))
    return decoded?.length === bytes ? decoded : undefined
  },
  write: (bytes) => encodeBase64(bytes),
}
