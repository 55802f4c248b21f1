import { concat, toBytes, toHex, type Part } from './encoding.js'
import { cachedKey, KeyCache } from './key-cache.js'
import { nodeCryptoEngine } from './node-crypto.js'
import { isPromiseLike } from './promise.js'
import { setUsesNodeCrypto, subtle, usesNodeCrypto } from './runtime.js'

/** A signing secret: text (used as its UTF-8 bytes, exactly as the provider shows it) or raw bytes. */
export type Secret = string | Uint8Array

export type { Part } from './encoding.js'

/**
 * The HMAC-SHA256 primitive. Everything around it (parsing, rules, errors) is
 * one code path for every runtime; only this differs. An engine may answer
 * synchronously or with a promise. Two engines: Web Crypto, below, and
 * node:crypto, in `node-crypto.ts` beside the other node:crypto primitives,
 * which the browser build leaves out.
 */
export interface HmacEngine {
  readonly name: 'node' | 'webcrypto'
  /** The MAC of the parts, fed in order. */
  mac(secret: Secret, parts: readonly Part[]): Uint8Array | Promise<Uint8Array>
  /**
   * Whether any of `expected` is the MAC of the parts, compared in constant
   * time; one of another length is no match.
   */
  verify(secret: Secret, parts: readonly Part[], expected: readonly Uint8Array[]): boolean | Promise<boolean>
}

// ----------------------------------------------------------------- Web Crypto

const HMAC_SHA256 = { name: 'HMAC', hash: 'SHA-256' } as const

// The import's promise is cached, then replaced by the key itself, so a verify
// with a known secret costs one promise (the engine's), no more.
const cryptoKeys = new KeyCache((secret): CryptoKey | PromiseLike<CryptoKey> => {
  return subtle().importKey('raw', toBytes(secret) as BufferSource, HMAC_SHA256, false, ['sign', 'verify'])
})

function withKey<T>(secret: Secret, use: (key: CryptoKey) => Promise<T>): Promise<T> {
  const key = cachedKey(cryptoKeys, secret)
  return isPromiseLike(key) ? Promise.resolve(key).then(use) : use(key)
}

/** HMAC-SHA256 on Web Crypto (`crypto.subtle`), which every runtime has. */
export const webCryptoEngine: HmacEngine = {
  name: 'webcrypto',
  mac(secret, parts) {
    const data = concat(parts) as BufferSource
    return withKey(secret, async (key) => new Uint8Array(await subtle().sign('HMAC', key, data)))
  },
  verify(secret, parts, expected) {
    // subtle.verify compares inside the engine, in constant time, and answers
    // false (never throws) for a MAC of another length. It recomputes the MAC
    // per signature: schemes bound how many a header may carry.
    const data = concat(parts) as BufferSource
    if (expected.length === 1) return withKey(secret, (key) => subtle().verify('HMAC', key, expected[0] as BufferSource, data))
    return withKey(secret, async (key) => {
      for (const candidate of expected) {
        if (await subtle().verify('HMAC', key, candidate as BufferSource, data)) return true
      }
      return false
    })
  },
}

// ------------------------------------------------------------- engine switch

export { nodeCryptoEngine }

let engine: HmacEngine = (usesNodeCrypto() && nodeCryptoEngine) || webCryptoEngine

/** @internal The engine in use. */
export function hmacEngine(): HmacEngine {
  return engine
}

/**
 * @internal Swaps the engine, for tests that run the same vectors through each
 * one. Not part of the public API.
 */
export function setHmacEngine(next: HmacEngine): void {
  engine = next
  // The other primitives follow the same switch.
  setUsesNodeCrypto(next.name === 'node')
}

/**
 * HMAC-SHA256 of the parts, concatenated, under `secret`.
 *
 * @example
 * ```ts
 * const mac = await hmacSha256('whsec_…', '1700000000', '.', body)
 * ```
 */
export async function hmacSha256(secret: Secret, ...parts: Part[]): Promise<Uint8Array> {
  return engine.mac(secret, parts)
}

/**
 * Lowercase hex HMAC-SHA256 of the parts, concatenated, under `secret`: the
 * value most providers put in their signature header.
 *
 * @example
 * ```ts
 * const signature = 'sha256=' + (await hmacSha256Hex(secret, `${timestamp}.`, body))
 * ```
 */
export async function hmacSha256Hex(secret: Secret, ...parts: Part[]): Promise<string> {
  return toHex(await engine.mac(secret, parts))
}

/**
 * Whether `mac` is the HMAC-SHA256 of the parts under `secret`, compared in
 * constant time by the crypto engine. A `mac` of another length is `false`.
 *
 * @example
 * ```ts
 * const ok = await verifyHmacSha256(secret, signatureBytes, body)
 * ```
 */
export async function verifyHmacSha256(secret: Secret, mac: Uint8Array, ...parts: Part[]): Promise<boolean> {
  return engine.verify(secret, parts, [mac])
}
