import { HASH_BYTES } from '../crypto/engine.js'
import { digestIs } from '../crypto/equal.js'
import { engine } from '../crypto/select.js'
import { decodeBase64, encodeBase64 } from '../encoding/base64.js'
import { utf8 } from '../encoding/utf8.js'
import { isPromiseLike } from '../promise.js'
import { checkExpiry, malformedToken, readToken, validForOf, writeToken } from './jwt-token.js'
import { headerNames, type Scheme } from './scheme.js'
import { checkSecret, eachSecret, type KeyHint } from './secret.js'

/** The algorithms a {@link jwtScheme} can allow: HMAC with SHA-256 over the token, keyed with a shared secret. */
export type JwtAlgorithm = 'HS256'

/** Describes a JWT scheme; see {@link jwtScheme}. */
export interface JwtSchemeOptions {
  /** The header carrying the token, e.g. `Authorization`. */
  readonly header: string
  /** Whether the token follows `Bearer ` (RFC 6750), or stands alone (LiveKit). */
  readonly bearer: boolean
  /** The algorithms allowed: a token naming any other (`none` included) is refused before any crypto. */
  readonly algorithms: readonly JwtAlgorithm[]
  /**
   * The claim that binds the body: the base64 of its SHA-256, as LiveKit's
   * `sha256`. Required in every token.
   */
  readonly bodyClaim: string
  /**
   * Default tolerance in seconds: `past` bounds the token's age (from `nbf`,
   * else `iat`), `future` how far ahead of the clock `nbf`/`iat` may be, and
   * also how long after `exp` a token still passes (clock skew).
   */
  readonly tolerance: { readonly past: number; readonly future: number }
}

/** The key options of `verify` with a JWT scheme: the API key the token's issuer must be, and its secret. */
export interface JwtKeyOptions {
  /** The API key: the token's `iss` must be exactly this. */
  readonly apiKey: string
  /** The API secret the token is signed with. An array while rotating: any one of them may have signed. */
  readonly secret: string | readonly string[]
}

/** The key options of `sign` with a JWT scheme. */
export interface JwtSignOptions {
  readonly apiKey: string
  readonly secret: string
  /** Seconds the token is valid for, from its `nbf`. Default 300, as LiveKit's. */
  readonly validFor?: number
}

/** What a JWT scheme verifies with. */
export interface JwtKey {
  readonly apiKey: string
  readonly secret: Uint8Array
}

/** What a JWT scheme reads from a delivery's token before any crypto. */
export interface JwtSigned {
  /** `<header>.<payload>` exactly as received: what the signature covers. */
  readonly signingInput: string
  readonly signature: Uint8Array
  readonly issuer: string
  /** The body digest the token claims. */
  readonly bodyDigest: Uint8Array
  /** `nbf`, else `iat`, in ms; `undefined` when the token has neither. */
  readonly timestamp: number | undefined
  /** `exp`, in ms. */
  readonly expires: number
}

/** A JWT scheme, as {@link jwtScheme} builds it. */
export type JwtScheme = Scheme<JwtKey, JwtSigned, JwtKeyOptions, JwtSignOptions, true>

/**
 * A JSON Web Token (RFC 7519) in a header, signed with a shared secret, that
 * binds the body by a digest claim: LiveKit's webhooks. Strict, in this
 * order and before any crypto: three base64url segments; a header whose
 * `alg` is one the scheme allows (never `none`, never one the token chooses
 * beyond the list) and no `crit`; a payload with `iss`, `exp` (whole
 * seconds), the body claim (base64 of a SHA-256), and `nbf`/`iat` if present
 * as whole seconds. Anything else is `malformed_signature`.
 *
 * Then, on the clock: `exp` passed (by more than the tolerance's `future`) is
 * `timestamp_too_old`, and `nbf` (else `iat`) outside the tolerance is
 * `timestamp_too_old`/`timestamp_too_new`. Then the crypto: `iss` must be
 * the caller's `apiKey`, the HMAC must match, and the body's SHA-256 must be
 * the claim's; any of these failing is `signature_mismatch`.
 *
 * @example
 * ```ts
 * const livekit = jwtScheme({ header: 'Authorization', bearer: false, algorithms: ['HS256'], bodyClaim: 'sha256', tolerance: { past: 310, future: 10 } })
 * ```
 */
