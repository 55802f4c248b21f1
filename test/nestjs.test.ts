/**
 * `hookproof/nestjs` on a real NestJS app over real HTTP, on both of Nest's
 * platforms (Express and Fastify), created with `rawBody: true`: every
 * refusal answered by the guard with its status as problem+json and the
 * handler not run, no sender input answered 500, exactly-once handling of
 * duplicates, and an app without `rawBody` told how to fix it.
 *
 * The controllers are decorated by calling Nest's decorators, as the
 * compiler would for `@Post()` and `@Req()`.
 */
import 'reflect-metadata'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Controller, HttpCode, HttpException, type INestApplication, Module, Post, Req, UseGuards } from '@nestjs/common'
import { NestFactory } from '@nestjs/core'
import { ExpressAdapter } from '@nestjs/platform-express'
import { FastifyAdapter } from '@nestjs/platform-fastify'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { webhookGuard } from '../src/frameworks/nestjs.js'
import { memoryStore, type MuxDelivery } from '../src/index.js'
import * as mux from '../src/providers/mux.js'
import { abortUpload, chunked, MUX_SECRET, muxDelivery, post, withType } from './adapter-server.js'

type Decorate = (target: object, key: string, descriptor: PropertyDescriptor) => unknown

/** Decorates `name` of `target` as `@Post(path) @HttpCode(code) @UseGuards(guard) name(@Req() req)` would. */
function route(target: { prototype: object }, name: string, path: string, guard: object, code = 204): void {
  const descriptor = Object.getOwnPropertyDescriptor(target.prototype, name)!
  for (const decorate of [Post(path), HttpCode(code), UseGuards(guard as never)] as Decorate[]) {
    decorate(target.prototype, name, descriptor)
  }
  Req()(target.prototype, name, 0)
}

interface Harness {
  readonly url: string
  readonly handled: MuxDelivery[]
  readonly statuses: number[]
  failNext: boolean
  close(): Promise<void>
}

async function start(platform: 'express' | 'fastify', rawBody = true): Promise<Harness> {
  const harness = { handled: [] as MuxDelivery[], statuses: [] as number[], failNext: false }
  const hook = webhookGuard(mux, { secret: MUX_SECRET, maxBodyBytes: 4096 })
  const once = webhookGuard(mux, { secret: MUX_SECRET, once: { store: memoryStore() } })
  const unset = webhookGuard(mux, { secret: process.env['HOOKPROOF_UNSET_SECRET'] as string })
  const mine = webhookGuard(mux, {
    secret: MUX_SECRET,
    onError: () => {
      throw new HttpException('not for us', 418)
    },
  })
  class Hooks {
    hook(req: object): void {
      const event = hook.event(req)
      expectTypeOf(event).toEqualTypeOf<MuxDelivery>()
      harness.handled.push(event)
    }
    async once(req: object): Promise<{ ok: true }> {
      await new Promise((resolve) => setTimeout(resolve, 20))
      if (harness.failNext) {
        harness.failNext = false
        throw new Error('handler failed')
      }
      harness.handled.push(once.event(req))
      return { ok: true }
    }
    unset(): void {}
    mine(): void {}
    unguarded(req: object): void {
      hook.event(req)
    }
  }
  route(Hooks, 'hook', 'hook', hook)
  route(Hooks, 'once', 'once', once, 200)
  route(Hooks, 'unset', 'unset', unset)
  route(Hooks, 'mine', 'mine', mine)
  const descriptor = Object.getOwnPropertyDescriptor(Hooks.prototype, 'unguarded')!
  ;(Post('unguarded') as Decorate)(Hooks.prototype, 'unguarded', descriptor)
  Req()(Hooks.prototype, 'unguarded', 0)
  Controller()(Hooks)
  class AppModule {}
  Module({ controllers: [Hooks] })(AppModule)

  const adapter = platform === 'express' ? new ExpressAdapter() : new FastifyAdapter()
  const app: INestApplication = await NestFactory.create(AppModule, adapter, { rawBody, logger: false })
  const server = app.getHttpServer() as Server
  server.on('request', (_req, res) => res.on('finish', () => harness.statuses.push(res.statusCode)))
  await app.listen(0, '127.0.0.1')
  const { port } = server.address() as AddressInfo
  return Object.assign(harness, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await app.close()
    },
  })
}

