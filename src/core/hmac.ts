import { concatBytes, toBytes, toHex } from './encoding.js'

/** A signing secret: text (used as its UTF-8 bytes, exactly as the provider shows it) or raw bytes. */
export type Secret = string | Uint8Array

/** One piece of signed content: text (as UTF-8) or bytes. */
export type Part = string | Uint8Array

/**
 * The HMAC-SHA256 primitive. Everything around it (parsing, rules, errors) is
 * one code path for every runtime; only this may differ by runtime.
 */
export interface HmacEngine {
  /** The MAC of the parts, fed in order. */
  sign(secret: Secret, parts: readonly Uint8Array[]): Promise<Uint8Array>
  /** Whether `mac` is the MAC of the parts, compared in constant time. */
  verify(secret: Secret, parts: readonly Uint8Array[], mac: Uint8Array): Promise<boolean>
}

const HMAC_SHA256 = { name: 'HMAC', hash: 'SHA-256' } as const

function subtle(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle
  if (!subtle) {
    throw new TypeError(
      'hookproof: Web Crypto (globalThis.crypto.subtle) is not available in this runtime. Node >= 20, Deno, Bun, Cloudflare Workers, edge runtimes and browsers (in a secure context) have it.',
    )
  }
  return subtle
}

// Importing a key costs about as much as the MAC itself, and a webhook
// endpoint uses one or a few secrets for its whole life: keep the imported
// keys. Bounded, least recently used out first, so a multi-tenant endpoint
// with a secret per customer cannot grow it without limit.
const KEY_CACHE_LIMIT = 128
const keys = new Map<string, Promise<CryptoKey>>()

function cryptoKey(secret: Secret): Promise<CryptoKey> {
  const id = typeof secret === 'string' ? `s${secret}` : `b${toHex(secret)}`
  let key = keys.get(id)
  if (key) {
    keys.delete(id)
    keys.set(id, key)
    return key
  }
  key = subtle().importKey('raw', toBytes(secret) as BufferSource, HMAC_SHA256, false, ['sign', 'verify'])
  keys.set(id, key)
  key.catch(() => keys.delete(id))
  if (keys.size > KEY_CACHE_LIMIT) keys.delete(keys.keys().next().value as string)
  return key
}

/** HMAC-SHA256 on Web Crypto (`crypto.subtle`), which every runtime has. */
export const webCryptoEngine: HmacEngine = {
  async sign(secret, parts) {
    const mac = await subtle().sign('HMAC', await cryptoKey(secret), concatBytes(parts) as BufferSource)
    return new Uint8Array(mac)
  },
  async verify(secret, parts, mac) {
    // subtle.verify compares inside the engine, in constant time, and answers
    // false (never throws) for a MAC of the wrong length.
    return subtle().verify('HMAC', await cryptoKey(secret), mac as BufferSource, concatBytes(parts) as BufferSource)
  },
}

let engine: HmacEngine = webCryptoEngine

/** @internal The engine in use. */
export function hmacEngine(): HmacEngine {
  return engine
}

/** @internal Swaps the engine; for tests that run the same vectors through each one. */
export function setHmacEngine(next: HmacEngine): void {
  engine = next
}

/**
 * HMAC-SHA256 of the parts, concatenated, under `secret`.
 *
 * @example
 * ```ts
 * const mac = await hmacSha256('whsec_…', '1700000000', '.', body)
 * ```
 */
export function hmacSha256(secret: Secret, ...parts: Part[]): Promise<Uint8Array> {
  return engine.sign(secret, parts.map(toBytes))
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
  return toHex(await hmacSha256(secret, ...parts))
}

/**
 * Whether `mac` is the HMAC-SHA256 of the parts under `secret`, compared in
 * constant time by the crypto engine. A `mac` of the wrong length is `false`.
 *
 * @example
 * ```ts
 * const ok = await verifyHmacSha256(secret, signatureBytes, body)
 * ```
 */
export function verifyHmacSha256(secret: Secret, mac: Uint8Array, ...parts: Part[]): Promise<boolean> {
  return engine.verify(secret, parts.map(toBytes), mac)
}