export function jwtScheme(options: JwtSchemeOptions): JwtScheme {
  const { header, bearer, algorithms, bodyClaim } = options
  const digestBytes = HASH_BYTES['SHA-256']
  const rules = { header, bearer, algorithms, signatureBytes: [digestBytes, digestBytes] } as const

  function apiKeyOf(given: Readonly<Record<string, unknown>>, hint: KeyHint): string {
    const apiKey = given['apiKey']
    if (typeof apiKey !== 'string' || apiKey === '' || apiKey.trim() !== apiKey) {
      throw new TypeError(
        `hookproof: options.apiKey must be your ${hint.name} API key (the token's issuer), e.g. { apiKey: process.env.LIVEKIT_API_KEY, secret: process.env.LIVEKIT_API_SECRET }; got ${typeof apiKey === 'string' ? JSON.stringify(apiKey) : String(apiKey)}.`,
      )
    }
    return apiKey
  }

  function textSecret(value: unknown, where: string, hint: KeyHint): Uint8Array {
    if (value instanceof Uint8Array) {
      throw new TypeError(`hookproof: ${where} is a Uint8Array; pass the ${hint.name} API secret as the string the dashboard shows.`)
    }
    return utf8(checkSecret(value, where, hint.example) as string)
  }

  const names = headerNames(header)

  return {
    signsTime: true,
    tolerance: options.tolerance,
    headers: () => names,
    examples: {
      verify: '{ apiKey: process.env.LIVEKIT_API_KEY, secret: process.env.LIVEKIT_API_SECRET }',
      sign: "{ apiKey: 'APIxxxxxxxx', secret: 'test-secret' }",
    },

    keys(given, hint) {
      const apiKey = apiKeyOf(given, hint)
      return eachSecret(given['secret'], `${hint.name} API secret`, (item, where) => ({ apiKey, secret: textSecret(item, where, hint) }))
    },

    parse(lookup) {
      const token = readToken(lookup, rules)
      const { iss } = token.claims
      if (typeof iss !== 'string' || iss === '') throw malformedToken(header, 'has a token without an issuer (iss)')
      const claimed = token.claims[bodyClaim]
      const bodyDigest = typeof claimed === 'string' ? decodeBase64(claimed) : undefined
      if (bodyDigest?.length !== digestBytes) {
        throw malformedToken(header, `has a token whose ${bodyClaim} claim is not the base64 of a SHA-256 (what binds the body)`)
      }
      return {
        signingInput: token.signingInput,
        signature: token.signature,
        issuer: iss,
        bodyDigest,
        timestamp: token.timestamp,
        expires: token.expires,
      }
    },

    checkTime: (signed, window, now) => checkExpiry(signed.expires, window, now),

    verify(signed, body, key) {
      if (signed.issuer !== key.apiKey) return false
      const mac = engine().verifyHmac('SHA-256', key.secret, [signed.signingInput], [signed.signature])
      const bodyMatches = () => digestIs('SHA-256', [body], signed.bodyDigest)
      if (isPromiseLike(mac)) return Promise.resolve(mac).then((ok) => ok && bodyMatches())
      return mac && bodyMatches()
    },

    async sign(body, given, time, hint) {
      const apiKey = apiKeyOf(given, hint)
      const secret = textSecret(given['secret'], 'options.secret', hint)
      const validFor = validForOf(given, 300)
      const seconds = Math.floor(time / 1000)
      const digest = await engine().digest('SHA-256', [body])
      const claims = { iss: apiKey, nbf: seconds, iat: seconds, exp: seconds + validFor, [bodyClaim]: encodeBase64(digest) }
      return writeToken(options, { alg: algorithms[0], typ: 'JWT' }, claims, async (input) => engine().hmac('SHA-256', secret, [input]))
    },

    mismatch: (provider, { length: count }) =>
      `The ${provider} token does not match the body with ${count === 1 ? 'the API secret' : `any of the ${count} API secrets`}, or its issuer is not options.apiKey. Check both, and that the body reaches verify as the raw bytes received (not re-serialized JSON).`,
  }
}
