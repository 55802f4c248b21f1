/**
 * `hookproof/hono` on a real Hono served by @hono/node-server over real
 * HTTP, and `hookproof/next`: App Router route handlers called with the
 * streaming `Request` Next.js hands them, the Pages Router handler on a
 * node:http server.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { memoryStore, type MuxDelivery } from '../src/index.js'
import { webhook } from '../src/frameworks/hono.js'
import { withWebhook, withWebhookPages } from '../src/frameworks/next.js'
import * as mux from '../src/providers/mux.js'
import { abortUpload, chunked, withType, listen, MUX_SECRET, muxDelivery, post } from './adapter-server.js'

const handled: MuxDelivery[] = []
let failNext = false

describe('hono', () => {
  let server: Awaited<ReturnType<typeof listen>>
  const statuses: number[] = []
  beforeAll(async () => {
    const app = new Hono()
    app.use(async (c, next) => {
      await next()
      statuses.push(c.res.status)
    })
    app.post('/hook', webhook(mux, { secret: MUX_SECRET, maxBodyBytes: 4096 }), (c) => {
      const event = c.get('webhook')
      expectTypeOf(event).toEqualTypeOf<MuxDelivery>()
      handled.push(event)
      return c.body(null, 204)
    })
    app.post('/once', webhook(mux, { secret: MUX_SECRET, once: { store: memoryStore() } }), async (c) => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      if (failNext) {
        failNext = false
        throw new Error('handler failed')
      }
      handled.push(c.get('webhook'))
      return c.body(null, 204)
    })
    app.post('/unset', webhook(mux, { secret: process.env['HOOKPROOF_UNSET_SECRET'] as string }), (c) => c.body(null, 204))
    app.onError((error, c) => c.json({ error: error.name }, 500))
    server = await listen(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer }) as Server)
  })
  afterAll(() => server.close())

  it('accepts a delivery (any Content-Type, chunked) and sets c.get("webhook")', async () => {
    const delivery = muxDelivery()
    const before = handled.length
    expect((await post(`${server.url}/hook`, delivery)).status).toBe(204)
    expect((await post(`${server.url}/hook`, { headers: withType(delivery.headers, 'text/plain'), body: delivery.body })).status).toBe(204)
    expect(
      (await post(`${server.url}/hook`, { headers: delivery.headers, body: chunked(delivery.body) }, { duplex: 'half' } as RequestInit))
        .status,
    ).toBe(204)
    expect(handled.slice(before)).toEqual(Array(3).fill(JSON.parse(delivery.body)))
  })

  it('answers 401, 400 and 413 as problem+json, the caller mistakes 500, and no sender input 500', async () => {
    const delivery = muxDelivery()
    const tampered = await post(`${server.url}/hook`, { ...delivery, body: `${delivery.body} ` })
    expect([tampered.status, tampered.type]).toEqual([401, 'application/problem+json'])
    expect((await post(`${server.url}/hook`, { headers: {}, body: delivery.body })).status).toBe(400)
    expect((await post(`${server.url}/hook`, { headers: delivery.headers, body: 'x'.repeat(5000) })).status).toBe(413)
    expect((await post(`${server.url}/unset`, delivery)).status).toBe(500)
    statuses.length = 0
    await abortUpload(`${server.url}/hook`, delivery.headers, delivery.body.slice(0, 5), delivery.body.length)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(statuses.filter((status) => status >= 500)).toEqual([])
  })

  it('handles 50 concurrent copies once, and lets a retry through after the handler threw', async () => {
    const delivery = muxDelivery()
    const before = handled.length
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(`${server.url}/once`, delivery)))
    expect(handled.length - before).toBe(1)
    expect(answers.filter((answer) => answer.status === 204)).toHaveLength(1)
    expect(answers.every((answer) => [204, 200, 409].includes(answer.status))).toBe(true)
    const retried = muxDelivery()
    failNext = true
    expect((await post(`${server.url}/once`, retried)).status).toBe(500)
    expect((await post(`${server.url}/once`, retried)).status).toBe(204)
  })
})

describe('next: withWebhook (App Router)', () => {
  const POST = withWebhook(mux, { secret: MUX_SECRET, once: { store: memoryStore() } }, async (event) => {
    expectTypeOf(event).toEqualTypeOf<MuxDelivery>()
    if (failNext) {
      failNext = false
      throw new Error('handler failed')
    }
    handled.push(event)
    return undefined
  })
  const request = (delivery: { headers: Record<string, string>; body: string }, streamed = false) =>
    new Request('https://app.example/api/webhooks/mux', {
      method: 'POST',
      headers: delivery.headers,
      body: streamed ? chunked(delivery.body) : delivery.body,
      ...(streamed ? { duplex: 'half' } : {}),
    } as RequestInit)

  it('answers 204 for a delivery, 200 for its duplicate, problem+json for a refusal', async () => {
    const delivery = muxDelivery()
    expect((await POST(request(delivery, true))).status).toBe(204)
    expect((await POST(request(delivery))).status).toBe(200)
    const refused = await POST(request({ ...delivery, body: `${delivery.body} ` }))
    expect([refused.status, refused.headers.get('content-type')]).toEqual([401, 'application/problem+json'])
  })

  it('throws the handler error to Next.js, releasing the claim for the retry', async () => {
    const delivery = muxDelivery()
    failNext = true
    await expect(POST(request(delivery))).rejects.toThrow('handler failed')
    expect((await POST(request(delivery))).status).toBe(204)
  })

  it("throws the caller's mistakes to Next.js (a 500)", async () => {
    const unset = withWebhook(mux, { secret: undefined as unknown as string }, () => undefined)
    await expect(unset(request(muxDelivery()))).rejects.toThrow(TypeError)
  })
})

describe('next: withWebhookPages (Pages Router, bodyParser: false)', () => {
  let server: Awaited<ReturnType<typeof listen>>
  beforeAll(async () => {
    server = await listen(
      createServer(
        withWebhookPages(mux, { secret: MUX_SECRET }, (event, { res }) => {
          handled.push(event)
          res.statusCode = 202
          res.end()
        }),
      ),
    )
  })
  afterAll(() => server.close())

  it("answers with the handler's response, and refusals as problem+json", async () => {
    const delivery = muxDelivery()
    expect((await post(server.url, delivery)).status).toBe(202)
    expect((await post(server.url, { ...delivery, body: `${delivery.body} ` })).status).toBe(401)
  })
})
