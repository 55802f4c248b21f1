import type { FetchLike } from '../crypto/jwks-body.js'
import { type JsonWebKeySet, RSA_KEYS, type RsaSigningKey } from '../crypto/key-set.js'
import { type RsaPrivateKey, signRs256, verifyRsaAny } from '../crypto/rsa.js'
import { RSA_MAX_BITS, RSA_MIN_BITS } from '../crypto/rsa-key.js'
import { WebhookVerificationError } from '../errors.js'
import { checkExpiry, malformedToken, readToken, validForOf, writeToken } from './jwt-token.js'
import { type KeySource, readKeySource, withKeys } from './key-source.js'
import { headerNames, type Scheme } from './scheme.js'
import type { KeyHint } from './secret.js'

/** The algorithms a {@link jwtJwksScheme} can allow: RSASSA-PKCS1-v1_5 with SHA-256, keys from a JWKS. */
export type JwksJwtAlgorithm = 'RS256'

/** A claim naming who the token speaks for, that the caller configures (Pub/Sub's `email`, the push subscription's service account). */
export interface IdentityClaim<Claim extends string> {
  /** The claim, and the option of `verify` that gives its expected value(s). */
  readonly claim: Claim
  /** A claim that must be `true` beside it, e.g. `email_verified`. */
  readonly verified?: string
}

/** Describes a JWT + JWKS scheme; see {@link jwtJwksScheme}. */
export interface JwtJwksSchemeOptions<Claim extends string = never> {
  /** The header carrying the token, e.g. `Authorization`. */
  readonly header: string
  /** Whether the token follows `Bearer ` (RFC 6750), or stands alone. */
  readonly bearer: boolean
  /** The algorithms allowed: a token naming any other (`none`, `HS256` included) is refused before any crypto. */
  readonly algorithms: readonly JwksJwtAlgorithm[]
  /** Where the sender publishes its keys. */
  readonly jwksUrl: string
  /** The issuers a token may name (`iss`), exactly; left out where the sender documents none (then `iss` is not read). */
  readonly issuers?: readonly string[]
  /** The identity claim the caller must configure, where a key set signs for more than one sender (Google's signs every Google ID token). */
  readonly identity?: IdentityClaim<Claim>
  /**
   * Default tolerance in seconds: `past` bounds the token's age (from `nbf`,
   * else `iat`), `future` how far ahead of the clock `nbf`/`iat` may be, and
   * also how long after `exp` a token still passes (clock skew).
   */
  readonly tolerance: { readonly past: number; readonly future: number }
  /** The furthest ahead of the clock `exp` may be, in seconds: a token that lives longer is not one this sender issues. */
  readonly maxLifetime: number
}

/** The key options of `verify` with a JWT + JWKS scheme. */
export type JwtJwksVerifyOptions<Claim extends string = never> = {
  /**
   * The audience the token must be for (`aud`), exactly as configured with
   * the sender: one, or several (any one matching is enough).
   */
  readonly audience: string | readonly string[]
  /** The keys to trust instead of fetching them, e.g. a test key pair's public JWK: `{ keys: [publicJwk] }`. */
  readonly jwks?: JsonWebKeySet
  /** Where to fetch the JWKS. Default: the sender's URL. */
  readonly jwksUrl?: string
  /** The `fetch` to load the JWKS with. Default: the global `fetch`. */
  readonly fetch?: FetchLike
} & { readonly [Name in Claim]: string | readonly string[] }

/** The key options of `sign` with a JWT + JWKS scheme. */
export type JwtJwksSignOptions<Claim extends string = never> = {
  /** The RSA private key: a JWK or a `CryptoKey`. Verify with its public key in `options.jwks`. */
  readonly privateKey: RsaPrivateKey
  /** The `kid` to put in the token's header; default: the private JWK's `kid`, if any. */
  readonly keyId?: string
  /** The token's `aud`. */
  readonly audience: string
  /** Seconds the token is valid for, from its `iat`. Default 3600. */
  readonly validFor?: number
} & { readonly [Name in Claim]: string }

/** What a JWT + JWKS scheme verifies with: where the keys come from, and what the claims must be. */
export interface JwtJwksKey {
  readonly source: KeySource<RsaSigningKey>
  readonly audiences: readonly string[]
  /** The identity claim's accepted values, where the scheme has one. */
  readonly identities: readonly string[] | undefined
}

/** What a JWT + JWKS scheme reads from a delivery's token before any crypto. */
export interface JwtJwksSigned {
  readonly signingInput: string
  readonly signature: Uint8Array
  readonly keyId: string | undefined
  readonly issuer: string | undefined
  readonly audiences: readonly string[]
  readonly identity: string | undefined
  readonly identityVerified: boolean
  /** `nbf`, else `iat`, in ms. */
  readonly timestamp: number | undefined
  /** `exp`, in ms. */
  readonly expires: number
}

