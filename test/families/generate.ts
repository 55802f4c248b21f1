/**
 * Builds test/vectors/<provider>.json for the seven newer providers from
 * their own documented signing (test/families/oracle.ts), never from
 * hookproof. `npx tsx test/families/generate.ts` rewrites the files;
 * test/families.test.ts checks they still match.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { NOW, vectorPath, type Vector, type VectorFile } from '../vectors/format.js'
import { familyOracles, publicJwk, standardV1, standardV1a, type Body, type FamilyName, type FamilyOracle, type Signing } from './oracle.js'
import { familySamples } from './samples.js'

const TEXT_SECRET = 'hookproof-family-test-secret-0123456789'
const OTHER_TEXT_SECRET = 'some-other-secret'
// Standard Webhooks secrets are base64 of random bytes; these are fixed for reproducible vectors.
const WHSEC = `whsec_${Buffer.from('hookproof standard webhooks key!').toString('base64')}`
const OTHER_WHSEC = `whsec_${Buffer.from('another standard webhooks key...').toString('base64')}`
const THIRD_WHSEC = `whsec_${Buffer.from('a third standard webhooks key...').toString('base64')}`
const SEED = Buffer.from('hookproof fal test ed25519 seed!').toString('base64')
const OTHER_SEED = Buffer.from('a different ed25519 private seed').toString('base64')
const SW_SEED = Buffer.from('hookproof v1a test ed25519 seed!').toString('base64')

const ts = (offsetSeconds = 0): string => String(Math.floor(NOW / 1000) + offsetSeconds)

interface Family {
  readonly key: string
  readonly otherKey: string
  readonly signatureHeader: string
  /** Verify options for a vector (beyond `now` and `tolerance`). */
  readonly verifyWith: Pick<Vector, 'secret' | 'options'>
  readonly otherVerifyWith: Pick<Vector, 'secret' | 'options'>
  /** `sig` = just the signature value inside the header (hex for hex schemes). */
  readonly kind: 'standard' | 'tagged' | 'hex' | 'fal'
  readonly timestamp: 'header' | 'inline' | 'opaque'
  readonly tolerance: { readonly past: number; readonly future: number } | false
}

const hmacText = (header: string, kind: Family['kind'], timestamp: Family['timestamp'], tolerance: Family['tolerance']): Family => ({
  key: TEXT_SECRET,
  otherKey: OTHER_TEXT_SECRET,
  signatureHeader: header,
  verifyWith: { secret: TEXT_SECRET },
  otherVerifyWith: { secret: OTHER_TEXT_SECRET },
  kind,
  timestamp,
  tolerance,
})

const jwks = (...seeds: string[]): Pick<Vector, 'options'> => ({ options: { jwks: { keys: seeds.map(publicJwk) } } })

const families: Record<FamilyName, Family> = {
  standardwebhooks: { key: WHSEC, otherKey: OTHER_WHSEC, signatureHeader: 'webhook-signature', verifyWith: { secret: WHSEC }, otherVerifyWith: { secret: OTHER_WHSEC }, kind: 'standard', timestamp: 'header', tolerance: { past: 300, future: 300 } },
  replicate: { key: WHSEC, otherKey: OTHER_WHSEC, signatureHeader: 'webhook-signature', verifyWith: { secret: WHSEC }, otherVerifyWith: { secret: OTHER_WHSEC }, kind: 'standard', timestamp: 'header', tolerance: { past: 300, future: 300 } },
  fal: { key: SEED, otherKey: OTHER_SEED, signatureHeader: 'X-Fal-Webhook-Signature', verifyWith: jwks(SEED), otherVerifyWith: jwks(OTHER_SEED), kind: 'fal', timestamp: 'header', tolerance: { past: 300, future: 300 } },
  elevenlabs: hmacText('ElevenLabs-Signature', 'tagged', 'inline', { past: 1800, future: 300 }),
  mux: hmacText('mux-signature', 'tagged', 'inline', { past: 300, future: 300 }),
  openrouter: hmacText('X-OpenRouter-Signature', 'tagged', 'inline', { past: 300, future: 300 }),
  synthesia: hmacText('Synthesia-Signature', 'hex', 'opaque', false),
}

const timestampHeaders: Partial<Record<FamilyName, string>> = {
  standardwebhooks: 'webhook-timestamp',
  replicate: 'webhook-timestamp',
  fal: 'X-Fal-Webhook-Timestamp',
  synthesia: 'Synthesia-Timestamp',
}

