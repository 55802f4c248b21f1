import { concat, toBytes, toHex, type Part } from './encoding.js'
import { isPromiseLike } from './promise.js'
import { nodeCrypto, setUsesNodeCrypto, subtle, usesNodeCrypto, type NodeCrypto } from './runtime.js'

/** A signing secret: text (used as its UTF-8 bytes, exactly as the provider shows it) or raw bytes. */
export type Secret = string | Uint8Array

export type { Part } from './encoding.js'

/**
 * The HMAC-SHA256 primitive. Everything around it (parsing, rules, errors) is
 * one code path for every runtime; only this differs. An engine may answer
 * synchronously or with a promise.
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


// ------------------------------------------------------------------ key cache

// Preparing a key (a node:crypto KeyObject, a Web Crypto import) costs about
// as much as a small MAC, and an endpoint uses one or a few secrets for its
// whole life: keep the prepared keys. Bounded, least recently used out first,
// so a multi-tenant endpoint with a secret per customer cannot grow it
// without limit. Text and bytes secrets are kept apart.
export const KEY_CACHE_LIMIT = 128

/** @internal Exported for its tests. */
export class KeyCache<Key> {
  readonly #keys = new Map<string, Key>()
  readonly #prepare: (secret: Secret) => Key
  // The most recently used entry: the usual case, one secret, skips the map.
  #lastId: string | undefined
  #lastKey: Key | undefined

  constructor(prepare: (secret: Secret) => Key) {
    this.#prepare = prepare
  }

  get(secret: Secret): Key {
    const id = cacheId(secret)
    if (id === this.#lastId) return this.#lastKey as Key
    let key = this.#keys.get(id)
    if (key === undefined) {
      key = this.#prepare(secret)
      if (this.#keys.size >= KEY_CACHE_LIMIT) this.#keys.delete(this.#keys.keys().next().value as string)
    } else {
      this.#keys.delete(id)
    }
    this.#keys.set(id, key)
    this.#lastId = id
    this.#lastKey = key
    return key
  }

  /** Replaces `current` with `next` (or drops it), unless it was evicted or replaced meanwhile. */
  settle(secret: Secret, current: Key, next: Key | undefined): void {
    const id = cacheId(secret)
    if (this.#keys.get(id) !== current) return
    if (next === undefined) this.#keys.delete(id)
    else this.#keys.set(id, next)
    if (id === this.#lastId) {
      this.#lastId = next === undefined ? undefined : id
      this.#lastKey = next
    }
  }
}

function cacheId(secret: Secret): string {
  return typeof secret === 'string' ? secret : `\0${toHex(secret)}`
}

// ---------------------------------------------------------------- node:crypto

type NodeHmacCrypto = Pick<NodeCrypto, 'createHmac' | 'createSecretKey' | 'timingSafeEqual'>

function nodeEngine(crypto: NodeHmacCrypto): HmacEngine {
  const keys = new KeyCache((secret) => crypto.createSecretKey(toBytes(secret)))
  const mac = (secret: Secret, parts: readonly Part[]): Uint8Array => {
    // The parts are fed in turn: `<timestamp>.<body>` costs no copy of the body,
    // and a string body is encoded once, inside the hash.
    const hmac = crypto.createHmac('sha256', keys.get(secret))
    for (const part of parts) hmac.update(part)
    return hmac.digest()
  }
  return {
    name: 'node',
    mac(secret, parts) {
      // A plain Uint8Array, not a Buffer, so both engines answer alike.
      const digest = mac(secret, parts)
      return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength)
    },
    verify(secret, parts, expected) {
      // One MAC, however many signatures a header carries.
      const actual = mac(secret, parts)
      let match = false
      for (const candidate of expected) {
        if (candidate.length === actual.length && crypto.timingSafeEqual(actual, candidate)) match = true
      }
      return match
    },
  }
}

// ----------------------------------------------------------------- Web Crypto

const HMAC_SHA256 = { name: 'HMAC', hash: 'SHA-256' } as const

// The import's promise is cached, then replaced by the key itself, so a verify
// with a known secret costs one promise (the engine's), no more.
const cryptoKeys = new KeyCache((secret): CryptoKey | PromiseLike<CryptoKey> => {
  return subtle().importKey('raw', toBytes(secret) as BufferSource, HMAC_SHA256, false, ['sign', 'verify'])
})

/**
 * @internal A key from a cache of Web Crypto imports: the import's promise is
 * replaced by the key once it settles (dropped if it fails), so a known key
 * costs no promise.
 */
export function cachedKey<Key>(cache: KeyCache<Key | PromiseLike<Key>>, secret: Secret): Key | PromiseLike<Key> {
  const key = cache.get(secret)
  if (!isPromiseLike(key)) return key
  return key.then(
    (ready) => {
      cache.settle(secret, key, ready)
      return ready
    },
    (error: unknown) => {
      cache.settle(secret, key, undefined)
      throw error
    },
  )
}

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

const builtin = nodeCrypto('createHmac', 'createSecretKey', 'timingSafeEqual')

/** @internal The synchronous node:crypto engine, where the runtime has one. */
export const nodeCryptoEngine: HmacEngine | undefined = builtin && nodeEngine(builtin)

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
