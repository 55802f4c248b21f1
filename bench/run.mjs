// hookproof's verify against the least a correct verifier can do and against
// the libraries a user would pick instead, on the same work: HMAC-SHA256 over
// the delivery, a constant-time compare, JSON.parse.
//
//   npm run bench                 Node, the built package (dist/)
//   npm run bench -- --smoke      every candidate once per case, checking they agree; no timing
//   npm run bench:bun / bench:deno
//   BENCH_ROUNDS=9 (default 5), BENCH_MS=120 (per candidate per round), BENCH_SIZES=1024,65536
//   BENCH_ONLY='^hookproof videopilot$|octokit'   only the candidates matching, with the two floors
//                                                 (e.g. one provider on its own; no summary)
//
// Each candidate is measured in a process of its own, as an endpoint runs
// one provider's verify: measured side by side in one process, twelve
// providers sharing hookproof's pipeline made its calls polymorphic and moved
// each other's 1 KiB figures by up to a third, which no deployed endpoint
// sees. The rounds are interleaved (round after round, every candidate in a
// fresh process in turn) and the median of the per-round medians is
// reported, so drift in the machine's speed hits all of them alike; each
// round takes the candidates in another order (a fixed-seed shuffle, the
// same on every run). `npm run bench:instructions` counts instructions
// instead, for differences too small for a clock.
import { deepStrictEqual } from 'node:assert'
import { execFile } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { measure } from 'mitata'
import { body, candidates, FIRST_FIVE, HMAC_PROVIDERS, runtime } from './candidates.mjs'

// A child: one candidate, warmed up, then measured; prints its median in ns.
if (process.argv[2] === '--child') {
  const [, , , size, kind, name, ns] = process.argv
  const [, fn] = (await candidates(body(Number(size)), kind)).find(([label]) => label === name)
  // Warm up until the JIT has settled: a few thousand calls, or 100 ms for large bodies.
  for (let i = 0, start = performance.now(); i < 20000 && performance.now() - start < 300; i++) await fn()
  const stats = await measure(fn, { min_cpu_time: Number(ns) })
  console.log(stats.p50)
  process.exit(0)
}

const self = fileURLToPath(import.meta.url)
const run = promisify(execFile)
// Every child on the same core (BENCH_CPU, default 0), where Linux has
// taskset: the two cores of a shared virtual machine ran the same verify
// 1.5× apart, and a child landing on either moved its figure by that much.
const CPU = process.env.BENCH_CPU ?? '0'
const pinned = await run('taskset', ['-c', CPU, 'true']).then(
  () => true,
  () => false,
)
// The same runtime for the children: Deno needs its `run` command.
const child = [process.execPath, ...(globalThis.Deno ? ['run', '-A'] : []), self]
async function measured(size, kind, name) {
  const command = [...(pinned ? ['taskset', '-c', CPU] : []), ...child, '--child', String(size), kind, name, String(cpuTimeFor(size))]
  const { stdout } = await run(command[0], command.slice(1))
  return Number(stdout.trim())
}

