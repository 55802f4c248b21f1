/**
 * A {@link DeliveryStore} on Redis, for exactly-once handling across
 * processes: `SET NX PX` claims a key, a compare-and-delete script releases
 * it. Takes a connected `redis` (node-redis 4 or 5) or `ioredis` client; it
 * imports neither.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis'
 * import { redisStore } from 'hookproof/redis'
 *
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect()
 * const store = redisStore(redis)
 * ```
 *
 * @module
 */
import type { ClaimState, DeliveryStore } from '../once/store.js'

export type { ClaimState, DeliveryStore } from '../once/store.js'

/** A node-redis client (`createClient()`), structurally: it sends a command as its words. */
export interface NodeRedisLike {
  /** Sends one command, as node-redis's `sendCommand` does. */
  sendCommand(args: string[]): Promise<unknown>
}

/** An ioredis client (`new Redis()`), structurally: `call` sends a command. */
export interface IoRedisLike {
  /** Sends one command, as ioredis's `call` does. */
  call(command: string, ...args: string[]): Promise<unknown>
}

/** Options of {@link redisStore}. */
export interface RedisStoreOptions {
  /** What every key is stored under, so that the store shares a database with other data. Default `hookproof:`. */
  readonly prefix?: string
}

// Deletes the key only while it still holds this claimer's claim: one taken over after its TTL is not released.
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end"

function commands(client: unknown): (args: string[]) => Promise<unknown> {
  const redis = client as Partial<NodeRedisLike & IoRedisLike> | null
  // ioredis first: it has a sendCommand too, taking a Command object rather than words.
  if (typeof redis?.call === 'function') return ([command, ...args]) => redis.call!(command!, ...args)
  if (typeof redis?.sendCommand === 'function') return (args) => redis.sendCommand!(args)
  throw new TypeError("hookproof: redisStore takes a connected redis client (createClient() from 'redis', or new Redis() from 'ioredis').")
}

/**
 * A delivery store on Redis. Each key is `SET` with `NX` and `PX` (the claim
 * expires on its own, as the TTL says), its value the claim's token or
 * `done`; no key is ever left without an expiry.
 *
 * @example
 * ```ts
 * import Redis from 'ioredis'
 * import { redisStore } from 'hookproof/redis'
 * import { webhook } from 'hookproof/express'
 * import * as mux from 'hookproof/mux'
 *
 * const once = { store: redisStore(new Redis(process.env.REDIS_URL!)) }
 * app.post('/webhooks/mux', webhook(mux, { secret: process.env.MUX_WEBHOOK_SECRET!, once }), handler)
 * ```
 */
export function redisStore(client: NodeRedisLike | IoRedisLike, options: RedisStoreOptions = {}): DeliveryStore {
  const send = commands(client)
  const prefix = options.prefix ?? 'hookproof:'
  if (typeof prefix !== 'string') throw new TypeError("hookproof: redisStore's prefix must be a string.")
  const ms = (ttl: number) => String(Math.max(1, Math.ceil(ttl)))

  return {
    async claim(key, token, ttl): Promise<ClaimState> {
      const name = prefix + key
      if ((await send(['SET', name, `claim:${token}`, 'NX', 'PX', ms(ttl)])) === 'OK') return 'claimed'
      const held = await send(['GET', name])
      // Expired between the two commands: claimed by no one, so try once more.
      if (held === null) return (await send(['SET', name, `claim:${token}`, 'NX', 'PX', ms(ttl)])) === 'OK' ? 'claimed' : 'busy'
      return String(held) === 'done' ? 'done' : 'busy'
    },
    async done(key, _token, ttl) {
      await send(['SET', prefix + key, 'done', 'PX', ms(ttl)])
    },
    async release(key, token) {
      await send(['EVAL', RELEASE, '1', prefix + key, `claim:${token}`])
    },
  }
}
