import { HASH_BYTES, type HashName, type Secret } from '../crypto/engine.js'
import { digestIs } from '../crypto/equal.js'
import { engine } from '../crypto/select.js'
import { hexSignature } from '../encoding/signature.js'
import { WebhookVerificationError } from '../errors.js'
import type { TimestampFormat } from '../time/formats.js'
import type { Tolerance } from '../time/tolerance.js'
import { headerNames, readTimestamp, requireHeader, type Scheme } from './scheme.js'
import { readSecrets, type SecretOptions, signingSecret, type SigningSecretOptions } from './secret.js'

/** Describes a keyed-digest scheme; see {@link keyedDigestScheme}. */
export interface KeyedDigestSchemeOptions {
  /** The header carrying the hex digest, e.g. `X-Cld-Signature`. */
  readonly signatureHeader: string
  /** The signed timestamp's header and format, e.g. `X-Cld-Timestamp`, Unix seconds. */
  readonly timestamp: { readonly header: string; readonly format: TimestampFormat }
  /**
   * The hashes a digest may be made with, told apart by its length (so no two
   * of the same length); the first is what `sign` uses unless told otherwise.
   * Cloudinary: `['SHA-1', 'SHA-256']`, SHA-256 being an account setting.
   */
  readonly hashes: readonly HashName[]
  /** Default tolerance in seconds. */
  readonly tolerance: Tolerance
}

/** `sign` options of a keyed-digest scheme: the secret, and which of its hashes to use. */
export interface KeyedDigestSignOptions extends SigningSecretOptions {
  /** Default: the scheme's first hash. */
  readonly hash?: HashName
}

/** What a keyed-digest scheme reads from a delivery's headers before any crypto. */
export interface KeyedDigestSigned {
  readonly hash: HashName
  readonly digest: Uint8Array
  /** The timestamp header's value exactly as received: part of what is hashed. */
  readonly stamp: string
  readonly timestamp: number
}

/** A keyed-digest scheme, as {@link keyedDigestScheme} builds it. */
export type KeyedDigestScheme = Scheme<Secret, KeyedDigestSigned, SecretOptions, KeyedDigestSignOptions, true>

/**
 * A keyed digest, not an HMAC: `hex(H(<body><timestamp><secret>))`, the hash
 * one of a few a provider offers (Cloudinary: SHA-1 by default, SHA-256 by
 * account setting), told apart by the digest's length. A secret appended to
 * what the sender controls is weaker than an HMAC (with SHA-1, a collision
 * between two bodies of equal length is a collision of their digests); it is
 * what such providers sign, and the digest is compared in constant time.
 *
 * The signature must be exactly the hex of one of the hashes' lengths;
 * anything else is `malformed_signature`, before any crypto.
 *
 * @example
 * ```ts
 * const scheme = keyedDigestScheme({
 *   signatureHeader: 'X-Cld-Signature',
 *   timestamp: { header: 'X-Cld-Timestamp', format: unixSeconds },
 *   hashes: ['SHA-1', 'SHA-256'],
 *   tolerance: { past: 7200, future: 300 },
 * })
 * ```
 */
export function keyedDigestScheme(options: KeyedDigestSchemeOptions): KeyedDigestScheme {
  const { signatureHeader, timestamp, hashes } = options
  const byLength = new Map(hashes.map((hash) => [HASH_BYTES[hash] * 2, hash] as const))
  if (hashes.length === 0 || byLength.size !== hashes.length || byLength.has(Number.NaN)) {
    throw new TypeError(
      `hookproof: keyedDigestScheme's hashes must be one or more of SHA-1, SHA-256 and SHA-512, got ${JSON.stringify(hashes)}.`,
    )
  }
  const lengths = [...byLength.keys()].join(' or ')
  const names = headerNames(signatureHeader, timestamp.header)

  return {
    signsTime: true,
    tolerance: options.tolerance,
    keys: readSecrets,
    headers: () => names,

    parse(header) {
      const value = requireHeader(header, signatureHeader)
      const hash = byLength.get(value.length)
      const digest = hash === undefined ? undefined : hexSignature.read(value, HASH_BYTES[hash], 0)
      if (!hash || !digest) {
        throw new WebhookVerificationError('malformed_signature', `The ${signatureHeader} header is not ${lengths} hex digits.`)
      }
      const stamp = readTimestamp(header, timestamp)
      return { hash, digest, stamp: stamp.value, timestamp: stamp.time! }
    },

    verify: (signed, body, secret) => digestIs(signed.hash, [body, signed.stamp, secret], signed.digest),

    async sign(body, options, time, hint) {
      const secret = signingSecret(options, hint)
      const hash = options['hash'] === undefined ? hashes[0]! : options['hash']
      if (!hashes.includes(hash as HashName)) {
        throw new TypeError(`hookproof: options.hash must be one of ${hashes.join(', ')}, got ${String(hash)}.`)
      }
      const stamp = timestamp.format.write(time)
      const digest = await engine().digest(hash as HashName, [body, stamp, secret])
      return { [timestamp.header]: stamp, [signatureHeader]: hexSignature.write(digest) }
    },
  }
}
