/**
 * `hookproof/h3` on real h3 over real HTTP, both majors: h3 1 (what Nuxt 3
 * and 4 and Nitro 2 serve) through `toNodeListener`, and h3 2 through its
 * Node handler. Every refusal answered with its status as problem+json, no
 * sender input answered 500, exactly-once handling; and on h3 1 the bodies
 * Nitro's edge presets and an earlier `readRawBody` hold.
 */
import { createServer } from 'node:http'
import { createApp, createRouter, defineEventHandler, readRawBody, toNodeListener, toWebHandler } from 'h3'
import { H3, toNodeHandler } from 'h3-v2'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { defineWebhookHandler } from '../src/frameworks/h3.js'
import { memoryStore, type MuxDelivery } from '../src/index.js'
import * as mux from '../src/providers/mux.js'
import { abortUpload, chunked, listen, MUX_SECRET, muxDelivery, post, withType } from './adapter-server.js'

interface Routes {
  readonly handled: MuxDelivery[]
  /** What h3's error handling received: the caller's mistakes and the handler's throws, answered 500. */
  readonly errors: string[]
  failNext: boolean
  readonly handlers: Record<'hook' | 'once' | 'unset' | 'answer', (event: never) => unknown>
}

function routes(): Routes {
  const state: Routes = {
    handled: [],
    errors: [],
    failNext: false,
    handlers: {
      hook: defineWebhookHandler(mux, { secret: MUX_SECRET, maxBodyBytes: 4096 }, (event) => {
        expectTypeOf(event).toEqualTypeOf<MuxDelivery>()
        state.handled.push(event)
      }),
      once: defineWebhookHandler(mux, { secret: MUX_SECRET, once: { store: memoryStore() } }, async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 20))
        if (state.failNext) {
          state.failNext = false
          throw new Error('handler failed')
        }
        state.handled.push(event)
        return { ok: true }
      }),
      unset: defineWebhookHandler(mux, { secret: process.env['HOOKPROOF_UNSET_SECRET'] as string }, () => undefined),
      answer: defineWebhookHandler(mux, { secret: MUX_SECRET }, (event) => Response.json({ id: event.id }, { status: 202 })),
    },
  }
  return state
}

const majors = [
  {
    name: 'h3 1',
    serve(state: Routes) {
      const router = createRouter()
      for (const [name, handler] of Object.entries(state.handlers)) router.post(`/${name}`, handler as never)
      const app = createApp({
        onError(error, event) {
          state.errors.push(error.message)
          event.node.res.statusCode = 500
          event.node.res.end()
        },
      })
      return createServer(toNodeListener(app.use(router)))
    },
  },
  {
    name: 'h3 2',
    serve(state: Routes) {
      const app = new H3({
        // Not logged: the errors are asserted instead.
        silent: true,
        onError(error) {
          state.errors.push(error.message)
          return new Response(null, { status: 500 })
        },
      })
      for (const [name, handler] of Object.entries(state.handlers)) app.post(`/${name}`, handler as never)
      return createServer(toNodeHandler(app))
    },
  },
]

