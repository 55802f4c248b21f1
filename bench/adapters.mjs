// What an adapter costs on top of a 1 KiB verify, through real servers:
// requests per second of an Express 5 and a Hono (@hono/node-server) route
// answering a signed Mux delivery, three ways each:
//
//   - plain: the route reads the body and answers, verifying nothing (the
//     framework's own ceiling);
//   - verify: the route calls hookproof's verify itself, as the README's
//     Fetch recipe does (Express with express.raw());
//   - adapter: hookproof/express or hookproof/hono.
//
// The server runs in a child process pinned to one core, the load
// (autocannon, 10 connections, loopback only) in this process on the other;
// each round runs the three routes, the verify and adapter routes back to
// back and in turn first. Two figures per run: requests per second, and the
// server's CPU time per request (its process.cpuUsage() across the run over
// the requests answered). The adapter's overhead is the median over the
// rounds of its run against the verify run next to it: on a shared machine,
// whose speed drifts from one minute to the next, that pairing is what keeps
// the drift out of the figure.
//
//   npm run bench:adapters              BENCH_ADAPTER_SECONDS=3 (per run), BENCH_ADAPTER_ROUNDS=7
//   node bench/adapters.mjs --smoke     every route answers a signed delivery 204 and a tampered one 401; no timing
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'

const SECRET = 'whsec_bench_secret'

// A child: one server, on a free port of 127.0.0.1, which it prints.
if (process.argv[2] === '--serve') {
  const [, , , framework, variant] = process.argv
  const server = await serverFor(framework, variant)
  // The CPU time this process used so far, asked for on stdin, measured per request: steadier than requests per second on a shared machine.
  process.stdin.on('data', () => console.log(JSON.stringify(process.cpuUsage())))
  server.listen(0, '127.0.0.1', () => console.log(server.address().port))
} else {
  await main()
}

async function serverFor(framework, variant) {
  const mux = await import('hookproof/mux')
  const options = { secret: SECRET }
  if (framework === 'express') {
    const { default: express } = await import('express')
    const app = express()
    if (variant === 'plain') app.post('/hook', express.raw({ type: () => true }), (_req, res) => void res.sendStatus(204))
    if (variant === 'verify') {
      app.post('/hook', express.raw({ type: () => true }), async (req, res, next) => {
        try {
          await mux.verify({ headers: req.headers, body: req.body }, options)
          res.sendStatus(204)
        } catch (error) {
          if (error.name === 'WebhookVerificationError') res.status(error.status).send(error.code)
          else next(error)
        }
      })
    }
    if (variant === 'adapter') {
      const { webhook } = await import('hookproof/express')
      const verified = webhook(mux, options)
      app.post('/hook', verified, (req, res) => {
        verified.event(req)
        res.sendStatus(204)
      })
    }
    return createServer(app)
  }
  const { Hono } = await import('hono')
  const { createAdaptorServer } = await import('@hono/node-server')
  const { toResponse } = await import('hookproof')
  const app = new Hono()
  if (variant === 'plain') {
    app.post('/hook', async (c) => {
      await c.req.raw.arrayBuffer()
      return c.body(null, 204)
    })
  }
  if (variant === 'verify') {
    app.post('/hook', async (c) => {
      try {
        await mux.verify(c.req.raw, options)
        return c.body(null, 204)
      } catch (error) {
        return toResponse(error)
      }
    })
  }
  if (variant === 'adapter') {
    const { webhook } = await import('hookproof/hono')
    app.post('/hook', webhook(mux, options), (c) => {
      c.get('webhook')
      return c.body(null, 204)
    })
  }
  return createAdaptorServer({ fetch: app.fetch })
}