describe.each(['express', 'fastify'] as const)('nestjs on %s', (platform) => {
  let nest: Harness
  beforeAll(async () => {
    nest = await start(platform)
  })
  afterAll(() => nest.close())

  it('accepts a JSON delivery, sent whole or chunked, and hands the handler the typed event', async () => {
    const delivery = muxDelivery()
    const before = nest.handled.length
    expect((await post(`${nest.url}/hook`, delivery)).status).toBe(204)
    const streamed = await post(`${nest.url}/hook`, { headers: delivery.headers, body: chunked(delivery.body) }, {
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(204)
    expect(nest.handled.slice(before)).toEqual([JSON.parse(delivery.body), JSON.parse(delivery.body)])
  })

  it('a Content-Type Nest keeps no raw body of: read from the stream on Express, text or 415 on Fastify, never 500', async () => {
    const delivery = muxDelivery()
    // Fastify parses text/plain as text itself, and refuses a type it has no parser for; fetch
    // sends a string body without a Content-Type as text/plain.
    const expected = platform === 'express' ? [204, 204, 204] : [204, 415, 204]
    const answers = []
    for (const type of ['text/plain', 'application/x-weird', undefined]) {
      answers.push((await post(`${nest.url}/hook`, { headers: withType(delivery.headers, type), body: delivery.body })).status)
    }
    expect(answers).toEqual(expected)
  })

  it('answers 401, 400 and 413 as problem+json without running the handler, a secret unset 500, and no sender input 500', async () => {
    const delivery = muxDelivery()
    const before = nest.handled.length
    const tampered = await post(`${nest.url}/hook`, { ...delivery, body: `${delivery.body} ` })
    expect([tampered.status, tampered.type, JSON.parse(tampered.body).code]).toEqual([
      401,
      platform === 'express' ? 'application/problem+json' : 'application/problem+json; charset=utf-8',
      'signature_mismatch',
    ])
    const unsigned = await post(`${nest.url}/hook`, { headers: { 'content-type': 'application/json' }, body: delivery.body })
    expect([unsigned.status, JSON.parse(unsigned.body).code]).toEqual([400, 'missing_signature'])
    const large = await post(`${nest.url}/hook`, { headers: delivery.headers, body: JSON.stringify({ pad: 'x'.repeat(5000) }) })
    expect([large.status, JSON.parse(large.body).code]).toEqual([413, 'body_too_large'])
    expect(nest.handled.length).toBe(before)
    expect((await post(`${nest.url}/unset`, delivery)).status).toBe(500)
    nest.statuses.length = 0
    await abortUpload(`${nest.url}/hook`, delivery.headers, delivery.body.slice(0, 5), delivery.body.length)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(nest.statuses.filter((status) => status >= 500)).toEqual([])
    expect((await post(`${nest.url}/hook`, muxDelivery())).status).toBe(204)
  })

  it("onError takes the refusal: the caller's HttpException is the answer", async () => {
    const delivery = muxDelivery()
    expect((await post(`${nest.url}/mine`, { ...delivery, body: `${delivery.body} ` })).status).toBe(418)
    expect((await post(`${nest.url}/mine`, delivery)).status).toBe(204)
  })

  it('guard.event on a request the guard did not verify is a TypeError (a 500)', async () => {
    expect((await post(`${nest.url}/unguarded`, muxDelivery())).status).toBe(500)
  })

  it('handles 50 concurrent copies once, and lets a retry through after the handler threw', async () => {
    const delivery = muxDelivery()
    const before = nest.handled.length
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(`${nest.url}/once`, delivery)))
    expect(nest.handled.length - before).toBe(1)
    expect(answers.filter((answer) => answer.status === 200 && answer.body === '{"ok":true}')).toHaveLength(1)
    expect(answers.every((answer) => [200, 409].includes(answer.status))).toBe(true)
    const retried = muxDelivery()
    nest.failNext = true
    expect((await post(`${nest.url}/once`, retried)).status).toBe(500)
    expect((await post(`${nest.url}/once`, retried)).status).toBe(200)
    expect(nest.handled.length - before).toBe(2)
  })

  it('an app created without rawBody: true is a 500 (the TypeError says to set it), never a verified delivery', async () => {
    const plain = await start(platform, false)
    try {
      expect((await post(`${plain.url}/hook`, muxDelivery())).status).toBe(500)
      expect(plain.handled).toEqual([])
    } finally {
      await plain.close()
    }
  })
})
