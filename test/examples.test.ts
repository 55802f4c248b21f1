/**
 * The framework recipes in examples/, run on the real frameworks and
 * runtimes with deliveries from sign(): accepted (200, work after the
 * response), tampered (401), malformed (400), misconfigured (500); and what
 * else a sender controls: any Content-Type or none on an authentic body
 * (200), a body past the recipe's bound, declared or chunked (413), no body
 * (401), hanging up mid-body (the server goes on answering, never with a 500).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, request, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { build } from 'esbuild'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as hookproof from '../src/index.js'
import type { SignedDelivery } from '../src/index.js'
import { testKit } from '../src/tools/testing.js'
import { samples } from './reference/samples.js'
import { runtimeBinary } from '../scripts/runtime.mjs'
import { startWorkerd } from './runtimes/workerd.mjs'
import { withType } from './adapter-server.js'

const SECRET = 'whsec_examples_secret'
const root = new URL('../', import.meta.url).pathname

type Sign = (payload: unknown, options: { secret: string; event?: string; timestamp?: number }) => Promise<SignedDelivery>

/** The testing kit for a provider's `sign`, with the recipes' secret: bodies a re-serializing handler cannot reproduce. */
const kitOf = (sign: Sign) => testKit({ sign }, { secret: SECRET })

// The recipes' providers that sign a timestamp but check none (Synthesia documents no unit for it).
const UNCHECKED_TIME = new Set<Sign>([hookproof.synthesia.sign as Sign])

/** The deliveries every recipe must answer correctly, for one provider, from the testing kit. */
async function deliveries(sign: Sign, payload: unknown): Promise<Array<[string, number, SignedDelivery]>> {
  const kit = kitOf(sign)
  const good = await kit.sign(payload)
  const signatureHeader = Object.keys(good.headers).find((name) => /signature/i.test(name))!
  const list: Array<[string, number, SignedDelivery]> = [
    ['signed', 200, good],
    ['tampered', 401, await kit.tampered(payload)],
    ['signed with another secret', 401, await kit.wrongKey(payload)],
    ['malformed signature', 400, { headers: { ...good.headers, [signatureHeader]: 'sha256=nothex' }, body: good.body }],
  ]
  const stale = await kit.stale(payload).catch((error: unknown) => {
    if (error instanceof TypeError) return undefined // signs no timestamp
    throw error
  })
  if (stale && !UNCHECKED_TIME.has(sign)) list.push(['signed a day ago', 401, stale])
  return list
}

async function expectRecipe(url: string, sign: Sign, payload: unknown): Promise<void> {
  for (const [label, status, delivery] of await deliveries(sign, payload)) {
    const response = await fetch(url, { method: 'POST', ...delivery })
    expect(response.status, label).toBe(status)
  }
}

/** The bound the recipes are started with here (their default is 32 MiB), so a body past it is quick to send. */
const BOUND = 64 * 1024
/** What the recipes default to: 32 MiB, as the README documents for maxBodyBytes. */
const DEFAULT_BOUND = 32 * 1024 * 1024
const CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', undefined] as const

/** A signed delivery of `payload` whose body is exactly `size` bytes, padded in a field of its own. */
async function signedOfSize(sign: Sign, payload: unknown, size: number): Promise<SignedDelivery> {
  const padded = (pad: string) => kitOf(sign).sign({ ...(payload as object), padding: pad })
  const unpadded = Buffer.byteLength((await padded('')).body)
  const delivery = await padded('x'.repeat(size - unpadded))
  if (Buffer.byteLength(delivery.body) !== size) throw new Error(`padded to ${Buffer.byteLength(delivery.body)} bytes, not ${size}`)
  return delivery
}

type Framing = 'content-length' | 'chunked' | 'no body'

/**
 * POSTs with node:http, which sends exactly the headers given (fetch adds a
 * Content-Type) and frames the body as asked. Resolves with the status once
 * the response arrives.
 *
 * A server that refuses on the headers alone (Bun past maxRequestBodySize)
 * answers and closes while the body is still being written: the write can
 * fail (EPIPE, ECONNRESET) before the answer is read. That delivery is sent
 * once more with the headers first and the body only after an early answer
 * had time to arrive (1 s, as curl waits on Expect: 100-continue), so the
 * status asserted is always one the server wrote.
 */