export function generateFamily(oracle: FamilyOracle): VectorFile {
  const family = families[oracle.provider]
  const events = familySamples[oracle.provider] as readonly Record<string, unknown>[]
  const field = oracle.eventField
  const first = events[0]!
  const firstEvent = field ? String(first[field]) : 'object'
  const compact = JSON.stringify(first)
  const vectors: Vector[] = []
  const eventOf = (body: string): string => (field ? String((JSON.parse(body) as Record<string, unknown>)[field]) : 'object')

  const deliver = (body: Body, signing: Partial<Signing> = {}): Record<string, string> =>
    oracle.deliver(body, { key: family.key, ts: ts(), ...signing })
  const ok = (name: string, body: string, headers = deliver(body), extra: Partial<Vector> = {}): void => {
    vectors.push({ name, ...family.verifyWith, headers, body, ...extra, expect: { event: eventOf(body) } })
  }
  const fail = (name: string, error: string, body: Body, headers: Record<string, string>, extra: Partial<Vector> = {}): void => {
    const encoded = typeof body === 'string' ? { body } : { bodyBase64: body.toString('base64') }
    vectors.push({ name, ...family.verifyWith, headers, ...encoded, ...extra, expect: { error } })
  }
  const withHeader = (name: string, value: string | undefined, body: Body = compact): Record<string, string> => {
    const headers = deliver(body)
    if (value === undefined) delete headers[name]
    else headers[name] = value
    return headers
  }
  const signature = deliver(compact)[family.signatureHeader]!
  const withSignature = (value: string | undefined): Record<string, string> => withHeader(family.signatureHeader, value)
  // The bare signature: hex for the hex families, the base64 after "v1," for Standard Webhooks.
  const bare = family.kind === 'tagged' ? signature.slice(signature.lastIndexOf('=') + 1) : family.kind === 'standard' ? signature.slice(3) : signature
  const tagged = (value: string): string => signature.replace(bare, value)

  // Deliveries that pass.
  for (const event of events) ok(`${field ? String(event[field]) : 'sample'}: documented shape, compact JSON`, JSON.stringify(event))
  ok('pretty-printed JSON, signed as sent', JSON.stringify(first, null, 2))
  ok('trailing newline after the JSON', `${compact}\n`)
  ok('unicode and emoji', JSON.stringify({ ...first, note: 'Fertig ✅ — 日本語のテキスト 🎬👩🏽‍💻 naïve café' }))
  ok('escaped unicode and slashes kept exactly as sent', `${compact.slice(0, -1)},"note":"caf\\u00e9 \\ud83c\\udfac","url":"https:\\/\\/x.test\\/a"}`)
  if (family.kind !== 'standard') ok('uppercase hex signature', compact, withSignature(tagged(bare.toUpperCase())))
  if (family.kind === 'fal') {
    vectors.push({ name: 'JWKS with another key first: any key may verify', ...jwks(OTHER_SEED, SEED), headers: deliver(compact), body: compact, expect: { event: firstEvent } })
    const padded = publicJwk(SEED)
    vectors.push({ name: 'JWK x with = padding, as fal serves it', options: { jwks: { keys: [{ ...padded, x: `${padded.x}=` }] } }, headers: deliver(compact), body: compact, expect: { event: firstEvent } })
    vectors.push({ name: 'JWKS with an RSA key and an Ed25519 key for encryption skipped', options: { jwks: { keys: [{ kty: 'RSA', n: 'AQAB', e: 'AQAB' }, { ...publicJwk(OTHER_SEED), use: 'enc' }, publicJwk(SEED)] } }, headers: deliver(compact), body: compact, expect: { event: firstEvent } })
  } else {
    vectors.push({ name: 'rotated secrets: the second one signed', secret: [family.otherKey, family.key], headers: deliver(compact), body: compact, expect: { event: firstEvent } })
  }
  if (family.kind === 'tagged') {
    const other = deliver(compact, { key: family.otherKey })[family.signatureHeader]!
    const otherBare = other.slice(other.lastIndexOf('=') + 1)
    const version = signature.slice(signature.indexOf(',') + 1, signature.lastIndexOf('='))
    ok('two signatures of the version, the second one valid (rotation)', compact, withSignature(`t=${ts()},${version}=${otherBare},${version}=${bare}`))
    ok('items of other tags are skipped', compact, withSignature(`t=${ts()},v9=zzz,${version}=${bare},x=1`))
    ok('spaces around items', compact, withSignature(`t=${ts()}, ${version}=${bare}`))
    ok('signature before the timestamp', compact, withSignature(`${version}=${bare},t=${ts()}`))
    // stripe-node and mux-node split on ',' then '=', skip what they cannot use
    // and compare every signature of the version: one that does not decode
    // matches nothing, and the valid one still verifies.
    ok('a signature of 63 hex digits, then the valid one', compact, withSignature(`t=${ts()},${version}=${bare.slice(1)},${version}=${bare}`))
    ok('the valid signature, then one with a non-hex digit', compact, withSignature(`t=${ts()},${version}=${bare},${version}=g${bare.slice(1)}`))
    ok('a signature in base64, then the valid one', compact, withSignature(`t=${ts()},${version}=${Buffer.from(bare, 'hex').toString('base64')},${version}=${bare}`))
    ok('an item without "=" is skipped', compact, withSignature(`${signature},junk`))
    ok('an empty item and one starting with "=" are skipped', compact, withSignature(`t=${ts()},,=${bare},${version}=${bare}`))
  }
  if (family.kind === 'standard') {
    const other = standardV1(family.otherKey, 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W', ts(), compact)
    ok('several signatures, the valid one third (spec rotation case)', compact, withSignature(`${other} v2,${other.slice(3)} ${signature} ${other}`))
    const v1a = standardV1a(SW_SEED, 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W', ts(), compact)
    const whpk = `whpk_${Buffer.from(publicJwk(SW_SEED).x!, 'base64url').toString('base64')}`
    vectors.push({ name: 'v1a Ed25519 signature, verified with the whpk_ public key', secret: whpk, headers: withSignature(v1a), body: compact, expect: { event: firstEvent } })
    vectors.push({ name: 'v1 and v1a together, verified with the public key', secret: whpk, headers: withSignature(`${signature} ${v1a}`), body: compact, expect: { event: firstEvent } })
    ok('v1 and v1a together, verified with the secret', compact, withSignature(`${v1a} ${signature}`))
    vectors.push({ name: 'rotation from a secret to a public key: either verifies', secret: [family.otherKey, whpk], headers: withSignature(v1a), body: compact, expect: { event: firstEvent } })
    fail('v1a signature, only a secret to verify with', 'signature_mismatch', compact, withSignature(v1a))
    vectors.push({ name: 'v1 signature, only a public key to verify with', secret: whpk, headers: deliver(compact), body: compact, expect: { error: 'signature_mismatch' } })
    const tampered = compact.replace('"', '"x')
    vectors.push({ name: 'v1a over another body', secret: whpk, headers: withSignature(v1a), body: tampered, expect: { error: 'signature_mismatch' } })
    vectors.push({ name: 'raw secret without the whsec_ prefix (bare base64)', secret: family.key.slice(6), headers: deliver(compact), body: compact, expect: { event: firstEvent } })
    // The spec lets a receiver try each signature until one matches; its
    // libraries, svix and openai-node skip an entry they cannot read (or whose
    // bytes fail to compare) and go on: one that does not decode matches
    // nothing, and the valid one still verifies.
    const raw = Buffer.from(bare, 'base64')
    ok('a v1 of 31 bytes, then the valid one', compact, withSignature(`v1,${raw.subarray(1).toString('base64')} ${signature}`))
    ok('the valid one, then a v1 in base64url', compact, withSignature(`${signature} v1,${raw.toString('base64url')}`))
    ok('an entry without a comma, then the valid one', compact, withSignature(`v1${bare} ${signature}`))
    ok('a v1a of 32 bytes, then the valid v1', compact, withSignature(`v1a,${raw.toString('base64')} ${signature}`))
    ok('two spaces between signatures (an empty entry)', compact, withSignature(`${signature}  ${signature}`))
  }

  // Signed correctly, but not a JSON object naming its event.
  const notUtf8 = Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])
  fail('invalid UTF-8 bytes, validly signed', 'invalid_payload', notUtf8, deliver(notUtf8))
  fail('empty body, validly signed', 'invalid_payload', '', deliver(''))
  fail('JSON array, validly signed', 'invalid_payload', '[]', deliver('[]'))
  fail('JSON null, validly signed', 'invalid_payload', 'null', deliver('null'))
  fail('truncated JSON, validly signed', 'invalid_payload', compact.slice(0, -1), deliver(compact.slice(0, -1)))
  if (field) {
    fail(`"${field}" is not a string, validly signed`, 'invalid_payload', `{"${field}":42}`, deliver(`{"${field}":42}`))
    const { [field]: _dropped, ...rest } = first
    fail(`"${field}" missing from the body`, 'invalid_payload', JSON.stringify(rest), deliver(JSON.stringify(rest)))
  } else {
    ok('any JSON object passes (no event field to check)', '{"anything":[1,2,3]}')
  }

  // Forgeries.
  fail('signed with another key', 'signature_mismatch', compact, deliver(compact, { key: family.otherKey }))
  fail('body tampered after signing (one character)', 'signature_mismatch', compact.replace('"', '"x'), deliver(compact))
  fail('body re-serialized (pretty) after signing', 'signature_mismatch', JSON.stringify(first, null, 2), deliver(compact))
  fail('signature of an empty body', 'signature_mismatch', compact, deliver(''))
  if (family.kind === 'fal') {
    fail('no key of the JWKS signed', 'signature_mismatch', compact, deliver(compact), jwks(OTHER_SEED))
    const headers = deliver(compact)
    headers['X-Fal-Webhook-User-Id'] = 'user_9999'
    fail('user id changed after signing', 'signature_mismatch', compact, headers)
    const moved = deliver(compact)
    moved['X-Fal-Webhook-Request-Id'] = 'req_other'
    fail('request id changed after signing', 'signature_mismatch', compact, moved)
  } else {
    fail('no secret among the rotated ones signed', 'signature_mismatch', compact, deliver(compact), { secret: [family.otherKey, family.kind === 'standard' ? THIRD_WHSEC : `${family.otherKey}2`] })
  }

  // Signature header: absent or malformed, rejected before any crypto.
  fail('signature header missing', 'missing_signature', compact, withSignature(undefined))
  fail('signature header empty', 'missing_signature', compact, withSignature(''))
  if (family.kind === 'standard') {
    const short = Buffer.from(bare, 'base64').subarray(1).toString('base64')
    fail('v1 of 31 bytes', 'malformed_signature', compact, withSignature(`v1,${short}`))
    fail('v1 of 33 bytes', 'malformed_signature', compact, withSignature(`v1,${Buffer.concat([Buffer.from(bare, 'base64'), Buffer.from([0])]).toString('base64')}`))
    fail('v1 in hex', 'malformed_signature', compact, withSignature(`v1,${Buffer.from(bare, 'base64').toString('hex')}`))
    fail('v1 in base64url', 'malformed_signature', compact, withSignature(`v1,${Buffer.from(bare, 'base64').toString('base64url')}`))
    fail('no comma after the version', 'malformed_signature', compact, withSignature(`v1${bare}`))
    fail('only an unknown version', 'malformed_signature', compact, withSignature(`v2,${bare}`))
    fail('signatures separated by a comma', 'malformed_signature', compact, withSignature(`${signature},${signature}`))
    fail('only entries that do not decode', 'malformed_signature', compact, withSignature(`v1,${short} v1${bare} v1a,${bare}`))
    fail('17 signatures', 'malformed_signature', compact, withSignature(Array(17).fill(signature).join(' ')))
    fail('16 entries that do not decode and the valid one (17 entries)', 'malformed_signature', compact, withSignature(`${Array(16).fill(`v1,${short}`).join(' ')} ${signature}`))
    fail('webhook-id missing', 'missing_signature', compact, withHeader('webhook-id', undefined))
    fail('webhook-id changed after signing', 'signature_mismatch', compact, withHeader('webhook-id', 'msg_other'))
  } else if (family.kind === 'tagged') {
    const version = signature.slice(signature.indexOf(',') + 1, signature.lastIndexOf('='))
    fail('63 hex digits', 'malformed_signature', compact, withSignature(tagged(bare.slice(1))))
    fail('65 hex digits', 'malformed_signature', compact, withSignature(tagged(`${bare}0`)))
    fail('a non-hex digit', 'malformed_signature', compact, withSignature(tagged(`g${bare.slice(1)}`)))
    fail('base64 instead of hex', 'malformed_signature', compact, withSignature(tagged(Buffer.from(bare, 'hex').toString('base64'))))
    fail('no signature of the version', 'malformed_signature', compact, withSignature(`t=${ts()}`))
    fail(`only another tag (${version === 'v0' ? 'v1' : 'v0'})`, 'malformed_signature', compact, withSignature(`t=${ts()},${version === 'v0' ? 'v1' : 'v0'}=${bare}`))
    fail('only signatures that do not decode', 'malformed_signature', compact, withSignature(`t=${ts()},${version}=${bare.slice(1)},${version}=g${bare.slice(1)}`))
    fail('17 signatures', 'malformed_signature', compact, withSignature(`t=${ts()},${Array(17).fill(`${version}=${bare}`).join(',')}`))
    fail('16 signatures that do not decode and the valid one', 'malformed_signature', compact, withSignature(`t=${ts()},${Array(16).fill(`${version}=${bare.slice(1)}`).join(',')},${version}=${bare}`))
    // stripe-node skips an item without "=" as it skips other tags, so bare hex is a header without t.
    fail('bare hex, no t= or tag', 'missing_timestamp', compact, withSignature(bare))
    fail('no t= timestamp', 'missing_timestamp', compact, withSignature(`${version}=${bare}`))
    fail('t= given twice', 'malformed_timestamp', compact, withSignature(`t=${ts()},${signature}`))
    for (const value of ['', 'yesterday', `${ts()}.5`, `-${ts()}`, '1.7e9', `${ts()}000000`]) {
      fail(`t="${value}"`, 'malformed_timestamp', compact, withSignature(signature.replace(`t=${ts()}`, `t=${value}`)))
    }
  } else {
    const digits = family.kind === 'fal' ? 128 : 64
    fail(`${digits - 1} hex digits`, 'malformed_signature', compact, withSignature(bare.slice(1)))
    fail(`${digits + 1} hex digits`, 'malformed_signature', compact, withSignature(`${bare}0`))
    fail('a non-hex digit', 'malformed_signature', compact, withSignature(`g${bare.slice(1)}`))
    fail('base64 instead of hex', 'malformed_signature', compact, withSignature(Buffer.from(bare, 'hex').toString('base64')))
    fail('an unexpected sha256= prefix', 'malformed_signature', compact, withSignature(`sha256=${bare}`))
    if (family.kind === 'fal') {
      fail('request id header missing', 'missing_signature', compact, withHeader('X-Fal-Webhook-Request-Id', undefined))
      fail('user id header missing', 'missing_signature', compact, withHeader('X-Fal-Webhook-User-Id', undefined))
    }
  }

  // The timestamp.
  const header = timestampHeaders[oracle.provider]
  if (header) {
    fail('timestamp header missing', 'missing_timestamp', compact, withHeader(header, undefined))
    fail('timestamp header empty', 'missing_timestamp', compact, withHeader(header, ''))
  }
  if (family.timestamp === 'opaque') {
    // Synthesia documents no unit: the value is signed, never read as a time.
    ok('timestamp signed as sent, whatever its form (not read as a time)', compact, deliver(compact, { ts: '2025-01-15T12:00:00Z' }))
    ok('a year-old timestamp passes: there is no tolerance to check', compact, deliver(compact, { ts: ts(-365 * 86_400) }))
    const replay = deliver(compact)
    replay[header!] = ts(1)
    fail('timestamp changed after signing', 'signature_mismatch', compact, replay)
  } else {
    const at = (offset: number): Record<string, string> => deliver(compact, { ts: ts(offset) })
    if (header) {
      for (const value of ['yesterday', `${ts()}.5`, `-${ts()}`, `+${ts()}`, `${ts()}x`, '1.7e9', `${ts()}000000`, '2025-01-15T12:00:00Z']) {
        fail(`timestamp "${value}"`, 'malformed_timestamp', compact, deliver(compact, { ts: value }))
      }
    }
    const { past, future } = family.tolerance as { past: number; future: number }
    ok(`timestamp ${past} s old (the edge passes)`, compact, at(-past))
    fail(`timestamp ${past + 1} s old`, 'timestamp_too_old', compact, at(-past - 1))
    ok(`timestamp ${future} s ahead (the edge passes)`, compact, at(future))
    fail(`timestamp ${future + 1} s ahead`, 'timestamp_too_new', compact, at(future + 1))
    ok(`tolerance ${past + 300}: ${past + 1} s old passes`, compact, at(-past - 1), { tolerance: past + 300 })
    fail('tolerance { past: 60, future: 0 }: 61 s old', 'timestamp_too_old', compact, at(-61), { tolerance: { past: 60, future: 0 } })
    fail('tolerance { past: 60, future: 0 }: 1 s ahead', 'timestamp_too_new', compact, at(1), { tolerance: { past: 60, future: 0 } })
    ok('tolerance false: one day old passes', compact, at(-86_400), { tolerance: false })
    const replay = at(-3600)
    if (family.kind === 'tagged') replay[family.signatureHeader] = replay[family.signatureHeader]!.replace(`t=${ts(-3600)}`, `t=${ts()}`)
    else replay[header!] = ts()
    fail('old signature replayed with a fresh timestamp', 'signature_mismatch', compact, replay)
  }

  return { provider: oracle.provider, reference: oracle.reference, now: NOW, vectors }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const oracle of familyOracles) {
    const file = generateFamily(oracle)
    writeFileSync(vectorPath(oracle.provider), `${JSON.stringify(file, null, 2)}\n`)
    console.log(`${oracle.provider}: ${file.vectors.length} vectors`)
  }
}
