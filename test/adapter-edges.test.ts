/**
 * The edges of the adapters' shared parts, the stores and detection that
 * the servers in the other tests do not reach: misuse answered with a
 * TypeError, stores whose statements race, requests already read.
 */
import { describe, expect, it } from 'vitest'
import { accept, splitOptions } from '../src/adapters/accept.js'
import { fetchRequest, nodeRequest } from '../src/adapters/request.js'
import { webhook as expressWebhook } from '../src/frameworks/express.js'
import { webhook as fastifyWebhook } from '../src/frameworks/fastify.js'
import { claimDelivery, defineProvider, hmacScheme, memoryStore, type Scheme } from '../src/index.js'
import { identityOf } from '../src/pipeline/identity.js'
import * as mux from '../src/providers/mux.js'
import * as vapi from '../src/providers/vapi.js'
import { postgresStore } from '../src/stores/postgres.js'
import { redisStore } from '../src/stores/redis.js'
import { MUX_SECRET, muxDelivery } from './adapter-server.js'

describe('adapter options and providers', () => {
  it('refuses options that are not an object, and a provider without verify', async () => {
    expect(() => splitOptions(undefined, [])).toThrow("the adapter needs the provider's verify options")
    await expect(accept({} as never, {}, undefined, { headers: {}, body: '' })).rejects.toThrow(
      'a provider module or namespace with verify',
    )
  })

  it('keys a delivery whose body was not read to its end by the empty body', async () => {
    // A credential provider's verify reads no body when the credential fails; here it passes, over an empty stream.
    const store = memoryStore()
    const delivery = muxDelivery()
    const first = await accept(mux, { secret: MUX_SECRET }, { store }, { headers: delivery.headers, body: delivery.body })
    expect(first.state).toBe('accepted')
    await first.claim!.done()
    expect((await accept(mux, { secret: MUX_SECRET }, { store }, { headers: delivery.headers, body: delivery.body })).state).toBe('done')
  })

  it('express: onError takes every failure, and event() refuses a request it did not verify', async () => {
    const seen: unknown[] = []
    const middleware = expressWebhook(mux, { secret: MUX_SECRET, onError: (error) => void seen.push(error) })
    await new Promise<void>((resolve) => {
      const res = { statusCode: 200, headersSent: false, setHeader() {}, end() {}, on() {} }
      middleware({ headers: {}, body: '{}' } as never, res, () => {})
      setTimeout(resolve, 20)
    })
    expect(seen).toHaveLength(1)
    expect(() => middleware.event({})).toThrow('did not pass the webhook middleware')
  })

  it('fastify: refuses a plugin without a url', () => {
    expect(() => fastifyWebhook(mux, { secret: 's' } as never, () => undefined)).toThrow('needs options.url')
  })
})

describe('requests as verify reads them', () => {
  it('reads a Request without a body as empty, and records a body read whole', async () => {
    const empty = fetchRequest(new Request('https://example.test', { method: 'POST' }))
    const reader = (empty.request as unknown as { body: { getReader(): { read(): Promise<{ done: boolean }> } } }).body.getReader()
    expect((await reader.read()).done).toBe(true)
    expect(empty.bytes()).toEqual(new Uint8Array())
    const whole = fetchRequest(new Request('https://example.test', { method: 'POST', body: 'abc' }))
    expect(whole.bytes()).toBeUndefined()
    expect(new Uint8Array(await whole.request.arrayBuffer())).toEqual(new TextEncoder().encode('abc'))
    expect(whole.bytes()).toEqual(new TextEncoder().encode('abc'))
    expect(whole.request.bodyUsed).toBe(true)
  })

  it('refuses a request already read', () => {
    expect(() => nodeRequest({ headers: {}, readableEnded: true, [Symbol.asyncIterator]: () => [][Symbol.iterator]() } as never)).toThrow(
      'already read',
    )
    expect(() => fetchRequest({ headers: new Headers(), bodyUsed: true, body: null, arrayBuffer: async () => new ArrayBuffer(0) })).toThrow(
      'already read',
    )
  })

  it('passes a chunk that is not bytes through to verify, which refuses it', async () => {
    async function* strings() {
      yield 'not bytes'
    }
    const recorded = nodeRequest({ headers: muxDelivery().headers, [Symbol.asyncIterator]: strings } as never)
    const error = await mux.verify(recorded.request, { secret: MUX_SECRET }).catch((e) => e)
    expect(error.code).toBe('body_unreadable')
    expect(recorded.bytes()).toBeUndefined()
  })
})

describe('claims', () => {
  it('settles once: a second done or release does nothing', async () => {
    const calls: string[] = []
    const store = {
      claim: async () => 'claimed' as const,
      done: async () => void calls.push('done'),
      release: async () => void calls.push('release'),
    }
    const claim = await claimDelivery('k', { store })
    await claim.done()
    await claim.release()
    await claim.done()
    expect(calls).toEqual(['done'])
  })
})

describe('stores on clients whose statements race', () => {
  it('redis: a claim that expired between SET and GET is tried once more; a prefix must be a string', async () => {
    const sent: string[][] = []
    let set = 0
    const client = {
      async sendCommand(args: string[]) {
        sent.push(args)
        if (args[0] === 'SET') return ++set === 2 ? 'OK' : null
        return null
      },
    }
    expect(await redisStore(client).claim('k', 't', 1000)).toBe('claimed')
    expect(sent.map((args) => args[0])).toEqual(['SET', 'GET', 'SET'])
    expect(() => redisStore(client, { prefix: 1 as never })).toThrow('prefix must be a string')
  })

  it('postgres: the table made by another process at the same moment, a failure retried, a row expired between statements', async () => {
    const statements: string[] = []
    let create = 0
    let inserts = 0
    const client = {
      async query(text: string) {
        statements.push(text.split(' ')[0]!)
        if (text.startsWith('CREATE')) {
          create++
          if (create === 1) throw Object.assign(new Error('connection lost'), { code: '08006' })
          throw Object.assign(new Error('relation exists'), { code: '42P07' })
        }
        if (text.startsWith('INSERT')) return { rows: [], rowCount: ++inserts === 2 ? 1 : 0 }
        return { rows: [], rowCount: 0 }
      },
    }
    const store = postgresStore(client)
    await expect(store.claim('k', 't', 1000)).rejects.toThrow('connection lost')
    expect(await store.claim('k', 't', 1000)).toBe('claimed')
    expect(create).toBe(2)
    expect(statements.filter((s) => s === 'INSERT')).toHaveLength(2)
    expect(statements).toContain('SELECT')
  })
})

describe('detection', () => {
  it('gives a provider whose scheme names no headers none, and a function hookproof did not build no identity', () => {
    const { headers: _, ...plain } = hmacScheme({ signatureHeader: 'X-Acme-Signature' }) as Scheme
    const acme = defineProvider()({ name: 'Acme', scheme: plain as never })
    expect(identityOf(acme.verify)!.headers()).toEqual([])
    expect(identityOf(() => {})).toBeUndefined()
    expect(identityOf('verify')).toBeUndefined()
  })

  it("reads Vapi's headers by the key option given, and both ways without", () => {
    const identity = identityOf(vapi.verify)!
    expect(identity.headers({ secret: 's' })).toEqual([['x-signature', 'x-timestamp']])
    expect(identity.headers({ token: 't' })).toEqual([['authorization']])
    expect(identity.headers()).toEqual([['x-signature', 'x-timestamp'], ['authorization']])
  })
})
