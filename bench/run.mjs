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
// Candidates are measured interleaved (round after round, each candidate in
// turn) and the median of the per-round medians is reported, so drift in the
// machine's speed hits all of them alike. Each round takes the candidates in
// another order (a fixed-seed shuffle, the same on every run): measured in a
// fixed order, a candidate's place in it (what ran just before, the garbage
// it left) moved 1 KiB figures by up to a fifth.
import { Buffer } from 'node:buffer'
import { createHmac, createSecretKey, timingSafeEqual } from 'node:crypto'
import { createRequire } from 'node:module'
import { cpus, totalmem } from 'node:os'
import { deepStrictEqual } from 'node:assert'
import { measure } from 'mitata'
import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods'
import Stripe from 'stripe'
import { Webhook } from 'standardwebhooks'
import * as hookproof from '../dist/index.js'

const smoke = process.argv.includes('--smoke')
const ROUNDS = smoke ? 1 : Number(process.env.BENCH_ROUNDS ?? 5)
// A 1 KiB verify takes microseconds, and the machine's noise (GC, the thread
// pool, frequency) moves it the most: small bodies get three times the rounds,
// which cost little there.
const roundsFor = (size) => (smoke ? 1 : size <= 4096 ? ROUNDS * 3 : ROUNDS)
const MIN_CPU_TIME = Number(process.env.BENCH_MS ?? 120) * 1e6 // ns per candidate per round
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined
const SIZES = (process.env.BENCH_SIZES ?? '1024,65536,1048576').split(',').map(Number)
const SECRET = 'whsec_benchmark_secret_7d1f0c9a2b'
const SW_SECRET = `whsec_${Buffer.from('benchmark-standard-webhooks-key').toString('base64')}`
// Every provider the package exports (its root namespaces) that verifies with
// an HMAC: all but fal, which is measured apart (Ed25519). The summary also
// reports the first five on their own, as earlier figures did.
const HMAC_PROVIDERS = Object.keys(hookproof).filter((name) => typeof hookproof[name]?.verify === 'function' && name !== 'fal')
const FIRST_FIVE = ['eversince', 'magichour', 'videopilot', 'adsumo', 'removebgvideo']
const FAL_SEED = new Uint8Array(32).fill(7)
const falPair = await crypto.subtle.importKey(
  'pkcs8',
  new Uint8Array([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20, ...FAL_SEED]),
  'Ed25519',
  true,
  ['sign'],
)
const { d: _private, ...falPublic } = await crypto.subtle.exportKey('jwk', falPair)
const FAL_JWKS = { keys: [{ ...falPublic, key_ops: undefined }] }

// A second, CommonJS copy of hookproof, told to use Web Crypto even here.
globalThis[Symbol.for('hookproof.engine')] = 'webcrypto'
const webcrypto = createRequire(import.meta.url)('../dist/index.cjs')
delete globalThis[Symbol.for('hookproof.engine')]

const runtime = globalThis.Bun ? `Bun ${Bun.version}` : globalThis.Deno ? `Deno ${Deno.version.deno}` : `Node ${process.versions.node}`
const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** A realistic event body of about `size` bytes: a project with a long agent message, naming its event as every provider does. */
function body(size) {
  const base = {
    event: 'idle',
    type: 'video.completed',
    id: 'proj_abc123',
    status: 'idle',
    mode: 'autonomous',
    output_type: 'assembled',
    assembled_url: 'https://cdn.example/renders/proj_abc123.mp4',
    agent_message: '',
  }
  const filler = 'Scene 3 — the drone shot over the harbour, golden hour ✅. '
  const room = size - Buffer.byteLength(JSON.stringify(base))
  let message = filler.repeat(Math.ceil(room / Buffer.byteLength(filler)))
  while (Buffer.byteLength(message) > room) message = message.slice(0, -1)
  return JSON.stringify({ ...base, agent_message: message })
}

const lower = (headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))

