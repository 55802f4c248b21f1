import { splitAtMost } from '../encoding/split.js'
import { HASH_BYTES, type HashName, type Secret } from '../crypto/engine.js'
import { engine } from '../crypto/select.js'
import { hexSignature, type SignatureEncoding } from '../encoding/signature.js'
import type { Part } from '../encoding/utf8.js'
import { WebhookVerificationError } from '../errors.js'
import { trimOws } from '../http/headers.js'
import { type TimestampFormat, unixSeconds } from '../time/formats.js'
import type { Tolerance } from '../time/tolerance.js'
import {
  headerNames,
  MAX_SIGNATURES,
  readTimestamp,
  requireHeader,
  type Scheme,
  type SignedContent,
  type SignedTimestamp,
} from './scheme.js'
import { readSecrets, type SecretOptions, signingSecret, type SigningSecretOptions } from './secret.js'

/** A timestamp header of {@link hmacScheme}, and where its value goes in the signed content. */
export interface HmacTimestamp extends SignedTimestamp {
  /** Before the body (`<timestamp>.<body>`, the default) or after it (`<body>.<timestamp>`). */
  readonly position?: 'before' | 'after'
  /** What joins the timestamp and the body. Default `.`. */
  readonly joiner?: string
}

/** Describes an HMAC scheme with the signature in a header of its own; see {@link hmacScheme}. */
export interface HmacSchemeOptions {
  /** The header carrying the signature, e.g. `X-Eversince-Signature`. */
  readonly signatureHeader: string
  /** What precedes each signature in that header, e.g. `sha256=`; none when left out. */
  readonly prefix?: string
  /** The hash. Default `SHA-256`. */
  readonly hash?: HashName
  /** How the signature is written. Default {@link hexSignature}. */
  readonly encoding?: SignatureEncoding
  /**
   * When the header may list several signatures (one per active secret while
   * the provider rotates), what separates them, e.g. `,`; each is `prefix`
   * and a signature, with spaces or tabs around it. Left out, the header is
   * exactly one signature.
   */
  readonly separator?: string
  /**
   * The signed timestamp, when there is one: the signed content is then
   * `<timestamp>.<body>` (or as `position` and `joiner` say), with the header
   * value exactly as received.
   */
  readonly timestamp?: HmacTimestamp
  /** Default tolerance in seconds when a readable timestamp is signed. Default 300. */
  readonly tolerance?: Tolerance
}

/**
 * Whether options of {@link hmacScheme} sign a timestamp it can read:
 * `true` with a timestamp header of a known format, `false` without one, and
 * `boolean` when the type does not say.
 */
export type HmacSignsTime<Options extends HmacSchemeOptions> = 'timestamp' extends keyof Options
  ? Options['timestamp'] extends { readonly format: TimestampFormat }
    ? true
    : undefined extends Options['timestamp']
      ? boolean
      : 'format' extends keyof NonNullable<Options['timestamp']>
        ? boolean
        : false
  : false

/** An HMAC scheme, as {@link hmacScheme} builds it. */
export type HmacScheme<SignsTime extends boolean = boolean> = Scheme<Secret, SignedContent, SecretOptions, SigningSecretOptions, SignsTime>

/**
 * The HMAC family with the signature in a header of its own:
 * `<prefix><signature>` of the HMAC, under the secret's UTF-8 bytes (or raw
 * bytes), of the body, or of the body and a timestamp from another header.
 * It covers, among others:
 * - body only, bare hex (Adsumo): `hex(HMAC-SHA256(secret, body))`;
 * - body only, prefixed (VideoPilot): `sha256=` + hex;
 * - timestamped (Eversince, Magic Hour, RemoveBGVideo, Synthesia): the HMAC of
 *   `<timestamp>.<body>`, the timestamp in its own header;
 * - SHA-512 or SHA-1, base64, the timestamp after the body, a list of
 *   signatures while secrets rotate.
 *
 * The header must be exactly the prefix and one encoded MAC (or a list of
 * them); anything else is `malformed_signature`, before any crypto. In a
 * list, a signature that does not decode matches nothing and the others are
 * still tried; at most 16.
 *
 * @example
 * ```ts
 * const scheme = hmacScheme({
 *   signatureHeader: 'X-Acme-Signature',
 *   prefix: 'sha256=',
 *   timestamp: { header: 'X-Acme-Timestamp', format: unixSeconds },
 * })
 * ```
 */