describe.each(majors)('$name', (major) => {
  let state: Routes
  let url: string
  let close: () => Promise<void>
  beforeAll(async () => {
    state = routes()
    ;({ url, close } = await listen(major.serve(state)))
  })
  afterAll(() => close())

  it('accepts a delivery of any Content-Type or chunked, answers 204, and hands the handler the typed event', async () => {
    const delivery = muxDelivery()
    const before = state.handled.length
    expect((await post(`${url}/hook`, delivery)).status).toBe(204)
    expect((await post(`${url}/hook`, { headers: withType(delivery.headers, 'application/x-weird'), body: delivery.body })).status).toBe(
      204,
    )
    const streamed = await post(`${url}/hook`, { headers: delivery.headers, body: chunked(delivery.body) }, {
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(204)
    expect(state.handled.slice(before)).toEqual(Array(3).fill(JSON.parse(delivery.body)))
    const answered = await post(`${url}/answer`, delivery)
    expect([answered.status, JSON.parse(answered.body)]).toEqual([202, { id: JSON.parse(delivery.body).id }])
  })

  it('answers 401, 400 and 413 as problem+json, a secret unset 500, and no sender input 500', async () => {
    const delivery = muxDelivery()
    const before = state.handled.length
    const tampered = await post(`${url}/hook`, { ...delivery, body: `${delivery.body} ` })
    expect([tampered.status, tampered.type, JSON.parse(tampered.body).code]).toEqual([
      401,
      'application/problem+json',
      'signature_mismatch',
    ])
    const unsigned = await post(`${url}/hook`, { headers: { 'content-type': 'application/json' }, body: delivery.body })
    expect([unsigned.status, JSON.parse(unsigned.body).code]).toEqual([400, 'missing_signature'])
    expect((await post(`${url}/hook`, { headers: delivery.headers, body: 'x'.repeat(5000) })).status).toBe(413)
    const streamed = await post(`${url}/hook`, { headers: delivery.headers, body: chunked('x'.repeat(5000), 500) }, {
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    expect(state.handled.length).toBe(before)
    expect((await post(`${url}/unset`, delivery)).status).toBe(500)
    expect(state.errors.splice(0)).toEqual([expect.stringContaining('options.secret is undefined')])
    await abortUpload(`${url}/hook`, delivery.headers, delivery.body.slice(0, 5), delivery.body.length)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect((await post(`${url}/hook`, muxDelivery())).status).toBe(204)
  })

  it('handles 50 concurrent copies once, and lets a retry through after the handler threw', async () => {
    const delivery = muxDelivery()
    const before = state.handled.length
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(`${url}/once`, delivery)))
    expect(state.handled.length - before).toBe(1)
    expect(answers.filter((answer) => answer.status === 200 && JSON.parse(answer.body || 'null')?.ok === true)).toHaveLength(1)
    expect(answers.every((answer) => [200, 409].includes(answer.status))).toBe(true)
    const retried = muxDelivery()
    state.failNext = true
    expect((await post(`${url}/once`, retried)).status).toBe(500)
    expect(state.errors.splice(0)).toEqual(['handler failed'])
    expect((await post(`${url}/once`, retried)).status).toBe(200)
    expect(state.handled.length - before).toBe(2)
  })
})

describe('h3 1, the bodies h3 and Nitro already hold', () => {
  it("Nitro's edge presets (a Fetch body stream on the event): verified from it, tampered refused", async () => {
    const state = routes()
    const router = createRouter().post('/hook', state.handlers.hook as never)
    const handle = toWebHandler(createApp().use(router))
    const delivery = muxDelivery()
    const send = (body: string) => handle(new Request('http://nitro.local/hook', { method: 'POST', headers: delivery.headers, body }))
    expect((await send(delivery.body)).status).toBe(204)
    expect((await send(`${delivery.body} `)).status).toBe(401)
    expect(state.handled).toEqual([JSON.parse(delivery.body)])
  })

  it("a body held as text or bytes (a preset's _requestBody, a node request's rawBody or body) is the one verified", async () => {
    const state = routes()
    const handle = state.handlers.hook as (event: object) => Promise<Response>
    const delivery = muxDelivery()
    const headers = Object.fromEntries(Object.entries(delivery.headers).map(([name, value]) => [name.toLowerCase(), value]))
    const held = [
      { _requestBody: delivery.body, node: { req: { headers } } },
      { _requestBody: Buffer.from(delivery.body), node: { req: { headers } } },
      { node: { req: { headers, rawBody: Buffer.from(delivery.body) } } },
      { node: { req: { headers, body: delivery.body } } },
    ]
    for (const event of held) expect((await handle(event)).status).toBe(204)
    const tampered = await handle({ node: { req: { headers, rawBody: `${delivery.body} ` } } })
    expect(tampered.status).toBe(401)
    expect(state.handled).toHaveLength(held.length)
    await expect(handle({})).rejects.toThrow(/not an h3 event/)
  })

  it('a middleware that called readRawBody first: the bytes it read are the ones verified', async () => {
    const state = routes()
    const router = createRouter().post('/hook', state.handlers.hook as never)
    const app = createApp()
      .use(defineEventHandler(async (event) => void (await readRawBody(event, false))))
      .use(router)
    const { url, close } = await listen(createServer(toNodeListener(app)))
    try {
      const delivery = muxDelivery()
      expect((await post(`${url}/hook`, delivery)).status).toBe(204)
      expect((await post(`${url}/hook`, { ...delivery, body: `${delivery.body} ` })).status).toBe(401)
      expect(state.handled).toEqual([JSON.parse(delivery.body)])
    } finally {
      await close()
    }
  })
})