async function candidates(text, kind) {
  const bytes = Buffer.from(text)
  const payload = kind === 'string' ? text : bytes
  const now = Date.now()
  const list = []

  // The floor, written by hand: parse the header, HMAC over timestamp and body, constant-time compare, JSON.parse.
  const ts = String(Math.floor(now / 1000))
  const header = `sha256=${createHmac('sha256', SECRET).update(`${ts}.`).update(bytes).digest('hex')}`
  list.push([
    'floor (node:crypto by hand)',
    () => {
      const mac = Buffer.from(header.slice(7), 'hex')
      const actual = createHmac('sha256', SECRET).update(ts).update('.').update(payload).digest()
      if (mac.length !== 32 || !timingSafeEqual(actual, mac)) throw new Error('mismatch')
      return JSON.parse(kind === 'string' ? payload : payload.toString())
    },
  ])
  // The same, with the two savings hookproof's node:crypto engine makes: the
  // key prepared once (a KeyObject), and the MAC read as a latin1 string and
  // compared in a constant-time loop (no Buffer for the digest). hookproof /
  // this is the cost of hookproof's own work: parsing, checks, a promise.
  const keyObject = createSecretKey(Buffer.from(SECRET))
  list.push([
    'floor, tuned (KeyObject, latin1 digest)',
    () => {
      const mac = Buffer.from(header.slice(7), 'hex')
      const actual = createHmac('sha256', keyObject).update(`${ts}.`).update(payload).digest('latin1')
      let difference = mac.length ^ 32
      for (let i = 0; i < 32; i++) difference |= actual.charCodeAt(i) ^ mac[i]
      if (difference !== 0) throw new Error('mismatch')
      return JSON.parse(kind === 'string' ? payload : payload.toString())
    },
  ])

  for (const name of HMAC_PROVIDERS) {
    const provider = hookproof[name]
    const secret = name === 'standardwebhooks' || name === 'replicate' ? SW_SECRET : SECRET
    const signed = await provider.sign(text, { secret, event: 'job.completed' })
    const headers = lower(signed.headers)
    list.push([`hookproof ${name}`, () => provider.verify({ headers, body: payload }, { secret })])
  }

  // fal: Ed25519 over the headers and the body's SHA-256, keys pinned (no fetch).
  const falSigned = await hookproof.fal.sign(text, { privateKey: FAL_SEED })
  const falHeaders = lower(falSigned.headers)
  list.push(['hookproof fal (Ed25519)', () => hookproof.fal.verify({ headers: falHeaders, body: payload }, { jwks: FAL_JWKS })])

  const octokitSignature = await octokitSign(SECRET, text)
  list.push([
    '@octokit/webhooks-methods',
    async () => {
      const string = kind === 'string' ? payload : payload.toString()
      if (!(await octokitVerify(SECRET, string, octokitSignature))) throw new Error('mismatch')
      return JSON.parse(string)
    },
  ])

  // Where Stripe's package resolves to its worker build (Bun, Deno), only the
  // async variants work: what a user there calls.
  const stripe = new Stripe('sk_test_benchmark')
  const stripeOptions = { payload: text, secret: SECRET, timestamp: Math.floor(now / 1000) }
  let stripeHeader
  try {
    stripeHeader = stripe.webhooks.generateTestHeaderString(stripeOptions)
    list.push(['stripe constructEvent', () => stripe.webhooks.constructEvent(payload, stripeHeader, SECRET, 3600)])
  } catch {
    stripeHeader = await stripe.webhooks.generateTestHeaderStringAsync(stripeOptions)
    list.push(['stripe constructEventAsync', () => stripe.webhooks.constructEventAsync(payload, stripeHeader, SECRET, 3600)])
  }

  const wh = new Webhook(SW_SECRET)
  const swHeaders = {
    'webhook-id': 'msg_1',
    'webhook-timestamp': String(Math.floor(now / 1000)),
    'webhook-signature': wh.sign('msg_1', new Date(now), text),
  }
  list.push(['standardwebhooks verify', () => wh.verify(payload, swHeaders)])

  // Web Crypto: hookproof's engine against raw subtle.verify with a cached key.
  const signed = await webcrypto.eversince.sign(text, { secret: SECRET, timestamp: now })
  const headers = lower(signed.headers)
  list.push(['hookproof eversince, Web Crypto engine', () => webcrypto.eversince.verify({ headers, body: payload }, { secret: SECRET })])
  const key = await crypto.subtle.importKey('raw', encoder.encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  const signature = Buffer.from(headers['x-eversince-signature'].slice(7), 'hex')
  const stamp = headers['x-eversince-timestamp']
  list.push([
    'raw subtle.verify, cached key',
    async () => {
      let data
      if (kind === 'string') data = encoder.encode(`${stamp}.${payload}`)
      else {
        data = new Uint8Array(stamp.length + 1 + payload.length)
        encoder.encodeInto(`${stamp}.`, data)
        data.set(payload, stamp.length + 1)
      }
      if (!(await crypto.subtle.verify('HMAC', key, signature, data))) throw new Error('mismatch')
      return JSON.parse(kind === 'string' ? payload : decoder.decode(payload))
    },
  ])
  return list
}

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
    `${ROUNDS} interleaved rounds (${ROUNDS * 3} for 1 KiB), ≥ ${MIN_CPU_TIME / 1e6} ms per candidate per round; median µs per verify\n`,
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
        const stats = await measure(fn, { min_cpu_time: MIN_CPU_TIME })
        samples.get(name).push(stats.p50)
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
    const tuned = result.get('floor, tuned (KeyObject, latin1 digest)')
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
