/**
 * A {@link DeliveryStore} on PostgreSQL, for exactly-once handling across
 * processes: one row per delivery key, claimed by an `INSERT … ON CONFLICT`
 * that only takes over an expired row. Takes a `pg` `Pool` or `Client` (or
 * anything with its `query`); it imports none.
 *
 * @example
 * ```ts
 * import pg from 'pg'
 * import { postgresStore } from 'hookproof/postgres'
 *
 * const store = postgresStore(new pg.Pool({ connectionString: process.env.DATABASE_URL }))
 * ```
 *
 * @module
 */
import type { ClaimState, DeliveryStore } from '../once/store.js'

export type { ClaimState, DeliveryStore } from '../once/store.js'

/** A `pg` `Pool` or `Client`, structurally. */
export interface PgQueryable {
  /** Runs one parameterized statement, as `pg`'s `Pool#query` does. */
  query(text: string, values?: unknown[]): Promise<{ readonly rows: readonly Record<string, unknown>[]; readonly rowCount: number | null }>
}

/** Options of {@link postgresStore}. */
export interface PostgresStoreOptions {
  /** The table, created if it does not exist (unless `createTable` is `false`). Default `hookproof_deliveries`. */
  readonly table?: string
  /** Whether the store creates its table on first use. Default `true`; `false` where migrations own the schema (see {@link postgresStoreTable}). */
  readonly createTable?: boolean
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}(\.[a-z_][a-z0-9_]{0,62})?$/

/**
 * The `CREATE TABLE` statement of the store's table, for a migration.
 *
 * @example
 * ```ts
 * await pool.query(postgresStoreTable('webhook_deliveries'))
 * ```
 */
export function postgresStoreTable(table = 'hookproof_deliveries'): string {
  if (!IDENTIFIER.test(table)) {
    throw new TypeError(`hookproof: the table name must be a lower-case SQL identifier (or schema.table), got ${JSON.stringify(table)}.`)
  }
  return `CREATE TABLE IF NOT EXISTS ${table} (key text PRIMARY KEY, token text NOT NULL, state text NOT NULL, expires_at timestamptz NOT NULL)`
}

/**
 * A delivery store on PostgreSQL: a claim inserts the key's row, or takes
 * over one whose claim expired, in one statement; `done` marks the row;
 * `release` deletes it only while it is still this claimer's. Expired rows
 * are deleted at most once a minute, on a claim.
 *
 * @example
 * ```ts
 * import pg from 'pg'
 * import { postgresStore } from 'hookproof/postgres'
 * import { createHandler } from 'hookproof/node'
 * import * as replicate from 'hookproof/replicate'
 *
 * const once = { store: postgresStore(new pg.Pool()) }
 * createHandler(replicate, { secret: process.env.REPLICATE_WEBHOOK_SECRET!, once }, handle)
 * ```
 */
export function postgresStore(client: PgQueryable, options: PostgresStoreOptions = {}): DeliveryStore {
  if (typeof (client as Partial<PgQueryable> | null)?.query !== 'function') {
    throw new TypeError("hookproof: postgresStore takes a pg Pool or Client (new pg.Pool() from 'pg').")
  }
  const table = options.table ?? 'hookproof_deliveries'
  const create = postgresStoreTable(table)
  let ready: Promise<void> | undefined
  let swept = 0

  async function query(text: string, values: unknown[]) {
    if (options.createTable !== false) {
      // Once per store; a failure is retried on the next call.
      ready ??= client.query(create).then(
        () => {},
        (error: unknown) => {
          // Another process created it at the same moment: it is there.
          const code = (error as { code?: unknown }).code
          if (code === '23505' || code === '42P07') return
          ready = undefined
          throw error
        },
      )
      await ready
    }
    return client.query(text, values)
  }

  const claimOnce = async (key: string, token: string, ttl: number): Promise<boolean> =>
    (
      await query(
        `INSERT INTO ${table} AS row (key, token, state, expires_at) VALUES ($1, $2, 'claimed', now() + $3 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET token = EXCLUDED.token, state = 'claimed', expires_at = EXCLUDED.expires_at
         WHERE row.expires_at <= now() RETURNING key`,
        [key, token, ttl],
      )
    ).rowCount === 1

  return {
    async claim(key, token, ttl): Promise<ClaimState> {
      if (Date.now() - swept > 60_000) {
        swept = Date.now()
        query(`DELETE FROM ${table} WHERE expires_at <= now()`, []).catch(() => {})
      }
      if (await claimOnce(key, token, ttl)) return 'claimed'
      const { rows } = await query(`SELECT state FROM ${table} WHERE key = $1 AND expires_at > now()`, [key])
      // Expired between the two statements: claimed by no one, so try once more.
      if (rows.length === 0) return (await claimOnce(key, token, ttl)) ? 'claimed' : 'busy'
      return rows[0]!['state'] === 'done' ? 'done' : 'busy'
    },
    async done(key, token, ttl) {
      await query(
        `INSERT INTO ${table} (key, token, state, expires_at) VALUES ($1, $2, 'done', now() + $3 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET token = EXCLUDED.token, state = 'done', expires_at = EXCLUDED.expires_at`,
        [key, token, ttl],
      )
    },
    async release(key, token) {
      await query(`DELETE FROM ${table} WHERE key = $1 AND token = $2 AND state = 'claimed'`, [key, token])
    },
  }
}