export function hmacScheme<const Options extends HmacSchemeOptions>(options: Options): HmacScheme<HmacSignsTime<Options>> {
  const { signatureHeader, prefix = '', hash = 'SHA-256', encoding = hexSignature, separator, timestamp } = options
  const bytes = HASH_BYTES[hash]
  if (bytes === undefined) throw new TypeError(`hookproof: hmacScheme's hash must be SHA-256, SHA-512 or SHA-1, got ${String(hash)}.`)
  if (separator === '') throw new TypeError("hookproof: hmacScheme's separator must not be empty; leave it out for one signature.")
  const signsTime = timestamp?.format !== undefined
  const names = headerNames(signatureHeader, timestamp?.header)
  const after = timestamp?.position === 'after'
  const joiner = timestamp?.joiner ?? '.'
  const expected = `${prefix ? `"${prefix}" followed by ` : ''}${encoding.describe(bytes)}`
  const malformed = (why: string): WebhookVerificationError =>
    new WebhookVerificationError('malformed_signature', `The ${signatureHeader} header ${why}.`)
  const decode = (value: string): Uint8Array | undefined =>
    value.startsWith(prefix) ? encoding.read(value, bytes, prefix.length) : undefined

  function signatures(value: string): Uint8Array[] {
    if (separator === undefined) {
      const signature = decode(value)
      if (!signature) throw malformed(`is not ${expected}`)
      return [signature]
    }
    const items = splitAtMost(value, separator, MAX_SIGNATURES)
    if (!items) throw malformed(`carries more than ${MAX_SIGNATURES} signatures`)
    const decoded: Uint8Array[] = []
    for (const item of items) {
      // One that does not decode matches nothing; the others are still tried.
      const signature = decode(trimOws(item))
      if (signature) decoded.push(signature)
    }
    if (decoded.length === 0) throw malformed(`has no signature that is ${expected}`)
    return decoded
  }

  return {
    signsTime: signsTime as HmacSignsTime<Options>,
    tolerance: signsTime ? (options.tolerance ?? 300) : false,
    keys: readSecrets,
    headers: () => names,

    parse(header) {
      const claimed = signatures(requireHeader(header, signatureHeader))
      if (!timestamp) return { prefix: '', suffix: '', signatures: claimed, timestamp: undefined }
      const stamp = readTimestamp(header, timestamp)
      // The header value exactly as received, never re-formatted: the sender
      // signed its own string.
      return after
        ? { prefix: '', suffix: `${joiner}${stamp.value}`, signatures: claimed, timestamp: stamp.time }
        : { prefix: `${stamp.value}${joiner}`, suffix: '', signatures: claimed, timestamp: stamp.time }
    },

    verify(signed, body, secret) {
      const parts = signed.suffix ? [body, signed.suffix] : signed.prefix ? [signed.prefix, body] : [body]
      return engine().verifyHmac(hash, secret, parts, signed.signatures)
    },

    async sign(body, options, time, hint) {
      const secret = signingSecret(options, hint)
      const headers: Record<string, string> = {}
      const content: Part[] = [body]
      if (timestamp) {
        // A format the provider does not document is sent as Unix seconds.
        const stamp = (timestamp.format ?? unixSeconds).write(time)
        headers[timestamp.header] = stamp
        if (after) content.push(`${joiner}${stamp}`)
        else content.unshift(`${stamp}${joiner}`)
      }
      headers[signatureHeader] = prefix + encoding.write(await engine().hmac(hash, secret, content))
      return headers
    },
  }
}

/**
 * The name {@link hmacScheme} had when it only wrote hex SHA-256; the same
 * function.
 *
 * @deprecated Use {@link hmacScheme}.
 * @example
 * ```ts
 * const scheme = hmacHexScheme({ signatureHeader: 'X-Acme-Signature' })
 * ```
 */
export const hmacHexScheme: typeof hmacScheme = hmacScheme
/** @deprecated Use {@link HmacSchemeOptions}. */
export type HmacHexSchemeOptions = HmacSchemeOptions
/** @deprecated Use {@link HmacSignsTime}. */
export type HmacHexSignsTime<Options extends HmacSchemeOptions> = HmacSignsTime<Options>
/** @deprecated Use {@link HmacScheme}. */
export type HmacHexScheme<SignsTime extends boolean = boolean> = HmacScheme<SignsTime>
