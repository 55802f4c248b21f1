/**
 * Exactly-once handling over a {@link DeliveryStore}: a delivery's key is
 * claimed before its handler runs, released when the handler fails (so that
 * the provider's retry goes through), and marked done when it succeeds (so
 * that a duplicate is acknowledged without running it again).
 */
import { engine } from '../crypto/select.js'
import { toHex } from '../encoding/hex.js'
import type { ClaimState, DeliveryStore } from './store.js'

/** How exactly-once handling uses its store. */
export interface OnceOptions {
  readonly store: DeliveryStore
  /**
   * How long a claim holds while its handler runs, in ms: a process that
   * dies mid-handler leaves the key claimed this long, after which the
   * provider's retry goes through. Default 5 minutes.
   */
  readonly claimTtl?: number
  /**
   * How long a handled key is remembered, in ms: longer than the provider
   * retries (Magic Hour and Gemini for 24 h). Default 72 hours.
   */
  readonly doneTtl?: number
  /**
   * When the store fails (down, timing out): `'refuse'` (the default) throws
   * {@link StoreUnavailableError}, which adapters answer 503 so that the
   * provider retries later (closed: nothing runs twice, nothing runs until
   * the store is back); `'handle'` runs the handler unguarded (open: nothing
   * waits, a duplicate may run twice).
   */
  readonly onStoreError?: 'refuse' | 'handle'
}

/**
 * The store failed and `onStoreError` is `'refuse'`: answer 503, the provider retries.
 *
 * @example
 * ```ts
 * try {
 *   await handleOnce(event, { store }, handle)
 * } catch (error) {
 *   if (error instanceof StoreUnavailableError) return new Response(null, { status: 503 })
 *   throw error
 * }
 * ```
 */
export class StoreUnavailableError extends Error {
  static {
    Object.defineProperty(this.prototype, 'name', { value: 'StoreUnavailableError', writable: true, configurable: true })
  }
}

/** A claim on a delivery's key: settle it once, with `done` when handled or `release` when not. */
export interface Claim {
  /** `'claimed'`: run the handler; `'done'`: a duplicate of a handled delivery; `'busy'`: being handled now; `'unguarded'`: the store failed, run it anyway. */
  readonly state: ClaimState | 'unguarded'
  /** Marks the key handled (a failing store is ignored: the claim then expires). */
  done(): Promise<void>
  /** Gives the key up for the provider's retry (a failing store is ignored: the claim then expires). */
  release(): Promise<void>
}

const MINUTE = 60_000
const settled = async (): Promise<void> => {}

function ttl(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < 1)
    throw new TypeError(`hookproof: ${name} must be a positive whole number of milliseconds, got ${value}.`)
  return value
}

function checkStore(options: OnceOptions): void {
  const store = (options as { store?: Partial<DeliveryStore> } | undefined)?.store
  if (typeof store?.claim !== 'function' || typeof store.done !== 'function' || typeof store.release !== 'function') {
    throw new TypeError('hookproof: once.store must be a DeliveryStore (claim, done, release), e.g. { store: memoryStore() }.')
  }
  if (options.onStoreError !== undefined && options.onStoreError !== 'refuse' && options.onStoreError !== 'handle') {
    throw new TypeError(`hookproof: once.onStoreError must be 'refuse' or 'handle', got ${String(options.onStoreError)}.`)
  }
}

/**
 * Claims `key` in the store; settle the claim with `done()` or `release()`.
 * What the adapters use around a framework's own handler; a handler of one
 * function uses {@link handleOnce}.
 *
 * @example
 * ```ts
 * const claim = await claimDelivery(idempotencyKey(event), { store })
 * if (claim.state === 'done') return new Response(null, { status: 200 }) // handled before
 * if (claim.state === 'busy') return new Response(null, { status: 409 }) // handled now: retry later
 * try { await handle(event); await claim.done() } catch (error) { await claim.release(); throw error }
 * ```
 */
export async function claimDelivery(key: string, options: OnceOptions): Promise<Claim> {
  checkStore(options)
  const claimTtl = ttl(options.claimTtl, 5 * MINUTE, 'once.claimTtl')
  const doneTtl = ttl(options.doneTtl, 72 * 60 * MINUTE, 'once.doneTtl')
  const { store } = options
  const token = crypto.randomUUID()
  let state: ClaimState
  try {
    state = await store.claim(key, token, claimTtl)
  } catch (cause) {
    if (options.onStoreError !== 'handle')
      throw new StoreUnavailableError('hookproof: the delivery store could not be reached to claim the delivery.', { cause })
    return { state: 'unguarded', done: settled, release: settled }
  }
  if (state !== 'claimed') return { state, done: settled, release: settled }
  let open = true
  return {
    state,
    async done() {
      if (!open) return
      open = false
      await store.done(key, token, doneTtl).catch(() => {})
    },
    async release() {
      if (!open) return
      open = false
      await store.release(key, token).catch(() => {})
    },
  }
}

/** What {@link handleOnce} did: ran the handler (its value), or did not, for a duplicate of a handled delivery or one being handled now. */
export type Handled<T> = { readonly state: 'handled'; readonly value: T } | { readonly state: 'done' | 'busy' }

/**
 * Runs `handler` unless a delivery with `key` was handled (`'done'`) or is
 * being handled now (`'busy'`: answer 409 or 503, the provider retries). A
 * handler that throws releases the key and rethrows, so the retry goes
 * through.
 *
 * @example
 * ```ts
 * import { handleOnce, memoryStore } from 'hookproof'
 * import { idempotencyKey, verify } from 'hookproof/mux'
 *
 * const store = memoryStore()
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.MUX_WEBHOOK_SECRET! })
 *   const result = await handleOnce(idempotencyKey(event), () => handle(event), { store })
 *   return new Response(null, { status: result.state === 'busy' ? 409 : 204 })
 * }
 * ```
 */
export async function handleOnce<T>(key: string, handler: () => T | Promise<T>, options: OnceOptions): Promise<Handled<T>> {
  const claim = await claimDelivery(key, options)
  if (claim.state === 'done' || claim.state === 'busy') return { state: claim.state }
  let value: T
  try {
    value = await handler()
  } catch (error) {
    await claim.release()
    throw error
  }
  await claim.done()
  return { state: 'handled', value }
}

/**
 * The key a delivery is de-duplicated by: the provider's `idempotencyKey`
 * where it has one for this event, else the SHA-256 of the signed bytes
 * (a retry resends the same body). Never an unsigned header.
 *
 * @example
 * ```ts
 * import * as kie from 'hookproof/kie'
 *
 * const key = await deliveryKey(kie, event, rawBody) // 'sha256:…': Kie has no idempotencyKey
 * ```
 */
export async function deliveryKey(
  provider: { readonly verify: unknown; readonly idempotencyKey?: (event: never) => string | undefined },
  event: unknown,
  body: string | Uint8Array,
): Promise<string> {
  const own = provider.idempotencyKey?.(event as never)
  if (typeof own === 'string' && own !== '') return own
  return `sha256:${toHex(await engine().digest('SHA-256', [body]))}`
}
