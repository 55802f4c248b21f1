/**
 * What every DeliveryStore must do, run against each: the in-memory one,
 * and Redis and PostgreSQL on real servers.
 */
import { expect, it } from 'vitest'
import { claimDelivery, type DeliveryStore, handleOnce } from '../src/index.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function storeContract(store: () => DeliveryStore): void {
  const key = () => `test:${crypto.randomUUID()}`

  it('claims a key once: busy while claimed, done once handled', async () => {
    const k = key()
    expect(await store().claim(k, 'a', 10_000)).toBe('claimed')
    expect(await store().claim(k, 'b', 10_000)).toBe('busy')
    await store().done(k, 'a', 10_000)
    expect(await store().claim(k, 'c', 10_000)).toBe('done')
  })

  it('hands 50 concurrent claims of one key to one of them', async () => {
    const k = key()
    const states = await Promise.all(Array.from({ length: 50 }, (_, i) => store().claim(k, `t${i}`, 10_000)))
    expect(states.filter((state) => state === 'claimed')).toHaveLength(1)
    expect(states.filter((state) => state === 'busy')).toHaveLength(49)
  })

  it('runs a handler once for 50 concurrent duplicates', async () => {
    const k = key()
    let runs = 0
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        handleOnce(
          k,
          async () => {
            runs++
            await sleep(20)
            return 'ok'
          },
          { store: store() },
        ),
      ),
    )
    expect(runs).toBe(1)
    expect(results.filter((result) => result.state === 'handled')).toEqual([{ state: 'handled', value: 'ok' }])
  })

  it('lets a retry through after a failed handler released the key', async () => {
    const k = key()
    await expect(handleOnce(k, () => Promise.reject(new Error('down')), { store: store() })).rejects.toThrow('down')
    expect(await handleOnce(k, () => 'second', { store: store() })).toEqual({ state: 'handled', value: 'second' })
  })

  it('retries after the claim TTL when the process died between claim and done', async () => {
    const k = key()
    // Claimed, never settled: the process crashed mid-handler.
    expect((await claimDelivery(k, { store: store(), claimTtl: 300 })).state).toBe('claimed')
    expect((await claimDelivery(k, { store: store(), claimTtl: 300 })).state).toBe('busy')
    await sleep(700)
    const retry = await claimDelivery(k, { store: store(), claimTtl: 300 })
    expect(retry.state).toBe('claimed')
  })

  it('never releases or finishes a claim taken over from it after its TTL', async () => {
    const k = key()
    expect(await store().claim(k, 'old', 300)).toBe('claimed')
    await sleep(700)
    expect(await store().claim(k, 'new', 10_000)).toBe('claimed')
    await store().release(k, 'old')
    expect(await store().claim(k, 'third', 10_000)).toBe('busy')
  })

  it('forgets a done key after its TTL', async () => {
    const k = key()
    expect(await store().claim(k, 'a', 10_000)).toBe('claimed')
    await store().done(k, 'a', 300)
    expect(await store().claim(k, 'b', 10_000)).toBe('done')
    await sleep(700)
    expect(await store().claim(k, 'b', 10_000)).toBe('claimed')
  })
}
