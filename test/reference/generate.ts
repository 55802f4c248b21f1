/**
 * Builds test/vectors/<provider>.json for every provider from its reference
 * signer (test/reference/signers.ts), never from hookproof, and
 * test/vectors/regressions.json. `npx tsx test/reference/generate.ts`
 * rewrites the files; test/vectors.test.ts checks they still match.
 *
 * What a provider gets follows from its reference: its signature format
 * (hex, Stripe-style tagged, Standard Webhooks), its key material, where its
 * timestamp is signed and with what tolerance. What only one provider has is
 * in `providerCases` below.
 */
import { createHmac } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { NOW, vectorPath, type Vector, type VectorFile } from '../vectors/format.js'
import { generateRegressions } from './regressions.js'
import { RSA_TEST_CERTIFICATES } from './rsa-certificates.js'
import { RSA_TEST_KEYS } from './rsa-keys.js'
import { samplesOf } from './samples.js'
import { formBody, formParams, getExpectedTwilioSignature } from './twilio.js'
import {
  type TimeFormat,
  bareSignature,
  coversBody,
  googleIdToken,
  livekitToken,
  PUBSUB_AUDIENCE,
  PUBSUB_EMAIL,
  rsaKeyId,
  rsaPrivateJwk,
  snsCertificateUrl,
  publicJwk,
  references,
  retimed,
  stamp,
  standardV1,
  standardV1a,
  STANDARD_WEBHOOK_ID,
  type Body,
  type Reference,
  type SignatureFormat,
  type Signing,
} from './signers.js'

/** The Ed25519 seed of the Standard Webhooks `v1a` vectors (its `whpk_` public key verifies them). */
const V1A_SEED = Buffer.from('hookproof v1a test ed25519 seed!').toString('base64')

/** What the cases of a provider are written with. */
interface Cases {
  readonly reference: Reference
  /** The provider's samples; the first is the body most cases sign. */
  readonly events: readonly Record<string, unknown>[]
  readonly first: Record<string, unknown>
  readonly firstEvent: string
  /** The first sample as compact JSON: the body most cases sign. */
  readonly compact: string
  /** The signature header of a delivery of `compact`, and the signature inside it. */
  readonly signature: string
  readonly bare: string
  /** The timestamp text `offset` seconds from NOW. */
  ts(offset?: number): string
  deliver(body: Body, signing?: Partial<Signing>): Record<string, string>
  /** A delivery of `body` (default `compact`) with one header set, or removed (`undefined`). */
  withHeader(name: string, value: string | undefined, body?: Body): Record<string, string>
  withSignature(value: string | undefined): Record<string, string>
  /** A delivery that verify accepts, returning `body` as sent. */
  ok(name: string, body: string, headers?: Record<string, string>, extra?: Partial<Vector>): void
  /** A delivery that verify refuses with `error`. */
  fail(name: string, error: string, body: Body, headers: Record<string, string>, extra?: Partial<Vector>): void
  /** A vector as given. */
  push(vector: Vector): void
}

export function generate(reference: Reference): VectorFile {
  const events = samplesOf(reference.provider)
  const field = reference.eventField
  const first = events[0]!
  const compact = JSON.stringify(first)
  const [key] = reference.key.keys
  const trusted = reference.key.trust([key])
  const vectors: Vector[] = []
  // The event verify must name: the body's own, whatever any header says; `object` where bodies name none.
  const eventOf = (body: string): string | null => {
    if (!field) return 'object'
    const named = (JSON.parse(body) as Record<string, unknown>)[field]
    return typeof named === 'string' ? named : null
  }
  const ts = (offset = 0): string => stamp(reference.timestamp?.format ?? 'unix', NOW + offset * 1000)
  const deliver = (body: Body, signing: Partial<Signing> = {}): Record<string, string> =>
    reference.deliver(body, { key, timestamp: ts(), ...(field ? { event: String(first[field]) } : {}), ...signing })
  const withHeader = (name: string, value: string | undefined, body: Body = compact): Record<string, string> => {
    const headers = deliver(body)
    if (value === undefined) delete headers[name]
    else headers[name] = value
    return headers
  }
  const signature = deliver(compact)[reference.signature.header]!
  const cases: Cases = {
    reference,
    events,
    first,
    firstEvent: field ? String(first[field]) : 'object',
    compact,
    signature,
    bare: bareSignature(reference.signature, signature),
    ts,
    deliver,
    withHeader,
    withSignature: (value) => withHeader(reference.signature.header, value),
    ok: (name, body, headers = deliver(body), extra = {}) => {
      vectors.push({ name, ...trusted, headers, body, ...extra, expect: { event: eventOf(body) } })
    },
    fail: (name, error, body, headers, extra = {}) => {
      const encoded = typeof body === 'string' ? { body } : { bodyBase64: body.toString('base64') }
      vectors.push({ name, ...trusted, headers, ...encoded, ...extra, expect: { error } })
    },
    push: (vector) => vectors.push(vector),
  }

  if (reference.form) {
    // The form parameters are signed after a URL (Twilio): cases of their own.
    formCases(reference, events, vectors, trusted)
    return { provider: reference.provider, reference: reference.source, bodyFormat: 'form', now: NOW, vectors }
  }
  if (reference.wrap) {
    // The signature travels in the body (AWS SNS): cases of its own.
    snsCases(reference, events, vectors, trusted)
    const [signerKey, , otherKey] = reference.key.keys
    const signer = {
      privateKey: rsaPrivateJwk(signerKey),
      certificateUrl: snsCertificateUrl(signerKey),
      otherCertificate: RSA_TEST_CERTIFICATES[RSA_TEST_KEYS.indexOf(otherKey)]!,
    }
    return { provider: reference.provider, reference: reference.source, eventField: field!, now: NOW, vectors, signer }
  }
  for (const event of events) cases.ok(`${field ? String(event[field]) : 'sample'}: documented shape, compact JSON`, JSON.stringify(event))
  passes(cases)
  keyCases(cases)
  const format = reference.signature
  if (format.encoding === 'credential') credentialCases(cases, format)
  else if (format.encoding === 'jwt') (format.coversBody === false ? idTokenCases : jwtCases)(cases)
  else if (format.encoding !== 'sns') (signatureCases[format.encoding] as (cases: Cases, format: SignatureFormat) => void)(cases, format)
  payloadCases(cases)
  forgeries(cases)
  timestampCases(cases)
  if (reference.bodyTimestamp) bodyTimestampCases(cases, reference.bodyTimestamp.field)
  providerCases[reference.provider]?.(cases)
  return {
    provider: reference.provider,
    reference: reference.source,
    ...(reference.eventField === undefined ? {} : { eventField: reference.eventField }),
    now: NOW,
    vectors,
  }
}

/** Deliveries that pass whatever the scheme: the body is hashed as sent. */
function passes({ first, compact, ok }: Cases): void {
  ok('pretty-printed JSON, signed as sent', JSON.stringify(first, null, 2))
  ok('trailing newline after the JSON', `${compact}\n`)
  ok('unicode and emoji', JSON.stringify({ ...first, note: 'Fertig ✅ — 日本語のテキスト 🎬👩🏽‍💻 naïve café' }))
  ok(
    'escaped unicode and slashes kept exactly as sent',
    `${compact.slice(0, -1)},"note":"caf\\u00e9 \\ud83c\\udfac","url":"https:\\/\\/x.test\\/a"}`,
  )
}

/** Several trusted keys (a rotation, a JWKS), and what a JWKS may hold besides the signer's key. */
function keyCases({ reference, compact, deliver, push, firstEvent }: Cases): void {
  const { key: material } = reference
  const [key, other] = material.keys
  push({
    name: material.rotation.passes,
    ...material.trust([other, key]),
    headers: deliver(compact),
    body: compact,
    expect: { event: firstEvent },
  })
  if (material.kind === 'ed25519 seed') {
    const padded = publicJwk(key)
    push({
      name: 'JWK x with = padding, as fal serves it',
      options: { jwks: { keys: [{ ...padded, x: `${padded.x}=` }] } },
      headers: deliver(compact),
      body: compact,
      expect: { event: firstEvent },
    })
    push({
      name: 'JWKS with an RSA key and an Ed25519 key for encryption skipped',
      options: { jwks: { keys: [{ kty: 'RSA', n: 'AQAB', e: 'AQAB' }, { ...publicJwk(other), use: 'enc' }, publicJwk(key)] } },
      headers: deliver(compact),
      body: compact,
      expect: { event: firstEvent },
    })
  }
}