/** A JWT + JWKS scheme, as {@link jwtJwksScheme} builds it. */
export type JwtJwksScheme<Claim extends string = never> = Scheme<
  JwtJwksKey,
  JwtJwksSigned,
  JwtJwksVerifyOptions<Claim>,
  JwtJwksSignOptions<Claim>,
  true
>

// A claim value as messages show it: sender-controlled, so quoted and cut short.
const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 120 ? `${text.slice(0, 117)}...` : text
}

/**
 * A JSON Web Token (RFC 7519) in a header, signed with RSA (`RS256`) by a
 * key of the sender's JWKS: Google's OIDC tokens (Pub/Sub push) and Gemini's
 * per-request webhooks. Strict, in this order and before any crypto: the
 * token as `jwt-token.ts` reads it (three base64url segments, `alg` on the
 * allow-list, never `none`, no `crit`, `exp` in whole seconds, a signature
 * of 256 to 1024 bytes); an `aud` of one string or an array of strings; an
 * `iss` of a string where the scheme checks issuers; the identity claim a
 * string where it has one. Anything else is `malformed_signature`.
 *
 * Then, on the clock: `nbf` (else `iat`) outside the tolerance is
 * `timestamp_too_old`/`timestamp_too_new`; `exp` passed by more than the
 * tolerance's `future` is `timestamp_too_old`; `exp` further ahead than
 * `maxLifetime` is `timestamp_too_new`. Then the claims, then the crypto:
 * `aud` must be one the caller configured, `iss` one the scheme allows, the
 * identity one the caller configured (and its `verified` claim `true`), and
 * the signature must verify under the JWKS key the header's `kid` names
 * (every key, when there is no `kid`; a `kid` the cached set lacks brings a
 * refetch, at most once a minute); any of these failing is
 * `signature_mismatch`, saying which.
 *
 * Such a token does not cover the body: whoever holds one (it is
 * replayable until `exp`) can send any body with it. The scheme says so
 * (`coversBody: false`), so that `verify` checks the token before the body
 * is read.
 *
 * @example
 * ```ts
 * const pubsub = jwtJwksScheme({
 *   header: 'Authorization',
 *   bearer: true,
 *   algorithms: ['RS256'],
 *   jwksUrl: 'https://www.googleapis.com/oauth2/v3/certs',
 *   issuers: ['accounts.google.com', 'https://accounts.google.com'],
 *   identity: { claim: 'email', verified: 'email_verified' },
 *   tolerance: { past: 3900, future: 300 },
 *   maxLifetime: 86_400,
 * })
 * ```
 */
