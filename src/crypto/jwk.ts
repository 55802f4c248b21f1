/**
 * A JSON Web Key (RFC 7517), as far as hookproof reads one: what
 * `crypto.subtle.exportKey('jwk', …)` returns and a JWKS lists, for the key
 * types hookproof verifies with (Ed25519, `kty: 'OKP'`; RSA, `kty: 'RSA'`).
 * Declared here so that the types need no DOM library.
 *
 * @example
 * ```ts
 * const jwk: Jwk = { kty: 'RSA', kid: '2024-07', alg: 'RS256', use: 'sig', n: 'u1SU1Lf…', e: 'AQAB' }
 * ```
 */
export interface Jwk {
  readonly kty?: string
  readonly crv?: string
  /** The Ed25519 public key, base64url. */
  readonly x?: string
  /** The private key (Ed25519's seed, RSA's private exponent), base64url. */
  readonly d?: string
  /** The RSA modulus, base64url, big-endian. */
  readonly n?: string
  /** The RSA public exponent, base64url, big-endian (`AQAB` is 65537). */
  readonly e?: string
  readonly use?: string
  readonly kid?: string
  readonly alg?: string
}
