import { HASH_BYTES, type Secret } from '../crypto/engine.js'
import { engine } from '../crypto/select.js'
import { parseHex, toHex } from '../encoding/hex.js'
import type { Part } from '../encoding/utf8.js'
import { WebhookVerificationError } from '../errors.js'
import { type TimestampFormat, unixSeconds } from '../time/formats.js'
import type { Tolerance } from '../time/tolerance.js'
import { readTimestamp, requireHeader, type Scheme, type SignedContent, type SignedTimestamp } from './scheme.js'
import { readSecrets, type SecretOptions, signingSecret, type SigningSecretOptions } from './secret.js'

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
 * Whether options of {@link hmacHexScheme} sign a timestamp it can read:
 * `true` with a timestamp header of a known format, `false` without one, and
 * `boolean` when the type does not say.
 */
export type HmacHexSignsTime<Options extends HmacHexSchemeOptions> = 'timestamp' extends keyof Options
  ? Options['timestamp'] extends { readonly format: TimestampFormat }
    ? true
    : undefined extends Options['timestamp']
      ? boolean
      : 'format' extends keyof NonNullable<Options['timestamp']>
        ? boolean
        : false
  : false

/** A hex HMAC-SHA256 scheme, as {@link hmacHexScheme} builds it. */
export type HmacHexScheme<SignsTime extends boolean = boolean> = Scheme<
  Secret,
  SignedContent,
  SecretOptions,
  SigningSecretOptions,
  SignsTime
>

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
export function hmacHexScheme<const Options extends HmacHexSchemeOptions>(options: Options): HmacHexScheme<HmacHexSignsTime<Options>> {
  const { signatureHeader, prefix = '', timestamp } = options
  const signsTime = timestamp?.format !== undefined
  return {
    signsTime: signsTime as HmacHexSignsTime<Options>,
    tolerance: signsTime ? (options.tolerance ?? 300) : false,
    keys: readSecrets,

    parse(header) {
      const value = requireHeader(header, signatureHeader)
      const signature = value.startsWith(prefix) ? parseHex(value, HASH_BYTES['SHA-256'], prefix.length) : undefined
      if (!signature) {
        throw new WebhookVerificationError(
          'malformed_signature',
          `The ${signatureHeader} header is not ${prefix ? `"${prefix}" followed by ` : ''}64 hex digits.`,
        )
      }
      if (!timestamp) return { prefix: '', signatures: [signature], timestamp: undefined }
      const stamp = readTimestamp(header, timestamp)
      // The header value exactly as received, never re-formatted: the sender
      // signed its own string.
      return { prefix: `${stamp.value}.`, signatures: [signature], timestamp: stamp.time }
    },

    verify(signed, body, secret) {
      return engine().verifyHmac('SHA-256', secret, signed.prefix ? [signed.prefix, body] : [body], signed.signatures)
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
      headers[signatureHeader] = prefix + toHex(await engine().hmac('SHA-256', secret, content))
      return headers
    },
  }
}