/** What each signature format must accept beyond the plain signature, and refuse as malformed before any crypto. */
const signatureCases: {
  readonly [Encoding in Exclude<SignatureFormat['encoding'], 'credential' | 'jwt' | 'sns'>]: (
    cases: Cases,
    format: Extract<SignatureFormat, { encoding: Encoding }>,
  ) => void
} = {
  hex({ reference, compact, bare: hex, deliver, ok, fail, withSignature }, { header, prefix, bytes, separator }) {
    ok('uppercase hex signature', compact, withSignature(prefix + hex.toUpperCase()))
    fail('signature header missing', 'missing_signature', compact, withSignature(undefined))
    fail('signature header empty', 'missing_signature', compact, withSignature(''))
    fail(`${bytes * 2 - 1} hex digits`, 'malformed_signature', compact, withSignature(prefix + hex.slice(1)))
    fail(`${bytes * 2 + 1} hex digits`, 'malformed_signature', compact, withSignature(`${prefix + hex}0`))
    fail('a non-hex digit', 'malformed_signature', compact, withSignature(`${prefix}g${hex.slice(1)}`))
    fail('a space inside the hex', 'malformed_signature', compact, withSignature(`${prefix + hex.slice(0, bytes)} ${hex.slice(bytes + 1)}`))
    if (separator === undefined) {
      fail('two signatures joined by a comma', 'malformed_signature', compact, withSignature(`${prefix + hex}, ${prefix + hex}`))
    } else {
      // One signature per active secret while the provider rotates: any may match.
      const other = bareSignature(reference.signature, deliver(compact, { key: reference.key.keys[1] })[header]!)
      ok('two signatures, the second one valid (rotation)', compact, withSignature(`${prefix + other}${separator}${prefix + hex}`))
      ok('spaces around the signatures', compact, withSignature(` ${prefix + other} ${separator}\t${prefix + hex} `))
      ok(
        'a signature that does not decode, then the valid one',
        compact,
        withSignature(`${prefix + hex.slice(1)}${separator}${prefix + hex}`),
      )
      ok('an empty item, then the valid one', compact, withSignature(`${separator}${prefix + hex}`))
      fail(
        'only signatures that do not decode',
        'malformed_signature',
        compact,
        withSignature(`${prefix + hex.slice(1)}${separator}${prefix}g${hex.slice(1)}`),
      )
      fail(
        '16 signatures that do not decode and the valid one',
        'malformed_signature',
        compact,
        withSignature([...Array(16).fill(prefix + hex.slice(1)), prefix + hex].join(separator)),
      )
      fail(
        '17 signatures, all valid',
        'malformed_signature',
        compact,
        withSignature(
          Array(17)
            .fill(prefix + hex)
            .join(separator),
        ),
      )
    }
    fail('base64 instead of hex', 'malformed_signature', compact, withSignature(prefix + Buffer.from(hex, 'hex').toString('base64')))
    if (prefix) {
      fail('prefix missing', 'malformed_signature', compact, withSignature(hex))
      fail('prefix in another case', 'malformed_signature', compact, withSignature(prefix.toUpperCase() + hex))
      fail('another algorithm prefix', 'malformed_signature', compact, withSignature(`sha1=${hex}`))
    } else {
      fail('an unexpected sha256= prefix', 'malformed_signature', compact, withSignature(`sha256=${hex}`))
    }
  },

  base64({ compact, bare, ok, fail, withSignature }, { bytes }) {
    const raw = Buffer.from(bare, 'base64')
    fail('signature header missing', 'missing_signature', compact, withSignature(undefined))
    fail('signature header empty', 'missing_signature', compact, withSignature(''))
    // The same bytes: padding is optional on reading, exact when present.
    if (bare.endsWith('=')) ok('the signature without its = padding', compact, withSignature(bare.replace(/=+$/, '')))
    fail(`a signature of ${bytes - 1} bytes`, 'malformed_signature', compact, withSignature(raw.subarray(1).toString('base64')))
    fail(
      `a signature of ${bytes + 1} bytes`,
      'malformed_signature',
      compact,
      withSignature(Buffer.concat([raw, Buffer.from([0])]).toString('base64')),
    )
    fail('the signature in hex', 'malformed_signature', compact, withSignature(raw.toString('hex')))
    fail('the signature in base64url', 'malformed_signature', compact, withSignature(raw.toString('base64url')))
    fail('a space inside the base64', 'malformed_signature', compact, withSignature(`${bare.slice(0, 8)} ${bare.slice(8)}`))
    fail('two signatures joined by a comma', 'malformed_signature', compact, withSignature(`${bare},${bare}`))
    fail('an unexpected sha256= prefix', 'malformed_signature', compact, withSignature(`sha256=${bare}`))
  },

  tagged({ reference, compact, signature, bare, ts, deliver, ok, fail, withSignature }, format) {
    const { version, header } = format
    const t = format.timestampKey ?? 't'
    const tagged = (value: string): string => signature.replace(bare, value)
    const other = bareSignature(format, deliver(compact, { key: reference.key.keys[1] })[header]!)
    ok('uppercase hex signature', compact, withSignature(tagged(bare.toUpperCase())))
    ok(
      'two signatures of the version, the second one valid (rotation)',
      compact,
      withSignature(`${t}=${ts()},${version}=${other},${version}=${bare}`),
    )
    ok('items of other tags are skipped', compact, withSignature(`${t}=${ts()},v9=zzz,${version}=${bare},x=1`))
    ok('spaces around items', compact, withSignature(`${t}=${ts()}, ${version}=${bare}`))
    ok('signature before the timestamp', compact, withSignature(`${version}=${bare},${t}=${ts()}`))
    // stripe-node and mux-node split on ',' then '=', skip what they cannot use
    // and compare every signature of the version: one that does not decode
    // matches nothing, and the valid one still verifies.
    ok(
      'a signature of 63 hex digits, then the valid one',
      compact,
      withSignature(`${t}=${ts()},${version}=${bare.slice(1)},${version}=${bare}`),
    )
    ok(
      'the valid signature, then one with a non-hex digit',
      compact,
      withSignature(`${t}=${ts()},${version}=${bare},${version}=g${bare.slice(1)}`),
    )
    ok(
      'a signature in base64, then the valid one',
      compact,
      withSignature(`${t}=${ts()},${version}=${Buffer.from(bare, 'hex').toString('base64')},${version}=${bare}`),
    )
    ok('an item without "=" is skipped', compact, withSignature(`${signature},junk`))
    ok('an empty item and one starting with "=" are skipped', compact, withSignature(`${t}=${ts()},,=${bare},${version}=${bare}`))

    fail('signature header missing', 'missing_signature', compact, withSignature(undefined))
    fail('signature header empty', 'missing_signature', compact, withSignature(''))
    fail('63 hex digits', 'malformed_signature', compact, withSignature(tagged(bare.slice(1))))
    fail('65 hex digits', 'malformed_signature', compact, withSignature(tagged(`${bare}0`)))
    fail('a non-hex digit', 'malformed_signature', compact, withSignature(tagged(`g${bare.slice(1)}`)))
    fail('base64 instead of hex', 'malformed_signature', compact, withSignature(tagged(Buffer.from(bare, 'hex').toString('base64'))))
    fail('no signature of the version', 'malformed_signature', compact, withSignature(`${t}=${ts()}`))
    const otherTag = version === 'v0' ? 'v1' : 'v0'
    fail(`only another tag (${otherTag})`, 'malformed_signature', compact, withSignature(`${t}=${ts()},${otherTag}=${bare}`))
    fail(
      'only signatures that do not decode',
      'malformed_signature',
      compact,
      withSignature(`${t}=${ts()},${version}=${bare.slice(1)},${version}=g${bare.slice(1)}`),
    )
    fail('17 signatures', 'malformed_signature', compact, withSignature(`${t}=${ts()},${Array(17).fill(`${version}=${bare}`).join(',')}`))
    fail(
      '16 signatures that do not decode and the valid one',
      'malformed_signature',
      compact,
      withSignature(
        `${t}=${ts()},${Array(16)
          .fill(`${version}=${bare.slice(1)}`)
          .join(',')},${version}=${bare}`,
      ),
    )
    // stripe-node skips an item without "=" as it skips other tags, so bare hex is a header without t.
    if (!reference.timestamp) {
      // The timestamp rides in the header unsigned (Livepeer): skipped like any other tag, whatever it holds.
      fail('bare hex, no tag', 'malformed_signature', compact, withSignature(bare))
      ok(`no ${t}= timestamp`, compact, withSignature(`${version}=${bare}`))
      ok(`${t}= given twice`, compact, withSignature(`${t}=${ts()},${signature}`))
      for (const value of ['', 'yesterday', `${ts()}.5`, '1'])
        ok(`${t}="${value}"`, compact, withSignature(signature.replace(`${t}=${ts()}`, `${t}=${value}`)))
      return
    }
    fail(`bare hex, no ${t}= or tag`, 'missing_timestamp', compact, withSignature(bare))
    fail(`no ${t}= timestamp`, 'missing_timestamp', compact, withSignature(`${version}=${bare}`))
    fail(`${t}= given twice`, 'malformed_timestamp', compact, withSignature(`${t}=${ts()},${signature}`))
    if (t !== 't')
      fail(
        'a t= timestamp where the provider writes another tag',
        'missing_timestamp',
        compact,
        withSignature(`t=${ts()},${version}=${bare}`),
      )
    for (const value of ['', 'yesterday', `${ts()}.5`, `-${ts()}`, '1.7e9', `${ts()}000000`]) {
      fail(`${t}="${value}"`, 'malformed_timestamp', compact, withSignature(signature.replace(`${t}=${ts()}`, `${t}=${value}`)))
    }
  },

  standard(cases, format) {
    const { reference, compact, signature, bare, ts, push, ok, fail, deliver, withHeader, withSignature, firstEvent } = cases
    const [key, other] = reference.key.keys
    const idHeader = format.header.replace(/signature$/i, (suffix) => (suffix[0] === 'S' ? 'Id' : 'id'))
    if (format.version !== undefined || format.mac !== undefined || reference.key.kind !== 'whsec secret') {
      standardVariant(cases, format, idHeader)
      return
    }
    const otherSignature = standardV1(other, STANDARD_WEBHOOK_ID, ts(), compact)
    ok(
      'several signatures, the valid one third (spec rotation case)',
      compact,
      withSignature(`${otherSignature} v2,${otherSignature.slice(3)} ${signature} ${otherSignature}`),
    )
    const v1a = standardV1a(V1A_SEED, STANDARD_WEBHOOK_ID, ts(), compact)
    const whpk = `whpk_${Buffer.from(publicJwk(V1A_SEED).x!, 'base64url').toString('base64')}`
    push({
      name: 'v1a Ed25519 signature, verified with the whpk_ public key',
      secret: whpk,
      headers: withSignature(v1a),
      body: compact,
      expect: { event: firstEvent },
    })
    push({
      name: 'v1 and v1a together, verified with the public key',
      secret: whpk,
      headers: withSignature(`${signature} ${v1a}`),
      body: compact,
      expect: { event: firstEvent },
    })
    ok('v1 and v1a together, verified with the secret', compact, withSignature(`${v1a} ${signature}`))
    push({
      name: 'rotation from a secret to a public key: either verifies',
      secret: [other, whpk],
      headers: withSignature(v1a),
      body: compact,
      expect: { event: firstEvent },
    })
    fail('v1a signature, only a secret to verify with', 'signature_mismatch', compact, withSignature(v1a))
    push({
      name: 'v1 signature, only a public key to verify with',
      secret: whpk,
      headers: deliver(compact),
      body: compact,
      expect: { error: 'signature_mismatch' },
    })
    push({
      name: 'v1a over another body',
      secret: whpk,
      headers: withSignature(v1a),
      body: compact.replace('"', '"x'),
      expect: { error: 'signature_mismatch' },
    })
    push({
      name: 'raw secret without the whsec_ prefix (bare base64)',
      secret: key.slice('whsec_'.length),
      headers: deliver(compact),
      body: compact,
      expect: { event: firstEvent },
    })
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

    fail('signature header missing', 'missing_signature', compact, withSignature(undefined))
    fail('signature header empty', 'missing_signature', compact, withSignature(''))
    const short = raw.subarray(1).toString('base64')
    fail('v1 of 31 bytes', 'malformed_signature', compact, withSignature(`v1,${short}`))
    fail('v1 of 33 bytes', 'malformed_signature', compact, withSignature(`v1,${Buffer.concat([raw, Buffer.from([0])]).toString('base64')}`))
    fail('v1 in hex', 'malformed_signature', compact, withSignature(`v1,${raw.toString('hex')}`))
    fail('v1 in base64url', 'malformed_signature', compact, withSignature(`v1,${raw.toString('base64url')}`))
    fail('no comma after the version', 'malformed_signature', compact, withSignature(`v1${bare}`))
    fail('only an unknown version', 'malformed_signature', compact, withSignature(`v2,${bare}`))
    fail('signatures separated by a comma', 'malformed_signature', compact, withSignature(`${signature},${signature}`))
    fail('only entries that do not decode', 'malformed_signature', compact, withSignature(`v1,${short} v1${bare} v1a,${bare}`))
    fail('17 signatures', 'malformed_signature', compact, withSignature(Array(17).fill(signature).join(' ')))
    fail(
      '16 entries that do not decode and the valid one (17 entries)',
      'malformed_signature',
      compact,
      withSignature(`${Array(16).fill(`v1,${short}`).join(' ')} ${signature}`),
    )
    fail('webhook-id missing', 'missing_signature', compact, withHeader(idHeader, undefined))
    fail('webhook-id changed after signing', 'signature_mismatch', compact, withHeader(idHeader, 'msg_other'))
  },
}

