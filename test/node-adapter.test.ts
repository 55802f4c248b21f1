/**
 * `hookproof/node` on a bare node:http server over real HTTP: the verifier
 * and the whole-endpoint handler, refusals as problem+json, no sender input
 * answered 500, a body over the bound refused before it is read.
 */
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryStore, type MuxDelivery } from '../src/index.js'
import { createHandler, sendProblem, webhook } from '../src/frameworks/node.js'
import * as mux from '../src/providers/mux.js'
import { abortUpload, chunked, listen, MUX_SECRET, muxDelivery, post } from './adapter-server.js'

const handled: MuxDelivery[] = []
const statuses: number[] = []
const errors: unknown[] = []
let verifier: Awaited<ReturnType<typeof listen>>
let handler: Awaited<ReturnType<typeof listen>>
let failing = false

beforeAll(async () => {
  const verifyMux = webhook(mux, { secret: MUX_SECRET, maxBodyBytes: 4096 })
  verifier = await listen(
    createServer(async (req, res) => {
      res.on('close', () => statuses.push(res.statusCode))
      try {
        handled.push(await verifyMux(req))
        res.writeHead(204).end()
      } catch (error) {
        sendProblem(res, error)
      }
    }),
  )
  handler = await listen(
    createServer(
      createHandler(mux, { secret: MUX_SECRET, once: { store: memoryStore() }, onError: (error) => errors.push(error) }, async (event) => {
        if (failing) throw new Error('handler failed')
        handled.push(event)
      }),
    ),
  )
})
afterAll(async () => {
  await verifier.close()
  await handler.close()
})

describe('webhook(provider, options): (req) => Promise<event>', () => {
  it('verifies a bare IncomingMessage, Content-Length or chunked', async () => {
    const delivery = muxDelivery()
    const before = handled.length
    expect((await post(verifier.url, delivery)).status).toBe(204)
    expect(
      (await post(verifier.url, { headers: delivery.headers, body: chunked(delivery.body) }, { duplex: 'half' } as RequestInit)).status,
    ).toBe(204)
    expect(handled.slice(before)).toEqual([JSON.parse(delivery.body), JSON.parse(delivery.body)])
  })

  it('answers 401, 400 and 413 as problem+json, and no sender input 500', async () => {
    const delivery = muxDelivery()
    const tampered = await post(verifier.url, { ...delivery, body: `${delivery.body} ` })
    expect([tampered.status, tampered.type]).toEqual([401, 'application/problem+json'])
    expect((await post(verifier.url, { headers: { 'mux-signature': 'v1=1' }, body: delivery.body })).status).toBe(400)
    const large = await post(verifier.url, { headers: delivery.headers, body: 'x'.repeat(10_000) })
    expect([large.status, JSON.parse(large.body).code]).toEqual([413, 'body_too_large'])
    const largeChunked = await post(verifier.url, { headers: delivery.headers, body: chunked('x'.repeat(10_000), 1000) }, {
      duplex: 'half',
    } as RequestInit)
    expect(largeChunked.status).toBe(413)
    statuses.length = 0
    await abortUpload(verifier.url, delivery.headers, delivery.body.slice(0, 5), delivery.body.length)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(statuses.filter((status) => status >= 500)).toEqual([])
  })
})

describe('createHandler(provider, options, handle)', () => {
  it('answers 204 when the handler resolves, and a duplicate 200 without running it', async () => {
    const delivery = muxDelivery()
    const before = handled.length
    expect((await post(handler.url, delivery)).status).toBe(204)
    expect((await post(handler.url, delivery)).status).toBe(200)
    expect(handled.length - before).toBe(1)
  })

  it('answers 500 when the handler throws, tells onError, and lets the retry through', async () => {
    const delivery = muxDelivery()
    failing = true
    const failed = await post(handler.url, delivery)
    failing = false
    expect(failed.status).toBe(500)
    expect(JSON.parse(failed.body)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 })
    expect(String(errors.at(-1))).toContain('handler failed')
    expect((await post(handler.url, delivery)).status).toBe(204)
  })
})
