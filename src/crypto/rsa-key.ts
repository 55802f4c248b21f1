/**
 * Which RSA public keys hookproof verifies with: read from a JWK, and
 * bounded before any verification.
 *
 * - The modulus is 2048 to 8192 bits. Shorter keys are breakable or close to
 *   it (NIST SP 800-131A has refused them since 2013); longer ones only make a
 *   forged delivery cost more to refuse.
 * - The public exponent is 65537 (`AQAB`), which every JWKS in use serves:
 *   BoringSSL-based Web Crypto (Chrome, Cloudflare Workers) imports no other
 *   but 3, and a small exponent is where lax signature parsers were forged
 *   (Bleichenbacher, 2006). Accepting only one keeps both engines at one
 *   answer.
 *
 * Leading zero bytes in `n` (which RFC 7518 §6.3.1.1 forbids, but some
 * encoders write) are dropped, not refused: the key is the same number.
 */
import { decodeBase64, encodeBase64 } from '../encoding/base64.js'

/** The fewest bits an RSA modulus may have. */
export const RSA_MIN_BITS = 2048
/** The most bits an RSA modulus may have. */
export const RSA_MAX_BITS = 8192

/** An RSA public key hookproof verifies with, its modulus and exponent as canonical base64url. */
export interface RsaPublicKey {
  readonly n: string
  readonly e: string
  /** The modulus's length in bytes: the length of every signature it makes. */
  readonly bytes: number
}

/** Why an RSA JWK is refused. */
export type RsaKeyFlaw = 'short' | 'long' | 'even' | 'exponent'

const BASE64URL = /^[A-Za-z0-9_-]+$/

/**
 * The RSA public key of a JWK (`kty: 'RSA'`, `n`, `e`), a flaw that keeps it
 * from being used, or `undefined` when the JWK is no RSA public key at all.
 */
export function rsaKeyOfJwk(jwk: unknown): { readonly key: RsaPublicKey } | { readonly flaw: RsaKeyFlaw } | undefined {
  if (typeof jwk !== 'object' || jwk === null) return undefined
  const { kty, n, e } = jwk as { kty?: unknown; n?: unknown; e?: unknown }
  if (kty !== 'RSA' || typeof n !== 'string' || typeof e !== 'string' || !BASE64URL.test(n) || !BASE64URL.test(e)) return undefined
  // The longest modulus read is 8192 bits: a longer string is refused before it is decoded.
  if (n.length > Math.ceil((RSA_MAX_BITS / 8 + 8) / 3) * 4) return { flaw: 'long' }
  const modulus = decodeBase64(n, true)
  const exponent = decodeBase64(e, true)
  if (!modulus || !exponent) return undefined
  let start = 0
  while (start < modulus.length && modulus[start] === 0) start++
  const digits = modulus.subarray(start)
  const bits = digits.length === 0 ? 0 : (digits.length - 1) * 8 + (32 - Math.clz32(digits[0]!))
  if (bits < RSA_MIN_BITS) return { flaw: 'short' }
  if (bits > RSA_MAX_BITS) return { flaw: 'long' }
  // No product of two odd primes is even; an engine would refuse it on import, or not.
  if ((digits[digits.length - 1]! & 1) === 0) return { flaw: 'even' }
  let e2 = 0
  for (const byte of exponent) e2 = e2 * 256 + byte
  if (exponent.length > 4 || e2 !== 65537) return { flaw: 'exponent' }
  // Written anew: both engines import the same canonical text, whatever padding bits the sender left.
  return { key: { n: encodeBase64(digits, true), e: 'AQAB', bytes: digits.length } }
}

/** What a flaw means, for messages: "… is an RSA public key <this>". */
export function describeRsaKeyFlaw(flaw: RsaKeyFlaw): string {
  return flaw === 'short'
    ? `whose modulus is shorter than ${RSA_MIN_BITS} bits, too weak to trust`
    : flaw === 'long'
      ? `whose modulus is longer than ${RSA_MAX_BITS} bits, more than hookproof reads`
      : flaw === 'even'
        ? 'whose modulus is even, which no RSA key pair has'
        : 'whose public exponent is not 65537 (AQAB), the one exponent hookproof accepts'
}
