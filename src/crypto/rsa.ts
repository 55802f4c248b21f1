/**
 * RSA signatures (JWS `RS256`: RSASSA-PKCS1-v1_5 with SHA-256), on Web
 * Crypto on every runtime, outside the engines (`engine.ts`): a verification
 * costs tens of microseconds, against which a promise is nothing, and kept
 * out of the engines it stays out of every bundle but those of the providers
 * that use it. One implementation: one answer on every runtime.
 */
import { concat, type Part } from '../encoding/utf8.js'
import { isPromiseLike } from '../promise.js'
import type { CryptoKeyLike } from './ed25519.js'
import type { Jwk } from './jwk.js'
import { cachedKey, KeyCache } from './key-cache.js'
import type { RsaPublicKey } from './rsa-key.js'
import { subtle } from './web.js'

/** The Web Crypto algorithm of JWS `RS256`. */
const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const

// Keyed by the modulus: `rsa-key.ts` accepts one exponent only.
const rsaKeys = /* @__PURE__ */ new KeyCache((n): CryptoKey | PromiseLike<CryptoKey> =>
  subtle().importKey('jwk', { kty: 'RSA', n: n as string, e: 'AQAB', ext: true }, RS256, false, ['verify']),
)

/**
 * Whether `signature` is the `RS256` signature of `data` under `publicKey`,
 * a key `rsa-key.ts` read. A signature of another length than the modulus,
 * or one Web Crypto refuses, is `false`, never an exception.
 */
export function verifyRs256(publicKey: RsaPublicKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (signature.length !== publicKey.bytes) return Promise.resolve(false)
  const key = cachedKey(rsaKeys, publicKey.n)
  const check = (ready: CryptoKey): Promise<boolean> =>
    subtle()
      .verify(RS256, ready, signature as BufferSource, data as BufferSource)
      .catch(() => false)
  return isPromiseLike(key) ? Promise.resolve(key).then(check) : check(key)
}

/** An RSA private key to sign with: a JWK (`kty: 'RSA'` with `d` and the CRT parameters) or a Web Crypto `CryptoKey` for RSASSA-PKCS1-v1_5 with SHA-256. */
export type RsaPrivateKey =
  | (Jwk & { readonly p?: string; readonly q?: string; readonly dp?: string; readonly dq?: string; readonly qi?: string })
  | CryptoKeyLike

/** @internal Whether any of the keys made the `RS256` signature over the parts, joined once. */
export function verifyRsaAny(
  publicKeys: readonly RsaPublicKey[],
  signature: Uint8Array,
  parts: readonly Part[],
): boolean | Promise<boolean> {
  if (publicKeys.length === 0) return false
  const data = concat(parts)
  return Promise.all(publicKeys.map((publicKey) => verifyRs256(publicKey, signature, data))).then((results) => results.includes(true))
}

/**
 * The `RS256` signature (RSASSA-PKCS1-v1_5 with SHA-256) of the parts,
 * concatenated, under `key`, on Web Crypto: signing is for tests and senders,
 * off the hot path.
 *
 * @example
 * ```ts
 * const { privateKey } = await crypto.subtle.generateKey(
 *   { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
 *   true,
 *   ['sign', 'verify'],
 * )
 * const signature = await signRs256(privateKey, 'header.payload')
 * ```
 */
export async function signRs256(key: RsaPrivateKey, ...parts: Part[]): Promise<Uint8Array> {
  const given = typeof CryptoKey !== 'undefined' && key instanceof CryptoKey ? key : undefined
  const jwk = key as Jwk
  if (!given && (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'RSA' || typeof jwk.d !== 'string')) {
    throw new TypeError('hookproof: the RSA private key must be a JWK with kty "RSA" and "d" (and n, e, p, q, dp, dq, qi), or a CryptoKey.')
  }
  try {
    const ready = given ?? (await subtle().importKey('jwk', { ...jwk, alg: 'RS256' } as JsonWebKey, RS256, false, ['sign']))
    return new Uint8Array(await subtle().sign(RS256, ready, concat(parts) as BufferSource))
  } catch (error) {
    // A JWK whose members do not make a key (Web Crypto refuses it on import, or when it signs).
    throw new TypeError('hookproof: the RSA private key is not a usable RS256 private key.', { cause: error })
  }
}
