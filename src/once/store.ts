/**
 * Where exactly-once handling keeps what it has seen: a key per delivery,
 * claimed while a handler runs and marked done when it succeeds.
 */

/** What {@link DeliveryStore.claim} found: the key is now this caller's, someone's handler is running on it, or it was handled. */
export type ClaimState = 'claimed' | 'busy' | 'done'

/**
 * A store of delivery keys. Each operation is atomic on its own; the token
 * is the claimer's, so that a claim taken over after its TTL is never
 * released or finished by the claimer that lost it.
 *
 * hookproof ships {@link memoryStore} (one process), `redisStore` and
 * `postgresStore` (`hookproof/redis`, `hookproof/postgres`); any store with
 * an atomic insert-if-absent can be one.
 *
 * @example
 * ```ts
 * const store: DeliveryStore = {
 *   async claim(key, token, ttl) { … }, // insert { key, token, expires: now + ttl } unless a live row exists
 *   async done(key, token, ttl) { … },  // set the row done, expiring at now + ttl
 *   async release(key, token) { … },    // delete the row if it is still this token's claim
 * }
 * ```
 */
export interface DeliveryStore {
  /**
   * Claims `key` for `ttl` milliseconds with `token`: `'claimed'` when no
   * live claim and no done mark holds it (an expired claim is taken over),
   * `'busy'` when another claim does, `'done'` when it was handled.
   */
  claim(key: string, token: string, ttl: number): Promise<ClaimState>
  /** Marks `key` handled, remembered for `ttl` milliseconds. */
  done(key: string, token: string, ttl: number): Promise<void>
  /** Gives up `token`'s claim on `key` (its handler failed), so that the provider's retry goes through. */
  release(key: string, token: string): Promise<void>
}