export function jwtJwksScheme<const Claim extends string = never>(options: JwtJwksSchemeOptions<Claim>): JwtJwksScheme<Claim> {
  const { header, bearer, algorithms, jwksUrl, issuers, identity, maxLifetime } = options
  const rules = { header, bearer, algorithms, signatureBytes: [RSA_MIN_BITS / 8, RSA_MAX_BITS / 8] } as const
  const mismatch = (why: string) => new WebhookVerificationError('signature_mismatch', `The token in the ${header} header ${why}.`)

  function strings(value: unknown, option: string, hint: KeyHint, example: string): readonly string[] {
    const list = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as unknown[]) : []
    if (list.length === 0 || list.some((item) => typeof item !== 'string' || item === '' || item.trim() !== item)) {
      throw new TypeError(
        `hookproof: options.${option} must be ${example}: a non-empty string (or an array of them, any one accepted) exactly as configured with ${hint.name}; got ${shown(value)}.`,
      )
    }
    return list as string[]
  }

  const names = headerNames(header)

  return {
    signsTime: true,
    tolerance: options.tolerance,
    coversBody: false,
    headers: () => names,
    examples: {
      verify: identity
        ? `{ audience: 'https://example.com/push', ${identity.claim}: 'push@my-project.iam.gserviceaccount.com' }`
        : "{ audience: 'your-configured-audience' }",
      sign: identity
        ? `{ privateKey, audience: 'https://example.com/push', ${identity.claim}: 'push@my-project.iam.gserviceaccount.com' }`
        : "{ privateKey, audience: 'your-configured-audience' }",
    },

    keys(given, hint) {
      const audiences = strings(given['audience'], 'audience', hint, "the token's audience (aud)")
      const identities = identity ? strings(given[identity.claim], identity.claim, hint, `the token's ${identity.claim}`) : undefined
      return [{ source: readKeySource(given, jwksUrl, RSA_KEYS), audiences, identities }]
    },

    parse(lookup) {
      const token = readToken(lookup, rules)
      const { aud, iss } = token.claims
      const audiences =
        typeof aud === 'string' ? [aud] : Array.isArray(aud) && aud.every((item) => typeof item === 'string') ? aud : undefined
      if (audiences === undefined || audiences.length === 0)
        throw malformedToken(header, 'has a token without an audience (aud) of strings')
      if (issuers !== undefined && typeof iss !== 'string') throw malformedToken(header, 'has a token without an issuer (iss)')
      const named = identity ? token.claims[identity.claim] : undefined
      if (identity && typeof named !== 'string') throw malformedToken(header, `has a token without ${identity.claim}`)
      return {
        signingInput: token.signingInput,
        signature: token.signature,
        keyId: token.keyId,
        issuer: typeof iss === 'string' ? iss : undefined,
        audiences: audiences as string[],
        identity: named as string | undefined,
        identityVerified: identity?.verified === undefined || token.claims[identity.verified] === true,
        timestamp: token.timestamp,
        expires: token.expires,
      }
    },

    checkTime(signed, window, now) {
      checkExpiry(signed.expires, window, now)
      if (signed.expires - now <= maxLifetime * 1000) return
      throw new WebhookVerificationError(
        'timestamp_too_new',
        `The delivery's token expires ${Math.round((signed.expires - now) / 1000)} s from now; a token of this sender lives ${maxLifetime} s at most.`,
      )
    },

    // The claims first, each refusal saying which: they cost nothing, and a
    // wrong audience is the usual misconfiguration. Then the signature.
    verify(signed, _body, key) {
      if (!signed.audiences.some((audience) => key.audiences.includes(audience))) {
        throw mismatch(
          `is for the audience ${shown(signed.audiences.length === 1 ? signed.audiences[0] : signed.audiences)}, not options.audience (${shown(key.audiences.length === 1 ? key.audiences[0] : key.audiences)})`,
        )
      }
      if (issuers !== undefined && !issuers.includes(signed.issuer!)) {
        throw mismatch(`was issued by ${shown(signed.issuer)}, not ${issuers.map((issuer) => JSON.stringify(issuer)).join(' or ')}`)
      }
      if (identity && key.identities) {
        if (!key.identities.includes(signed.identity!)) {
          throw mismatch(
            `speaks for ${identity.claim} ${shown(signed.identity)}, not options.${identity.claim} (${shown(key.identities.length === 1 ? key.identities[0] : key.identities)})`,
          )
        }
        if (!signed.identityVerified) throw mismatch(`does not have ${identity.verified}: true`)
      }
      return withKeys(key.source, (keys) => {
        const named = signed.keyId === undefined ? keys : keys.filter((candidate) => candidate.kid === signed.keyId)
        return verifyRsaAny(
          named.map((candidate) => candidate.key),
          signed.signature,
          [signed.signingInput],
        )
      })
    },

    mismatch: (provider) =>
      `The ${provider} token's signature does not verify under the key of the JWKS its kid names: it was not signed by ${provider}'s keys. Check options.jwks or options.jwksUrl if you set them.`,

    async sign(_body, given, time, hint) {
      const privateKey = given['privateKey']
      if (privateKey === undefined) {
        throw new TypeError(
          'hookproof: sign needs options.privateKey: the RSA private key (a JWK or a CryptoKey) whose public key the verifier has in options.jwks.',
        )
      }
      const audience = strings(given['audience'], 'audience', hint, "the token's audience (aud)")[0]!
      const validFor = validForOf(given, 3600)
      const keyId = given['keyId'] ?? (privateKey as { kid?: unknown }).kid
      if (keyId !== undefined && typeof keyId !== 'string') throw new TypeError('hookproof: options.keyId must be a string.')
      const seconds = Math.floor(time / 1000)
      const claims: Record<string, unknown> = {}
      if (issuers !== undefined) claims['iss'] = issuers[issuers.length - 1]
      claims['aud'] = audience
      if (identity) {
        claims[identity.claim] = strings(given[identity.claim], identity.claim, hint, `the token's ${identity.claim}`)[0]
        if (identity.verified !== undefined) claims[identity.verified] = true
      }
      claims['iat'] = seconds
      claims['exp'] = seconds + validFor
      const jose = { alg: algorithms[0], ...(keyId === undefined ? {} : { kid: keyId }), typ: 'JWT' }
      return writeToken(options, jose, claims, (input) => signRs256(privateKey as RsaPrivateKey, input))
    },
  }
}
