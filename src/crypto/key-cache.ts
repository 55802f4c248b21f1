import { copyBytes } from '../encoding/bytes.js'
import { toHex } from '../encoding/hex.js'
import { isPromiseLike } from '../promise.js'

/** What a key cache is keyed by: a secret (text or raw bytes) or a public key's bytes. */
type KeyMaterial = string | Uint8Array

// Preparing a key (a node:crypto KeyObject, a Web Crypto import) costs about
// as much as a small MAC, and an endpoint uses one or a few secrets for its
// whole life: keep the prepared keys. Bounded, least recently used out first,
// so a multi-tenant endpoint with a secret per customer cannot grow it
// without limit. Text and bytes secrets are kept apart.
export const KEY_CACHE_LIMIT = 128

/** @internal Exported for its tests. */
export class KeyCache<Key> {
  readonly #keys = new Map<string, Key>()
  readonly #prepare: (secret: KeyMaterial) => Key
  // The most recently used entry: the usual case, one secret, skips the map
  // and the id. A bytes secret is kept as a copy, as the caller's array may
  // change, and compared by value.
  #lastSecret: KeyMaterial | undefined
  #lastKey: Key | undefined

  constructor(prepare: (secret: KeyMaterial) => Key) {
    this.#prepare = prepare
  }

  get(secret: KeyMaterial): Key {
    if (sameMaterial(secret, this.#lastSecret)) return this.#lastKey as Key
    const id = cacheId(secret)
    let key = this.#keys.get(id)
    if (key === undefined) {
      key = this.#prepare(secret)
      if (this.#keys.size >= KEY_CACHE_LIMIT) this.#keys.delete(this.#keys.keys().next().value as string)
    } else {
      this.#keys.delete(id)
    }
    this.#keys.set(id, key)
    this.#lastSecret = typeof secret === 'string' ? secret : copyBytes(secret)
    this.#lastKey = key
    return key
  }

  /** Replaces `current` with `next` (or drops it), unless it was evicted or replaced meanwhile. */
  settle(secret: KeyMaterial, current: Key, next: Key | undefined): void {
    const id = cacheId(secret)
    if (this.#keys.get(id) !== current) return
    if (next === undefined) this.#keys.delete(id)
    else this.#keys.set(id, next)
    if (sameMaterial(secret, this.#lastSecret)) {
      if (next === undefined) this.#lastSecret = undefined
      this.#lastKey = next
    }
  }
}

function sameMaterial(a: KeyMaterial, b: KeyMaterial | undefined): boolean {
  if (typeof a === 'string' || typeof b === 'string' || b === undefined) return a === b
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

// Text and bytes never share an id: the first character tells them apart.
function cacheId(secret: KeyMaterial): string {
  return typeof secret === 'string' ? `t${secret}` : `b${toHex(secret)}`
}

/**
 * @internal A key from a cache of Web Crypto imports: the import's promise is
 * replaced by the key once it settles (dropped if it fails), so a known key
 * costs no promise.
 */
export function cachedKey<Key>(cache: KeyCache<Key | PromiseLike<Key>>, secret: KeyMaterial): Key | PromiseLike<Key> {
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