async function post(url: string, headers: Record<string, string>, body: string | Uint8Array, framing: Framing): Promise<number> {
  try {
    return await postOnce(url, headers, body, framing, 0)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EPIPE' && code !== 'ECONNRESET') throw error
    return postOnce(url, headers, body, framing, 1000)
  }
}

function postOnce(
  url: string,
  headers: Record<string, string>,
  body: string | Uint8Array,
  framing: Framing,
  waitForEarlyAnswer: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let answered = false
    let wait: NodeJS.Timeout | undefined
    const outgoing = request(url, { method: 'POST', headers, agent: false }, (response) => {
      answered = true
      clearTimeout(wait)
      response.resume().on('error', () => {})
      resolve(response.statusCode!)
    })
    outgoing.on('error', (error) => answered || reject(error))
    const bytes = Buffer.from(body)
    if (framing === 'no body') {
      // Neither Content-Length nor Transfer-Encoding: a request without a body.
      outgoing.removeHeader('content-length')
      outgoing.removeHeader('transfer-encoding')
    } else if (framing === 'content-length') {
      outgoing.setHeader('content-length', bytes.length)
    }
    const writeBody = (): void => {
      if (answered) {
        outgoing.destroy()
        return
      }
      if (framing === 'chunked') {
        for (let offset = 0; offset < bytes.length; offset += 16 * 1024) outgoing.write(bytes.subarray(offset, offset + 16 * 1024))
        outgoing.end()
      } else outgoing.end(framing === 'no body' ? undefined : bytes)
    }
    if (waitForEarlyAnswer === 0 || framing === 'no body') writeBody()
    else {
      outgoing.flushHeaders()
      wait = setTimeout(writeBody, waitForEarlyAnswer)
    }
  })
}

/** Sends the headers and half the body (Content-Length promising all of it), then hangs up. */
async function hangUpMidBody(url: string, delivery: SignedDelivery): Promise<void> {
  const outgoing = request(url, {
    method: 'POST',
    headers: { ...delivery.headers, 'content-length': String(Buffer.byteLength(delivery.body)) },
    agent: false,
  })
  outgoing.on('error', () => {})
  outgoing.write(delivery.body.slice(0, delivery.body.length >> 1))
  await new Promise((resolve) => setTimeout(resolve, 100))
  outgoing.destroy()
  await new Promise((resolve) => setTimeout(resolve, 100))
}

/**
 * Every status `server` writes, even to a sender already gone: Node writes
 * each response's head through writeHead, whichever framework answers.
 */
function statusesWritten(server: Server): number[] {
  const statuses: number[] = []
  server.prependListener('request', (_request, response: ServerResponse) => {
    const writeHead = response.writeHead
    response.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
      statuses.push(args[0])
      return writeHead.apply(this, args)
    } as typeof writeHead
  })
  return statuses
}

/** How a recipe answers a body a byte past its bound that carries no signature, by framing. */
type UnsignedPastBound = Readonly<Record<'content-length' | 'chunked', 413 | 400>>
/** verify reads the body (every recipe, on an adapter or a Request): the missing signature refuses it before the body is read. */
const VERIFY_READS: UnsignedPastBound = { 'content-length': 400, chunked: 400 }

/**
 * What a sender controls besides the signature, against a recipe started
 * with BOUND: the Content-Type of an authentic body, the body's size and
 * framing, no body at all, hanging up mid-body. `written`, where the server
 * runs in this process, is every status it wrote: none may be a 500.
 */
