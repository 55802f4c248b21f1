/**
 * `hookproof/fastify` on a real Fastify over real HTTP: the plugin's route
 * reads every Content-Type raw while the app's other routes keep JSON, every
 * refusal answered with its status as problem+json, no sender input
 * answered 500, exactly-once handling of duplicates.
 */
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { memoryStore, type MuxDelivery } from '../src/index.js'
import { webhook } from '../src/frameworks/fastify.js'
import * as mux from '../src/providers/mux.js'
import { abortUpload, chunked, withType, MUX_SECRET, muxDelivery, post } from './adapter-server.js'

let app: FastifyInstance
let url: string
const handled: MuxDelivery[] = []
const statuses: number[] = []
let failNext = false

beforeAll(async () => {
  app = Fastify()
  app.addHook('onResponse', async (_request, reply) => void statuses.push(reply.statusCode))
  app.register(
    webhook(mux, { secret: MUX_SECRET, url: '/hook', maxBodyBytes: 4096 }, (event, request) => {
      expectTypeOf(event).toEqualTypeOf<MuxDelivery>()
      expect((request as { webhook?: unknown }).webhook).toBe(event)
      handled.push(event)
    }),
  )
  app.register(
    webhook(mux, { secret: MUX_SECRET, url: '/once', once: { store: memoryStore() } }, async (event) => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      if (failNext) {
        failNext = false
        throw new Error('handler failed')
      }
      handled.push(event)
      return { ok: true }
    }),
  )
  app.register(webhook(mux, { secret: process.env['HOOKPROOF_UNSET_SECRET'] as string, url: '/unset' }, () => undefined))
  app.post('/json', async (request) => request.body)
  url = await app.listen({ port: 0, host: '127.0.0.1' })
})
afterAll(() => app.close())

describe('fastify', () => {
  it('accepts a delivery of any Content-Type or chunked; other routes keep JSON', async () => {
    const delivery = muxDelivery()
    const before = handled.length
    expect((await post(`${url}/hook`, delivery)).status).toBe(204)
    expect((await post(`${url}/hook`, { headers: withType(delivery.headers, 'text/plain'), body: delivery.body })).status).toBe(204)
    expect((await post(`${url}/hook`, { headers: withType(delivery.headers, 'application/x-weird'), body: delivery.body })).status).toBe(
      204,
    )
    expect(
      (await post(`${url}/hook`, { headers: delivery.headers, body: chunked(delivery.body) }, { duplex: 'half' } as RequestInit)).status,
    ).toBe(204)
    expect((await post(`${url}/hook`, { headers: withType(delivery.headers, undefined), body: delivery.body })).status).toBe(204)
    expect(handled.slice(before)).toEqual(Array(5).fill(JSON.parse(delivery.body)))
    const json = await post(`${url}/json`, { headers: { 'content-type': 'application/json' }, body: '{"a":1}' })
    expect(JSON.parse(json.body)).toEqual({ a: 1 })
  })

  it('answers 401, 400 and 413 as problem+json, a secret unset 500, and no sender input 500', async () => {
    const delivery = muxDelivery()
    const tampered = await post(`${url}/hook`, { ...delivery, body: `${delivery.body} ` })
    expect([tampered.status, tampered.type, JSON.parse(tampered.body).code]).toEqual([
      401,
      'application/problem+json; charset=utf-8',
      'signature_mismatch',
    ])
    expect((await post(`${url}/hook`, { headers: { 'content-type': 'application/json' }, body: delivery.body })).status).toBe(400)
    const empty = await fetch(`${url}/hook`, { method: 'POST', headers: { 'mux-signature': delivery.headers['mux-signature']! } })
    expect(empty.status).toBe(401)
    expect((await post(`${url}/hook`, { headers: delivery.headers, body: 'x'.repeat(5000) })).status).toBe(413)
    expect(
      (await post(`${url}/hook`, { headers: delivery.headers, body: chunked('x'.repeat(5000), 500) }, { duplex: 'half' } as RequestInit))
        .status,
    ).toBe(413)
    expect((await post(`${url}/unset`, delivery)).status).toBe(500)
    statuses.length = 0
    await abortUpload(`${url}/hook`, delivery.headers, delivery.body.slice(0, 5), delivery.body.length)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(statuses.filter((status) => status >= 500)).toEqual([])
  })

  it('handles 50 concurrent copies once, and lets a retry through after the handler threw', async () => {
    const delivery = muxDelivery()
    const before = handled.length
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(`${url}/once`, delivery)))
    expect(handled.length - before).toBe(1)
    expect(answers.filter((answer) => answer.status === 200 && answer.body === '{"ok":true}')).toHaveLength(1)
    expect(answers.every((answer) => [200, 409].includes(answer.status))).toBe(true)
    const retried = muxDelivery()
    failNext = true
    expect((await post(`${url}/once`, retried)).status).toBe(500)
    expect((await post(`${url}/once`, retried)).status).toBe(200)
    expect(handled.length - before).toBe(2)
  })
})
