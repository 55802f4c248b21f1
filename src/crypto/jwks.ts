import { type Jwk, publicKeyOfJwk } from './ed25519.js'
import { type Ed25519KeyFlaw, ed25519KeyFlaw } from './ed25519-key.js'
import { type FetchLike, readJwksText } from './jwks-body.js'

/** A JSON Web Key Set, as served at a `/.well-known/jwks.json` URL. */
export interface JsonWebKeySet {
  readonly keys: readonly Jwk[]
}

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

// fal publishes no size for its JWKS, nor a count of keys. A JWKS of signing
// keys holds one to three (the current key, the next or the last while
// rotating) and weighs a few hundred bytes: 64 KiB and 32 keys leave a margin
// of 100 times and 10 times, room for 32 RSA-4096 keys if a JWKS shares its
// URL with other key types, and still bound what a forgery costs.

/** The most bytes a fetched JWKS may have; a larger one is a load failure, read no further. */
export const JWKS_MAX_BYTES: number = 64 * 1024
/**
 * The most entries a JWKS may list, counted whatever their type (keys that
 * are not Ed25519 signing keys are ignored but count). Every Ed25519 key is
 * tried against a delivery's signature, so this bounds the verifications a
 * forged delivery costs: 32 against the cached keys, and 32 more when it
 * brings a refetch (at most once a minute per URL). At most
 * `KEY_CACHE_LIMIT` (128): the keys of a maximal set fit in the engines'
 * cache of prepared public keys at once, where more would evict each other on
 * every delivery, each verification paying for an import again.
 */
export const JWKS_MAX_KEYS = 32

/** A JWKS as read; see {@link readJwks}. */
export interface JwksReading {
  /** Its Ed25519 signing keys, raw. */
  readonly keys: readonly Uint8Array[]
  /** Its Ed25519 keys of small order or not canonically encoded, left out of `keys`: their index in the set, and why. */
  readonly degenerate: readonly { readonly index: number; readonly flaw: Ed25519KeyFlaw }[]
  /** Why the set cannot be used, phrased to follow "the JWKS …": too many entries, or no usable key. */
  readonly problem?: string
}

/**
 * The Ed25519 signing keys of a set, as raw bytes: keys of other types or
 * for other uses are skipped, degenerate ones (`ed25519-key.ts`) left out and
 * listed. More than {@link JWKS_MAX_KEYS} entries is a `problem` (nothing is
 * read), and so is a set with no usable Ed25519 signing key.
 */
export function readJwks(set: unknown): JwksReading {
  const listed = (set as { keys?: unknown } | null)?.keys
  const entries = Array.isArray(listed) ? listed : []
  if (entries.length > JWKS_MAX_KEYS) {
    return { keys: [], degenerate: [], problem: `has ${entries.length} keys; hookproof reads at most ${JWKS_MAX_KEYS}` }
  }
  const keys: Uint8Array[] = []
  const degenerate: { index: number; flaw: Ed25519KeyFlaw }[] = []
  entries.forEach((jwk, index) => {
    const use = (jwk as { use?: unknown } | null)?.use
    const key = use === undefined || use === 'sig' ? publicKeyOfJwk(jwk) : undefined
    if (key === undefined) return
    const flaw = ed25519KeyFlaw(key)
    if (flaw === undefined) keys.push(key)
    else degenerate.push({ index, flaw })
  })
  if (keys.length > 0) return { keys, degenerate }
  const problem =
    degenerate.length > 0
      ? 'has no usable Ed25519 signing key, only keys of small order or not canonically encoded, which would verify forgeries'
      : 'has no Ed25519 signing key'
  return { keys, degenerate, problem }
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
    const fail = (why: string, cause?: unknown): Error =>
      (entry.failure = new Error(`hookproof: could not load the JWKS from ${this.#url}${why}.`, cause === undefined ? {} : { cause }))
    let text: string
    try {
      const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(JWKS_TIMEOUT) : undefined
      const init = { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) }
      const response = await this.#fetch(this.#url, init)
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      text = await readJwksText(response, JWKS_MAX_BYTES)
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
    // A degenerate key in the sender's JWKS is left out and the set's other
    // keys used, not the whole set refused: no key pair has such a public key,
    // so it can only be a placeholder or a mistake and never verifies a
    // genuine delivery, while refusing the set would turn that mistake into
    // an outage (every delivery a 500 until the sender fixes it) and make
    // nothing safer: whoever can write into the JWKS can publish a key of
    // their own. A set with no other key is a load failure.
    const reading = readJwks(body)
    if (reading.problem !== undefined) throw (entry.failure = new Error(`hookproof: the JWKS at ${this.#url} ${reading.problem}.`))
    const keys = reading.keys
    entry.keys = keys
    entry.failure = undefined
    entry.loadedAt = Date.now()
    return keys
  }
}
