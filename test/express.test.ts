/**
 * `hookproof/express` on a real Express over real HTTP: with and without
 * express.raw(), every refusal answered with its status as problem+json, no
 * sender input answered 500, and exactly-once handling of duplicates.
 */
import express from 'express'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryStore, type MuxDelivery } from '../src/index.js'
import { webhook } from '../src/frameworks/express.js'
import * as mux from '../src/providers/mux.js'
import { abortUpload, chunked, withType, listen, MUX_SECRET, muxDelivery, post } from './adapter-server.js'

let server: Awaited<ReturnType<typeof listen>>
const statuses: number[] = []
const handled: MuxDelivery[] = []
let failNext = false

beforeAll(async () => {
  const app = express()
  // Every status the server answers, also for a sender that hung up before reading it.
  app.use((_req, res, next) => {
    res.on('finish', () => statuses.push(res.statusCode))
    res.on('close', () => res.writableFinished || statuses.push(res.statusCode))
    next()
  })
  const streamed = webhook(mux, { secret: MUX_SECRET, maxBodyBytes: 64 * 1024 })
  app.post('/stream', streamed, (req, res) => {
    handled.push(streamed.event(req))
    res.sendStatus(204)
  })
  const raw = webhook(mux, { secret: MUX_SECRET })
  app.post('/raw', express.raw({ type: () => true }), raw, (req, res) => {
    handled.push(raw.event(req))
    res.sendStatus(204)
  })
  // A route behind express.json(): the raw bytes are gone, which is the caller's mistake.
  app.post('/json', express.json(), webhook(mux, { secret: MUX_SECRET }), (_req, res) => void res.sendStatus(204))
  app.post('/unset', webhook(mux, { secret: process.env['HOOKPROOF_UNSET_SECRET'] as string }), (_req, res) => void res.sendStatus(204))
  const once = webhook(mux, { secret: MUX_SECRET, once: { store: memoryStore() } })
  app.post('/once', once, async (req, res) => {
    const event = once.event(req)
    await new Promise((resolve) => setTimeout(resolve, 20))
    if (failNext) {
      failNext = false
      res.sendStatus(500)
      return
    }
    handled.push(event)
    res.sendStatus(204)
  })
  // Express's own error handler, the status it would answer (a body-parser's 400 for an
  // aborted upload), as JSON to read what reached it.
  app.use((error: Error & { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(error.status ?? 500).json({ error: error.name, message: error.message })
  })
  server = await listen(createServer(app))
})
afterAll(() => server.close())

describe.each(['/stream', '/raw'])('express %s', (route) => {
  it('accepts a delivery, handing the typed event on', async () => {
    const delivery = muxDelivery()
    const before = handled.length
    expect((await post(server.url + route, delivery)).status).toBe(204)
    expect(handled.slice(before)).toEqual([JSON.parse(delivery.body)])
  })

  it('answers a tampered body 401 and malformed headers 400, as problem+json', async () => {
    const delivery = muxDelivery()
    const tampered = await post(server.url + route, { ...delivery, body: delivery.body.replace('}', ',"x":1}') })
    expect(tampered.status).toBe(401)
    expect(tampered.type).toBe('application/problem+json')
    expect(JSON.parse(tampered.body)).toMatchObject({
      status: 401,
      code: 'signature_mismatch',
      title: 'Unauthorized',
      type: 'urn:hookproof:problem:signature_mismatch',
    })
    const malformed = await post(server.url + route, {
      headers: { ...delivery.headers, 'mux-signature': 't=1,v1=zz' },
      body: delivery.body,
    })
    expect(malformed.status).toBe(400)
    expect(JSON.parse(malformed.body).code).toBe('malformed_signature')
    const unsigned = await post(server.url + route, { headers: { 'content-type': 'application/json' }, body: delivery.body })
    expect(JSON.parse(unsigned.body).code).toBe('missing_signature')
  })

  it('reads any Content-Type and chunked bodies', async () => {
    const delivery = muxDelivery()
    expect((await post(server.url + route, { headers: withType(delivery.headers, 'text/plain'), body: delivery.body })).status).toBe(204)
    expect(
      (
        await post(server.url + route, {
          headers: withType(delivery.headers, 'application/octet-stream'),
          body: delivery.body,
        })
      ).status,
    ).toBe(204)
    expect((await post(server.url + route, { headers: withType(delivery.headers, undefined), body: delivery.body })).status).toBe(204)
    expect(
      (await post(server.url + route, { headers: delivery.headers, body: chunked(delivery.body) }, { duplex: 'half' } as RequestInit))
        .status,
    ).toBe(204)
  })
})

describe('express without express.raw()', () => {
  it('answers a body over maxBodyBytes 413, declared or chunked', async () => {
    const delivery = muxDelivery(JSON.stringify({ ...JSON.parse(muxDelivery().body), pad: 'x'.repeat(70 * 1024) }))
    const declared = await post(`${server.url}/stream`, delivery)
    expect(declared.status).toBe(413)
    expect(JSON.parse(declared.body).code).toBe('body_too_large')
    const streamed = await post(`${server.url}/stream`, { headers: delivery.headers, body: chunked(delivery.body, 4096) }, {
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
  })

  it('answers no sender input with a 500: aborted uploads included', async () => {
    statuses.length = 0
    const delivery = muxDelivery()
    await abortUpload(`${server.url}/stream`, delivery.headers, delivery.body.slice(0, 10), delivery.body.length)
    await abortUpload(`${server.url}/raw`, delivery.headers, delivery.body.slice(0, 10), delivery.body.length)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(statuses.filter((status) => status >= 500)).toEqual([])
  })
})

describe("the caller's mistakes", () => {
  it('answers 500 through the error handler when express.json() read the body first', async () => {
    const answer = await post(`${server.url}/json`, muxDelivery())
    expect(answer.status).toBe(500)
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'TypeError', message: expect.stringContaining('express.json()') })
  })

  it('answers 500 when the secret is unset', async () => {
    const answer = await post(`${server.url}/unset`, muxDelivery())
    expect(answer.status).toBe(500)
    expect(JSON.parse(answer.body).error).toBe('TypeError')
  })
})

describe('express with once', () => {
  it('handles 50 concurrent copies of one delivery once, answering the rest 409 or 200', async () => {
    const delivery = muxDelivery()
    const before = handled.length
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(`${server.url}/once`, delivery)))
    expect(handled.length - before).toBe(1)
    const counts: Record<number, number> = {}
    for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1
    expect(counts[204]).toBe(1)
    expect((counts[409] ?? 0) + (counts[200] ?? 0)).toBe(49)
    // Handled: a later copy is acknowledged without running the handler.
    expect((await post(`${server.url}/once`, delivery)).status).toBe(200)
    expect(handled.length - before).toBe(1)
  })

  it("lets the provider's retry through after the handler failed", async () => {
    const delivery = muxDelivery()
    const before = handled.length
    failNext = true
    expect((await post(`${server.url}/once`, delivery)).status).toBe(500)
    expect((await post(`${server.url}/once`, delivery)).status).toBe(204)
    expect(handled.length - before).toBe(1)
  })
})
