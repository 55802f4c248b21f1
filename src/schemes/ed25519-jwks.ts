import { type Ed25519PrivateKey, signEd25519, verifyEd25519Any } from '../crypto/ed25519.js'
import { ED25519_KEYS, type JsonWebKeySet } from '../crypto/key-set.js'
import type { FetchLike } from '../crypto/jwks-body.js'
import { ED25519_SIGNATURE_BYTES } from '../crypto/engine.js'
import { engine } from '../crypto/select.js'
import { parseHex, toHex } from '../encoding/hex.js'
import { WebhookVerificationError } from '../errors.js'
import { isPromiseLike } from '../promise.js'
import { unixSeconds } from '../time/formats.js'
import type { Tolerance } from '../time/tolerance.js'
import { type KeySource, readKeySource, withKeys } from './key-source.js'
import { headerNames, readTimestamp, requireHeader, type Scheme } from './scheme.js'

/** A signed header of an Ed25519 message, and the `sign` option that sets it. */
export interface SignedField {
  /** The header, e.g. `X-Fal-Webhook-Request-Id`. */
  readonly header: string
  /** The `sign` option giving its value (a random UUID when left out), e.g. `requestId`. */
  readonly option: string
}

/** Describes an Ed25519 + JWKS scheme; see {@link ed25519JwksScheme}. */
export interface Ed25519JwksSchemeOptions<
  Fields extends readonly SignedField[] = readonly SignedField[],
  TimestampHeader extends string = string,
> {
  /** The header carrying the signature, in hex (128 digits). */
  readonly signatureHeader: string
  /** The signed headers, in the order the message joins them; the SHA-256 hex of the body follows them. */
  readonly fields: Fields
  /** Which header is the timestamp (Unix seconds); it is one of `fields` too. */
  readonly timestampHeader: TimestampHeader
  /** What joins the message's parts, e.g. `\n`. */
  readonly separator: string
  /** Where the sender publishes its keys. */
  readonly jwksUrl: string
  /** Default tolerance in seconds. Default 300. */
  readonly tolerance?: Tolerance
}

/** The key options of `verify` with an Ed25519 + JWKS scheme: none are needed (the keys come from the sender's JWKS). */
export interface Ed25519JwksVerifyOptions {
  /** The keys to trust instead of fetching them, e.g. a test key pair's public JWK: `{ keys: [publicJwk] }`. */
  readonly jwks?: JsonWebKeySet
  /** Where to fetch the JWKS. Default: the sender's URL. */
  readonly jwksUrl?: string
  /** The `fetch` to load the JWKS with. Default: the global `fetch`. */
  readonly fetch?: FetchLike
}

/**
 * The key options of `sign` with an Ed25519 + JWKS scheme: the private key,
 * and a value for each signed header but the timestamp (a random UUID when
 * left out).
 */
export type Ed25519JwksSignOptions<
  Fields extends readonly SignedField[] = readonly SignedField[],
  TimestampHeader extends string = string,
> = {
  /** The Ed25519 private key: a JWK, a `CryptoKey` or the 32-byte seed. Verify with its public key in `options.jwks`. */
  readonly privateKey: Ed25519PrivateKey
} & { readonly [Field in Fields[number] as Field['header'] extends TimestampHeader ? never : Field['option']]?: string }

/** An Ed25519 + JWKS scheme, as {@link ed25519JwksScheme} builds it. */
export type Ed25519JwksScheme<
  Fields extends readonly SignedField[] = readonly SignedField[],
  TimestampHeader extends string = string,
> = Scheme<Ed25519KeySource, Ed25519Signed, Ed25519JwksVerifyOptions, Ed25519JwksSignOptions<Fields, TimestampHeader>, true>

/** The keys Ed25519 deliveries are checked against: the caller's JWKS (`fixed`), or one fetched from a URL. */
export type Ed25519KeySource = KeySource<Uint8Array>

/** What an Ed25519 + JWKS scheme reads from a delivery's headers before any crypto. */
export interface Ed25519Signed {
  /** The signed header values, each followed by the separator: the message before the body's digest. */
  readonly head: string
  readonly signature: Uint8Array
  readonly timestamp: number
}