/**
 * A static credential: what a receiver refuses of its header, and what it
 * cannot refuse (the body, any other header), said by vectors that pass.
 */
function credentialCases(
  { reference, compact, signature, bare, ok, fail, withSignature }: Cases,
  { form }: Extract<SignatureFormat, { encoding: 'credential' }>,
): void {
  const [, other] = reference.key.keys
  fail('credential header missing', 'missing_signature', compact, withSignature(undefined))
  fail('credential header empty', 'missing_signature', compact, withSignature(''))
  ok('spaces around the credential are not part of it (RFC 9110 field value)', compact, withSignature(` ${signature}\t`))
  const sent = (key: string): string =>
    form === 'value' ? key : form === 'bearer' ? `Bearer ${key}` : `Basic ${Buffer.from(key).toString('base64')}`
  const last = bare.length - 1
  if (form === 'value') {
    fail(
      'credential with its last character changed',
      'signature_mismatch',
      compact,
      withSignature(sent(bare.slice(0, last) + (bare[last] === 'x' ? 'y' : 'x'))),
    )
    fail('credential with a character more', 'signature_mismatch', compact, withSignature(`${bare}x`))
    fail('credential cut short by one character', 'signature_mismatch', compact, withSignature(bare.slice(0, last)))
    fail('credential in another case', 'signature_mismatch', compact, withSignature(bare.toUpperCase()))
    fail('credential sent as a Bearer token', 'signature_mismatch', compact, withSignature(`Bearer ${bare}`))
  } else {
    const word = form === 'bearer' ? 'Bearer' : 'Basic'
    ok(`the word ${word} in lower case (auth schemes are case-insensitive)`, compact, withSignature(`${word.toLowerCase()} ${bare}`))
    ok(`two spaces after ${word}`, compact, withSignature(`${word}  ${bare}`))
    fail(`${word} missing`, 'malformed_signature', compact, withSignature(bare))
    fail(`${word} with nothing after it`, 'malformed_signature', compact, withSignature(word))
    fail(
      `${form === 'bearer' ? 'Basic' : 'Bearer'} instead of ${word}`,
      'malformed_signature',
      compact,
      withSignature(`${form === 'bearer' ? 'Basic' : 'Bearer'} ${bare}`),
    )
    fail(`a comma after the ${form === 'bearer' ? 'token' : 'base64'}`, 'malformed_signature', compact, withSignature(`${word} ${bare},`))
    if (form === 'basic') {
      const userinfo = Buffer.from(bare, 'base64').toString()
      fail(
        'Basic of a value without a colon',
        'malformed_signature',
        compact,
        withSignature(`Basic ${Buffer.from('hookproof').toString('base64')}`),
      )
      fail('Basic of text that is not base64', 'malformed_signature', compact, withSignature(`Basic ${userinfo}`))
      fail('Basic with the password changed', 'signature_mismatch', compact, withSignature(sent(`${userinfo}x`)))
      fail('Basic with the user in another case', 'signature_mismatch', compact, withSignature(sent(userinfo.toUpperCase())))
    } else {
      fail('Bearer token with a character more', 'signature_mismatch', compact, withSignature(sent(`${bare}x`)))
    }
  }
  fail('another credential', 'signature_mismatch', compact, withSignature(sent(other)))
  fail('credential longer than 4096 characters', 'malformed_signature', compact, withSignature(sent(`${bare}${'x'.repeat(4096)}`)))
}

/**
 * A JSON Web Token that binds the body (LiveKit): what the token must be
 * before any crypto (RFC 7515/7519, an algorithm of the allow-list), its
 * issuer, its expiry, and the body claim.
 */
