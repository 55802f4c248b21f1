/**
 * A framework's own request object handed to verify, from the real
 * frameworks: the TypeError names that framework's fix, not another's.
 */
import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import Fastify from 'fastify'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { eversince } from '../src/index.js'

const SECRET = 'whsec_framework'
const body = '{"event":"idle","id":"p1"}'
const seconds = Math.floor(Date.now() / 1000)
// Eversince's docs: hex HMAC-SHA256 of `<timestamp>.<body>`, prefixed `sha256=`.
const headers = {
  'content-type': 'application/json',
  'x-eversince-timestamp': String(seconds),
  'x-eversince-signature': `sha256=${createHmac('sha256', SECRET).update(`${seconds}.${body}`).digest('hex')}`,
}

/** What verify said about `request`: the accepted event, or the error's name and message. */
async function outcome(request: unknown): Promise<string> {
  try {
    return JSON.stringify(await eversince.verify(request as Request, { secret: SECRET }))
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`
  }
}

/** What a server built on `listener` answers to the signed delivery. */
async function post(listener: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const { port } = server.address() as AddressInfo
    return await (await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers, body })).text()
  } finally {
    server.close()
  }
}

describe('a framework request object passed as the delivery', () => {
  it("Hono's c.req: pass c.req.raw", async () => {
    const app = new Hono()
    app.post('/', async (c) => c.text(await outcome(c.req)))
    const said = await (await app.request('/', { method: 'POST', headers, body })).text()
    expect(said).toMatch(/^TypeError: hookproof: this is Hono's c\.req, not a Fetch Request: pass c\.req\.raw/)
    // And the fix works.
    const fixed = new Hono()
    fixed.post('/', async (c) => c.text(await outcome(c.req.raw)))
    expect(JSON.parse(await (await fixed.request('/', { method: 'POST', headers, body })).text())).toEqual(JSON.parse(body))
  })

  it("node:http's IncomingMessage: read the stream first", async () => {
    const said = await post((req: IncomingMessage, res) => {
      outcome(req).then((text) => res.end(text))
    })
    expect(said).toMatch(/^TypeError: hookproof: this is node:http's IncomingMessage, whose body is still a stream/)
    expect(said).not.toMatch(/express/)
  })

  it('an Express request parsed by express.json(): use express.raw()', async () => {
    const app = express()
    app.post('/', express.json(), async (req, res) => {
      res.send(await outcome(req))
    })
    const said = await post(app)
    expect(said).toMatch(/^TypeError: hookproof: this is an Express request: use express\.raw\(\{ type: \(\) => true \}\)/)
  })

  it('a Fastify request with its JSON body parsed: add a raw content-type parser', async () => {
    const app = Fastify()
    app.post('/', async (request) => outcome(request))
    const said = (await app.inject({ method: 'POST', url: '/', headers, payload: body })).body
    await app.close()
    expect(said).toMatch(/^TypeError: hookproof: this is a Fastify request: register a content-type parser that keeps the raw bytes/)
  })

  it('leaves the generic message for a plain object it does not recognise', async () => {
    expect(await outcome({ headers, body: { event: 'idle' } })).toMatch(/^TypeError: hookproof: the body is Object, not the raw bytes/)
  })
})
