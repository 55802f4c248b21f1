/** Exactly-once handling: the in-memory store against the store contract, the store-down choice, and delivery keys. */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { claimDelivery, deliveryKey, type DeliveryStore, handleOnce, memoryStore, StoreUnavailableError, toProblem } from '../src/index.js'
import * as kie from '../src/providers/kie.js'
import * as mux from '../src/providers/mux.js'
import { storeContract } from './store-contract.js'

describe('memoryStore', () => {
  const shared = memoryStore()
  storeContract(() => shared)

  it('holds at most max keys, forgetting the oldest', async () => {
    const store = memoryStore({ max: 2 })
    for (const k of ['a', 'b', 'c']) await store.claim(k, 't', 10_000)
    expect(await store.claim('a', 't', 10_000)).toBe('claimed')
    expect(await store.claim('c', 't', 10_000)).toBe('busy')
  })

  it('refuses a max that is not a positive whole number', () => {
    expect(() => memoryStore({ max: 0 })).toThrow(TypeError)
  })
})

describe('a store that is down', () => {
  const down: DeliveryStore = {
    claim: () => Promise.reject(new Error('ECONNREFUSED')),
    done: () => Promise.reject(new Error('ECONNREFUSED')),
    release: () => Promise.reject(new Error('ECONNREFUSED')),
  }

  it('fails closed by default: StoreUnavailableError, answered 503, and the handler does not run', async () => {
    let ran = false
    const error = await handleOnce('k', () => (ran = true), { store: down }).catch((e) => e)
    expect(error).toBeInstanceOf(StoreUnavailableError)
    expect(toProblem(error)).toEqual({ type: 'about:blank', title: 'Service Unavailable', status: 503 })
    expect(ran).toBe(false)
  })

  it("fails open with onStoreError: 'handle': the handler runs unguarded", async () => {
    expect(await handleOnce('k', () => 'ran', { store: down, onStoreError: 'handle' })).toEqual({ state: 'handled', value: 'ran' })
    expect((await claimDelivery('k', { store: down, onStoreError: 'handle' })).state).toBe('unguarded')
  })

  it('refuses options that are not a store with a TypeError', async () => {
    await expect(claimDelivery('k', {} as never)).rejects.toThrow(TypeError)
    await expect(claimDelivery('k', { store: memoryStore(), claimTtl: 0 })).rejects.toThrow('once.claimTtl')
    await expect(claimDelivery('k', { store: memoryStore(), onStoreError: 'open' as never })).rejects.toThrow('onStoreError')
  })
})

describe('deliveryKey', () => {
  it("is the provider's idempotency key where it has one", async () => {
    const event = { id: 'evt_1', type: 'video.asset.ready' } as never
    expect(await deliveryKey(mux, event, '{}')).toBe('mux:evt_1')
  })

  it('is the SHA-256 of the signed bytes where it has none (Kie.ai)', async () => {
    const body = '{"code":200,"data":{"taskId":"t1"}}'
    const expected = `sha256:${createHash('sha256').update(body).digest('hex')}`
    expect(await deliveryKey(kie, JSON.parse(body), body)).toBe(expected)
    expect(await deliveryKey(kie, JSON.parse(body), new TextEncoder().encode(body))).toBe(expected)
  })
})
