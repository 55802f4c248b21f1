// Hostile key material against fal's Ed25519 + JWKS scheme and Standard
// Webhooks `v1a`, measured: what a degenerate key accepts, what an oversized
// JWKS costs (time, peak RSS), what one forged delivery costs against a JWKS
// of many keys, on each engine. The JWKS is served by a local HTTP server on
// 127.0.0.1 and fetched with the global fetch, as in production. Each case
// runs in a process of its own, so that its peak RSS is its own.
//
//   npx tsx scripts/jwks-hostile.ts              every case
//   npx tsx scripts/jwks-hostile.ts keys 10001   one case
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

type Engine = 'node' | 'webcrypto'

const ENGINES: readonly Engine[] = ['node', 'webcrypto']
const MIB = 1024 * 1024

async function load(engine: Engine): Promise<typeof import('../src/index.js')> {
  if (engine === 'webcrypto') (globalThis as Record<symbol, unknown>)[Symbol.for('hookproof.engine')] = 'webcrypto'
  return import('../src/index.js')
}

function randomJwks(count: number): { keys: JsonWebKey[] } {
  return { keys: Array.from({ length: count }, () => generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' })) }
}

/** Serves `body` (a string, or `size` bytes of JSON made on the fly) at http://127.0.0.1:port/jwks.json. */
async function serve(body: string | { size: number; lengthHeader: boolean }): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    if (typeof body === 'string') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
      response.end(body)
      return
    }
    // A JWKS with one real key and a padding string that makes it `size` bytes.
    const head = `{"keys":[${JSON.stringify(randomJwks(1).keys[0])}],"padding":"`
    const tail = '"}'
    const headers: Record<string, string | number> = { 'content-type': 'application/json' }
    if (body.lengthHeader) headers['content-length'] = body.size
    response.writeHead(200, headers)
    response.write(head)
    const chunk = 'a'.repeat(MIB)
    let left = body.size - head.length - tail.length
    const pump = (): void => {
      while (left > 0) {
        const part = left >= chunk.length ? chunk : chunk.slice(0, left)
        left -= part.length
        if (!response.write(part)) {
          response.once('drain', pump)
          return
        }
      }
      response.end(tail)
    }
    response.on('error', () => {})
    pump()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`, server }
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'ACCEPTED'
  } catch (error) {
    const code = (error as { code?: string }).code
    return code ?? `${(error as Error).constructor.name}: ${(error as Error).message.slice(0, 110)}`
  }
}

async function forgery(hookproof: typeof import('../src/index.js')): Promise<{ headers: Record<string, string>; body: string }> {
  const { privateKey } = generateKeyPairSync('ed25519')
  const seed = new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(16))
  return hookproof.fal.sign({ request_id: 'r', status: 'OK', payload: null }, { privateKey: seed })
}

// --- the cases, each run in a child process -------------------------------

/** The identity, the all-zero key and the non-canonical identity, with the signature 01 00…00. */
async function degenerate(engine: Engine): Promise<void> {
  const hookproof = await load(engine)
  const signature = new Uint8Array(64)
  signature[0] = 1
  const keys: Record<string, Uint8Array> = {
    identity: Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 1 : 0)),
    'all zero (order 4)': new Uint8Array(32),
    'identity, non-canonical (y = p + 1)': Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 0xee : i === 31 ? 0x7f : 0xff)),
  }
  for (const [name, key] of Object.entries(keys)) {
    const body = JSON.stringify({ request_id: 'r', status: 'OK', payload: { forged: true } })
    const now = Date.now()
    const stamp = String(Math.floor(now / 1000))
    const hex = Buffer.from(signature).toString('hex')
    const delivery = {
      headers: {
        'X-Fal-Webhook-Request-Id': 'r',
        'X-Fal-Webhook-User-Id': 'u',
        'X-Fal-Webhook-Timestamp': stamp,
        'X-Fal-Webhook-Signature': hex,
      },
      body,
    }
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key).toString('base64url') }
    const pinned = await outcome(hookproof.fal.verify(delivery, { jwks: { keys: [jwk] } }))
    // The same key in a JWKS fetched from a server, beside a genuine key.
    const { url, server } = await serve(JSON.stringify({ keys: [jwk, ...randomJwks(1).keys] }))
    const fetched = await outcome(hookproof.fal.verify(delivery, { jwksUrl: url }))
    server.close()
    const standard = await outcome(
      hookproof.standardwebhooks.verify(
        {
          headers: {
            'webhook-id': 'msg_1',
            'webhook-timestamp': stamp,
            'webhook-signature': `v1a,${Buffer.from(signature).toString('base64')}`,
          },
          body,
        },
        { secret: `whpk_${Buffer.from(key).toString('base64')}` },
      ),
    )
    const primitive = await Promise.resolve()
      .then(() => hookproof.verifyEd25519(key, signature, 'any message at all'))
      .then(String, (e: unknown) => String(e))
    const short = (text: string): string => text.slice(0, 40)
    console.log(
      `  ${engine.padEnd(9)} ${name.padEnd(36)} fal fetched: ${short(fetched)} | fal options.jwks: ${short(pinned)} | whpk_: ${short(standard)} | verifyEd25519: ${primitive}`,
    )
  }
}

/** A JWKS of `mib` MiB, with or without Content-Length. */
async function huge(engine: Engine, mib: number, lengthHeader: boolean): Promise<void> {
  const hookproof = await load(engine)
  const { url, server } = await serve({ size: mib * MIB, lengthHeader })
  const delivery = await forgery(hookproof)
  const started = performance.now()
  const result = await outcome(hookproof.fal.verify(delivery, { jwksUrl: url }))
  const ms = performance.now() - started
  server.closeAllConnections()
  server.close()
  const rss = process.resourceUsage().maxRSS / 1024
  console.log(
    `  ${engine.padEnd(9)} ${mib} MiB JWKS, ${lengthHeader ? 'Content-Length' : 'chunked'}: ${ms.toFixed(0)} ms, peak RSS ${rss.toFixed(0)} MiB -> ${result}`,
  )
}

/** One forged delivery against a JWKS of `count` genuine keys: the first (fetch included) and the next (keys cached). */
async function keys(engine: Engine, count: number): Promise<void> {
  const hookproof = await load(engine)
  const { url, server } = await serve(JSON.stringify(randomJwks(count)))
  const delivery = await forgery(hookproof)
  const times: string[] = []
  let result = ''
  for (const label of ['first', 'cached']) {
    const started = performance.now()
    result = await outcome(hookproof.fal.verify(delivery, { jwksUrl: url }))
    times.push(`${label} ${(performance.now() - started).toFixed(0)} ms`)
  }
  // The synchronous part of a forged delivery against cached keys (how long
  // the event loop is blocked), and the whole of it: medians of 21.
  const blocked: number[] = []
  const whole: number[] = []
  for (let i = 0; i < 21; i++) {
    const started = performance.now()
    const pending = hookproof.fal.verify(delivery, { jwksUrl: url }).catch(() => {})
    blocked.push(performance.now() - started)
    await pending
    whole.push(performance.now() - started)
  }
  const median = (values: number[]): string => values.sort((a, b) => a - b)[values.length >> 1]!.toFixed(2)
  server.close()
  console.log(
    `  ${engine.padEnd(9)} ${count} keys: ${times.join(', ')}, median per forgery ${median(whole)} ms, of which synchronous ${median(blocked)} ms -> ${result}`,
  )
}

// --- the driver -----------------------------------------------------------

const [kind, ...args] = process.argv.slice(2)
if (kind === 'degenerate') await degenerate(args[0] as Engine)
else if (kind === 'huge') await huge(args[0] as Engine, Number(args[1]), args[2] === 'length')
else if (kind === 'keys') await keys(args[0] as Engine, Number(args[1]))
else {
  const cases: string[][] = [['degenerate']]
  for (const mib of [300]) for (const length of ['length', 'chunked']) cases.push(['huge', String(mib), length])
  for (const count of [32, 10_001]) cases.push(['keys', String(count)])
  for (const [name, ...rest] of cases) {
    for (const engine of ENGINES) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', process.argv[1]!, name!, engine, ...rest], { encoding: 'utf8' })
      process.stdout.write(output)
    }
  }
}
