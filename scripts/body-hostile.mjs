// Hostile request bodies against verify, measured: what a 256 MiB or 1 GiB
// body costs with no signature header and with well-formed ones, and what a
// body stream that fails mid-body rejects with, on each engine. Each case
// runs in a process of its own, so that its peak RSS is its own.
//
//   npm run build && node scripts/body-hostile.mjs          every case
//   node scripts/body-hostile.mjs <dist directory>          another build (say, an older one) against the same cases
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const MIB = 1 << 20
const CASES = [
  ['256 MiB, no signature header', { mib: 256, headers: false }],
  ['256 MiB, well-formed headers', { mib: 256, headers: true }],
  ['1 GiB, well-formed headers', { mib: 1024, headers: true }],
  ['a stream that fails mid-body', { fails: true, headers: true }],
]

if (process.argv[2] === '--case') {
  const [, , , dist, engine, json] = process.argv
  const spec = JSON.parse(json)
  if (engine === 'webcrypto') globalThis[Symbol.for('hookproof.engine')] = 'webcrypto'
  const { eversince } = await import(pathToFileURL(resolve(dist, 'index.js')).href)
  const signed = await eversince.sign({ event: 'idle', id: 'p1' }, { secret: 's' })
  let sent = 0
  const body = new ReadableStream({
    pull(controller) {
      // A failing stream sends one chunk, then fails as a client abort does.
      if (sent++ < (spec.fails ? 1 : spec.mib)) controller.enqueue(new Uint8Array(MIB))
      else if (spec.fails) controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))
      else controller.close()
    },
  })
  const request = new Request('http://hooks.test/', { method: 'POST', body, duplex: 'half', headers: spec.headers ? signed.headers : {} })
  const started = performance.now()
  let outcome
  try {
    await eversince.verify(request, { secret: 's' })
    outcome = 'accepted'
  } catch (error) {
    outcome =
      error.name === 'WebhookVerificationError'
        ? `${error.code} (${error.status})`
        : `a plain ${error.constructor.name}: ${error.code ?? ''} ${error.message}`
  }
  const ms = performance.now() - started
  console.log(JSON.stringify({ outcome, ms, peakMiB: process.resourceUsage().maxRSS / 1024 }))
  process.exit(0)
}

const dist = process.argv[2] ?? 'dist'
console.log(`hostile bodies against ${dist}/ (eversince.verify on a Request; peak RSS of the whole process)`)
for (const engine of ['node', 'webcrypto']) {
  for (const [label, spec] of CASES) {
    const out = execFileSync(process.execPath, [import.meta.filename, '--case', dist, engine, JSON.stringify(spec)], { encoding: 'utf8' })
    const { outcome, ms, peakMiB } = JSON.parse(out)
    console.log(
      `  ${engine.padEnd(9)} ${label.padEnd(30)} ${outcome.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms  ${peakMiB.toFixed(0).padStart(5)} MiB`,
    )
  }
}
