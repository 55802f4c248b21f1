import { toBytes, toHex, utf8, utf8Into } from './encoding.js'
import { isPromiseLike } from './promise.js'

/** A signing secret: text (used as its UTF-8 bytes, exactly as the provider shows it) or raw bytes. */
export type Secret = string | Uint8Array

/** One piece of signed content: text (as UTF-8) or bytes. */
export type Part = string | Uint8Array

/**
 * The HMAC-SHA256 primitive. Everything around it (parsing, rules, errors) is
 * one code path for every runtime; only this differs. An engine may answer
 * synchronously or with a promise.
 */
export interface HmacEngine {
  readonly name: 'node' | 'webcrypto'
  /** The MAC of the parts, fed in order. */
  mac(secret: Secret, parts: readonly Part[]): Uint8Array | Promise<Uint8Array>
  /** Whether `expected` is the MAC of the parts, compared in constant time; `false` for another length. */
  verify(secret: Secret, parts: readonly Part[], expected: Uint8Array): boolean | Promise<boolean>
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

interface NodeHmac {
  update(data: Part): NodeHmac
  digest(): Uint8Array
}

interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: object): NodeHmac
  createSecretKey(key: Uint8Array): object
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean
}

// Asked for at run time, never imported: a bundler for the edge or the browser
// never sees node:crypto, and a runtime that has it (Node >= 20.16, Bun, Deno,
// workerd with nodejs_compat) hands it over synchronously.
function builtinCrypto(): NodeCrypto | undefined {
  try {
    const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    const crypto = process?.getBuiltinModule?.('node:crypto') as Partial<NodeCrypto> | undefined
    const complete =
      typeof crypto?.createHmac === 'function' &&
      typeof crypto.createSecretKey === 'function' &&
      typeof crypto.timingSafeEqual === 'function'
    return complete ? (crypto as NodeCrypto) : undefined
  } catch {
    return undefined
  }
}

function nodeEngine(crypto: NodeCrypto): HmacEngine {
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
      const actual = mac(secret, parts)
      return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
    },
  }
}

// ----------------------------------------------------------------- Web Crypto

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

// The import's promise is cached, then replaced by the key itself, so a verify
// with a known secret costs one promise (the engine's), no more.
const cryptoKeys = new KeyCache((secret): CryptoKey | PromiseLike<CryptoKey> => {
  return subtle().importKey('raw', toBytes(secret) as BufferSource, HMAC_SHA256, false, ['sign', 'verify'])
})

function cryptoKey(secret: Secret): CryptoKey | PromiseLike<CryptoKey> {
  const key = cryptoKeys.get(secret)
  if (!isPromiseLike(key)) return key
  return key.then(
    (ready) => {
      cryptoKeys.settle(secret, key, ready)
      return ready
    },
    (error: unknown) => {
      cryptoKeys.settle(secret, key, undefined)
      throw error
    },
  )
}

// Web Crypto takes one buffer. Text-only content is joined and encoded once;
// otherwise the (short) text parts are encoded straight into the buffer that
// receives the bytes, so a byte body is copied once.
function joined(parts: readonly Part[]): Uint8Array {
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0]!
  if (parts.every((part) => typeof part === 'string')) return utf8(parts.join(''))
  let length = 0
  for (const part of parts) length += typeof part === 'string' ? part.length * 3 : part.byteLength
  const out = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    if (typeof part === 'string') offset += utf8Into(part, out.subarray(offset))
    else {
      out.set(part, offset)
      offset += part.byteLength
    }
  }
  return out.subarray(0, offset)
}

function withKey<T>(secret: Secret, use: (key: CryptoKey) => Promise<T>): Promise<T> {
  const key = cryptoKey(secret)
  return isPromiseLike(key) ? Promise.resolve(key).then(use) : use(key)
}

/** HMAC-SHA256 on Web Crypto (`crypto.subtle`), which every runtime has. */
export const webCryptoEngine: HmacEngine = {
  name: 'webcrypto',
  mac(secret, parts) {
    const data = joined(parts) as BufferSource
    return withKey(secret, async (key) => new Uint8Array(await subtle().sign('HMAC', key, data)))
  },
  verify(secret, parts, expected) {
    // subtle.verify compares inside the engine, in constant time, and answers
    // false (never throws) for a MAC of another length.
    const data = joined(parts) as BufferSource
    return withKey(secret, (key) => subtle().verify('HMAC', key, expected as BufferSource, data))
  },
}

// ------------------------------------------------------------- engine switch

const builtin = builtinCrypto()

/** @internal The synchronous node:crypto engine, where the runtime has one. */
export const nodeCryptoEngine: HmacEngine | undefined = builtin && nodeEngine(builtin)

// Internal, for tests and benchmarks only: setting
// globalThis[Symbol.for('hookproof.engine')] = 'webcrypto' before hookproof
// loads makes that copy use Web Crypto even where node:crypto is available.
const forced = (globalThis as Record<symbol, unknown>)[Symbol.for('hookproof.engine')]

let engine: HmacEngine = (forced !== 'webcrypto' && nodeCryptoEngine) || webCryptoEngine

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
  return engine.verify(secret, parts, mac)
}
