import { type FetchLike, fetchText } from './jwks-body.js'
import { type KeyType, readKeySet } from './key-set.js'

export type { JsonWebKeySet } from './key-set.js'

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

// A JWKS of signing keys weighs a few hundred bytes; 64 KiB leaves a margin
// of 100 times, room for 32 RSA-4096 keys if a JWKS shares its URL with other
// key types, and still bounds what a forgery costs.

/** The most bytes a fetched JWKS may have; a larger one is a load failure, read no further. */
export const JWKS_MAX_BYTES: number = 64 * 1024

interface Entry<Key> {
  keys?: readonly Key[]
  /** When the cached keys were fetched: they are used for {@link JWKS_MAX_AGE} from then, no longer. */
  loadedAt: number
  /** When the last fetch started, successful or not: the next waits {@link JWKS_REFETCH_INTERVAL}. */
  triedAt: number
  pending?: Promise<readonly Key[]> | undefined
  /** Why the last fetch failed, while no keys are cached. */
  failure?: Error | undefined
}

/**
 * How many JWKS URLs are cached at once; the least recently used is dropped
 * first. One endpoint uses one, or one per tenant.
 */
export const JWKS_CACHE_LIMIT = 128

// Keyed by the key type and the URL, set by the caller, never by a sender:
// whichever `fetch` loads it. A `fetch` option written inline is a new
// function per call: keyed by it, every forgery would be a first fetch.
const entries = /* @__PURE__ */ new Map<string, Entry<unknown>>()

/** @internal Forgets every JWKS fetched, so that each test starts with none. */
export function forgetJwks(): void {
  entries.clear()
}

function entryOf<Key>(id: string): Entry<Key> {
  let entry = entries.get(id)
  if (entry) {
    entries.delete(id)
  } else {
    entry = { loadedAt: -Infinity, triedAt: -Infinity }
    if (entries.size >= JWKS_CACHE_LIMIT) entries.delete(entries.keys().next().value as string)
  }
  entries.set(id, entry)
  return entry as Entry<Key>
}

/** Keys that come from a JWKS URL: cached, or fetched when stale or when asked to refresh. */
export interface JwksSource<Key = Uint8Array> {
  /** The keys to verify with now: cached, or fetched when there are none. */
  keys(): Promise<readonly Key[]> | readonly Key[]
  /**
   * Keys newer than those `keys()` gave: fetched again, or those of a fetch
   * still in flight or finished since; `undefined` when there are none (they
   * were fetched moments ago, or cannot be fetched now).
   */
  refresh(): Promise<readonly Key[] | undefined>
}

/**
 * @internal The keys of one type in a JWKS fetched from a URL, cached for at
 * most {@link JWKS_MAX_AGE}; one per delivery.
 */
export class RemoteJwks<Key, Flaw extends string = string> implements JwksSource<Key> {
  readonly #url: string
  readonly #fetch: FetchLike
  readonly #type: KeyType<Key, Flaw>
  readonly #entry: Entry<Key>
  /** The keys this delivery was checked against, so that `refresh` gives only newer ones. */
  #tried: readonly Key[] | undefined

  constructor(url: string, fetch: FetchLike, type: KeyType<Key, Flaw>) {
    this.#url = url
    this.#fetch = fetch
    this.#type = type
    this.#entry = entryOf(`${type.name} ${url}`)
  }

  keys(): Promise<readonly Key[]> | readonly Key[] {
    const { keys, loadedAt, triedAt, failure, pending } = this.#entry
    const now = Date.now()
    if (keys && now - loadedAt < JWKS_MAX_AGE) return (this.#tried = keys)
    // A JWKS that just failed to load is not asked again for every delivery;
    // a retry already under way is waited for.
    if (failure && !pending && now - triedAt < JWKS_REFETCH_INTERVAL) return Promise.reject(failure)
    return this.#load().then((loaded) => (this.#tried = loaded))
  }

  async refresh(): Promise<readonly Key[] | undefined> {
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

  #load(): Promise<readonly Key[]> {
    const entry = this.#entry
    entry.pending ??= this.#fetchKeys().finally(() => {
      entry.pending = undefined
    })
    return entry.pending
  }

  async #fetchKeys(): Promise<readonly Key[]> {
    const entry = this.#entry
    // Counted from the attempt, so failures are not retried in a loop either.
    entry.triedAt = Date.now()
    const fail = (why: string, cause?: unknown): Error =>
      (entry.failure = new Error(`hookproof: could not load the JWKS from ${this.#url}${why}.`, cause === undefined ? {} : { cause }))
    let text: string
    try {
      text = await fetchText(this.#fetch, this.#url, {
        accept: 'application/json',
        limit: JWKS_MAX_BYTES,
        what: 'a JWKS',
        timeout: JWKS_TIMEOUT,
      })
    } catch (cause) {
      // The caller's fetch answered with something that is not a response: theirs to fix.
      if (cause instanceof TypeError && cause.message.startsWith('hookproof:')) throw (entry.failure = cause)
      throw fail(cause instanceof Error && cause.message.startsWith('the response') ? `: ${cause.message}` : '', cause)
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch (cause) {
      throw fail(': the response is not JSON', cause)
    }
    // A flawed key in the sender's JWKS (a degenerate Ed25519 point, a short
    // RSA modulus) is left out and the set's other keys used, not the whole
    // set refused: it can only be a placeholder or a mistake, while refusing
    // the set would turn that mistake into an outage (every delivery a 500
    // until the sender fixes it) and make nothing safer: whoever can write
    // into the JWKS can publish a key of their own. A set with no other key
    // is a load failure.
    const reading = readKeySet(body, this.#type)
    if (reading.problem !== undefined) throw (entry.failure = new Error(`hookproof: the JWKS at ${this.#url} ${reading.problem}.`))
    const keys = reading.keys
    entry.keys = keys
    entry.failure = undefined
    entry.loadedAt = Date.now()
    return keys
  }
}
