/**
 * hookproof end to end: a real HTTP receiver on 127.0.0.1 verifies deliveries
 * from all five providers, then a sender posts each provider's events signed
 * with `sign()`, plus forged, tampered, stale and malformed ones.
 *
 *   npm run demo
 *
 * Prints one row per delivery and exits 0 only if every outcome is the
 * expected one.
 *
 *   npm run demo -- --serve
 *
 * keeps only the receiver running (port 8787, or HOOKPROOF_DEMO_PORT), with
 * one secret for every provider (HOOKPROOF_SECRET, default whsec_demo), for
 * `npx hookproof send <provider> --all --to …` to deliver to.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isWebhookVerificationError, type SignedDelivery, type WebhookVerificationErrorCode } from 'hookproof'
import * as adsumo from 'hookproof/adsumo'
import * as eversince from 'hookproof/eversince'
import * as magichour from 'hookproof/magichour'
import * as removebgvideo from 'hookproof/removebgvideo'
import * as videopilot from 'hookproof/videopilot'
import { samples } from '../test/samples.js'

type Name = keyof typeof samples
interface AnyProvider {
  verify(input: Parameters<typeof adsumo.verify>[0], options: { secret: string }): Promise<object>
  sign(payload: unknown, options: { secret: string; timestamp?: number; event?: string }): Promise<SignedDelivery>
}

const providers = { eversince, magichour, videopilot, adsumo, removebgvideo } as unknown as Record<Name, AnyProvider>
const signatureHeaders: Record<Name, string> = {
  eversince: 'X-Eversince-Signature',
  magichour: 'magic-hour-event-signature',
  videopilot: 'X-VideoPilot-Signature',
  adsumo: 'X-Adsumo-Signature',
  removebgvideo: 'X-Webhook-Signature',
}
const signsTimestamp: Record<Name, boolean> = { eversince: true, magichour: true, videopilot: false, adsumo: false, removebgvideo: true }

const serving = process.argv.includes('--serve')
const servedSecret = process.env['HOOKPROOF_SECRET'] || 'whsec_demo'

// What the receiver knows: one secret per provider, as a real app reads them from its environment.
const secrets: Record<Name, string> = serving ? { eversince: servedSecret, magichour: servedSecret, videopilot: servedSecret, adsumo: servedSecret, removebgvideo: servedSecret } : {
  eversince: 'whsec_demo_eversince_5f2b9c',
  magichour: 'whsec_demo_magichour_81d0aa',
  videopilot: 'demo_videopilot_secret_77e1',
  adsumo: 'demo_adsumo_secret_c39f04',
  removebgvideo: 'demo_removebgvideo_secret_1b6d',
}

// 400: the delivery is not well-formed; 401: well-formed, but not authentic or not fresh.
const unauthorized = new Set<WebhookVerificationErrorCode>(['signature_mismatch', 'timestamp_too_old', 'timestamp_too_new'])

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

// The receiver: POST /webhooks/<provider> takes the Express-style path
// ({ headers, body: Buffer }); with ?fetch it builds a Fetch Request instead,
// as Next.js, Hono, Workers, Deno and Bun hand one over. ?unset plays a
// deployment whose secret environment variable is missing.
const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const name = url.pathname.replace('/webhooks/', '') as Name
  const provider = providers[name]
  if (request.method !== 'POST' || !provider) return reply(response, 404, { error: 'not found' })
  const body = await readBody(request)
  try {
    const input = url.searchParams.has('fetch')
      ? new Request(url, { method: 'POST', headers: request.headers as Record<string, string>, body: new Uint8Array(body) })
      : { headers: request.headers, body }
    const secret = url.searchParams.has('unset') ? (undefined as unknown as string) : secrets[name]
    const event = await provider.verify(input, { secret })
    const kind = (event as Record<string, unknown>)[name === 'magichour' ? 'type' : 'event']
    return reply(response, 200, { received: kind })
  } catch (error) {
    if (isWebhookVerificationError(error)) {
      return reply(response, unauthorized.has(error.code) ? 401 : 400, { code: error.code })
    }
    // A TypeError: the receiver's own mistake. 500, so the provider retries
    // once it is fixed, and the message goes to the logs, not the sender.
    return reply(response, 500, { code: 'misconfigured' })
  }
})

interface Case {
  readonly provider: Name
  readonly label: string
  readonly expected: number
  readonly code?: WebhookVerificationErrorCode | 'misconfigured'
  readonly delivery: SignedDelivery
  readonly query?: '?fetch' | '?unset'
}

function withHeader(delivery: SignedDelivery, name: string, value: string | undefined): SignedDelivery {
  const headers = { ...delivery.headers }
  if (value === undefined) delete headers[name]
  else headers[name] = value
  return { headers, body: delivery.body }
}

async function cases(): Promise<Case[]> {
  const list: Case[] = []
  for (const name of Object.keys(providers) as Name[]) {
    const provider = providers[name]
    const secret = secrets[name]
    const events = samples[name] as readonly Record<string, unknown>[]
    const eventField = name === 'magichour' ? 'type' : 'event'
    for (const event of events) {
      list.push({ provider: name, label: String(event[eventField]), expected: 200, delivery: await provider.sign(event, { secret }) })
    }
    const first = events[0]!
    const good = await provider.sign(first, { secret })
    const signature = good.headers[signatureHeaders[name]]!
    list.push({ provider: name, label: 'as a Fetch Request', expected: 200, delivery: good, query: '?fetch' })
    list.push({ provider: name, label: 'forged: wrong secret', expected: 401, code: 'signature_mismatch', delivery: await provider.sign(first, { secret: 'attacker-guess' }) })
    list.push({ provider: name, label: 'tampered body', expected: 401, code: 'signature_mismatch', delivery: { ...good, body: good.body.replace(String(first[eventField]), 'X') } })
    list.push({ provider: name, label: 're-serialized body', expected: 401, code: 'signature_mismatch', delivery: { ...good, body: JSON.stringify(first, null, 2) } })
    list.push({ provider: name, label: 'malformed signature', expected: 400, code: 'malformed_signature', delivery: withHeader(good, signatureHeaders[name], `${signature.slice(0, -2)}zz`) })
    list.push({ provider: name, label: 'no signature (signing off)', expected: 400, code: 'missing_signature', delivery: withHeader(good, signatureHeaders[name], undefined) })
    list.push({ provider: name, label: 'signed, but not JSON', expected: 400, code: 'invalid_payload', delivery: await provider.sign('<html>502 Bad Gateway</html>', { secret, event: String(first[eventField]) }) })
    list.push({ provider: name, label: 'receiver secret unset', expected: 500, code: 'misconfigured', delivery: good, query: '?unset' })
    if (signsTimestamp[name]) {
      const tenMinutes = 10 * 60 * 1000
      list.push({ provider: name, label: 'stale: sent 10 min ago', expected: 401, code: 'timestamp_too_old', delivery: await provider.sign(first, { secret, timestamp: Date.now() - tenMinutes }) })
      list.push({ provider: name, label: 'from 10 min in the future', expected: 401, code: 'timestamp_too_new', delivery: await provider.sign(first, { secret, timestamp: Date.now() + tenMinutes }) })
      const old = await provider.sign(first, { secret, timestamp: Date.now() - tenMinutes })
      const fresh = Object.entries(good.headers).find(([header]) => /timestamp/i.test(header))!
      list.push({ provider: name, label: 'replay: old signature, new timestamp', expected: 401, code: 'signature_mismatch', delivery: withHeader(old, fresh[0], fresh[1]) })
    }
  }
  return list
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()
}

async function serve(): Promise<void> {
  const port = Number(process.env['HOOKPROOF_DEMO_PORT'] ?? 8787)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  server.on('request', (request, response) => {
    response.on('finish', () => console.log(`${request.method} ${request.url} → ${response.statusCode}`))
  })
  console.log(`hookproof demo receiver on http://127.0.0.1:${port}/webhooks/<provider>, secret ${servedSecret}. Try:\n`)
  for (const name of Object.keys(providers)) {
    console.log(`  HOOKPROOF_SECRET=${servedSecret} npx hookproof send ${name} --all --to http://127.0.0.1:${port}/webhooks/${name}`)
  }
  console.log('\nCtrl-C to stop.')
}

async function main(): Promise<void> {
  if (serving) return serve()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  console.log(`hookproof demo: receiver on http://127.0.0.1:${port}/webhooks/<provider>\n`)

  const widths = [14, 38, 30, 30, 7, 4]
  console.log(row(['provider', 'delivery', 'expected', 'outcome', 'ms', ''], widths))
  // ms: the whole HTTP round trip on loopback, not verify alone (npm run bench measures that).
  console.log(row(widths.map((w) => '-'.repeat(w)), widths))
  let failures = 0
  const all = await cases()
  for (const c of all) {
    const started = performance.now()
    const response = await fetch(`http://127.0.0.1:${port}/webhooks/${c.provider}${c.query ?? ''}`, { method: 'POST', ...c.delivery })
    const result = (await response.json()) as { code?: string; received?: string }
    const ms = (performance.now() - started).toFixed(1)
    const expected = `${c.expected} ${c.code ?? 'accepted'}`
    const outcome = `${response.status} ${result.code ?? 'accepted'}`
    const ok = response.status === c.expected && result.code === c.code
    if (!ok) failures++
    console.log(row([c.provider, c.label, expected, outcome, ms.padStart(6), ok ? 'ok' : 'FAIL'], widths))
  }
  server.close()
  console.log(`\n${all.length - failures} of ${all.length} deliveries had the expected outcome across 5 providers.`)
  if (failures > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  server.close()
  process.exitCode = 1
})
