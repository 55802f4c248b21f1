/**
 * Builds test/vectors/<provider>.json from the providers' own signing code
 * (test/oracle.ts), never from hookproof. `npx tsx test/vectors/generate.ts`
 * rewrites the files; test/vectors.test.ts checks they still match.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { oracles, type Body, type Oracle } from '../oracle.js'
import { samples } from '../samples.js'
import { NOW, vectorPath, type Vector, type VectorFile } from './format.js'
import { generateRegressions } from './regressions.js'

export { NOW, vectorPath, type Vector, type VectorFile }

const SECRET = 'whsec_hookproof_test_secret_0123456789'
const OTHER_SECRET = 'whsec_some_other_secret'

const references: Record<Oracle['provider'], string> = {
  eversince: 'docs/eversince-webhooks.txt verify_webhook (Python), ported to node:crypto',
  magichour: "Magic Hour webhook docs and Python SDK: hex HMAC-SHA256 of '<timestamp>.<raw body>'",
  videopilot: 'docs/videopilot-webhooks.txt verifyWebhook (Node.js)',
  adsumo: 'docs/adsumo-webhooks.txt verifyWebhook (TypeScript)',
  removebgvideo: 'docs/removebgvideo-webhooks.txt verifyWebhook (node:crypto)',
}

function stamp(oracle: Oracle, offsetSeconds: number): string {
  const time = NOW + offsetSeconds * 1000
  return oracle.timestamp?.format === 'iso' ? new Date(time).toISOString() : String(Math.floor(time / 1000))
}

export function generate(oracle: Oracle): VectorFile {
  const events = samples[oracle.provider] as readonly Record<string, unknown>[]
  const first = events[0]!
  const firstEvent = String(first[oracle.eventField])
  const compact = JSON.stringify(first)
  const vectors: Vector[] = []

  // Headers a delivery of `body` carries, signed at `ts` (default: now).
  function delivery(body: Body, options: { secret?: string; ts?: string; event?: string } = {}): Record<string, string> {
    const ts = options.ts ?? (oracle.timestamp ? stamp(oracle, 0) : undefined)
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (oracle.provider === 'removebgvideo') {
      headers['X-Webhook-Event'] = options.event ?? firstEvent
      headers['X-Webhook-Delivery-Id'] = 'dlv_0001'
    }
    if (oracle.timestamp && ts !== undefined) headers[oracle.timestamp.header] = ts
    headers[oracle.signatureHeader] = oracle.signature(options.secret ?? SECRET, body, ts)
    return headers
  }
  const ok = (name: string, body: string, headers = delivery(body), event: string | null = firstEvent, extra: Partial<Vector> = {}): void => {
    vectors.push({ name, secret: SECRET, headers, body, ...extra, expect: { event } })
  }
  const fail = (name: string, error: string, body: Body, headers: Record<string, string>, extra: Partial<Vector> = {}): void => {
    const encoded = typeof body === 'string' ? { body } : { bodyBase64: body.toString('base64') }
    vectors.push({ name, secret: SECRET, headers, ...encoded, ...extra, expect: { error } })
  }
  const withSignature = (value: string | undefined, body = compact): Record<string, string> => {
    const headers = delivery(body)
    if (value === undefined) delete headers[oracle.signatureHeader]
    else headers[oracle.signatureHeader] = value
    return headers
  }
  const hex = delivery(compact)[oracle.signatureHeader]!.slice(oracle.prefix.length)

  // Deliveries that pass.
  for (const event of events) {
    const name = String(event[oracle.eventField])
    ok(`${name}: documented shape, compact JSON`, JSON.stringify(event), undefined, name)
  }
  ok('pretty-printed JSON, signed as sent', JSON.stringify(first, null, 2))
  ok('trailing newline after the JSON', `${compact}\n`)
  ok('unicode and emoji', JSON.stringify({ [oracle.eventField]: firstEvent, note: 'Fertig ✅ — 日本語のテキスト 🎬👩🏽‍💻 naïve café' }))
  ok('escaped unicode and slashes kept exactly as sent', `{"${oracle.eventField}":"${firstEvent}","note":"caf\\u00e9 \\ud83c\\udfac","url":"https:\\/\\/x.test\\/a"}`)
  ok('uppercase hex signature', compact, withSignature(oracle.prefix + hex.toUpperCase()))
  vectors.push({ name: 'rotated secrets: the second one signed', secret: [OTHER_SECRET, SECRET], headers: delivery(compact), body: compact, expect: { event: firstEvent } })

  // Signed correctly, but not a JSON object naming its event.
  const notUtf8 = Buffer.concat([Buffer.from(`{"${oracle.eventField}":"`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])
  fail('invalid UTF-8 bytes, validly signed', 'invalid_payload', notUtf8, delivery(notUtf8))
  fail('empty body, validly signed', 'invalid_payload', '', delivery(''))
  fail('JSON array, validly signed', 'invalid_payload', '[]', delivery('[]'))
  fail('JSON null, validly signed', 'invalid_payload', 'null', delivery('null'))
  fail('truncated JSON, validly signed', 'invalid_payload', compact.slice(0, -1), delivery(compact.slice(0, -1)))
  const unnamedEvent = `{"${oracle.eventField}":42}`
  // RemoveBGVideo's body shape is undocumented: its event may be absent or anything.
  if (oracle.provider === 'removebgvideo') ok('"event" is not a string, validly signed: the body as sent', unnamedEvent, delivery(unnamedEvent), null)
  else fail(`"${oracle.eventField}" is not a string, validly signed`, 'invalid_payload', unnamedEvent, delivery(unnamedEvent))

  // Forgeries.
  fail('signed with another secret', 'signature_mismatch', compact, delivery(compact, { secret: OTHER_SECRET }))
  fail('body tampered after signing (one character)', 'signature_mismatch', compact.replace(firstEvent, `${firstEvent.slice(0, -1)}X`), delivery(compact))
  fail('body re-serialized (pretty) after signing', 'signature_mismatch', JSON.stringify(first, null, 2), delivery(compact))
  fail('signature of an empty body', 'signature_mismatch', compact, delivery(''))
  fail('no secret among the rotated ones signed', 'signature_mismatch', compact, delivery(compact), { secret: [OTHER_SECRET, `${OTHER_SECRET}2`] })

  // Signature header: absent or malformed, rejected before any crypto.
  fail('signature header missing', 'missing_signature', compact, withSignature(undefined))
  fail('signature header empty', 'missing_signature', compact, withSignature(''))
  fail('63 hex digits', 'malformed_signature', compact, withSignature(oracle.prefix + hex.slice(1)))
  fail('65 hex digits', 'malformed_signature', compact, withSignature(`${oracle.prefix + hex}0`))
  fail('a non-hex digit', 'malformed_signature', compact, withSignature(`${oracle.prefix}g${hex.slice(1)}`))
  fail('a space inside the hex', 'malformed_signature', compact, withSignature(`${oracle.prefix + hex.slice(0, 32)} ${hex.slice(33)}`))
  fail('two signatures joined by a comma', 'malformed_signature', compact, withSignature(`${oracle.prefix + hex}, ${oracle.prefix + hex}`))
  fail('base64 instead of hex', 'malformed_signature', compact, withSignature(oracle.prefix + Buffer.from(hex, 'hex').toString('base64')))
  if (oracle.prefix) {
    fail('prefix missing', 'malformed_signature', compact, withSignature(hex))
    fail('prefix in another case', 'malformed_signature', compact, withSignature(oracle.prefix.toUpperCase() + hex))
    fail('another algorithm prefix', 'malformed_signature', compact, withSignature(`sha1=${hex}`))
  } else {
    fail('an unexpected sha256= prefix', 'malformed_signature', compact, withSignature(`sha256=${hex}`))
  }

  if (oracle.timestamp) {
    const { header, format } = oracle.timestamp
    const at = (offset: number): Record<string, string> => delivery(compact, { ts: stamp(oracle, offset) })
    const withTimestamp = (value: string | undefined): Record<string, string> => {
      const headers = delivery(compact, { ts: value ?? stamp(oracle, 0) })
      if (value === undefined) delete headers[header]
      return headers
    }
    fail('timestamp header missing', 'missing_timestamp', compact, withTimestamp(undefined))
    fail('timestamp header empty', 'missing_timestamp', compact, withTimestamp(''))
    const malformed =
      format === 'unix'
        ? ['yesterday', '1736942400.5', '-1736942400', '+1736942400', '1736942400x', '1.7e9', '0x67879f00', '1736942400000000', '2025-01-15T12:00:00Z']
        : ['yesterday', '1736942400', '2025-01-15 12:00:00Z', '2025-01-15T12:00:00', '2025-02-30T12:00:00Z', '2025-01-15T24:00:00Z', '2025-01-15T12:00:00+0200', 'Wed, 15 Jan 2025 12:00:00 GMT']
    for (const value of malformed) fail(`timestamp "${value}"`, 'malformed_timestamp', compact, withTimestamp(value))

    ok('timestamp 299 s old', compact, at(-299))
    ok('timestamp 300 s old (the edge passes)', compact, at(-300))
    fail('timestamp 301 s old', 'timestamp_too_old', compact, at(-301))
    ok('timestamp 299 s ahead', compact, at(299))
    ok('timestamp 300 s ahead (the edge passes)', compact, at(300))
    fail('timestamp 301 s ahead', 'timestamp_too_new', compact, at(301))
    fail('timestamp one hour ahead', 'timestamp_too_new', compact, at(3600))
    ok('tolerance 600: 301 s old passes', compact, at(-301), firstEvent, { tolerance: 600 })
    fail('tolerance { past: 60, future: 0 }: 61 s old', 'timestamp_too_old', compact, at(-61), { tolerance: { past: 60, future: 0 } })
    fail('tolerance { past: 60, future: 0 }: 1 s ahead', 'timestamp_too_new', compact, at(1), { tolerance: { past: 60, future: 0 } })
    ok('tolerance false: one day old passes', compact, at(-86_400), firstEvent, { tolerance: false })
    const replay = at(-3600)
    replay[header] = stamp(oracle, 0)
    fail('old signature replayed with a fresh timestamp', 'signature_mismatch', compact, replay)
    if (format === 'iso') {
      ok('ISO timestamp with an offset and nanoseconds, signed as received', compact, delivery(compact, { ts: '2025-01-15T13:59:30.123456789+02:00' }))
      ok('ISO timestamp without fraction', compact, delivery(compact, { ts: '2025-01-15T12:00:00Z' }))
    }
  }

  if (oracle.provider === 'videopilot') {
    const aged = (offset: number): string => JSON.stringify({ ...first, timestamp: new Date(NOW + offset * 1000).toISOString() })
    ok('no tolerance: a 2024 body timestamp passes (retries resend old bodies)', compact)
    ok('tolerance 300: body timestamp 299 s old passes', aged(-299), undefined, firstEvent, { tolerance: 300 })
    fail('tolerance 300: body timestamp 301 s old', 'timestamp_too_old', aged(-301), delivery(aged(-301)), { tolerance: 300 })
    fail('tolerance 300: body timestamp 301 s ahead', 'timestamp_too_new', aged(301), delivery(aged(301)), { tolerance: 300 })
    const { timestamp: _dropped, ...undated } = first
    fail('tolerance 300: body has no timestamp', 'missing_timestamp', JSON.stringify(undated), delivery(JSON.stringify(undated)), { tolerance: 300 })
    const badDate = JSON.stringify({ ...first, timestamp: 'soon' })
    fail('tolerance 300: body timestamp not ISO 8601', 'malformed_timestamp', badDate, delivery(badDate), { tolerance: 300 })
  }

  if (oracle.provider === 'removebgvideo') {
    const { event: _dropped, ...job } = first
    const unnamed = JSON.stringify(job)
    // X-Webhook-Event is not signed: it never enters the body verify returns.
    ok('the unsigned X-Webhook-Event is not merged into a body without event', unnamed, delivery(unnamed, { event: 'job.failed' }), null)
    ok('the signed body event stands, whatever X-Webhook-Event says', compact, delivery(compact, { event: 'job.failed' }), firstEvent)
    const headers = delivery(unnamed)
    delete headers['X-Webhook-Event']
    ok('no event in the body nor in X-Webhook-Event: the body as sent', unnamed, headers, null)
  } else {
    const { [oracle.eventField]: _dropped, ...rest } = first
    fail(`"${oracle.eventField}" missing from the body`, 'invalid_payload', JSON.stringify(rest), delivery(JSON.stringify(rest)))
  }

  return { provider: oracle.provider, reference: references[oracle.provider], now: NOW, vectors }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const oracle of oracles) {
    const file = generate(oracle)
    writeFileSync(vectorPath(oracle.provider), `${JSON.stringify(file, null, 2)}\n`)
    console.log(`${oracle.provider}: ${file.vectors.length} vectors`)
  }
  const regressions = { now: NOW, vectors: generateRegressions() }
  writeFileSync(vectorPath('regressions'), `${JSON.stringify(regressions, null, 2)}\n`)
  console.log(`regressions: ${regressions.vectors.length} vectors`)
}