async function expectHostileInput(
  url: string,
  sign: Sign,
  payload: unknown,
  { unsignedPastBound, written }: { unsignedPastBound: UnsignedPastBound; written?: number[] },
): Promise<void> {
  const good = await kitOf(sign).sign(payload)
  for (const type of CONTENT_TYPES) {
    for (const framing of ['content-length', 'chunked'] as const) {
      expect(await post(url, withType(good.headers, type), good.body, framing), `Content-Type ${type}, ${framing}`).toBe(200)
    }
  }
  expect(await post(url, good.headers, '', 'no body'), 'no body').toBe(401)
  const atBound = await signedOfSize(sign, payload, BOUND)
  const pastBound = await signedOfSize(sign, payload, BOUND + 1)
  const unsigned = Object.fromEntries(Object.entries(pastBound.headers).filter(([name]) => !/signature/i.test(name)))
  const huge = new Uint8Array(1024 * 1024).fill(0x20)
  for (const framing of ['content-length', 'chunked'] as const) {
    expect(await post(url, atBound.headers, atBound.body, framing), `signed, at the bound, ${framing}`).toBe(200)
    expect(await post(url, pastBound.headers, pastBound.body, framing), `signed, a byte past the bound, ${framing}`).toBe(413)
    // A framework limit above the bound would pass this body on to verify, which refuses it on its headers (400).
    expect(await post(url, unsigned, pastBound.body, framing), `unsigned, a byte past the bound, ${framing}`).toBe(
      unsignedPastBound[framing],
    )
    expect(await post(url, good.headers, huge, framing), `1 MiB, ${framing}`).toBe(413)
  }
  await hangUpMidBody(url, good)
  expect(await post(url, good.headers, good.body, 'content-length'), 'the next delivery, after a sender hung up').toBe(200)
  if (written) expect(written.filter((status) => status >= 500)).toEqual([])
}

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

function withEnv(name: string, value: string | undefined): void {
  const previous = process.env[name]
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
  cleanups.push(() => (previous === undefined ? delete process.env[name] : (process.env[name] = previous)))
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => server.close())
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function received(): { events: unknown[]; onEvent: (event: unknown) => void; next: () => Promise<unknown> } {
  const events: unknown[] = []
  let wake: (() => void) | undefined
  return {
    events,
    onEvent: (event) => {
      events.push(event)
      wake?.()
    },
    next: () => (events.length ? Promise.resolve(events[0]) : new Promise((resolve) => (wake = () => resolve(events[0])))),
  }
}

/** A recipe whose server runs in this process, its route at /webhooks/<provider>. */
interface InProcessRecipe {
  readonly provider: 'magichour' | 'eversince' | 'removebgvideo' | 'elevenlabs'
  readonly secretVariable: string
  readonly event: unknown
  readonly unsignedPastBound: UnsignedPastBound
  /** Whether the cause of a 500 reaches console.error (where the operator sees what to fix). */
  readonly logsCause: boolean
  serve(onEvent: (event: unknown) => void): Promise<Server>
}

const inProcessRecipes: Array<[string, InProcessRecipe]> = [
  [
    'Express 5 on hookproof/express: Magic Hour',
    {
      provider: 'magichour',
      secretVariable: 'MAGIC_HOUR_WEBHOOK_SECRET',
      event: samples.magichour[1],
      unsignedPastBound: VERIFY_READS,
      logsCause: false, // Express logs it outside NODE_ENV=test
      async serve(onEvent) {
        const { createApp } = await import('../examples/express/app.mjs')
        return createServer(createApp({ onEvent, maxBodyBytes: BOUND }))
      },
    },
  ],
  [
    'Fastify 5 on hookproof/fastify: Eversince',
    {
      provider: 'eversince',
      secretVariable: 'EVERSINCE_WEBHOOK_SECRET',
      event: samples.eversince[3],
      unsignedPastBound: VERIFY_READS,
      logsCause: false, // Fastify logs it with a logger
      async serve(onEvent) {
        const { createApp } = await import('../examples/fastify/app.mjs')
        const app = createApp({ onEvent, maxBodyBytes: BOUND })
        await app.ready()
        cleanups.push(() => app.close())
        return app.server
      },
    },
  ],
  [
    'Hono on @hono/node-server and hookproof/hono: RemoveBGVideo',
    {
      provider: 'removebgvideo',
      secretVariable: 'REMOVEBGVIDEO_WEBHOOK_SECRET',
      event: samples.removebgvideo[1],
      unsignedPastBound: VERIFY_READS,
      logsCause: true,
      async serve(onEvent) {
        const { createApp } = await import('../examples/hono/app.mjs')
        const { createAdaptorServer } = await import('@hono/node-server')
        return createAdaptorServer({ fetch: createApp({ onEvent, maxBodyBytes: BOUND }).fetch }) as Server
      },
    },
  ],
  [
    'node:http on hookproof/node: ElevenLabs',
    {
      provider: 'elevenlabs',
      secretVariable: 'ELEVENLABS_WEBHOOK_SECRET',
      event: samples.elevenlabs[0],
      unsignedPastBound: VERIFY_READS,
      logsCause: true,
      async serve(onEvent) {
        const { createHandler } = await import('../examples/node-http/server.mjs')
        return createServer(createHandler({ onEvent, maxBodyBytes: BOUND }))
      },
    },
  ],
]

