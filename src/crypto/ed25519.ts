import { decodeBase64 } from '../encoding/base64.js'
import { concat, type Part } from '../encoding/utf8.js'
import { isPromiseLike } from '../promise.js'
import { engine } from './select.js'
import { ED25519_KEY_BYTES } from './engine.js'
import type { Jwk } from './jwk.js'
import { ED25519, subtle, unsupported } from './web.js'

export type { Jwk } from './jwk.js'

/** A Web Crypto `CryptoKey`, structurally (so the types need no DOM library). */
export interface CryptoKeyLike {
  readonly type: string
  readonly algorithm: { readonly name: string }
  readonly extractable: boolean
  readonly usages: readonly string[]
}

/** An Ed25519 private key to sign with: a JWK (`kty: 'OKP'`, `crv: 'Ed25519'`, `d`), a Web Crypto `CryptoKey`, or the 32-byte seed. */
export type Ed25519PrivateKey = Jwk | CryptoKeyLike | Uint8Array

/** The 32 bytes of an Ed25519 public JWK, or `undefined` when it is not one. `x` may carry `=` padding. */
export function publicKeyOfJwk(jwk: unknown): Uint8Array | undefined {
  if (typeof jwk !== 'object' || jwk === null) return undefined
  const { kty, crv, x } = jwk as Jwk
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string') return undefined
  const bytes = decodeBase64(x, true)
  return bytes?.length === ED25519_KEY_BYTES ? bytes : undefined
}

/**
 * Whether `signature` is the Ed25519 signature of the parts, concatenated,
 * under the 32-byte `publicKey`. Synchronous on node:crypto. A signature of
 * another length, a key that is not a curve point, and a degenerate key (of
 * small order, such as the identity, which verifies forgeries of any
 * message, or not canonically encoded) are `false`.
 *
 * @example
 * ```ts
 * const ok = await verifyEd25519(publicKey, signature, `${id}.${timestamp}.`, body)
 * ```
 */
export function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, ...parts: Part[]): boolean | Promise<boolean> {
  return engine().verifyEd25519(publicKey, signature, concat(parts))
}

/**
 * @internal Whether any of the keys made any of the signatures over the
 * parts (rotation on either side), the parts joined once; synchronous on
 * node:crypto, where the first match ends the search.
 */
export function verifyEd25519Any(
  publicKeys: readonly Uint8Array[],
  signatures: readonly Uint8Array[],
  parts: readonly Part[],
): boolean | Promise<boolean> {
  const data = concat(parts)
  const { verifyEd25519 } = engine()
  const pending: PromiseLike<boolean>[] = []
  for (const publicKey of publicKeys) {
    for (const signature of signatures) {
      const result = verifyEd25519(publicKey, signature, data)
      if (result === true) return true
      if (isPromiseLike(result)) pending.push(result)
    }
  }
  return pending.length === 0 ? false : Promise.all(pending).then((results) => results.includes(true))
}

// PKCS #8 wrapping of a 32-byte Ed25519 seed (RFC 8410): the one private
// format every Web Crypto accepts from raw bytes.
const PKCS8_PREFIX = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]

async function privateKey(key: Ed25519PrivateKey, where: string): Promise<CryptoKey> {
  if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) return key as CryptoKey
  try {
    if (key instanceof Uint8Array) {
      if (key.length !== ED25519_KEY_BYTES)
        throw new TypeError(`hookproof: ${where} as bytes must be the 32-byte Ed25519 seed; got ${key.length} bytes.`)
      const pkcs8 = new Uint8Array(PKCS8_PREFIX.length + ED25519_KEY_BYTES)
      pkcs8.set(PKCS8_PREFIX)
      pkcs8.set(key, PKCS8_PREFIX.length)
      return await subtle().importKey('pkcs8', pkcs8, ED25519, false, ['sign'])
    }
    const jwk = key as Jwk
    if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') {
      throw new TypeError(
        `hookproof: ${where} must be an Ed25519 private key: a JWK with kty "OKP", crv "Ed25519" and "d", a CryptoKey, or the 32-byte seed.`,
      )
    }
    return await subtle().importKey('jwk', jwk as JsonWebKey, ED25519, false, ['sign'])
  } catch (error) {
    const reason = unsupported(error)
    if (reason instanceof TypeError) throw reason
    throw new TypeError(`hookproof: ${where} is not a usable Ed25519 private key.`, { cause: error })
  }
}

/**
 * The Ed25519 signature of the parts, concatenated, under `key` (on Web
 * Crypto; signing is for tests and senders, off the hot path).
 *
 * @example
 * ```ts
 * const { privateKey } = await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])
 * const signature = await signEd25519(privateKey, 'message')
 * ```
 */
export async function signEd25519(key: Ed25519PrivateKey, ...parts: Part[]): Promise<Uint8Array> {
  const ready = await privateKey(key, 'the Ed25519 private key')
  try {
    return new Uint8Array(await subtle().sign(ED25519, ready, concat(parts) as BufferSource))
  } catch (error) {
    throw unsupported(error)
  }
}
