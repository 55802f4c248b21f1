import type { ClaimState, DeliveryStore } from './store.js'

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /** The most keys held; past it the oldest are forgotten first. Default 10 000. */
  readonly max?: number
  /** The clock, in ms since the epoch; for tests. Default `Date.now`. */
  readonly now?: () => number
}

interface Entry {
  readonly token: string
  readonly state: 'claimed' | 'done'
  readonly expires: number
}

/**
 * A {@link DeliveryStore} in this process's memory, bounded: for one server
 * process, tests and development. Keys are forgotten when their TTL passes,
 * and the oldest first when `max` are held, so a duplicate of a delivery
 * older than the newest `max` is handled again. Several processes or
 * restarts need a shared store (`hookproof/redis`, `hookproof/postgres`).
 *
 * @example
 * ```ts
 * import { memoryStore } from 'hookproof'
 *
 * const store = memoryStore({ max: 50_000 })
 * ```
 */
export function memoryStore(options: MemoryStoreOptions = {}): DeliveryStore {
  const max = options.max ?? 10_000
  if (!Number.isSafeInteger(max) || max < 1)
    throw new TypeError(`hookproof: memoryStore's max must be a positive whole number, got ${max}.`)
  const now = options.now ?? Date.now
  // A Map keeps insertion order: its first keys are the oldest.
  const entries = new Map<string, Entry>()

  function live(key: string, at: number): Entry | undefined {
    const entry = entries.get(key)
    if (entry && entry.expires <= at) {
      entries.delete(key)
      return undefined
    }
    return entry
  }

  function set(key: string, entry: Entry): void {
    entries.delete(key)
    entries.set(key, entry)
    while (entries.size > max) entries.delete(entries.keys().next().value!)
  }

  return {
    async claim(key, token, ttl): Promise<ClaimState> {
      const at = now()
      const entry = live(key, at)
      if (entry) return entry.state === 'done' ? 'done' : 'busy'
      set(key, { token, state: 'claimed', expires: at + ttl })
      return 'claimed'
    },
    async done(key, token, ttl) {
      set(key, { token, state: 'done', expires: now() + ttl })
    },
    async release(key, token) {
      const entry = entries.get(key)
      if (entry?.state === 'claimed' && entry.token === token) entries.delete(key)
    },
  }
}