describe('node frameworks', () => {
  // The deliveries of expectRecipe (the work done after the 200), what else a
  // sender controls (every status the server writes checked), and with the
  // secret unset a 500.
  it.each(inProcessRecipes)('%s', async (_name, recipe) => {
    const { provider, secretVariable, event } = recipe
    const sign = hookproof[provider].sign as Sign
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    cleanups.push(() => logged.mockRestore())
    withEnv(secretVariable, SECRET)
    const work = received()
    const server = await recipe.serve(work.onEvent)
    const written = statusesWritten(server)
    const url = `${await listen(server)}/webhooks/${provider}`
    await expectRecipe(url, sign, event)
    expect(await work.next()).toEqual(event) // the work ran after the 200
    await expectHostileInput(url, sign, event, { unsignedPastBound: recipe.unsignedPastBound, written })
    withEnv(secretVariable, undefined)
    expect((await fetch(url, { method: 'POST', ...(await sign(event, { secret: SECRET })) })).status, 'secret unset').toBe(500)
    if (recipe.logsCause) expect(logged).toHaveBeenCalledWith(expect.any(TypeError))
  })

  it('Next.js App Router route handler: the exported POST with a real Request (Adsumo)', async () => {
    withEnv('ADSUMO_WEBHOOK_SECRET', SECRET)
    const route = await import('../examples/nextjs/app/api/webhooks/adsumo/route.mjs')
    const handled: unknown[] = []
    route.work.handle = async (event: unknown) => void handled.push(event)
    const event = samples.adsumo[0]!
    for (const [label, status, delivery] of await deliveries(hookproof.adsumo.sign as Sign, event)) {
      const response = await route.POST(new Request('https://app.example/api/webhooks/adsumo', { method: 'POST', ...delivery }))
      expect(response.status, label).toBe(status)
    }
    expect(handled).toEqual([event])
    withEnv('ADSUMO_WEBHOOK_SECRET', undefined)
    const request = new Request('https://app.example/api/webhooks/adsumo', {
      method: 'POST',
      ...(await hookproof.adsumo.sign(event, { secret: SECRET })),
    })
    await expect(route.POST(request)).rejects.toThrow(TypeError) // Next.js turns it into a 500
  })

  it('Next.js route handler: any Content-Type, the default bound, a body that fails mid-stream (Adsumo)', async () => {
    withEnv('ADSUMO_WEBHOOK_SECRET', SECRET)
    const route = await import('../examples/nextjs/app/api/webhooks/adsumo/route.mjs')
    route.work.handle = async () => {}
    await expectRequestHandler((request) => route.POST(request), hookproof.adsumo.sign as Sign, samples.adsumo[0]!)
  }, 60_000)
})

/**
 * What a sender controls against a Fetch handler with the default bound, the
 * Request's body streaming as a server hands it over: any Content-Type, a
 * body at and past the bound (streamed and declared), a sender hanging up
 * mid-body (400).
 */
