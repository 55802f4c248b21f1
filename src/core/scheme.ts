import { WebhookVerificationError } from '../errors.js'
import { parseHex, toHex } from './encoding.js'
import type { HeaderLookup } from './headers.js'
import { hmacEngine, type Part, type Secret } from './hmac.js'
import { describeFormat, parseTimestamp, type TimestampFormat } from './timestamp.js'

/** What a scheme read from a delivery, before any crypto: what was signed, and the claimed signature(s). */
export interface SignedContent {
  /** The signed content, in order: the body as received, with what the scheme prepends. */
  readonly content: readonly Part[]
  /** The signature(s) the delivery claims; any one matching is enough. */
  readonly signatures: readonly Uint8Array[]
  /** The signed timestamp, in ms since the epoch, when the scheme signs one. */
  readonly timestamp?: number
}

/**
 * A signing scheme: how a provider turns a body into signature headers, and
 * how those headers are read back. Pure; knows no provider.
 */
export interface Scheme {
  /** The timestamp check a provider using this scheme gets unless the caller says otherwise. */
  readonly tolerance: number | false
  /**
   * Reads and strictly checks the headers, before any crypto. Throws
   * `WebhookVerificationError` (`missing_*`, `malformed_*`).
   */
  parse(header: HeaderLookup, body: string | Uint8Array): SignedContent
  /** Whether `secret` produced one of the signatures; synchronous where the engine is. */
  verify(signed: SignedContent, secret: Secret): boolean | Promise<boolean>
  /** The headers that sign `body` with `secret` at `time` (ms since the epoch). */
  sign(body: string, secret: Secret, time: number): Promise<Record<string, string>>
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
  readonly timestamp?: {
    readonly header: string
    readonly format: TimestampFormat
  }
  /** Default tolerance in seconds when a timestamp is signed. Default 300. */
  readonly tolerance?: number
}

const SHA256_BYTES = 32

function formatTimestamp(time: number, format: TimestampFormat): string {
  return format === 'unix' ? String(Math.floor(time / 1000)) : new Date(time).toISOString()
}

/**
 * The hex HMAC-SHA256 family, which covers three shapes:
 * - body only, bare hex (Adsumo): `hex(HMAC(secret, body))`;
 * - body only, prefixed (VideoPilot): `sha256=` + `hex(HMAC(secret, body))`;
 * - timestamped (Eversince, Magic Hour, RemoveBGVideo): `hex(HMAC(secret, "<timestamp>.<body>"))`,
 *   with or without a prefix, the timestamp in its own header.
 *
 * The signature must be the exact prefix and then 64 hex digits (either case);
 * anything else is `malformed_signature`, before any crypto.
 *
 * @example
 * ```ts
 * const scheme = hmacHexScheme({
 *   signatureHeader: 'X-Acme-Signature',
 *   prefix: 'sha256=',
 *   timestamp: { header: 'X-Acme-Timestamp', format: 'unix' },
 * })
 * ```
 */
export function hmacHexScheme(options: HmacHexSchemeOptions): Scheme {
  const { signatureHeader, prefix = '', timestamp } = options
  return {
    tolerance: timestamp ? (options.tolerance ?? 300) : false,

    parse(header, body) {
      const value = header(signatureHeader)
      if (value === undefined) {
        throw new WebhookVerificationError('missing_signature', `The ${signatureHeader} header is missing or empty.`)
      }
      const signature = value.startsWith(prefix) ? parseHex(value.slice(prefix.length), SHA256_BYTES) : undefined
      if (!signature) {
        throw new WebhookVerificationError(
          'malformed_signature',
          `The ${signatureHeader} header is not ${prefix ? `"${prefix}" followed by ` : ''}64 hex digits.`,
        )
      }
      if (!timestamp) return { content: [body], signatures: [signature] }

      const stamp = header(timestamp.header)
      if (stamp === undefined) {
        throw new WebhookVerificationError('missing_timestamp', `The ${timestamp.header} header is missing or empty.`)
      }
      const time = parseTimestamp(stamp, timestamp.format)
      if (time === undefined) {
        throw new WebhookVerificationError(
          'malformed_timestamp',
          `The ${timestamp.header} header is not ${describeFormat(timestamp.format)}.`,
        )
      }
      // The header value exactly as received, never re-formatted: the sender
      // signed its own string.
      return { content: [`${stamp}.`, body], signatures: [signature], timestamp: time }
    },

    verify(signed, secret) {
      return hmacEngine().verify(secret, signed.content, signed.signatures[0]!)
    },

    async sign(body, secret, time) {
      const headers: Record<string, string> = {}
      const content: Part[] = [body]
      if (timestamp) {
        const stamp = formatTimestamp(time, timestamp.format)
        headers[timestamp.header] = stamp
        content.unshift(`${stamp}.`)
      }
      headers[signatureHeader] = prefix + toHex(await hmacEngine().mac(secret, content))
      return headers
    },
  }
}