function jwtCases({ reference, compact, ts, ok, fail, withSignature }: Cases): void {
  const [key, other] = reference.key.keys
  const now = Number(ts())
  const token = (change: Parameters<typeof livekitToken>[3], body: string = compact, secret = key, at = now) =>
    livekitToken(body, secret, at, change)
  const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${token({}).split('.')[1]}.`
  fail('signature header missing', 'missing_signature', compact, withSignature(undefined))
  fail('signature header empty', 'missing_signature', compact, withSignature(''))
  fail('alg none, no signature', 'malformed_signature', compact, withSignature(none))
  fail('alg none, with a signature', 'malformed_signature', compact, withSignature(token({ header: { alg: 'none' } })))
  fail('alg HS512 (not allowed)', 'malformed_signature', compact, withSignature(token({ header: { alg: 'HS512' } })))
  fail('alg RS256 (not allowed)', 'malformed_signature', compact, withSignature(token({ header: { alg: 'RS256' } })))
  fail('no alg', 'malformed_signature', compact, withSignature(token({ header: { alg: undefined } })))
  fail('a crit header parameter', 'malformed_signature', compact, withSignature(token({ header: { crit: ['exp'] } })))
  fail('typ other than JWT', 'malformed_signature', compact, withSignature(token({ header: { typ: 'at+jwt' } })))
  ok('typ in lower case', compact, withSignature(token({ header: { typ: 'jwt' } })))
  ok('no typ', compact, withSignature(token({ header: { typ: undefined } })))
  fail('two segments', 'malformed_signature', compact, withSignature(token({}).split('.').slice(0, 2).join('.')))
  fail('four segments', 'malformed_signature', compact, withSignature(`${token({})}.x`))
  fail('a padded segment', 'malformed_signature', compact, withSignature(`${token({})}=`))
  fail('Bearer in front (LiveKit sends the token alone)', 'malformed_signature', compact, withSignature(`Bearer ${token({})}`))
  fail(
    'signature of 31 bytes',
    'malformed_signature',
    compact,
    withSignature(token({}).replace(/\.[^.]+$/, `.${Buffer.alloc(31).toString('base64url')}`)),
  )
  fail('no iss', 'malformed_signature', compact, withSignature(token({ drop: ['iss'] })))
  fail('no exp', 'malformed_signature', compact, withSignature(token({ drop: ['exp'] })))
  fail('exp as a string', 'malformed_signature', compact, withSignature(token({ claims: { exp: String(now + 300) } })))
  fail('exp with a fraction', 'malformed_signature', compact, withSignature(token({ claims: { exp: now + 300.5 } })))
  fail('nbf as a string', 'malformed_signature', compact, withSignature(token({ claims: { nbf: String(now) } })))
  fail('no sha256 claim (the body unbound)', 'malformed_signature', compact, withSignature(token({ drop: ['sha256'] })))
  fail(
    'sha256 claim of 31 bytes',
    'malformed_signature',
    compact,
    withSignature(token({ claims: { sha256: Buffer.alloc(31).toString('base64') } })),
  )
  fail('sha256 claim in base64url', 'malformed_signature', compact, withSignature(token({ claims: { sha256: '_'.repeat(43) } })))
  fail(`longer than 8192 characters`, 'malformed_signature', compact, withSignature(token({ claims: { pad: 'x'.repeat(8192) } })))
  ok('no nbf: iat is the time', compact, withSignature(token({ drop: ['nbf'] })))
  ok('neither nbf nor iat: exp alone bounds it', compact, withSignature(token({ drop: ['nbf', 'iat'] })))
  fail('issuer another API key', 'signature_mismatch', compact, withSignature(token({ claims: { iss: 'APIsomeoneElse' } })))
  fail('sha256 claim of another body', 'signature_mismatch', compact, withSignature(token({}, `${compact} `)))
  fail('signed with another secret', 'signature_mismatch', compact, withSignature(token({}, compact, other)))
  ok('exp 10 s ago (the skew allowed)', compact, withSignature(token({ claims: { exp: now - 10 }, drop: ['nbf', 'iat'] })))
  fail('exp 11 s ago', 'timestamp_too_old', compact, withSignature(token({ claims: { exp: now - 11 }, drop: ['nbf', 'iat'] })))
  fail('exp passed, nbf fresh', 'timestamp_too_old', compact, withSignature(token({ claims: { nbf: now - 5, exp: now - 60 } })))
  ok('tolerance false: an expired token passes', compact, withSignature(token({ claims: { exp: now - 3600 } })), { tolerance: false })
  fail('nbf 11 s ahead', 'timestamp_too_new', compact, withSignature(token({ claims: { nbf: now + 11 } })))
}

/**
 * An OpenID Connect ID token from a key set that binds no body (Pub/Sub):
 * what the token must be before any crypto, the key its kid names, the
 * claims the caller configures (aud, email and email_verified) and the
 * issuers, and its lifetime.
 */
function idTokenCases({ reference, compact, ts, ok, fail, withSignature }: Cases): void {
  const [key, other] = reference.key.keys
  const now = Number(ts())
  type Change = Parameters<typeof googleIdToken>[2]
  const token = (change: Change = {}, pem = key) => `Bearer ${googleIdToken(pem, now, change)}`
  const bare = googleIdToken(key, now)
  const [head, claims, mac] = bare.split('.') as [string, string, string]
  const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  fail('signature header missing', 'missing_signature', compact, withSignature(undefined))
  fail('signature header empty', 'missing_signature', compact, withSignature(''))
  fail('Bearer missing', 'malformed_signature', compact, withSignature(bare))
  fail('Basic instead of Bearer', 'malformed_signature', compact, withSignature(`Basic ${bare}`))
  ok('the word bearer in lower case', compact, withSignature(`bearer ${bare}`))
  fail('alg none, no signature', 'malformed_signature', compact, withSignature(`Bearer ${segment({ alg: 'none', typ: 'JWT' })}.${claims}.`))
  // The public key's modulus as an HMAC secret: the confusion an algorithm the token chooses allows.
  const { n } = JSON.parse(JSON.stringify(reference.key.trust([key]).options!['jwks'])).keys[0] as { n: string }
  const hs256Input = `${segment({ alg: 'HS256', kid: rsaKeyId(key), typ: 'JWT' })}.${claims}`
  const hs256 = `${hs256Input}.${createHmac('sha256', n).update(hs256Input).digest('base64url')}`
  fail('alg HS256 keyed with the public key (algorithm confusion)', 'malformed_signature', compact, withSignature(`Bearer ${hs256}`))
  fail('alg RS512 (not allowed)', 'malformed_signature', compact, withSignature(token({ header: { alg: 'RS512' } })))
  fail('alg ES256 (not allowed)', 'malformed_signature', compact, withSignature(token({ header: { alg: 'ES256' } })))
  fail('a crit header parameter', 'malformed_signature', compact, withSignature(token({ header: { crit: ['exp'] } })))
  fail('kid a number', 'malformed_signature', compact, withSignature(token({ header: { kid: 7 } })))
  ok('no kid: every key of the JWKS is tried', compact, withSignature(token({ header: { kid: undefined } })))
  fail('a kid the JWKS does not have', 'signature_mismatch', compact, withSignature(token({ header: { kid: 'f'.repeat(40) } })))
  fail(
    "another key's signature under the trusted key's kid",
    'signature_mismatch',
    compact,
    withSignature(token({ header: { kid: rsaKeyId(key) } }, other)),
  )
  fail('two segments', 'malformed_signature', compact, withSignature(`Bearer ${head}.${claims}`))
  fail('four segments', 'malformed_signature', compact, withSignature(`Bearer ${bare}.x`))
  fail(
    'signature of 255 bytes',
    'malformed_signature',
    compact,
    withSignature(`Bearer ${head}.${claims}.${Buffer.from(mac, 'base64url').subarray(1).toString('base64url')}`),
  )
  fail(
    'signature of 256 zero bytes',
    'signature_mismatch',
    compact,
    withSignature(`Bearer ${head}.${claims}.${Buffer.alloc(256).toString('base64url')}`),
  )
  fail('no aud', 'malformed_signature', compact, withSignature(token({ drop: ['aud'] })))
  fail('aud a number', 'malformed_signature', compact, withSignature(token({ claims: { aud: 1 } })))
  fail('aud an empty array', 'malformed_signature', compact, withSignature(token({ claims: { aud: [] } })))
  ok('aud an array holding the audience', compact, withSignature(token({ claims: { aud: ['https://other.test', PUBSUB_AUDIENCE] } })))
  fail('aud another URL', 'signature_mismatch', compact, withSignature(token({ claims: { aud: `${PUBSUB_AUDIENCE}/` } })))
  fail('aud in another case', 'signature_mismatch', compact, withSignature(token({ claims: { aud: PUBSUB_AUDIENCE.toUpperCase() } })))
  ok('iss accounts.google.com, without the scheme', compact, withSignature(token({ claims: { iss: 'accounts.google.com' } })))
  fail('iss googleapis.com', 'signature_mismatch', compact, withSignature(token({ claims: { iss: 'googleapis.com' } })))
  fail('iss another issuer', 'signature_mismatch', compact, withSignature(token({ claims: { iss: 'https://accounts.example.com' } })))
  fail('no iss', 'malformed_signature', compact, withSignature(token({ drop: ['iss'] })))
  fail('email another service account', 'signature_mismatch', compact, withSignature(token({ claims: { email: `x${PUBSUB_EMAIL}` } })))
  fail('no email', 'malformed_signature', compact, withSignature(token({ drop: ['email'] })))
  fail('email_verified false', 'signature_mismatch', compact, withSignature(token({ claims: { email_verified: false } })))
  fail('email_verified "true" (a string)', 'signature_mismatch', compact, withSignature(token({ claims: { email_verified: 'true' } })))
  fail('no email_verified', 'signature_mismatch', compact, withSignature(token({ drop: ['email_verified'] })))
  fail('no exp', 'malformed_signature', compact, withSignature(token({ drop: ['exp'] })))
  fail('exp as a string', 'malformed_signature', compact, withSignature(token({ claims: { exp: String(now + 3600) } })))
  fail('iat with a fraction', 'malformed_signature', compact, withSignature(token({ claims: { iat: now + 0.5 } })))
  ok('no iat: exp alone bounds it', compact, withSignature(token({ drop: ['iat'] })))
  ok('exp 300 s ago (the skew allowed)', compact, withSignature(token({ claims: { iat: now - 3000, exp: now - 300 } })))
  fail('exp 301 s ago', 'timestamp_too_old', compact, withSignature(token({ claims: { iat: now - 3000, exp: now - 301 } })))
  ok('exp a day ahead (the most Google allows)', compact, withSignature(token({ claims: { exp: now + 86_400 } })))
  fail('exp a day and a second ahead', 'timestamp_too_new', compact, withSignature(token({ claims: { exp: now + 86_401 } })))
  fail('longer than 8192 characters', 'malformed_signature', compact, withSignature(token({ claims: { pad: 'x'.repeat(8192) } })))
  fail(`signed with another ${reference.keyNoun}`, 'signature_mismatch', compact, withSignature(token({}, other)))
}

/** Signed correctly, but not a JSON object naming its event. */
function payloadCases({ reference, events, first, compact, deliver, ok, fail }: Cases): void {
  const notUtf8 = Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])
  fail('invalid UTF-8 bytes, validly signed', 'invalid_payload', notUtf8, deliver(notUtf8))
  fail('empty body, validly signed', 'invalid_payload', '', deliver(''))
  fail('JSON array, validly signed', 'invalid_payload', '[]', deliver('[]'))
  fail('JSON null, validly signed', 'invalid_payload', 'null', deliver('null'))
  fail('truncated JSON, validly signed', 'invalid_payload', compact.slice(0, -1), deliver(compact.slice(0, -1)))
  const field = reference.eventField
  if (!field) {
    // Any object, so long as it carries what is signed (Kie.ai's task id, from the first sample).
    const any = reference.signedField ? { anything: [1, 2, 3], data: first.data } : { anything: [1, 2, 3] }
    ok('any JSON object passes (no event field to check)', JSON.stringify(any))
    return
  }
  const unnamed = `{"${field}":42}`
  const { [field]: _dropped, ...rest } = first
  const eventHeader = reference.headers.event
  if (!eventHeader) {
    fail(`"${field}" is not a string, validly signed`, 'invalid_payload', unnamed, deliver(unnamed))
    fail(`"${field}" missing from the body`, 'invalid_payload', JSON.stringify(rest), deliver(JSON.stringify(rest)))
    return
  }
  // The event is named in an unsigned header, so the body need not name it;
  // and that header never enters the body verify returns.
  const job = JSON.stringify(rest)
  const another = String(events.at(-1)![field])
  ok(`"${field}" is not a string, validly signed: the body as sent`, unnamed, deliver(unnamed))
  ok(`the unsigned ${eventHeader} is not merged into a body without ${field}`, job, deliver(job, { event: another }))
  ok(`the signed body ${field} stands, whatever ${eventHeader} says`, compact, deliver(compact, { event: another }))
  const headers = deliver(job)
  delete headers[eventHeader]
  ok(`no ${field} in the body nor in ${eventHeader}: the body as sent`, job, headers)
}

/**
 * A sender that uses Standard Webhooks' headers but not its entries or keys
 * (WaveSpeedAI's `v3,<hex>`, Pollo's one bare base64, ImageKit's text
 * secret): no `v1a`, no `whpk_` keys; the id is still signed.
 */
function standardVariant(
  { reference, compact, signature, bare, deliver, ok, fail, withHeader, withSignature }: Cases,
  format: Extract<SignatureFormat, { encoding: 'standard' }>,
  idHeader: string,
): void {
  const version = format.version ?? 'v1'
  const mac = format.mac ?? 'base64'
  const raw = Buffer.from(bare, mac)
  const entry = (bytes: Buffer | string): string => {
    const text = typeof bytes === 'string' ? bytes : bytes.toString(mac)
    return version === '' ? text : `${version},${text}`
  }
  const other = bareSignature(format, deliver(compact, { key: reference.key.keys[1] })[format.header]!)
  fail('signature header missing', 'missing_signature', compact, withSignature(undefined))
  fail('signature header empty', 'missing_signature', compact, withSignature(''))
  fail('a signature of one byte less', 'malformed_signature', compact, withSignature(entry(raw.subarray(1))))
  fail('a signature of one byte more', 'malformed_signature', compact, withSignature(entry(Buffer.concat([raw, Buffer.from([0])]))))
  fail(
    `the signature in ${mac === 'hex' ? 'base64' : 'hex'}`,
    'malformed_signature',
    compact,
    withSignature(entry(raw.toString(mac === 'hex' ? 'base64' : 'hex'))),
  )
  if (mac === 'hex') ok('uppercase hex', compact, withSignature(entry(bare.toUpperCase())))
  if (version === '') {
    // One bare signature: no list, no version.
    fail('two signatures separated by a space', 'malformed_signature', compact, withSignature(`${signature} ${signature}`))
    fail("Standard Webhooks' v1, before it", 'malformed_signature', compact, withSignature(`v1,${signature}`))
  } else {
    ok('several signatures, the valid one second (rotation)', compact, withSignature(`${entry(other)} ${signature}`))
    ok('an entry of another version is skipped', compact, withSignature(`v9,${bare} ${signature}`))
    fail('only another version', 'malformed_signature', compact, withSignature(`${version === 'v1' ? 'v2' : 'v1'},${bare}`))
    fail('no comma after the version', 'malformed_signature', compact, withSignature(`${version}${bare}`))
    fail("a v1a entry: not this sender's", 'malformed_signature', compact, withSignature(`v1a,${Buffer.alloc(64).toString('base64')}`))
    fail('17 signatures', 'malformed_signature', compact, withSignature(Array(17).fill(signature).join(' ')))
  }
  fail(`${idHeader} missing`, 'missing_signature', compact, withHeader(idHeader, undefined))
  fail(`${idHeader} changed after signing`, 'signature_mismatch', compact, withHeader(idHeader, 'msg_other'))
}

/** Signed with something else, or over something else. */
function forgeries({ reference, first, compact, deliver, ok, fail }: Cases): void {
  const [, other, third] = reference.key.keys
  if (!coversBody(reference)) {
    // The body is not signed: what the credential (or the token) cannot protect passes, and the vectors say so.
    fail(`sent with another ${reference.keyNoun}`, 'signature_mismatch', compact, deliver(compact, { key: other }))
    const why =
      reference.signature.encoding === 'credential'
        ? 'nothing is signed'
        : reference.signedField
          ? 'only the task id is signed'
          : 'the token does not cover it'
    ok(`body changed in transit: passes, ${why}`, `${compact.slice(0, -1)},"added":"in transit"}`, deliver(compact))
    ok(`body re-serialized: passes, ${why}`, JSON.stringify(first, null, 2), deliver(compact))
    fail(reference.key.rotation.fails, 'signature_mismatch', compact, deliver(compact), reference.key.trust([other, third]))
    return
  }
  fail(`signed with another ${reference.keyNoun}`, 'signature_mismatch', compact, deliver(compact, { key: other }))
  fail('body tampered after signing (one character)', 'signature_mismatch', compact.replace('"', '"x'), deliver(compact))
  fail('body re-serialized (pretty) after signing', 'signature_mismatch', JSON.stringify(first, null, 2), deliver(compact))
  fail('signature of an empty body', 'signature_mismatch', compact, deliver(''))
  fail(reference.key.rotation.fails, 'signature_mismatch', compact, deliver(compact), reference.key.trust([other, third]))
}

const MALFORMED_TIMESTAMPS: Record<TimeFormat, readonly string[]> = {
  unix: [
    'yesterday',
    '1736942400.5',
    '-1736942400',
    '+1736942400',
    '1736942400x',
    '1.7e9',
    '0x67879f00',
    '1736942400000000',
    '2025-01-15T12:00:00Z',
  ],
  'unix-ms': [
    'yesterday',
    '1736942400000.5',
    '-1736942400000',
    '+1736942400000',
    '1736942400000x',
    '1.7e12',
    '0x19469b8ca00',
    '1736942400000000',
    '2025-01-15T12:00:00Z',
  ],
  iso: [
    'yesterday',
    '1736942400',
    '2025-01-15 12:00:00Z',
    '2025-01-15T12:00:00',
    '2025-02-30T12:00:00Z',
    '2025-01-15T24:00:00Z',
    '2025-01-15T12:00:00+0200',
    'Wed, 15 Jan 2025 12:00:00 GMT',
  ],
}

/** The signed timestamp: its header, its form, the tolerance window, replays. */
function timestampCases({ reference, compact, ts, deliver, withHeader, ok, fail }: Cases): void {
  const time = reference.timestamp
  if (!time) return
  const { header, format, tolerance } = time
  if (header) {
    fail('timestamp header missing', 'missing_timestamp', compact, withHeader(header, undefined))
    fail('timestamp header empty', 'missing_timestamp', compact, withHeader(header, ''))
  }
  if (!tolerance) {
    // Signed as sent, never read as a time: no form is wrong, no age too old.
    ok('timestamp signed as sent, whatever its form (not read as a time)', compact, deliver(compact, { timestamp: '2025-01-15T12:00:00Z' }))
    ok('a year-old timestamp passes: there is no tolerance to check', compact, deliver(compact, { timestamp: ts(-365 * 86_400) }))
    fail('timestamp changed after signing', 'signature_mismatch', compact, retimed(reference, deliver(compact), ts(), ts(1)))
    return
  }
  if (header) {
    for (const value of MALFORMED_TIMESTAMPS[format])
      fail(`timestamp "${value}"`, 'malformed_timestamp', compact, deliver(compact, { timestamp: value }))
  }
  const at = (offset: number): Record<string, string> => deliver(compact, { timestamp: ts(offset) })
  const { past, future } = tolerance
  ok(`timestamp ${past - 1} s old`, compact, at(-past + 1))
  ok(`timestamp ${past} s old (the edge passes)`, compact, at(-past))
  fail(`timestamp ${past + 1} s old`, 'timestamp_too_old', compact, at(-past - 1))
  ok(`timestamp ${future - 1} s ahead`, compact, at(future - 1))
  ok(`timestamp ${future} s ahead (the edge passes)`, compact, at(future))
  fail(`timestamp ${future + 1} s ahead`, 'timestamp_too_new', compact, at(future + 1))
  fail('timestamp one hour ahead', 'timestamp_too_new', compact, at(3600))
  ok(`tolerance ${past + 300}: ${past + 1} s old passes`, compact, at(-past - 1), { tolerance: past + 300 })
  fail('tolerance { past: 60, future: 0 }: 61 s old', 'timestamp_too_old', compact, at(-61), { tolerance: { past: 60, future: 0 } })
  fail('tolerance { past: 60, future: 0 }: 1 s ahead', 'timestamp_too_new', compact, at(1), { tolerance: { past: 60, future: 0 } })
  ok('tolerance false: one day old passes', compact, at(-86_400), { tolerance: false })
  fail('old signature replayed with a fresh timestamp', 'signature_mismatch', compact, retimed(reference, at(-3600), ts(-3600), ts()))
  if (format === 'iso') {
    ok(
      'ISO timestamp with an offset and nanoseconds, signed as received',
      compact,
      deliver(compact, { timestamp: '2025-01-15T13:59:30.123456789+02:00' }),
    )
    ok('ISO timestamp without fraction', compact, deliver(compact, { timestamp: '2025-01-15T12:00:00Z' }))
  }
}

/** A signed timestamp in the body, checked only when a tolerance is asked for (retries resend old bodies). */
function bodyTimestampCases({ first, compact, deliver, ok, fail }: Cases, field: string): void {
  const aged = (offset: number): string => JSON.stringify({ ...first, [field]: new Date(NOW + offset * 1000).toISOString() })
  const signed = (body: string) => [body, deliver(body)] as const
  ok(`no tolerance: a ${String(first[field]).slice(0, 4)} body timestamp passes (retries resend old bodies)`, compact)
  ok('tolerance 300: body timestamp 299 s old passes', aged(-299), undefined, { tolerance: 300 })
  fail('tolerance 300: body timestamp 301 s old', 'timestamp_too_old', ...signed(aged(-301)), { tolerance: 300 })
  fail('tolerance 300: body timestamp 301 s ahead', 'timestamp_too_new', ...signed(aged(301)), { tolerance: 300 })
  const { [field]: _dropped, ...undated } = first
  fail('tolerance 300: body has no timestamp', 'missing_timestamp', ...signed(JSON.stringify(undated)), { tolerance: 300 })
  fail('tolerance 300: body timestamp not ISO 8601', 'malformed_timestamp', ...signed(JSON.stringify({ ...first, [field]: 'soon' })), {
    tolerance: 300,
  })
}

/**
 * AWS SNS: the message and its signature fields in the body, the type in a
 * header. What the body may carry besides the signed fields passes; every
 * signed field, the signature fields, the certificate URL's form and the
 * topic are checked.
 */
function snsCases(
  reference: Reference,
  events: readonly Record<string, unknown>[],
  vectors: Vector[],
  trusted: Pick<Vector, 'secret' | 'options'>,
): void {
  const [key, other, third] = reference.key.keys
  const signed = (message: Record<string, unknown>, signing: Partial<Signing> = {}): { headers: Record<string, string>; body: string } => {
    const text = JSON.stringify(message)
    const full = { key, timestamp: '', ...signing }
    return { headers: reference.deliver(text, full), body: reference.wrap!(text, full) as string }
  }
  const ok = (name: string, delivery: { headers: Record<string, string>; body: string }, extra: Partial<Vector> = {}) =>
    vectors.push({
      name,
      ...trusted,
      ...delivery,
      ...extra,
      expect: { event: String((JSON.parse(delivery.body) as Record<string, unknown>)['Type']) },
    })
  const fail = (name: string, error: string, delivery: { headers: Record<string, string>; body: string }, extra: Partial<Vector> = {}) =>
    vectors.push({ name, ...trusted, ...delivery, ...extra, expect: { error } })
  // A delivery with its body's signed JSON edited after signing.
  const edited = (delivery: { headers: Record<string, string>; body: string }, edit: (message: Record<string, unknown>) => void) => {
    const message = JSON.parse(delivery.body) as Record<string, unknown>
    edit(message)
    return { headers: delivery.headers, body: JSON.stringify(message) }
  }
  const withHeaders = (delivery: { headers: Record<string, string>; body: string }, headers: Record<string, string | undefined>) => {
    const copy: Record<string, string> = { ...delivery.headers }
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) delete copy[name]
      else copy[name] = value
    }
    return { headers: copy, body: delivery.body }
  }
  for (const event of events) ok(`${String(event['Type'])}: documented shape, signature version 1`, signed(event))
  const first = events[0]!
  const good = signed(first)
  ok('signature version 2 (RSA-SHA256)', signed(first, { signatureVersion: '2' }))
  ok('body changed in transit (pretty-printed, as SNS sends it): passes, only the fields are signed', {
    ...good,
    body: JSON.stringify(JSON.parse(good.body), null, 2),
  })
  ok(
    'keys in another order',
    edited(good, (m) => Object.assign(m, Object.fromEntries(Object.entries(m).reverse()))),
  )
  ok(
    'MessageAttributes changed in transit: passes, not signed',
    edited(good, (m) => {
      m['MessageAttributes'] = { tier: { Type: 'String', Value: 'gold' } }
    }),
  )
  ok(
    'UnsubscribeURL changed in transit: passes, not signed',
    edited(good, (m) => {
      m['UnsubscribeURL'] = 'https://example.test/'
    }),
  )
  ok('a Subject of null is no subject (Lambda-shaped)', signed({ ...first, Subject: null }))
  vectors.push({
    name: reference.key.rotation.passes,
    ...reference.key.trust([other, key]),
    ...good,
    expect: { event: String(first['Type']) },
  })
  fail(reference.key.rotation.fails, 'signature_mismatch', good, reference.key.trust([other, third]))
  fail('signed with another key, its certificate untrusted', 'signature_mismatch', signed(first, { key: third }))
  fail(
    'signed with another key, naming the trusted certificate',
    'signature_mismatch',
    edited(signed(first, { key: other }), (m) => {
      m['SigningCertURL'] = JSON.parse(good.body).SigningCertURL
    }),
  )
  fail('from a topic not passed in topicArn', 'signature_mismatch', good, {
    options: { ...trusted.options, topicArn: 'arn:aws:sns:us-west-2:123456789012:OtherTopic' },
  })
  fail(
    'TopicArn changed to another trusted topic',
    'signature_mismatch',
    edited(good, (m) => {
      m['TopicArn'] = 'arn:aws:sns:us-west-2:123456789012:Second'
    }),
    {
      options: { ...trusted.options, topicArn: [String(first['TopicArn']), 'arn:aws:sns:us-west-2:123456789012:Second'] },
    },
  )
  for (const name of ['Message', 'MessageId', 'Timestamp'] as const) {
    fail(
      `${name} changed after signing`,
      'signature_mismatch',
      edited(good, (m) => {
        m[name] = `${String(m[name])}x`
      }),
    )
  }
  // One field of the signed message set (or, undefined, removed) after signing.
  for (const [name, code, field, value] of [
    ['Subject added after signing', 'signature_mismatch', 'Subject', 'added'],
    ['Token added to a notification after signing', 'signature_mismatch', 'Token', 'added'],
    ['version 2 claimed for a version 1 signature', 'signature_mismatch', 'SignatureVersion', '2'],
    ['SignatureVersion 3', 'malformed_signature', 'SignatureVersion', '3'],
    ['SignatureVersion as a number', 'missing_signature', 'SignatureVersion', 1],
    ['Signature missing', 'missing_signature', 'Signature', undefined],
    ['SigningCertURL missing', 'missing_signature', 'SigningCertURL', undefined],
    ['Signature not base64', 'malformed_signature', 'Signature', `!${String(JSON.parse(good.body).Signature).slice(1)}`],
    ['Signature of 128 bytes (RSA-1024)', 'malformed_signature', 'Signature', Buffer.alloc(128, 1).toString('base64')],
    ['MessageId missing', 'invalid_payload', 'MessageId', undefined],
    ['Message not a string', 'invalid_payload', 'Message', { text: 'hi' }],
    ['a Subject that is a number', 'invalid_payload', 'Subject', 42],
  ] as const) {
    fail(
      name,
      code,
      edited(good, (m) => (value === undefined ? delete m[field] : (m[field] = value))),
    )
  }
  const url = String(JSON.parse(good.body).SigningCertURL)
  for (const [name, value] of [
    ['over http', url.replace('https:', 'http:')],
    ["another region's host", url.replace('us-west-2', 'us-east-1')],
    ['a look-alike host', url.replace('amazonaws.com', 'amazonaws.com.evil.test')],
    ['a port', url.replace('.com/', '.com:8443/')],
    ['user info', url.replace('https://', 'https://user@')],
    ['a query', `${url}?x=1`],
    ['not a .pem path', url.replace('.pem', '.txt')],
    ['not a URL', 'sns.us-west-2.amazonaws.com/cert.pem'],
  ] as const) {
    fail(
      `SigningCertURL with ${name}`,
      'malformed_signature',
      edited(good, (m) => {
        m['SigningCertURL'] = value
      }),
    )
  }
  fail('x-amz-sns-message-type missing', 'missing_signature', withHeaders(good, { 'x-amz-sns-message-type': undefined }))
  fail('x-amz-sns-message-type not a message type', 'malformed_signature', withHeaders(good, { 'x-amz-sns-message-type': 'Alert' }))
  fail(
    'x-amz-sns-message-type another type than the body',
    'malformed_signature',
    withHeaders(good, { 'x-amz-sns-message-type': 'UnsubscribeConfirmation' }),
  )
  fail('not JSON', 'invalid_payload', { ...good, body: good.body.slice(0, -1) })
  fail('a JSON array', 'invalid_payload', { ...good, body: `[${good.body}]` })
  const confirmation = events.find((event) => event['Type'] === 'SubscriptionConfirmation')!
  fail('a confirmation without its Token', 'invalid_payload', signed((({ Token: _t, ...rest }) => rest)(confirmation)))
  const notUtf8 = Buffer.concat([Buffer.from(good.body.slice(0, 20)), Buffer.from([0xff]), Buffer.from(good.body.slice(20))])
  vectors.push({
    name: 'invalid UTF-8',
    ...trusted,
    headers: good.headers,
    bodyBase64: notUtf8.toString('base64'),
    expect: { error: 'invalid_payload' },
  })
  // Timestamp is signed and kept on retries: checked only when a tolerance is asked for.
  const at = (offset: number) => signed({ ...first, Timestamp: new Date(NOW + offset * 1000).toISOString() })
  ok(`no tolerance: a ${String(first['Timestamp']).slice(0, 4)} Timestamp passes (retries keep it)`, good)
  ok('tolerance 300: Timestamp 299 s old passes', at(-299), { tolerance: 300 })
  fail('tolerance 300: Timestamp 301 s old', 'timestamp_too_old', at(-301), { tolerance: 300 })
  fail('tolerance 300: Timestamp 301 s ahead', 'timestamp_too_new', at(301), { tolerance: 300 })
  fail('tolerance 300: Timestamp not ISO 8601', 'malformed_timestamp', signed({ ...first, Timestamp: 'soon' }), { tolerance: 300 })
  fail('tolerance 300: Timestamp empty', 'missing_timestamp', signed({ ...first, Timestamp: '' }), { tolerance: 300 })
}

/**
 * Twilio's form parameters, signed after the URL (test/reference/twilio.ts):
 * the documented example, the URL spellings twilio-node accepts, what a
 * changed parameter or URL does, and bodies that are no form.
 */
function formCases(
  reference: Reference,
  events: readonly Record<string, unknown>[],
  vectors: Vector[],
  trusted: Pick<Vector, 'secret' | 'options'>,
): void {
  const [key, other, third] = reference.key.keys
  const url = reference.form!.url
  const header = reference.signature.header
  const type = { 'Content-Type': 'application/x-www-form-urlencoded' }
  const sign = (body: string, token = key, at = url): Record<string, string> => ({
    ...type,
    [header]: getExpectedTwilioSignature(token, at, formParams(body)),
  })
  const ok = (name: string, body: string, headers = sign(body), extra: Partial<Vector> = {}) =>
    vectors.push({ name, ...trusted, headers, body, ...extra, expect: { event: 'object' } })
  const fail = (name: string, error: string, body: Body, headers: Record<string, string>, extra: Partial<Vector> = {}) =>
    vectors.push({
      name,
      ...trusted,
      headers,
      ...(typeof body === 'string' ? { body } : { bodyBase64: body.toString('base64') }),
      ...extra,
      expect: { error },
    })
  const bodies = events.map((event) => formBody(event as Record<string, string>))
  const first = bodies[0]!
  const params = formParams(first) as Record<string, string>
  for (const [i, body] of bodies.entries())
    ok(`${String(events[i]!['CallStatus'] ?? events[i]!['SmsStatus'])}: documented shape, form-encoded`, body)

  // Twilio's "Webhooks security" example (auth token 12345): its signature, from the docs.
  const docsUrl = 'https://mycompany.com/myapp.php?foo=1&bar=2'
  const docsBody = 'CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212'
  // Each with its signature as the docs or the SDK's tests give it.
  const documented = (name: string, signature: string, body: string, expect: Vector['expect'], url = docsUrl) =>
    vectors.push({ name, secret: '12345', options: { url }, headers: { ...type, [header]: signature }, body, expect })
  documented("Twilio's documented example: auth token 12345, its URL and parameters", 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', docsBody, {
    event: 'object',
  })
  documented(
    "Twilio's documented example, the parameters in another order",
    'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
    docsBody.split('&').reverse().join('&'),
    { event: 'object' },
  )
  documented(
    "twilio-csharp's example: a host in mixed case, signed as configured",
    'g9IN/x4Cft2g517EjYvEvM/W7LU=',
    'CallSid=CA1234567890ABCDE&From=%2B14158675309&Digits=1234&To=%2B18005551212&Caller=%2B14158675309',
    { event: 'object' },
    'https://MyCompany.com/myapp.php?foo=1&bar=2',
  )
  documented(
    "twilio-python's example of a repeated parameter: signed, but no one value to return",
    'IK+Dwps556ElfBT0I3Rgjkr1wJU=',
    'Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234',
    { error: 'invalid_payload' },
  )

  // The body is not what is signed: the parameters are.
  ok(
    'the parameters re-encoded (%20 for spaces, reversed order)',
    Object.entries(params)
      .reverse()
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&'),
    sign(first),
  )
  ok('spaces as +, as browsers write forms', new URLSearchParams(params).toString(), sign(first))
  ok('an empty value and a name without =', `${first}&Empty=&Bare`, sign(`${first}&Empty=&Bare`))
  ok('empty pieces between & are skipped', `&&${first}&&`, sign(first))
  ok('unicode in a value, percent-encoded UTF-8', formBody({ ...params, Body: 'Fertig ✅ — 日本語 🎬 naïve' }))
  ok('a parameter named __proto__ is a parameter', `${first}&__proto__=x`, sign(`${first}&__proto__=x`))
  ok('no parameters at all', '', sign(''))
  fail('a parameter value changed after signing', 'signature_mismatch', formBody({ ...params, From: '+15550000000' }), sign(first))
  fail('a parameter added after signing', 'signature_mismatch', `${first}&Extra=1`, sign(first))
  const { CallSid: _removed, ...withoutCallSid } = params
  fail('a parameter removed after signing', 'signature_mismatch', formBody(withoutCallSid), sign(first))
  // Names and values are signed with no separator: where a shifted split sorts the same, it is the same string.
  ok(
    'a name and value split elsewhere (CallSid=CA… as CallS=idCA…): the signed string is the same',
    first.replace('CallSid=', 'CallS=id'),
    sign(first),
  )
  fail(
    'a name and value split elsewhere that sorts apart (Called=… as Ca=lled…)',
    'signature_mismatch',
    first.replace('Called=', 'Ca=lled'),
    sign(first),
  )

  // The URL is signed, spelled as twilio-node's validator accepts it.
  const port = url.replace('example.com', 'example.com:443')
  ok('signed with :443, verified without the port', first, sign(first, key, port))
  ok('signed without the port, verified with :443', first, sign(first), { options: { url: port } })
  const quoted = 'https://example.com/twilio/voice?agent=front%27desk'
  ok("signed with a ' in the query, verified with %27", first, sign(first, key, "https://example.com/twilio/voice?agent=front'desk"), {
    options: { url: quoted },
  })
  ok("signed with %27 in the query, verified with a '", first, sign(first, key, quoted), {
    options: { url: "https://example.com/twilio/voice?agent=front'desk" },
  })
  fail('signed for another path', 'signature_mismatch', first, sign(first, key, url.replace('/voice', '/status')))
  fail('signed for another query string', 'signature_mismatch', first, sign(first, key, url.replace('front-desk', 'sales')))
  fail('signed for http, verified for https', 'signature_mismatch', first, sign(first, key, url.replace('https:', 'http:')))
  fail('signed for another host', 'signature_mismatch', first, sign(first, key, url.replace('example.com', 'example.org')))
  fail(
    'a JSON webhook (bodySHA256 in the URL) is not verified',
    'signature_mismatch',
    '{"CallSid":"CA1234567890ABCDE","Caller":"+12349013030"}',
    { 'Content-Type': 'application/json', [header]: 'hqeF3G9Hrnv6/R0jOhoYDD2PPUs=' },
    { options: { url: 'https://example.com/myapp?bodySHA256=5ccde7145dfb8f56479710896586cb9d5911809d83afbe34627818790db0aec9' } },
  )

  // Keys.
  vectors.push({
    name: reference.key.rotation.passes,
    ...reference.key.trust([other, key]),
    headers: sign(first),
    body: first,
    expect: { event: 'object' },
  })
  fail(reference.key.rotation.fails, 'signature_mismatch', first, sign(first), reference.key.trust([other, third]))
  fail('signed with another auth token', 'signature_mismatch', first, sign(first, other))

  // The signature header, strictly, before any crypto.
  const good = sign(first)[header]!
  const withSignature = (value: string | undefined): Record<string, string> => {
    const headers: Record<string, string> = { ...type }
    if (value !== undefined) headers[header] = value
    return headers
  }
  ok('the signature without its = padding', first, withSignature(good.replace(/=+$/, '')))
  fail('no signature header', 'missing_signature', first, withSignature(undefined))
  fail('an empty signature header', 'missing_signature', first, withSignature(''))
  fail('the signature in hex', 'malformed_signature', first, withSignature(Buffer.from(good, 'base64').toString('hex')))
  fail(
    'the signature in URL-safe base64',
    'malformed_signature',
    first,
    withSignature(Buffer.from(good, 'base64').toString('base64url').replace(/^./, '-')),
  )
  fail(
    'a signature one byte short',
    'malformed_signature',
    first,
    withSignature(Buffer.from(good, 'base64').subarray(1).toString('base64')),
  )
  fail(
    'a signature one byte long',
    'malformed_signature',
    first,
    withSignature(Buffer.concat([Buffer.from(good, 'base64'), Buffer.from([0])]).toString('base64')),
  )
  fail('two signatures, comma-separated', 'malformed_signature', first, withSignature(`${good},${good}`))
  fail(
    'the signature with one bit flipped',
    'signature_mismatch',
    first,
    withSignature(Buffer.from(Buffer.from(good, 'base64').map((b, i) => (i === 19 ? b ^ 1 : b))).toString('base64')),
  )

  // Bodies that are no form: nothing to check the signature against.
  fail('a bad % escape', 'invalid_payload', 'Body=100%zz', withSignature(good))
  fail('a % escape of bytes that are not UTF-8', 'invalid_payload', 'Body=%FF%FE', withSignature(good))
  fail('an escaped lone surrogate (CESU-8)', 'invalid_payload', 'Body=%ED%A0%80', withSignature(good))
  fail('body bytes that are not UTF-8', 'invalid_payload', Buffer.from([0x42, 0x3d, 0xff, 0xfe]), withSignature(good))
  const many = Array.from({ length: 1001 }, (_, i) => `p${i}=${i}`).join('&')
  fail('1,001 parameters', 'invalid_payload', many, withSignature(good))
  ok('1,000 parameters', Array.from({ length: 1000 }, (_, i) => `p${i}=${i}`).join('&'))
  fail('a parameter sent twice, validly signed', 'invalid_payload', `${first}&From=%2B15550000000`, sign(`${first}&From=%2B15550000000`))
}

/** What only one provider has. */
const providerCases: Partial<Record<string, (cases: Cases) => void>> = {
  // Kie.ai signs the task id from the body, not the body: the id may not change, and a body without one cannot be checked.
  kie({ first, compact, deliver, ok, fail }) {
    const data = first.data as Record<string, unknown>
    const withData = (changes: Record<string, unknown>) => JSON.stringify({ ...first, data: { ...data, ...changes } })
    const other = withData({ taskId: 'task_99999999' })
    fail('the task id changed after signing', 'signature_mismatch', other, deliver(compact))
    fail('the task id of another delivery, its signature kept', 'signature_mismatch', compact, deliver(other))
    ok(
      'state and results changed, the task id kept: passes, only the task id is signed',
      withData({ state: 'fail', resultJson: '' }),
      deliver(compact),
    )
    const { taskId, ...noId } = data
    const snake = JSON.stringify({ ...first, data: { ...noId, task_id: taskId } })
    ok('the task id in data.task_id (Suno, the docs sample)', snake)
    ok('data.taskId and data.task_id: taskId is the one signed', withData({ task_id: 'task_other' }))
    fail(
      'data.task_id signed, data.taskId sent beside it',
      'signature_mismatch',
      withData({ task_id: 'task_other' }),
      deliver(withData({ taskId: 'task_other' })),
    )
    for (const [name, body] of [
      ['no data', JSON.stringify({ code: 200, msg: 'ok' })],
      ['data without a task id', JSON.stringify({ ...first, data: noId })],
      ['an empty task id', withData({ taskId: '' })],
      ['a task id that is a number', withData({ taskId: 12345678 })],
      ['a task id at the top level only', JSON.stringify({ ...first, taskId, data: noId })],
      ['data is an array', JSON.stringify({ ...first, data: [data] })],
      ['not JSON', 'task_12345678'],
    ] as const)
      fail(`${name}: no task id to check`, 'invalid_payload', body, deliver(body))
  },
  // fal signs its request and user ids along with the body.
  fal({ compact, fail, withHeader }) {
    fail('user id changed after signing', 'signature_mismatch', compact, withHeader('X-Fal-Webhook-User-Id', 'user_9999'))
    fail('request id changed after signing', 'signature_mismatch', compact, withHeader('X-Fal-Webhook-Request-Id', 'req_other'))
    fail('request id header missing', 'missing_signature', compact, withHeader('X-Fal-Webhook-Request-Id', undefined))
    fail('user id header missing', 'missing_signature', compact, withHeader('X-Fal-Webhook-User-Id', undefined))
  },
  // The header is the receiver's to name: read in any case, and no other.
  assemblyai({ reference, compact, signature, push, firstEvent }) {
    const [key] = reference.key.keys
    push({
      name: 'the named header in another case',
      secret: key,
      options: { header: 'x-my-webhook-secret' },
      headers: { 'Content-Type': 'application/json', 'X-MY-WEBHOOK-SECRET': signature },
      body: compact,
      expect: { event: firstEvent },
    })
    push({
      name: 'the credential in a header other than the one named',
      secret: key,
      options: { header: 'X-Other-Secret' },
      headers: { 'Content-Type': 'application/json', 'X-My-Webhook-Secret': signature },
      body: compact,
      expect: { error: 'missing_signature' },
    })
  },
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const reference of references()) {
    const file = generate(reference)
    writeFileSync(vectorPath(reference.provider), `${JSON.stringify(file, null, 2)}\n`)
    console.log(`${reference.provider}: ${file.vectors.length} vectors`)
  }
  const regressions = { now: NOW, vectors: generateRegressions() }
  writeFileSync(vectorPath('regressions'), `${JSON.stringify(regressions, null, 2)}\n`)
  console.log(`regressions: ${regressions.vectors.length} vectors`)
}