const smoke = process.argv.includes('--smoke')
const ROUNDS = smoke ? 1 : Number(process.env.BENCH_ROUNDS ?? 5)
// A 1 KiB verify takes microseconds, and the machine's noise (GC, the thread
// pool, frequency) moves it the most: small bodies get twice the rounds.
const roundsFor = (size) => (smoke ? 1 : size <= 4096 ? ROUNDS * 2 : ROUNDS)
const MIN_CPU_TIME = Number(process.env.BENCH_MS ?? 120) * 1e6 // ns per candidate per round
// A 1 MiB verify takes about 10 ms: in 120 ms a dozen samples, whose median
// one GC pause moves by a tenth. Bodies of 1 MiB and more get four times the
// time, about fifty samples.
const cpuTimeFor = (size) => (size >= 1 << 20 ? MIN_CPU_TIME * 4 : MIN_CPU_TIME)
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined
const SIZES = (process.env.BENCH_SIZES ?? '1024,65536,1048576').split(',').map(Number)
// A fixed-seed shuffle (mulberry32), so every run measures in the same orders.
let seed = 0x9e3779b9
function random() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
}
function shuffled(list) {
  const copy = [...list]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const micro = (ns) => (ns / 1000).toFixed(ns < 10_000 ? 2 : ns < 1e6 ? 1 : 0)
const label = (size) => (size >= 1 << 20 ? `${size >> 20} MiB` : `${size >> 10} KiB`)

const engine = typeof globalThis.process?.getBuiltinModule === 'function' ? 'node:crypto engine' : 'Web Crypto engine'
console.log(
  `hookproof bench — ${runtime} (hookproof on its ${engine}), ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
)
if (!smoke)
  console.log(
    `${ROUNDS} interleaved rounds (${ROUNDS * 2} for 1 KiB), each candidate in its own process${pinned ? ` on core ${CPU}` : ''}, ≥ ${MIN_CPU_TIME / 1e6} ms per candidate per round (${(MIN_CPU_TIME * 4) / 1e6} ms for 1 MiB); median µs per verify\n`,
  )

const summary = []
for (const size of SIZES) {
  for (const kind of ['string', 'bytes']) {
    const text = body(size)
    const list = (await candidates(text, kind)).filter(([name]) => !ONLY || name.startsWith('floor') || ONLY.test(name))
    const expected = JSON.parse(text)
    const samples = new Map(list.map(([name]) => [name, []]))
    for (let round = 0; round < roundsFor(size); round++) {
      for (const [name, fn] of smoke ? list : shuffled(list)) {
        if (smoke) {
          deepStrictEqual(await fn(), expected, `${name} disagrees`)
          continue
        }
        samples.get(name).push(await measured(size, kind, name))
      }
    }
    if (smoke) {
      console.log(`smoke ${label(size)} ${kind}: ${list.length} candidates agree`)
      continue
    }
    const result = new Map([...samples].map(([name, values]) => [name, median(values)]))
    const floor = result.get('floor (node:crypto by hand)')
    console.log(`${label(size)} body as ${kind}`)
    for (const [name, ns] of result)
      console.log(`  ${name.padEnd(40)} ${micro(ns).padStart(9)} µs  ${(ns / floor).toFixed(2).padStart(6)}× floor`)
    console.log()
    if (ONLY) continue
    const ours = [...result].filter(([name]) => HMAC_PROVIDERS.some((provider) => name === `hookproof ${provider}`))
    const firstFive = ours.filter(([name]) => FIRST_FIVE.some((provider) => name === `hookproof ${provider}`)).map(([, ns]) => ns / floor)
    const tuned = result.get('floor, tuned (one-shot hash, latin1 digest)')
    const all = ours.map(([, ns]) => ns / floor)
    const worst = Math.max(...ours.map(([, ns]) => ns))
    const peers = [...result].filter(([name]) => !name.startsWith('hookproof') && /octokit|stripe|standardwebhooks/.test(name))
    const [bestPeer, bestPeerNs] = peers.reduce((a, b) => (b[1] < a[1] ? b : a))
    const stripeNs = peers.find(([name]) => name.startsWith('stripe'))[1]
    const ratio = (a, b) => `${(result.get(a) / (typeof b === 'number' ? b : result.get(b))).toFixed(2)}×`
    const range = (values) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}×`
    summary.push(
      [
        `${label(size)} ${kind}`,
        `  hookproof / floor: first five ${range(firstFive)}, all HMAC providers ${range(all)}`,
        `  hookproof / tuned floor (its own work on top of the same crypto calls): first five ${range(firstFive.map((r) => (r * floor) / tuned))}, all ${range(all.map((r) => (r * floor) / tuned))}`,
        `  slowest hookproof HMAC provider / best peer (${bestPeer}): ${(worst / bestPeerNs).toFixed(2)}×`,
        // The same scheme on both sides: VideoPilot signs as GitHub does (octokit),
        // Mux as Stripe does, and Standard Webhooks is one spec.
        `  same scheme: videopilot / octokit ${ratio('hookproof videopilot', '@octokit/webhooks-methods')}, mux / stripe ${ratio('hookproof mux', stripeNs)}, standardwebhooks / standardwebhooks package ${ratio('hookproof standardwebhooks', 'standardwebhooks verify')}`,
        `  Web Crypto engine / raw subtle.verify: ${ratio('hookproof eversince, Web Crypto engine', 'raw subtle.verify, cached key')}`,
      ].join('\n'),
    )
  }
}
if (summary.length) console.log(`summary\n${summary.join('\n')}`)
