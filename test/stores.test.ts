/**
 * The Redis and PostgreSQL delivery stores against real servers started
 * here (installed from Debian's packages when missing): the store contract,
 * with both Redis clients, and a store that goes down.
 */
import Redis from 'ioredis'
import pg from 'pg'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleOnce, StoreUnavailableError } from '../src/index.js'
import { postgresStore, postgresStoreTable } from '../src/stores/postgres.js'
import { redisStore } from '../src/stores/redis.js'
import { type Running, startPostgres, startRedis } from './setup/servers.js'
import { storeContract } from './store-contract.js'

const SETUP = 600_000

describe('redisStore', () => {
  let server: Running
  let nodeRedis: ReturnType<typeof createClient>
  let ioredis: Redis
  beforeAll(async () => {
    server = await startRedis()
    nodeRedis = createClient({ url: server.url })
    await nodeRedis.connect()
    ioredis = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 0 })
    await ioredis.connect()
  }, SETUP)
  afterAll(async () => {
    await nodeRedis?.quit()
    ioredis?.disconnect()
    await server?.stop()
  })

  describe('on node-redis', () => storeContract(() => redisStore(nodeRedis)))
  describe('on ioredis', () => storeContract(() => redisStore(ioredis, { prefix: 'io:' })))

  it('keeps every key with an expiry, under its prefix', async () => {
    const store = redisStore(nodeRedis, { prefix: 'ttl:' })
    await store.claim('k', 't', 60_000)
    const ttl = await nodeRedis.pTTL('ttl:k')
    expect(ttl).toBeGreaterThan(50_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })

  it('refuses what is not a redis client', () => {
    expect(() => redisStore({} as never)).toThrow(TypeError)
  })
})

describe('postgresStore', () => {
  let server: Running
  let pool: pg.Pool
  beforeAll(async () => {
    server = await startPostgres()
    pool = new pg.Pool({ connectionString: server.url, max: 20 })
  }, SETUP)
  afterAll(async () => {
    await pool?.end()
    await server?.stop()
  })

  describe('creating its table', () => storeContract(() => postgresStore(pool)))

  it('works on a table a migration made, and refuses a table name that is not an identifier', async () => {
    await pool.query(postgresStoreTable('migrated_deliveries'))
    const store = postgresStore(pool, { table: 'migrated_deliveries', createTable: false })
    expect(await store.claim('k', 't', 10_000)).toBe('claimed')
    expect((await pool.query('SELECT state FROM migrated_deliveries')).rows).toEqual([{ state: 'claimed' }])
    expect(() => postgresStore(pool, { table: 'x; DROP TABLE y' })).toThrow(TypeError)
    expect(() => postgresStore({} as never)).toThrow(TypeError)
  })

  it('handles 50 concurrent duplicates once through separate stores, as separate processes would', async () => {
    const key = `once:${crypto.randomUUID()}`
    let runs = 0
    await Promise.all(
      Array.from({ length: 50 }, () =>
        handleOnce(
          key,
          async () => {
            runs++
            await new Promise((resolve) => setTimeout(resolve, 20))
          },
          { store: postgresStore(pool) },
        ),
      ),
    )
    expect(runs).toBe(1)
  })
})

describe('a store whose server is down', () => {
  it(
    "refuses (StoreUnavailableError) by default, and runs the handler unguarded with onStoreError: 'handle'",
    async () => {
      const server = await startRedis()
      const client = new Redis(server.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        enableOfflineQueue: false,
        retryStrategy: () => null,
      })
      await client.connect()
      const store = redisStore(client)
      await server.stop()
      await new Promise((resolve) => setTimeout(resolve, 200))
      let ran = 0
      await expect(handleOnce('k', () => ran++, { store })).rejects.toBeInstanceOf(StoreUnavailableError)
      expect(ran).toBe(0)
      expect(await handleOnce('k', () => ++ran, { store, onStoreError: 'handle' })).toEqual({ state: 'handled', value: 1 })
      client.disconnect()
    },
    SETUP,
  )
})