/**
 * Ed25519 over a message built from signed headers and the body's SHA-256:
 * `<field 1><sep><field 2><sep>…<sep><hex SHA-256 of the body>`, the
 * signature in hex, checked against each Ed25519 key of a JWKS (fal.ai's
 * scheme). The keys come from `options.jwks` (`{ keys: Jwk[] }`) or
 * are fetched from `options.jwksUrl` (default: the sender's URL) with
 * `options.fetch` (default: the global `fetch`), kept by URL (whichever
 * `fetch` loaded them; the 128 URLs last used) 24 h at most, and fetched
 * again, at most once a minute, when no cached key verifies a delivery (the
 * sender rotated); a delivery arriving while that fetch is in flight waits
 * for it. A JWKS that cannot be loaded rejects with a plain `Error` (answer
 * 500: the sender retries), never with a `WebhookVerificationError`.
 *
 * @example
 * ```ts
 * const scheme = ed25519JwksScheme({
 *   signatureHeader: 'X-Acme-Signature',
 *   fields: [{ header: 'X-Acme-Id', option: 'id' }, { header: 'X-Acme-Timestamp', option: 'timestamp' }],
 *   timestampHeader: 'X-Acme-Timestamp',
 *   separator: '\n',
 *   jwksUrl: 'https://acme.test/.well-known/jwks.json',
 * })
 * ```
 */
export function ed25519JwksScheme<const Fields extends readonly SignedField[], const TimestampHeader extends string>(
  options: Ed25519JwksSchemeOptions<Fields, TimestampHeader>,
): Ed25519JwksScheme<Fields, TimestampHeader> {
  const { signatureHeader, fields, timestampHeader, separator, jwksUrl } = options
  if (!fields.some((field) => field.header === timestampHeader)) {
    throw new TypeError(`hookproof: ed25519JwksScheme: the timestamp header ${timestampHeader} must be one of the signed fields.`)
  }

  const names = headerNames(signatureHeader, ...fields.map((field) => field.header))

  return {
    signsTime: true,
    tolerance: options.tolerance ?? 300,
    keysOptional: true,
    headers: () => names,
    examples: { verify: '{ jwks: { keys: [publicJwk] } }', sign: '{ privateKey }' },

    keys: (options) => [readKeySource(options, jwksUrl, ED25519_KEYS)],

    describeKeys: () => ['any Ed25519 key of the JWKS', 'the JWKS (options.jwks or options.jwksUrl)'],

    parse(header) {
      const value = requireHeader(header, signatureHeader)
      const signature = parseHex(value, ED25519_SIGNATURE_BYTES)
      if (!signature) {
        throw new WebhookVerificationError(
          'malformed_signature',
          `The ${signatureHeader} header is not ${ED25519_SIGNATURE_BYTES * 2} hex digits.`,
        )
      }
      let head = ''
      let time: number | undefined
      for (const { header: name } of fields) {
        if (name === timestampHeader) {
          const stamp = readTimestamp(header, { header: name, format: unixSeconds })
          time = stamp.time
          head += stamp.value + separator
        } else {
          head += requireHeader(header, name, 'header (part of what is signed)') + separator
        }
      }
      return { head, signature, timestamp: time! }
    },

    verify(signed, body, source) {
      const digest = engine().digest('SHA-256', [body])
      const check = (bytes: Uint8Array): boolean | Promise<boolean> => {
        const message = signed.head + toHex(bytes)
        return withKeys(source, (keys) => verifyEd25519Any(keys, [signed.signature], [message]))
      }
      return isPromiseLike(digest) ? Promise.resolve(digest).then(check) : check(digest)
    },

    async sign(body, options, time) {
      const privateKey = options['privateKey']
      if (privateKey === undefined) {
        throw new TypeError(
          'hookproof: sign needs options.privateKey: the Ed25519 private key (a JWK, a CryptoKey or the 32-byte seed) whose public key the verifier has in options.jwks.',
        )
      }
      const headers: Record<string, string> = {}
      let head = ''
      for (const { header, option } of fields) {
        const given = options[option]
        const value = header === timestampHeader ? unixSeconds.write(time) : given === undefined ? crypto.randomUUID() : given
        if (typeof value !== 'string' || value === '') throw new TypeError(`hookproof: options.${option} must be a non-empty string.`)
        headers[header] = value
        head += value + separator
      }
      const message = head + toHex(await engine().digest('SHA-256', [body]))
      headers[signatureHeader] = toHex(await signEd25519(privateKey as Ed25519PrivateKey, message))
      return headers
    },
  }
}
