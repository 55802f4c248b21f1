/**
 * The framework recipes in examples/, run on the real frameworks and
 * runtimes with deliveries from sign(): accepted (200, work after the
 * response), tampered (401), malformed (400), misconfigured (500).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { build } from 'esbuild'
import { afterEach, describe, expect, it } from 'vitest'
import * as hookproof from '../src/index.js'
import type { SignedDelivery } from '../src/index.js'
import { samples } from './reference/samples.js'
import { runtimeBinary } from '../scripts/runtime.mjs'
import { startWorkerd } from './runtimes/workerd.mjs'

const SECRET = 'whsec_examples_secret'
const root = new URL('../', import.meta.url).pathname

type Sign = (payload: unknown, options: { secret: string; event?: string }) => Promise<SignedDelivery>

/** The four deliveries every recipe must answer correctly, for one provider. */
async function deliveries(sign: Sign, payload: unknown): Promise<Array<[string, number, SignedDelivery]>> {
  const good = await sign(payload, { secret: SECRET })
  const signatureHeader = Object.keys(good.headers).find((name) => /signature/i.test(name))!
  return [
    ['signed', 200, good],
    ['tampered', 401, { headers: good.headers, body: `${good.body} ` }],
    ['malformed signature', 400, { headers: { ...good.headers, [signatureHeader]: 'sha256=nothex' }, body: good.body }],
  ]
}

async function expectRecipe(url: string, sign: Sign, payload: unknown): Promise<void> {
  for (const [label, status, delivery] of await deliveries(sign, payload)) {
    const response = await fetch(url, { method: 'POST', ...delivery })
    expect(response.status, label).toBe(status)
  }
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

describe('node frameworks', () => {
  it('Express 5 with express.raw(): Magic Hour', async () => {
    withEnv('MAGIC_HOUR_WEBHOOK_SECRET', SECRET)
    const { createApp } = await import('../examples/express/app.mjs')
    const work = received()
    const base = await listen(createServer(createApp({ onEvent: work.onEvent })))
    const event = samples.magichour[1]!
    await expectRecipe(`${base}/webhooks/magichour`, hookproof.magichour.sign as Sign, event)
    expect(await work.next()).toEqual(event) // the work ran after the 200
    withEnv('MAGIC_HOUR_WEBHOOK_SECRET', undefined)
    const unset = await fetch(`${base}/webhooks/magichour`, {
      method: 'POST',
      ...(await hookproof.magichour.sign(event, { secret: SECRET })),
    })
    expect(unset.status).toBe(500)
  })

  it('Fastify 5 with a raw-body parser: Eversince', async () => {
    withEnv('EVERSINCE_WEBHOOK_SECRET', SECRET)
    const { createApp } = await import('../examples/fastify/app.mjs')
    const work = received()
    const app = createApp({ onEvent: work.onEvent })
    await app.listen({ port: 0, host: '127.0.0.1' })
    cleanups.push(() => app.close())
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    const event = samples.eversince[3]!
    await expectRecipe(`${base}/webhooks/eversince`, hookproof.eversince.sign as Sign, event)
    expect(await work.next()).toEqual(event)
    withEnv('EVERSINCE_WEBHOOK_SECRET', undefined)
    expect(
      (await fetch(`${base}/webhooks/eversince`, { method: 'POST', ...(await hookproof.eversince.sign(event, { secret: SECRET })) }))
        .status,
    ).toBe(500)
  })

  it('Hono on @hono/node-server: RemoveBGVideo', async () => {
    withEnv('REMOVEBGVIDEO_WEBHOOK_SECRET', SECRET)
    const { createApp } = await import('../examples/hono/app.mjs')
    const { createAdaptorServer } = await import('@hono/node-server')
    const work = received()
    const base = await listen(createAdaptorServer({ fetch: createApp({ onEvent: work.onEvent }).fetch }) as Server)
    const event = samples.removebgvideo[1]!
    await expectRecipe(`${base}/webhooks/removebgvideo`, hookproof.removebgvideo.sign as Sign, event)
    expect(await work.next()).toEqual(event)
    withEnv('REMOVEBGVIDEO_WEBHOOK_SECRET', undefined)
    expect(
      (
        await fetch(`${base}/webhooks/removebgvideo`, {
          method: 'POST',
          ...(await hookproof.removebgvideo.sign(event, { secret: SECRET })),
        })
      ).status,
    ).toBe(500)
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
      const worker = await startWorkerd({ script: bundled.outputFiles[0]!.text, flags, bindings: { EVERSINCE_WEBHOOK_SECRET: SECRET } })
      cleanups.push(worker.stop)
      await expectRecipe(worker.url, hookproof.eversince.sign as Sign, samples.eversince[0])
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
      { VIDEOPILOT_WEBHOOK_SECRET: SECRET },
    )
    await expectRecipe(url, hookproof.videopilot.sign as Sign, samples.videopilot[4])
  }, 60_000)

  it('Bun.serve: Magic Hour', async () => {
    const url = await serveProcess(runtimeBinary('bun'), ['examples/bun/server.mjs'], { MAGIC_HOUR_WEBHOOK_SECRET: SECRET })
    await expectRecipe(url, hookproof.magichour.sign as Sign, samples.magichour[0])
  }, 60_000)
})
