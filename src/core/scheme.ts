import { WebhookVerificationError } from '../errors.js'
import { parseHex, toHex, type Part } from './encoding.js'
import type { HeaderLookup } from './headers.js'
import { hmacEngine, type Secret } from './hmac.js'
import { readSecrets, signingSecret, type KeyHint } from './secret.js'
import { unixSeconds, type TimestampFormat, type Tolerance } from './timestamp.js'

/** What a scheme read from a delivery, before any crypto: what was signed, and the claimed signature(s). */
export interface SignedContent {
  /** The signed content, in order: the body as received, with what the scheme prepends. */
  readonly content: readonly Part[]
  /** The signature(s) the delivery claims; any one matching is enough. */
  readonly signatures: readonly Uint8Array[]
  /** The signed timestamp, in ms since the epoch, when the scheme signs one it can read. */
  readonly timestamp?: number
}

/**
 * A signing scheme: how a provider turns a body into signature headers, and
 * how a delivery is read back and checked. Pure; knows no provider. `Key` is
 * what the scheme verifies with (a secret, a public key, a JWKS), read from
 * the caller's options by `keys`; `Signed` is what `parse` reads.
 */
export interface Scheme<Key = Secret, Signed extends { readonly timestamp?: number } = SignedContent> {
  /**
   * The timestamp check a provider using this scheme gets unless the caller
   * says otherwise; `false` when the scheme signs no timestamp it can read.
   */
  readonly tolerance: Tolerance
  /** Whether `verify` may be called without options (the keys come from elsewhere, e.g. a JWKS URL). */
  readonly keysOptional?: boolean
  /**
   * How messages show the options, when not `{ secret: process.env.… }`:
   * e.g. `{ jwks }` to verify and `{ privateKey }` to sign.
   */
  readonly examples?: { readonly verify: string; readonly sign: string }
  /** The keys to verify with, from the caller's options; a `TypeError` naming the fix on misuse. */
  keys(options: Readonly<Record<string, unknown>>, hint: KeyHint): readonly Key[]
  /**
   * Reads and strictly checks the headers, before any crypto. Throws
   * `WebhookVerificationError` (`missing_*`, `malformed_*`).
   */
  parse(header: HeaderLookup, body: string | Uint8Array): Signed
  /** Whether `key` produced one of the signatures; synchronous where the engine is. */
  verify(signed: Signed, key: Key): boolean | Promise<boolean>
  /** The headers that sign `body` at `time` (ms since the epoch), with the key in the caller's `options`. */
  sign(body: string, options: Readonly<Record<string, unknown>>, time: number, hint: KeyHint): Promise<Record<string, string>>
  /**
   * How a mismatch names the keys tried and what to check, e.g. `['any key of
   * the JWKS', 'the JWKS URL']`; by default the secret(s).
   */
  describeKeys?(count: number): readonly [tried: string, check: string]
}

/** A signed header other than the signature: its value is part of the signed content. */
export interface SignedTimestamp {
  /** The header, e.g. `X-Acme-Timestamp`. */
  readonly header: string
  /**
   * How the value reads as a time. Left out when the provider does not
   * document it: the value is then signed and required, but no tolerance can
   * be checked.
   */
  readonly format?: TimestampFormat
}

/** Describes a hex HMAC-SHA256 scheme; see {@link hmacHexScheme}. */
export interface HmacHexSchemeOptions {
  /** The header carrying the signature, e.g. `X-Eversince-Signature`. */
  readonly signatureHeader: string
  /** What precedes the hex in that header, e.g. `sha256=`; none when left out. */
  readonly prefix?: string
  /**
   * The signed timestamp, when there is one: the signed content is then
   * `<timestamp>.<body>`, with the header value exactly as received.
   */
  readonly timestamp?: SignedTimestamp
  /** Default tolerance in seconds when a readable timestamp is signed. Default 300. */
  readonly tolerance?: Tolerance
}

