/**
 * Every primitive on Web Crypto (`crypto.subtle`), which every runtime has:
 * Node >= 20, Deno, Bun, Cloudflare Workers, edge runtimes and browsers.
 */
import { concat, toBytes } from '../encoding/utf8.js'
import { isPromiseLike } from '../promise.js'
import { isUsableEd25519Key } from './ed25519-key.js'
import type { CryptoEngine, HashName, Secret } from './engine.js'
import { cachedKey, KeyCache } from './key-cache.js'

/** Web Crypto's `subtle`, or a `TypeError` that says where to find it. */
export function subtle(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle
  if (!subtle) {
    throw new TypeError(
      'hookproof: Web Crypto (globalThis.crypto.subtle) is not available in this runtime. Node >= 20, Deno, Bun, Cloudflare Workers, edge runtimes and browsers (in a secure context) have it.',
    )
  }
  return subtle
}

/** Web Crypto without Ed25519 (older browsers) refuses the algorithm by name: say which runtimes have it. */
export function unsupported(error: unknown): unknown {
  return (error as { name?: unknown } | null)?.name === 'NotSupportedError'
    ? new TypeError(
        "hookproof: this runtime's Web Crypto has no Ed25519. Node >= 20, Deno, Bun, Cloudflare Workers, Vercel Edge, Chrome >= 137, Firefox >= 129 and Safari >= 17 have it.",
        { cause: error },
      )
    : error
}

// One cache of imported keys per hash: a CryptoKey is bound to its hash. The
// import's promise is cached, then replaced by the key itself, so a verify
// with a known secret costs one promise (the engine's), no more.
const hmacKeys: Partial<Record<HashName, KeyCache<CryptoKey | PromiseLike<CryptoKey>>>> = {}

function withKey<T>(hash: HashName, secret: Secret, use: (key: CryptoKey) => Promise<T>): Promise<T> {
  const cache = (hmacKeys[hash] ??= new KeyCache((material) =>
    subtle().importKey('raw', toBytes(material) as BufferSource, { name: 'HMAC', hash }, false, ['sign', 'verify']),
  ))
  const key = cachedKey(cache, secret)
  return isPromiseLike(key) ? Promise.resolve(key).then(use) : use(key)
}

/** The Web Crypto algorithm of every Ed25519 key. */
export const ED25519 = { name: 'Ed25519' } as const

// A key of another length (which Web Crypto refuses to import, where
// node:crypto's answer, and the contract's, is false) or a degenerate one is
// cached as null: refused once, when it is first read.
const ed25519Keys = /* @__PURE__ */ new KeyCache((raw): CryptoKey | PromiseLike<CryptoKey> | null =>
  isUsableEd25519Key(raw as Uint8Array) ? subtle().importKey('raw', raw as BufferSource, ED25519, false, ['verify']) : null,
)

/** @internal Every primitive on Web Crypto. */
export const webCryptoEngine: CryptoEngine = {
  name: 'webcrypto',

  hmac(hash, secret, parts) {
    const data = concat(parts) as BufferSource
    return withKey(hash, secret, async (key) => new Uint8Array(await subtle().sign('HMAC', key, data)))
  },

  verifyHmac(hash, secret, parts, expected) {
    // subtle.verify compares inside the engine, in constant time, and answers
    // false (never throws) for a MAC of another length. It recomputes the MAC
    // per signature: schemes bound how many a header may carry.
    const data = concat(parts) as BufferSource
    if (expected.length === 1) return withKey(hash, secret, (key) => subtle().verify('HMAC', key, expected[0] as BufferSource, data))
    return withKey(hash, secret, async (key) => {
      for (const candidate of expected) {
        if (await subtle().verify('HMAC', key, candidate as BufferSource, data)) return true
      }
      return false
    })
  },

  digest(hash, parts) {
    return subtle()
      .digest(hash, concat(parts) as BufferSource)
      .then((digest) => new Uint8Array(digest))
  },

  verifyEd25519(publicKey, signature, data) {
    const key = cachedKey(ed25519Keys, publicKey)
    // null: a key refused when it was read.
    const check = (ready: CryptoKey | null): Promise<boolean> | false =>
      ready !== null &&
      subtle()
        .verify(ED25519, ready, signature as BufferSource, data as BufferSource)
        .catch(() => false)
    return isPromiseLike(key) ? Promise.resolve(key).then(check, (error: unknown) => Promise.reject(unsupported(error))) : check(key)
  },
}
