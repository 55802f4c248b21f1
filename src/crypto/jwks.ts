import { type Jwk, publicKeyOfJwk } from './ed25519.js'

/** A JSON Web Key Set, as served at a `/.well-known/jwks.json` URL. */
export interface JsonWebKeySet {
  readonly keys: readonly Jwk[]
}

/**
 * The part of `fetch` hookproof uses to load a JWKS; inject your own (a test
 * double, a proxy, a cache). `init` also carries a 10 s timeout `signal`
 * where the runtime has `AbortSignal.timeout`.
 */
export type FetchLike = (
  url: string,
  init: { readonly headers: Record<string, string> },
) => Promise<{ readonly ok: boolean; readonly status: number; json(): Promise<unknown> }>

/** How long a fetched JWKS is used before it is fetched again: 24 h, the most providers allow. */
export const JWKS_MAX_AGE: number = 24 * 60 * 60 * 1000
/**
 * The least time between two fetches of one JWKS. A delivery no cached key
 * verifies fetches it again (the sender may have rotated), but a stream of
 * forgeries must not turn into a stream of requests to the sender.
 */
export const JWKS_REFETCH_INTERVAL: number = 60 * 1000
/** A JWKS request that has not answered by then is abandoned. */
export const JWKS_TIMEOUT: number = 10 * 1000

/** The Ed25519 public keys of a set, as raw bytes; keys of other types or for other uses are skipped. */
export function ed25519Keys(set: unknown): Uint8Array[] {
  const keys = (set as { keys?: unknown } | null)?.keys
  if (!Array.isArray(keys)) return []
  const out: Uint8Array[] = []
  for (const jwk of keys) {
    const use = (jwk as { use?: unknown } | null)?.use
    const key = use === undefined || use === 'sig' ? publicKeyOfJwk(jwk) : undefined
    if (key) out.push(key)
  }
  return out
}

interface Entry {
  keys?: readonly Uint8Array[]
  /** When the cached keys were fetched: they are used for {@link JWKS_MAX_AGE} from then, no longer. */
  loadedAt: number
  /** When the last fetch started, successful or not: the next waits {@link JWKS_REFETCH_INTERVAL}. */
  triedAt: number
  pending?: Promise<readonly Uint8Array[]> | undefined
  /** Why the last fetch failed, while no keys are cached. */
  failure?: Error | undefined
}

// One cache per fetch function, so a test's fetch double starts empty; one
// entry per URL, set by the caller, never by a sender.
const caches = /* @__PURE__ */ new WeakMap<FetchLike, Map<string, Entry>>()

/** Keys that come from a JWKS URL: cached, or fetched when stale or when asked to refresh. */
export interface JwksSource {
  keys(): Promise<readonly Uint8Array[]> | readonly Uint8Array[]
  /** Keys fetched again, unless they were fetched moments ago or cannot be fetched now: then `undefined`. */
  refresh(): Promise<readonly Uint8Array[] | undefined>
}

/** @internal A JWKS fetched from a URL, cached for at most {@link JWKS_MAX_AGE}. */
export class RemoteJwks implements JwksSource {
  readonly #url: string
  readonly #fetch: FetchLike
  readonly #entry: Entry

  constructor(url: string, fetch: FetchLike) {
    this.#url = url
    this.#fetch = fetch
    let cache = caches.get(fetch)
    if (!cache) caches.set(fetch, (cache = new Map()))
    let entry = cache.get(url)
    if (!entry) cache.set(url, (entry = { loadedAt: -Infinity, triedAt: -Infinity }))
    this.#entry = entry
  }

  keys(): Promise<readonly Uint8Array[]> | readonly Uint8Array[] {
    const { keys, loadedAt, triedAt, failure } = this.#entry
    const now = Date.now()
    if (keys && now - loadedAt < JWKS_MAX_AGE) return keys
    // A JWKS that just failed to load is not asked again for every delivery.
    if (failure && now - triedAt < JWKS_REFETCH_INTERVAL) return Promise.reject(failure)
    return this.#load()
  }

  async refresh(): Promise<readonly Uint8Array[] | undefined> {
    if (Date.now() - this.#entry.triedAt < JWKS_REFETCH_INTERVAL) return undefined
    try {
      return await this.#load()
    } catch {
      return undefined
    }
  }

  #load(): Promise<readonly Uint8Array[]> {
    const entry = this.#entry
    entry.pending ??= this.#fetchKeys().finally(() => {
      entry.pending = undefined
    })
    return entry.pending
  }

  async #fetchKeys(): Promise<readonly Uint8Array[]> {
    const entry = this.#entry
    // Counted from the attempt, so failures are not retried in a loop either.
    entry.triedAt = Date.now()
    let body: unknown
    try {
      const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(JWKS_TIMEOUT) : undefined
      const init = { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) }
      const response = await this.#fetch(this.#url, init)
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      body = await response.json()
    } catch (cause) {
      throw (entry.failure = new Error(`hookproof: could not load the JWKS from ${this.#url}.`, { cause }))
    }
    const keys = ed25519Keys(body)
    if (keys.length === 0) throw (entry.failure = new Error(`hookproof: the JWKS at ${this.#url} has no Ed25519 signing key.`))
    entry.keys = keys
    entry.failure = undefined
    entry.loadedAt = Date.now()
    return keys
  }
}