/**
 * How many signatures one header may carry. Rotation needs two or three; the
 * bound keeps the work a sender can ask for small on engines that recompute
 * the MAC per signature.
 */
export const MAX_SIGNATURES: number = 16

/** @internal The bytes of a SHA-256 MAC or digest. */
export const SHA256_BYTES = 32

/** @internal Reads a signed timestamp header: its value as received, and the time when its format is known. */
export function readTimestamp(header: HeaderLookup, timestamp: SignedTimestamp): { readonly value: string; readonly time?: number } {
  const value = header(timestamp.header)
  if (value === undefined) {
    throw new WebhookVerificationError('missing_timestamp', `The ${timestamp.header} header is missing or empty.`)
  }
  if (!timestamp.format) return { value }
  const time = timestamp.format.read(value)
  if (time === undefined) {
    throw new WebhookVerificationError('malformed_timestamp', `The ${timestamp.header} header is not ${timestamp.format.description}.`)
  }
  return { value, time }
}

/** @internal The value of a required header, or `missing_signature`. */
export function requireHeader(header: HeaderLookup, name: string, what = 'header'): string {
  const value = header(name)
  if (value === undefined) throw new WebhookVerificationError('missing_signature', `The ${name} ${what} is missing or empty.`)
  return value
}

/**
 * The hex HMAC-SHA256 family, which covers three shapes:
 * - body only, bare hex (Adsumo): `hex(HMAC(secret, body))`;
 * - body only, prefixed (VideoPilot): `sha256=` + `hex(HMAC(secret, body))`;
 * - timestamped (Eversince, Magic Hour, RemoveBGVideo, Synthesia): `hex(HMAC(secret, "<timestamp>.<body>"))`,
 *   with or without a prefix, the timestamp in its own header.
 *
 * The signature must be the exact prefix and then 64 hex digits (either case);
 * anything else is `malformed_signature`, before any crypto. The key is
 * `options.secret`, used as its UTF-8 bytes (or raw bytes), one or several.
 *
 * @example
 * ```ts
 * const scheme = hmacHexScheme({
 *   signatureHeader: 'X-Acme-Signature',
 *   prefix: 'sha256=',
 *   timestamp: { header: 'X-Acme-Timestamp', format: unixSeconds },
 * })
 * ```
 */
export function hmacHexScheme(options: HmacHexSchemeOptions): Scheme {
  const { signatureHeader, prefix = '', timestamp } = options
  return {
    tolerance: timestamp?.format ? (options.tolerance ?? 300) : false,
    keys: readSecrets,

    parse(header, body) {
      const value = requireHeader(header, signatureHeader)
      const signature = value.startsWith(prefix) ? parseHex(value, SHA256_BYTES, prefix.length) : undefined
      if (!signature) {
        throw new WebhookVerificationError(
          'malformed_signature',
          `The ${signatureHeader} header is not ${prefix ? `"${prefix}" followed by ` : ''}64 hex digits.`,
        )
      }
      if (!timestamp) return { content: [body], signatures: [signature] }
      const stamp = readTimestamp(header, timestamp)
      // The header value exactly as received, never re-formatted: the sender
      // signed its own string.
      const content = [`${stamp.value}.`, body]
      return stamp.time === undefined ? { content, signatures: [signature] } : { content, signatures: [signature], timestamp: stamp.time }
    },

    verify(signed, secret) {
      return hmacEngine().verify(secret, signed.content, signed.signatures)
    },

    async sign(body, options, time, hint) {
      const secret = signingSecret(options, hint)
      const headers: Record<string, string> = {}
      const content: Part[] = [body]
      if (timestamp) {
        // A format the provider does not document is sent as Unix seconds.
        const stamp = (timestamp.format ?? unixSeconds).write(time)
        headers[timestamp.header] = stamp
        content.unshift(`${stamp}.`)
      }
      headers[signatureHeader] = prefix + toHex(await hmacEngine().mac(secret, content))
      return headers
    },
  }
}
