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

/**
 * How many JWKS URLs are cached at once; the least recently used is dropped
 * first. One endpoint uses one, or one per tenant.
 */
export const JWKS_CACHE_LIMIT = 128

// Keyed by the URL alone, set by the caller, never by a sender: whichever
// `fetch` loads it. A `fetch` option written inline is a new function per
// call: keyed by it, every forgery would be a first fetch.
const entries = /* @__PURE__ */ new Map<string, Entry>()

/** @internal Forgets every JWKS fetched, so that each test starts with none. */
export function forgetJwks(): void {
  entries.clear()
}

function entryOf(url: string): Entry {
  let entry = entries.get(url)
  if (entry) {
    entries.delete(url)
  } else {
    entry = { loadedAt: -Infinity, triedAt: -Infinity }
    if (entries.size >= JWKS_CACHE_LIMIT) entries.delete(entries.keys().next().value as string)
  }
  entries.set(url, entry)
  return entry
}

/** Keys that come from a JWKS URL: cached, or fetched when stale or when asked to refresh. */
export interface JwksSource {
  keys(): Promise<readonly Uint8Array[]> | readonly Uint8Array[]
  /**
   * Keys newer than those `keys()` gave: fetched again, or those of a fetch
   * still in flight or finished since; `undefined` when there are none (they
   * were fetched moments ago, or cannot be fetched now).
   */
  refresh(): Promise<readonly Uint8Array[] | undefined>
}

/** @internal A JWKS fetched from a URL, cached for at most {@link JWKS_MAX_AGE}; one per delivery. */
export class RemoteJwks implements JwksSource {
  readonly #url: string
  readonly #fetch: FetchLike
  readonly #entry: Entry
  /** The keys this delivery was checked against, so that `refresh` gives only newer ones. */
  #tried: readonly Uint8Array[] | undefined

  constructor(url: string, fetch: FetchLike) {
    this.#url = url
    this.#fetch = fetch
    this.#entry = entryOf(url)
  }

  keys(): Promise<readonly Uint8Array[]> | readonly Uint8Array[] {
    const { keys, loadedAt, triedAt, failure, pending } = this.#entry
    const now = Date.now()
    if (keys && now - loadedAt < JWKS_MAX_AGE) return (this.#tried = keys)
    // A JWKS that just failed to load is not asked again for every delivery;
    // a retry already under way is waited for.
    if (failure && !pending && now - triedAt < JWKS_REFETCH_INTERVAL) return Promise.reject(failure)
    return this.#load().then((loaded) => (this.#tried = loaded))
  }

  async refresh(): Promise<readonly Uint8Array[] | undefined> {
    const entry = this.#entry
    // No new fetch within the minute, but one in flight (started by a
    // forgery, say) or finished since this delivery looked may bring the key
    // it is signed with: it is waited for, its keys tried.
    if (!entry.pending && Date.now() - entry.triedAt < JWKS_REFETCH_INTERVAL) {
      return entry.keys === this.#tried ? undefined : (this.#tried = entry.keys)
    }
    try {
      return (this.#tried = await this.#load())
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
