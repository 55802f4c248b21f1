// The peak memory of a recipe's server under one large chunked upload: the
// recipe runs as a process of its own, a fresh one per case, and its peak
// resident set (VmHWM in /proc/<pid>/status, Linux only) is read once the
// upload is over. Needs a build (npm run build).
//
//   node scripts/upload-memory.mjs                 the Hono recipe, 1 GiB, both cases
//   node scripts/upload-memory.mjs --mib 256       a smaller upload
//
// The cases: no signature header (refused on its headers, the body unread),
// and well-formed headers whose signature cannot match (read up to the
// recipe's bound, 32 MiB, then refused with 413).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = fileURLToPath(new URL('../', import.meta.url))
const { values } = parseArgs({ options: { mib: { type: 'string', default: '1024' } } })
const total = Number(values.mib) * 1024 * 1024
const CHUNK = Buffer.alloc(64 * 1024, 0x20)
const SECRET = 'whsec_upload_memory'

/** Peak and current resident set of `pid`, in MiB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))[1])
  return { peak: kib('VmHWM') / 1024, now: kib('VmRSS') / 1024 }
}

async function start() {
  const port = 30_000 + Math.floor(Math.random() * 20_000)
  const child = spawn(process.execPath, ['examples/hono/app.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), REMOVEBGVIDEO_WEBHOOK_SECRET: SECRET },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}/webhooks/removebgvideo`
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(url, { method: 'HEAD' })
      return { child, url }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  child.kill()
  throw new Error('the recipe did not start')
}

/**
 * Sends `total` bytes chunked, minding backpressure, until all are sent or
 * the server closes the connection; the status (if any came) and bytes sent.
 */
function upload(url, headers) {
  return new Promise((resolve) => {
    let status
    let sent = 0
    const began = performance.now()
    let answeredAfter
    const outgoing = request(url, { method: 'POST', headers, agent: false }, (response) => {
      status = response.statusCode
      answeredAfter = performance.now() - began
      response.resume()
    })
    let failure
    outgoing.on('error', (error) => (failure = error.code))
    // A response can arrive just after the write that failed: 'close' comes last.
    outgoing.on('close', () => setImmediate(() => resolve({ status, failure, answeredAfter, sent })))
    const pump = () => {
      while (sent < total) {
        sent += CHUNK.length
        if (!outgoing.write(CHUNK)) return void outgoing.once('drain', pump)
      }
      outgoing.end()
    }
    pump()
  })
}

const { removebgvideo } = await import('hookproof')
const signed = await removebgvideo.sign({ event: 'video.completed', id: 'job_1', status: 'completed' }, { secret: SECRET })
const wellFormed = signed.headers
const unsigned = Object.fromEntries(Object.entries(wellFormed).filter(([name]) => !/signature/i.test(name)))

for (const [label, headers] of [
  ['no signature header', unsigned],
  ['well-formed headers', wellFormed],
]) {
  const { child, url } = await start()
  const idle = memory(child.pid)
  const result = await upload(url, headers)
  await new Promise((resolve) => setTimeout(resolve, 500))
  const after = memory(child.pid)
  child.kill()
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`
  console.log(
    `${label}: ${mib(total)} chunked → ${result.status ?? 'no response'}` +
      (result.answeredAfter === undefined ? '' : ` after ${result.answeredAfter.toFixed(0)} ms`) +
      `; the client wrote ${mib(result.sent)}${result.failure ? ` until ${result.failure}` : ''}; ` +
      `server peak RSS ${after.peak.toFixed(0)} MiB (${idle.peak.toFixed(0)} MiB at rest)`,
  )
}
