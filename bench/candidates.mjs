// The delivery bodies and the candidates every benchmark measures: hookproof's
// providers, the two floors written by hand, and the peer libraries, each a
// function that verifies one signed delivery and returns the parsed event.
import { Buffer } from 'node:buffer'
import { createHmac, hash, timingSafeEqual } from 'node:crypto'
import { createRequire } from 'node:module'
import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods'
import Stripe from 'stripe'
import { Webhook } from 'standardwebhooks'
import * as hookproof from '../dist/index.js'

const SECRET = 'whsec_benchmark_secret_7d1f0c9a2b'
const SW_SECRET = `whsec_${Buffer.from('benchmark-standard-webhooks-key').toString('base64')}`
// The secret a provider signs with here: a text secret, or Standard Webhooks'
// whsec_ + base64 where the provider reads its secret so; none for those that
// sign with an Ed25519 key (fal, measured apart, and Ideogram, its family) or
// an RSA key (Pub/Sub, measured apart),
// with an API key beside the secret (LiveKit), or send a static credential.
async function secretOf(provider) {
  for (const secret of [SECRET, SW_SECRET]) {
    try {
      const { headers } = await provider.sign('{}', { secret })
      // A static credential sends the secret itself and computes no HMAC: not a candidate here.
      if (Object.values(headers).some((value) => value.includes(secret))) return undefined
      return secret
    } catch {
      // Not a secret this provider takes: the next, or none.
    }
  }
  return undefined
}
const secrets = new Map()
for (const [name, provider] of Object.entries(hookproof)) {
  if (typeof provider?.verify !== 'function') continue
  const secret = await secretOf(provider)
  if (secret !== undefined) secrets.set(name, secret)
}
// Every provider the package exports (its root namespaces) that verifies with
// a secret. The summary also reports the first five on their own, as earlier
// figures did.
export const HMAC_PROVIDERS = [...secrets.keys()]
export const FIRST_FIVE = ['eversince', 'magichour', 'videopilot', 'adsumo', 'removebgvideo']
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
// Pub/Sub's ID tokens: RS256 under a key of a JWKS, pinned here (no fetch).
const rsaPair = await crypto.subtle.generateKey(
  { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  true,
  ['sign', 'verify'],
)
const RSA_PRIVATE = { ...(await crypto.subtle.exportKey('jwk', rsaPair.privateKey)), kid: 'bench' }
const { key_ops: _ops, ...rsaPublic } = await crypto.subtle.exportKey('jwk', rsaPair.publicKey)
const RSA_JWKS = { keys: [{ ...rsaPublic, kid: 'bench' }] }
const PUBSUB_CLAIMS = { audience: 'https://bench.test/pubsub', email: 'push@bench.iam.gserviceaccount.com' }

// A second, CommonJS copy of hookproof, told to use Web Crypto even here.
globalThis[Symbol.for('hookproof.engine')] = 'webcrypto'
const webcrypto = createRequire(import.meta.url)('../dist/index.cjs')
delete globalThis[Symbol.for('hookproof.engine')]

export const runtime = globalThis.Bun
  ? `Bun ${Bun.version}`
  : globalThis.Deno
    ? `Deno ${Deno.version.deno}`
    : `Node ${process.versions.node}`
const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** A realistic event body of about `size` bytes: a project with a long agent message, naming its event as every provider does. */
export function body(size) {
  const base = {
    event: 'idle',
    type: 'video.completed',
    event_name: 'chat_ended',
    notification_type: 'upload',
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

export async function candidates(text, kind) {
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
  // The same, with the savings hookproof's node:crypto engine makes: HMAC
  // written out (RFC 2104) over two calls of the one-shot crypto.hash, the
  // padded key prepared once, the content encoded into one reused buffer;
  // the MAC read as a latin1 string and compared in a constant-time loop.
  // hookproof / this is the cost of hookproof's own work: parsing, checks, a promise.
  const secretBytes = Buffer.from(SECRET)
  const inner = Buffer.alloc(64 + 3 * bytes.length + 64)
  const outer = Buffer.alloc(64 + 32)
  for (let i = 0; i < 64; i++) {
    inner[i] = (secretBytes[i] ?? 0) ^ 0x36
    outer[i] = (secretBytes[i] ?? 0) ^ 0x5c
  }
  list.push([
    'floor, tuned (one-shot hash, latin1 digest)',
    () => {
      const mac = Buffer.from(header.slice(7), 'hex')
      let length = 64 + inner.write(`${ts}.`, 64)
      length += kind === 'string' ? inner.write(payload, length) : payload.copy(inner, length)
      outer.set(hash('sha256', inner.subarray(0, length), 'buffer'), 64)
      const actual = hash('sha256', outer, 'latin1')
      let difference = mac.length ^ 32
      for (let i = 0; i < 32; i++) difference |= actual.charCodeAt(i) ^ mac[i]
      if (difference !== 0) throw new Error('mismatch')
      return JSON.parse(kind === 'string' ? payload : payload.toString())
    },
  ])

  for (const name of HMAC_PROVIDERS) {
    const provider = hookproof[name]
    const secret = secrets.get(name)
    const signed = await provider.sign(text, { secret, event: 'job.completed' })
    const headers = lower(signed.headers)
    list.push([`hookproof ${name}`, () => provider.verify({ headers, body: payload }, { secret })])
  }

  // fal: Ed25519 over the headers and the body's SHA-256, keys pinned (no fetch).
  const falSigned = await hookproof.fal.sign(text, { privateKey: FAL_SEED })
  const falHeaders = lower(falSigned.headers)
  list.push(['hookproof fal (Ed25519)', () => hookproof.fal.verify({ headers: falHeaders, body: payload }, { jwks: FAL_JWKS })])

  // Pub/Sub: an RS256 ID token, checked before the body is read; the body is not covered.
  const pubsubHeaders = lower((await hookproof.pubsub.sign(text, { ...PUBSUB_CLAIMS, privateKey: RSA_PRIVATE })).headers)
  list.push([
    'hookproof pubsub (RS256)',
    () => hookproof.pubsub.verify({ headers: pubsubHeaders, body: payload }, { ...PUBSUB_CLAIMS, jwks: RSA_JWKS }),
  ])

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