function start(framework, variant) {
  return new Promise((resolve, reject) => {
    const self = fileURLToPath(import.meta.url)
    const child = spawn('taskset', ['-c', '0', process.execPath, self, '--serve', framework, variant], {
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    child.on('error', reject)
    // Microseconds of CPU the server has used so far.
    const cpu = () =>
      new Promise((answered) => {
        child.stdout.once('data', (chunk) => {
          const { user, system } = JSON.parse(String(chunk))
          answered(user + system)
        })
        child.stdin.write('cpu\n')
      })
    child.stdout.once('data', (chunk) => resolve({ url: `http://127.0.0.1:${String(chunk).trim()}/hook`, cpu, stop: () => child.kill() }))
  })
}

async function delivery() {
  const mux = await import('hookproof/mux')
  const event = { id: 'evt_bench', type: 'video.asset.ready', created_at: '2026-01-01T00:00:00Z', data: { id: 'asset_1', status: 'ready' } }
  const padded = { ...event, padding: 'x'.repeat(1024 - JSON.stringify({ ...event, padding: '' }).length) }
  return mux.sign(padded, { secret: SECRET })
}

async function main() {
  const smoke = process.argv.includes('--smoke')
  const seconds = Number(process.env.BENCH_ADAPTER_SECONDS ?? 3)
  const rounds = Number(process.env.BENCH_ADAPTER_ROUNDS ?? 7)
  const signed = await delivery()
  if (Buffer.byteLength(signed.body) !== 1024) throw new Error(`the body is ${Buffer.byteLength(signed.body)} bytes, not 1024`)
  const cases = ['express', 'hono'].flatMap((framework) => ['plain', 'verify', 'adapter'].map((variant) => [framework, variant]))

  if (smoke) {
    for (const [framework, variant] of cases) {
      const server = await start(framework, variant)
      try {
        const ok = await fetch(server.url, { method: 'POST', ...signed })
        const tampered = await fetch(server.url, { method: 'POST', headers: signed.headers, body: `${signed.body} ` })
        const expected = variant === 'plain' ? [204, 204] : [204, 401]
        if (ok.status !== expected[0] || tampered.status !== expected[1])
          throw new Error(`${framework} ${variant}: answered ${ok.status} and ${tampered.status}, not ${expected}`)
      } finally {
        server.stop()
      }
    }
    console.log(`adapter bench smoke: ${cases.length} routes answer as they should`)
    return
  }

  const { default: autocannon } = await import('autocannon')
  async function run(framework, variant) {
    const server = await start(framework, variant)
    // Signed for each run: Mux's 300 s tolerance holds through it, however long the runs are.
    const fresh = await delivery()
    try {
      const load = { url: server.url, method: 'POST', headers: fresh.headers, body: fresh.body, connections: 10 }
      // A short warm-up first: the JIT has compiled the route before the count starts.
      await autocannon({ ...load, duration: 1 })
      const before = await server.cpu()
      const result = await autocannon({ ...load, duration: seconds })
      if (result.non2xx || result.errors)
        throw new Error(`${framework} ${variant}: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
      return { rps: result.requests.mean, cpu: ((await server.cpu()) - before) / result.requests.total }
    } finally {
      server.stop()
    }
  }

  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
  const percent = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`
  const row = (name, runs) =>
    `${name} ${median(runs.map((r) => r.rps))
      .toFixed(0)
      .padStart(6)} req/s ${median(runs.map((r) => r.cpu))
      .toFixed(0)
      .padStart(4)} µs`
  console.log(
    `1 KiB Mux delivery, ${rounds} rounds of ${seconds} s runs (server on one core, autocannon on the other): medians of requests per second and of the server's CPU time per request;`,
  )
  console.log("the adapter's overhead is the median over the rounds of the adapter's run against the verify run next to it")
  for (const framework of ['express', 'hono']) {
    const runs = { plain: [], verify: [], adapter: [] }
    const overhead = { rps: [], cpu: [] }
    for (let round = 0; round < rounds; round++) {
      // verify and adapter run back to back, in turn first, so that a machine's drift falls on both alike.
      for (const variant of round % 2 ? ['adapter', 'verify', 'plain'] : ['plain', 'verify', 'adapter']) {
        runs[variant].push(await run(framework, variant))
      }
      const [verify, adapter] = [runs.verify.at(-1), runs.adapter.at(-1)]
      overhead.rps.push((verify.rps / adapter.rps - 1) * 100)
      overhead.cpu.push((adapter.cpu / verify.cpu - 1) * 100)
    }
    console.log(
      `${framework.padEnd(8)} ${row('plain', runs.plain)}   ${row('verify', runs.verify)}   ${row('adapter', runs.adapter)}   adapter over verify: ${percent(median(overhead.rps))} req/s, ${percent(median(overhead.cpu))} CPU`,
    )
  }
}