async function expectRequestHandler(handle: (request: Request) => Promise<Response>, sign: Sign, event: unknown): Promise<void> {
  const post = (headers: Record<string, string>, chunks: Iterable<Uint8Array>, failAfter = false) => {
    const source = chunks[Symbol.iterator]()
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = source.next()
        if (!next.done) controller.enqueue(next.value)
        else if (failAfter) controller.error(new Error('the sender hung up'))
        else controller.close()
      },
    })
    const init = { method: 'POST', headers, body, duplex: 'half' }
    return handle(new Request('https://app.example/webhooks', init as RequestInit))
  }
  function* slices(text: string, size = 1024 * 1024): Generator<Uint8Array> {
    const bytes = Buffer.from(text)
    for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size)
  }
  const good = await kitOf(sign).sign(event)
  for (const type of CONTENT_TYPES) {
    expect((await post(withType(good.headers, type), slices(good.body))).status, `Content-Type ${type}`).toBe(200)
  }
  expect((await post(good.headers, [])).status, 'no body').toBe(401)
  const atBound = await signedOfSize(sign, event, DEFAULT_BOUND)
  expect((await post(atBound.headers, slices(atBound.body))).status, 'signed, at the bound').toBe(200)
  const pastBound = await signedOfSize(sign, event, DEFAULT_BOUND + 1)
  expect((await post(pastBound.headers, slices(pastBound.body))).status, 'a byte past the bound, streamed').toBe(413)
  const declared = { ...pastBound.headers, 'Content-Length': String(DEFAULT_BOUND + 1) }
  expect((await post(declared, slices(pastBound.body))).status, 'a byte past the bound, declared').toBe(413)
  const half = Buffer.from(good.body).subarray(0, good.body.length >> 1)
  expect((await post(good.headers, [half], true)).status, 'the sender hung up mid-body').toBe(400)
}

/** A recipe that is a Fetch handler the framework calls with its Request: SvelteKit, React Router, Astro, Elysia. */
interface RequestRecipe {
  readonly provider: 'mux' | 'synthesia' | 'retell' | 'bfl'
  readonly secretVariable: string
  readonly event: unknown
  /** The recipe's module, and its handler called as the framework calls it. */
  load(): Promise<{ work: { handle: (event: unknown) => Promise<void> }; handle: (request: Request) => Promise<Response> }>
}

const requestRecipes: Array<[string, RequestRecipe]> = [
  [
    'SvelteKit +server endpoint: POST({ request }) (Mux)',
    {
      provider: 'mux',
      secretVariable: 'MUX_WEBHOOK_SECRET',
      event: samples.mux[0],
      async load() {
        const route = await import('../examples/sveltekit/src/routes/webhooks/mux/+server.mjs')
        return { work: route.work, handle: (request) => route.POST({ request } as never) }
      },
    },
  ],
  [
    'React Router 7 / Remix resource route: action({ request }) (Synthesia)',
    {
      provider: 'synthesia',
      secretVariable: 'SYNTHESIA_WEBHOOK_SECRET',
      event: samples.synthesia[0],
      async load() {
        const route = await import('../examples/react-router/app/routes/webhooks.synthesia.mjs')
        return { work: route.work, handle: (request) => route.action({ request }) }
      },
    },
  ],
  [
    'Astro endpoint: POST({ request }) (Retell)',
    {
      provider: 'retell',
      secretVariable: 'RETELL_API_KEY',
      event: samples.retell[0],
      async load() {
        const route = await import('../examples/astro/src/pages/webhooks/retell.mjs')
        expect(route.prerender).toBe(false)
        return { work: route.work, handle: (request) => route.POST({ request } as never) }
      },
    },
  ],
  [
    'Elysia, through app.handle on Node (Black Forest Labs)',
    {
      provider: 'bfl',
      secretVariable: 'BFL_WEBHOOK_SECRET',
      event: samples.bfl[0],
      async load() {
        const { app, work } = await import('../examples/elysia/app.mjs')
        return {
          work,
          // The route's own path; the body still the stream the test made.
          handle: (request) =>
            app.handle(
              new Request('http://localhost/webhooks/bfl', {
                method: 'POST',
                headers: request.headers,
                body: request.body,
                duplex: 'half',
              } as RequestInit),
            ),
        }
      },
    },
  ],
]

describe('Fetch-handler recipes', () => {
  // Called as the framework calls them, with a real Request: the deliveries
  // of expectRecipe (the work done after the 200), what else a sender
  // controls, and with the secret unset a 500.
  it.each(requestRecipes)(
    '%s',
    async (_name, recipe) => {
      const sign = hookproof[recipe.provider].sign as Sign
      withEnv(recipe.secretVariable, SECRET)
      const { work, handle } = await recipe.load()
      const handled: unknown[] = []
      work.handle = async (event) => void handled.push(event)
      for (const [label, status, delivery] of await deliveries(sign, recipe.event)) {
        const response = await handle(new Request('https://app.example/webhooks', { method: 'POST', ...delivery }))
        expect(response.status, label).toBe(status)
      }
      expect(handled).toEqual([recipe.event])
      await expectRequestHandler(handle, sign, recipe.event)
      withEnv(recipe.secretVariable, undefined)
      const unset = await handle(
        new Request('https://app.example/webhooks', { method: 'POST', ...(await sign(recipe.event, { secret: SECRET })) }),
      )
      expect([unset.status, await unset.text()], 'secret unset').toEqual([500, expect.not.stringContaining('secret')])
    },
    60_000,
  )
})

