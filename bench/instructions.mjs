// Instructions per 1 KiB verify, counted by valgrind (callgrind), for the
// candidates of `npm run bench` that verify an HMAC on the calling thread.
//
//   npm run bench:instructions                 every such candidate, strings and bytes
//   BENCH_ONLY='videopilot|octokit' npm run bench:instructions
//   node bench/instructions.mjs --profile 'hookproof videopilot' string
//                                              writes callgrind.out.profile for callgrind_annotate
//
// A microsecond verify moves by a fifth between wall-clock runs on a shared
// machine; the count of instructions it executes moves by well under 1%, so
// differences of a few percent between candidates can be told apart. Each
// candidate runs in its own process, warmed up, and is counted twice: once
// with no measured verifies, once with COUNT of them. The difference over
// COUNT is its cost per verify; node's start, the warm-up and the signing of
// the deliveries cancel out. V8 runs --single-threaded (its compiler and
// garbage collector on the main thread), so the same code is counted in
// every run. Instructions are not time (a SHA-256 instruction, a cache miss
// and a register move each count one), so these figures stand beside the
// wall-clock ones of `npm run bench`, not in their place.
import { execFile } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
const WARM_UP = 4000
const COUNT = Number(process.env.BENCH_COUNT ?? 4000)
const SIZE = 1024
const self = fileURLToPath(import.meta.url)

// Web Crypto answers on the thread pool and fal's Ed25519 costs a hundred
// times more: neither belongs to the question this answers (hookproof's own
// work around the same HMAC), and both are in `npm run bench`.
const counted = (name) => !/Web Crypto|subtle|fal/.test(name)

if (process.argv[2] === '--child') {
  const [, , , name, kind, count] = process.argv
  const { body, candidates } = await import('./candidates.mjs')
  const candidate = (await candidates(body(SIZE), kind)).find(([label]) => label === name)
  if (!candidate) throw new Error(`no candidate "${name}"`)
  const [, fn] = candidate
  for (let i = 0; i < WARM_UP; i++) await fn()
  for (let i = 0, n = Number(count); i < n; i++) await fn()
  process.exit(0)
}

async function instructions(name, kind, count, out = '/dev/null') {
  const { stderr } = await run(
    'valgrind',
    ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', self, '--child', name, kind, String(count)],
    { maxBuffer: 1 << 24 },
  )
  const collected = /Collected : (\d+)/.exec(stderr)
  if (!collected) throw new Error(`valgrind printed no count for ${name}:\n${stderr}`)
  return Number(collected[1])
}

try {
  await run('valgrind', ['--version'])
} catch {
  console.error('bench:instructions needs valgrind: apt-get install valgrind')
  process.exit(1)
}

if (process.argv[2] === '--profile') {
  const [, , , name, kind = 'string'] = process.argv
  await instructions(name, kind, COUNT, 'callgrind.out.profile')
  console.log(`callgrind.out.profile: ${COUNT} verifies of ${name} (${kind}) after ${WARM_UP} to warm up; callgrind_annotate it`)
  process.exit(0)
}

const { body, candidates, HMAC_PROVIDERS } = await import('./candidates.mjs')
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined
const names = (await candidates(body(SIZE), 'string'))
  .map(([name]) => name)
  .filter((name) => counted(name) && (!ONLY || name.startsWith('floor') || ONLY.test(name)))

// Two processes per core would count the same; they run side by side only to finish sooner.
const jobs = []
for (const kind of ['string', 'bytes']) for (const name of names) jobs.push({ name, kind })
const results = new Map()
let next = 0
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++]
    const [base, measured] = [await instructions(job.name, job.kind, 0), await instructions(job.name, job.kind, COUNT)]
    results.set(`${job.kind} ${job.name}`, (measured - base) / COUNT)
  }
}
console.log(
  `hookproof bench:instructions — Node ${process.versions.node}, valgrind callgrind, ${SIZE} B bodies, ${COUNT} verifies counted after ${WARM_UP}`,
)
await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker))

for (const kind of ['string', 'bytes']) {
  const floor = results.get(`${kind} floor (node:crypto by hand)`)
  console.log(`\n1 KiB body as ${kind}: instructions per verify`)
  for (const name of names) {
    const count = results.get(`${kind} ${name}`)
    console.log(`  ${name.padEnd(40)} ${Math.round(count).toLocaleString('en-US').padStart(9)}  ${(count / floor).toFixed(3)}× floor`)
  }
  if (ONLY) continue
  const get = (name) => results.get(`${kind} ${name}`)
  const ours = HMAC_PROVIDERS.map((name) => get(`hookproof ${name}`) / floor)
  const stripe = get(names.find((name) => name.startsWith('stripe')))
  const timestamped = HMAC_PROVIDERS.filter((name) => !['videopilot', 'adsumo'].includes(name))
  const best = timestamped.reduce((a, b) => (get(`hookproof ${b}`) < get(`hookproof ${a}`) ? b : a))
  console.log(
    [
      `  hookproof / floor: all HMAC providers ${Math.min(...ours).toFixed(3)}–${Math.max(...ours).toFixed(3)}×`,
      `  videopilot / @octokit/webhooks-methods: ${(get('hookproof videopilot') / get('@octokit/webhooks-methods')).toFixed(3)}×`,
      `  mux / stripe: ${(get('hookproof mux') / stripe).toFixed(3)}×; best timestamped provider (${best}) / stripe: ${(get(`hookproof ${best}`) / stripe).toFixed(3)}×`,
    ].join('\n'),
  )
}