describe('other runtimes', () => {
  async function serveProcess(command: string, args: string[], env: Record<string, string>): Promise<string> {
    const port = String(30_000 + Math.floor(Math.random() * 20_000))
    const child: ChildProcess = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env, PORT: port },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    cleanups.push(() => child.kill())
    const url = `http://127.0.0.1:${port}`
    for (let attempt = 0; attempt < 150; attempt++) {
      if (child.exitCode !== null) throw new Error(`${command} exited ${child.exitCode}`)
      try {
        await fetch(url, { method: 'HEAD' })
        return url
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    throw new Error(`${command} did not start`)
  }

  it('Cloudflare Worker in workerd, with and without nodejs_compat: Eversince', async () => {
    const bundled = await build({
      entryPoints: [`${root}examples/cloudflare-worker/worker.mjs`],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    })
    for (const flags of [[], ['nodejs_compat']]) {
      const bindings = { EVERSINCE_WEBHOOK_SECRET: SECRET, MAX_BODY_BYTES: String(BOUND) }
      const worker = await startWorkerd({ script: bundled.outputFiles[0]!.text, flags, bindings })
      cleanups.push(worker.stop)
      await expectRecipe(worker.url, hookproof.eversince.sign as Sign, samples.eversince[0])
      // What workerd writes to a sender that hung up cannot be seen from here: only that it goes on answering.
      await expectHostileInput(worker.url, hookproof.eversince.sign as Sign, samples.eversince[0], { unsignedPastBound: VERIFY_READS })
    }
    const unset = await startWorkerd({ script: bundled.outputFiles[0]!.text })
    cleanups.push(unset.stop)
    expect(
      (await fetch(unset.url, { method: 'POST', ...(await hookproof.eversince.sign(samples.eversince[0]!, { secret: SECRET })) })).status,
    ).toBe(500)
  }, 60_000)

  it('Deno.serve: VideoPilot', async () => {
    const url = await serveProcess(
      runtimeBinary('deno'),
      ['run', '--allow-net', '--allow-env', '--allow-read', 'examples/deno/server.mjs'],
      { VIDEOPILOT_WEBHOOK_SECRET: SECRET, MAX_BODY_BYTES: String(BOUND) },
    )
    await expectRecipe(url, hookproof.videopilot.sign as Sign, samples.videopilot[4])
    await expectHostileInput(url, hookproof.videopilot.sign as Sign, samples.videopilot[4], { unsignedPastBound: VERIFY_READS })
  }, 60_000)

  it('Elysia on Bun over HTTP: Black Forest Labs', async () => {
    const env = { BFL_WEBHOOK_SECRET: SECRET, MAX_BODY_BYTES: String(BOUND) }
    const url = `${await serveProcess(runtimeBinary('bun'), ['examples/elysia/app.mjs'], env)}/webhooks/bfl`
    await expectRecipe(url, hookproof.bfl.sign as Sign, samples.bfl[0])
    // Bun refuses a declared body past maxRequestBodySize (128 MiB) itself; this bound is below it.
    await expectHostileInput(url, hookproof.bfl.sign as Sign, samples.bfl[0], { unsignedPastBound: VERIFY_READS })
  }, 60_000)

  it('Bun.serve: Magic Hour', async () => {
    const env = { MAGIC_HOUR_WEBHOOK_SECRET: SECRET, MAX_BODY_BYTES: String(BOUND) }
    const url = await serveProcess(runtimeBinary('bun'), ['examples/bun/server.mjs'], env)
    await expectRecipe(url, hookproof.magichour.sign as Sign, samples.magichour[0])
    // Bun refuses a declared body past maxRequestBodySize before the handler runs.
    const unsignedPastBound = { 'content-length': 413, chunked: 400 } as const
    await expectHostileInput(url, hookproof.magichour.sign as Sign, samples.magichour[0], { unsignedPastBound })
  }, 60_000)
})
