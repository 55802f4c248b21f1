/**
 * What errors say. A message names the check and the header involved, with
 * the numbers that matter, and never the secret, signature or body (see
 * provider.test.ts); TypeErrors say how to fix the call.
 */
import { describe, expect, it } from 'vitest'
import * as hookproof from '../src/index.js'
import { defineProvider, hmacHexScheme, WebhookVerificationError } from '../src/index.js'
import { samples } from './reference/samples.js'
import { describeFormat, references, stamp, timeOf, trusting, type Reference } from './reference/signers.js'
import { readVectors } from './vectors/format.js'

/** The hex signatures over a text secret: the messages below are theirs. */
const hexProviders = references().filter((reference) => reference.signature.encoding === 'hex' && reference.key.kind === 'text secret')
const hexOf = (reference: Reference) => {
  if (reference.signature.encoding !== 'hex') throw new Error(`${reference.provider} has no hex signature`)
  return reference.signature
}
type Verify = (input: hookproof.WebhookInput, options: hookproof.VerifyOptions) => Promise<unknown>

async function messageOf(promise: Promise<unknown>): Promise<{ code?: string; message: string; name: string }> {
  try {
    await promise
  } catch (error) {
    return error as { code?: string; message: string; name: string }
  }
  throw new Error('expected a rejection')
}

describe.each(hexProviders)('$provider verification messages', (reference) => {
  const file = readVectors(reference.provider)
  const verify = (hookproof as unknown as Record<string, { verify: Verify }>)[reference.provider]!.verify
  // The provider's name, as its messages give it.
  const name = reference.name
  const { header: signatureHeader, prefix, bytes, separator, alsoBytes = [] } = hexOf(reference)
  const encoded = `${prefix ? `"${prefix}" followed by ` : ''}${[bytes, ...alsoBytes].map((n) => n * 2).join(' or ')} hex digits`
  const timestamp = reference.timestamp?.header ? { ...reference.timestamp, header: reference.timestamp.header } : undefined

  it.each(file.vectors.filter((v) => 'error' in v.expect).map((v) => [v.name, v] as const))('%s', async (_label, vector) => {
    const body = vector.bodyBase64 === undefined ? vector.body! : Buffer.from(vector.bodyBase64, 'base64')
    const options = { secret: vector.secret!, now: file.now, ...(vector.tolerance === undefined ? {} : { tolerance: vector.tolerance }) }
    const error = await messageOf(verify({ headers: vector.headers, body }, options))
    const code = (vector.expect as { error: string }).error
    expect(error.code).toBe(code)
    const stamp = timestamp && vector.headers[timestamp.header]
    switch (code) {
      case 'missing_signature':
        expect(error.message).toBe(`The ${signatureHeader} header is missing or empty.`)
        break
      case 'malformed_signature':
        expect(error.message).toBe(
          separator === undefined
            ? `The ${signatureHeader} header is not ${encoded}.`
            : (vector.headers[signatureHeader] ?? '').split(separator).length > 16
              ? `The ${signatureHeader} header carries more than 16 signatures.`
              : `The ${signatureHeader} header has no signature that is ${encoded}.`,
        )
        break
      case 'missing_timestamp':
        expect(error.message).toBe(
          timestamp
            ? `The ${timestamp.header} header is missing or empty.`
            : `The ${name} body has no "timestamp" to check the tolerance against.`,
        )
        break
      case 'malformed_timestamp':
        expect(error.message).toBe(
          timestamp
            ? `The ${timestamp.header} header is not ${describeFormat(timestamp.format)}.`
            : `The ${name} body's "timestamp" is not an ISO 8601 date-time.`,
        )
        break
      case 'timestamp_too_old':
      case 'timestamp_too_new': {
        const signedAt = stamp
          ? timeOf(timestamp!.format, stamp)
          : Date.parse((JSON.parse(vector.body!) as { timestamp: string }).timestamp)
        const seconds = Math.round(Math.abs(file.now - signedAt) / 1000)
        const tolerance = vector.tolerance ?? reference.timestamp?.tolerance ?? 300
        const allowed = typeof tolerance === 'object' ? (code === 'timestamp_too_old' ? tolerance.past : tolerance.future) : tolerance
        expect(error.message).toBe(
          code === 'timestamp_too_old'
            ? `The delivery's timestamp is ${seconds} s old, more than the ${allowed} s tolerance allows.`
            : `The delivery's timestamp is ${seconds} s in the future, more than the ${allowed} s tolerance allows.`,
        )
        break
      }
      case 'signature_mismatch': {
        const count = Array.isArray(vector.secret) ? vector.secret.length : 1
        expect(error.message).toBe(
          `The ${name} signature does not match the body with ${count === 1 ? 'the secret' : `any of the ${count} secrets`}. Check the secret, and that the body reaches verify as the raw bytes received (not re-serialized JSON).`,
        )
        break
      }
      case 'invalid_payload':
        expect(error.message).toMatch(
          new RegExp(
            `^The ${name} body (is not valid UTF-8|is not valid JSON|is not a JSON object|does not name its event in "${reference.eventField}")`,
          ),
        )
        break
      default:
        throw new Error(`no message check for ${code}`)
    }
  })

  it('invalid payloads say which of the four checks failed', async () => {
    const sign = (
      hookproof as unknown as Record<string, { sign(p: unknown, o: object): Promise<{ headers: Record<string, string>; body: string }> }>
    )[reference.provider]!.sign
    const cases: Array<[string | Uint8Array, RegExp]> = [
      [new Uint8Array([0x7b, 0xff, 0x7d]), /is not valid UTF-8\.$/],
      ['{"unterminated', /is not valid JSON\.$/],
      ['42', /is not a JSON object\.$/],
      ['"text"', /is not a JSON object\.$/],
      ['null', /is not a JSON object\.$/],
      ['[1]', /is not a JSON object\.$/],
    ]
    // RemoveBGVideo's body need not name its event (the name comes in an unsigned header).
    if (!reference.headers.event && reference.eventField)
      cases.push(['{}', new RegExp(`does not name its event in "${reference.eventField}"\\.$`)])
    for (const [body, message] of cases) {
      const text = typeof body === 'string' ? body : Buffer.from(body).toString('latin1')
      const delivery = await sign(text, { secret: 'k', event: 'job.completed' })
      if (reference.headers.event) delete delivery.headers[reference.headers.event]
      const signed = typeof body === 'string' ? delivery : { headers: signBytes(reference, body), body }
      const error = await messageOf(verify({ headers: signed.headers, body: signed.body }, { secret: 'k' }))
      expect(error.code, String(body)).toBe('invalid_payload')
      expect(error.message, String(body)).toMatch(message)
    }
  })
})

/** Headers for a body given as bytes, signed by the provider's reference signer. */
function signBytes(reference: Reference, body: Uint8Array): Record<string, string> {
  return reference.deliver(Buffer.from(body), { key: 'k', timestamp: stamp(reference.timestamp?.format ?? 'unix', Date.now()) })
}

describe('caller mistakes', () => {
  const delivery = { headers: {}, body: '{}' }

  it.each([
    [
      undefined,
      /^hookproof: options\.secret is undefined\. Pass the signing secret, e\.g\. \{ secret: process\.env\.EVERSINCE_WEBHOOK_SECRET \} \(is that environment variable set\?\)\.$/,
    ],
    [null, /^hookproof: options\.secret is null\. /],
    ['', /^hookproof: options\.secret is an empty string\. /],
    [
      42,
      /^hookproof: options\.secret must be a non-empty string or Uint8Array, e\.g\. \{ secret: process\.env\.EVERSINCE_WEBHOOK_SECRET \}\.$/,
    ],
    [{ length: 5 }, /^hookproof: options\.secret must be a non-empty string or Uint8Array/],
    [new Uint8Array(0), /^hookproof: options\.secret must be a non-empty string or Uint8Array/],
    [' padded', /^hookproof: options\.secret starts or ends with whitespace/],
    ['padded\t', /^hookproof: options\.secret starts or ends with whitespace/],
    [[], /^hookproof: options\.secret is an empty array\. Pass at least one Eversince signing secret\.$/],
    [['ok', undefined], /^hookproof: options\.secret\[1\] is undefined\./],
  ])('secret %j', async (secret, message) => {
    const error = await messageOf(hookproof.eversince.verify(delivery, { secret } as unknown as hookproof.VerifyOptions))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toMatch(message)
  })

  it('a Uint8Array secret with whitespace bytes is raw key material, not a mistake', async () => {
    const error = await messageOf(hookproof.eversince.verify(delivery, { secret: new Uint8Array([32, 65, 32]) }))
    expect(error).toBeInstanceOf(WebhookVerificationError)
  })

  it('names the environment variable after the provider', async () => {
    const acme = defineProvider<{ event: string }>()({
      name: 'Acme Labs.io',
      scheme: hmacHexScheme({ signatureHeader: 'x-sig' }),
      eventField: 'event',
      events: {},
    })
    expect((await messageOf(acme.verify(delivery, { secret: '' }))).message).toContain('process.env.ACME_LABS_IO_WEBHOOK_SECRET')
    const named = defineProvider<{ event: string }>()({
      name: 'Acme',
      secretEnv: 'ACME_SIGNING_KEY',
      scheme: hmacHexScheme({ signatureHeader: 'x-sig' }),
      eventField: 'event',
      events: {},
    })
    expect((await messageOf(named.sign({ event: 'x' }, { secret: '' }))).message).toContain('process.env.ACME_SIGNING_KEY')
  })

  it.each([
    [
      undefined,
      /^hookproof: verify needs options with the signing secret, e\.g\. verify\(request, \{ secret: process\.env\.ADSUMO_WEBHOOK_SECRET \}\)\.$/,
    ],
    [null, /^hookproof: verify needs options/],
    ['secret', /^hookproof: verify needs options/],
  ])('options %j', async (options, message) => {
    expect((await messageOf(hookproof.adsumo.verify(delivery, options as never))).message).toMatch(message)
  })

  it.each([
    [
      { headers: {}, body: 42 },
      /^hookproof: the body is number, not the raw bytes\. Signatures cover the exact bytes sent: pass the raw body/,
    ],
    [
      { headers: {}, body: { event: 'x' } },
      /^hookproof: the body is Object, not the raw bytes\..*express\.raw\(\{ type: \(\) => true \}\) \(every Content-Type\) instead of express\.json\(\)/,
    ],
    [{ headers: {}, body: new Map() }, /^hookproof: the body is Map, not the raw bytes/],
    [{ headers: {}, body: Object.create(null) as object }, /^hookproof: the body is object, not the raw bytes/],
    [
      { headers: {}, body: undefined },
      /^hookproof: the body is missing\. Signatures cover the exact bytes sent: pass the raw body \(string, Uint8Array\/Buffer or ArrayBuffer\), e\.g\. express\.raw/,
    ],
    [{ headers: {}, body: null }, /^hookproof: the body is missing\./],
    [{ headers: null, body: '{}' }, /^hookproof: headers must be a Headers object or a plain object of header values, got null\.$/],
    [{ headers: 'x-a: 1', body: '{}' }, /^hookproof: headers must be .* got string\.$/],
    [{ body: '{}' }, /^hookproof: headers must be .* got undefined\.$/],
    [null, /^hookproof: verify expects a Request or \{ headers, body \}, got null\.$/],
    ['{}', /^hookproof: verify expects a Request or \{ headers, body \}, got string\.$/],
    [
      { headers: { 'X-Adsumo-Signature': 5 }, body: '{}' },
      /^hookproof: header "X-Adsumo-Signature" has a value of type number; header values must be strings or arrays of strings/,
    ],
  ])('input %#', async (input, message) => {
    const error = await messageOf(hookproof.adsumo.verify(input as unknown as hookproof.WebhookInput, { secret: 'k' }))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toMatch(message)
  })

  it.each([
    [
      { tolerance: -1 },
      /^hookproof: tolerance must be a number of seconds \(>= 0\), \{ past, future \} in seconds, or false to turn the timestamp check off\.$/,
    ],
    [{ tolerance: null }, /^hookproof: tolerance must be/],
    [{ tolerance: { past: 5 } }, /^hookproof: tolerance must be/],
    [{ now: 'yesterday' }, /^hookproof: options\.now must be a valid Date or a number of milliseconds since the epoch\.$/],
  ])('options %j', async (extra, message) => {
    const error = await messageOf(hookproof.eversince.verify(delivery, { secret: 'k', ...extra } as unknown as hookproof.VerifyOptions))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toMatch(message)
  })

  it('a tolerance for a provider that signs no timestamp says why it is refused', async () => {
    expect((await messageOf(hookproof.adsumo.verify(delivery, { secret: 'k', tolerance: 60 } as never))).message).toBe(
      'hookproof: Adsumo signs no timestamp hookproof can read, so a tolerance cannot be checked. Remove the option and make the handler idempotent (de-duplicate deliveries) to stop replays.',
    )
  })

  it.each([
    [
      samples.adsumo[0],
      undefined,
      /^hookproof: sign needs options with the signing secret, e\.g\. sign\(payload, \{ secret: process\.env\.ADSUMO_WEBHOOK_SECRET \}\)\.$/,
    ],
    [undefined, { secret: 'k' }, /^hookproof: sign needs a payload object \(serialized with JSON\.stringify\) or a raw string\.$/],
    [samples.adsumo[0], { secret: 'k', timestamp: 'now' }, /^hookproof: options\.timestamp must be a valid Date/],
  ])('sign %#', async (payload, options, message) => {
    const error = await messageOf(hookproof.adsumo.sign(payload as never, options as never))
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toMatch(message)
  })

  it('RemoveBGVideo sign needs an event name, from the options or the payload', async () => {
    for (const event of [undefined, '']) {
      const error = await messageOf(
        hookproof.removebgvideo.sign('{"id":"job_1"}', { secret: 'k', ...(event === undefined ? {} : { event: event as never }) }),
      )
      expect(error.message).toBe(
        'hookproof: RemoveBGVideo sends the event name in X-Webhook-Event: pass options.event or a payload with "event".',
      )
    }
    expect((await hookproof.removebgvideo.sign('{"event":"job.failed"}', { secret: 'k' })).headers['X-Webhook-Event']).toBe('job.failed')
    expect((await hookproof.removebgvideo.sign('not json', { secret: 'k', event: 'job.started' })).headers['X-Webhook-Event']).toBe(
      'job.started',
    )
  })
})

describe('more caller and sender edges', () => {
  it('VideoPilot with a tolerance: an empty body timestamp is missing, not malformed', async () => {
    const delivery = await hookproof.videopilot.sign({ ...samples.videopilot[0]!, timestamp: '' }, { secret: 'k' })
    const error = await messageOf(hookproof.videopilot.verify(delivery, { secret: 'k', tolerance: 300 }))
    expect(error).toMatchObject({
      code: 'missing_timestamp',
      message: 'The VideoPilot body has no "timestamp" to check the tolerance against.',
    })
  })

  it('sign names the option it refuses', async () => {
    expect((await messageOf(hookproof.eversince.sign('{}', null as never))).message).toMatch(
      /^hookproof: sign needs options with the signing secret/,
    )
    expect((await messageOf(hookproof.eversince.sign('{}', { secret: ' k' }))).message).toMatch(
      /^hookproof: options\.secret starts or ends with whitespace/,
    )
  })
})

describe("another provider's delivery", () => {
  // Every ordered pair of providers whose signature headers differ: the
  // message of the missing header names the one the delivery carries. A
  // header not named as a signature (Authorization, X-Webhook-Secret) is
  // one many deliveries carry: it is not named.
  const all = references()
  const pairs = all
    .filter((sender) => /signature/i.test(sender.signature.header))
    .flatMap((sender) =>
      all
        .filter((receiver) => receiver.signature.header.toLowerCase() !== sender.signature.header.toLowerCase())
        .map((receiver) => [sender.provider, receiver.provider, sender, receiver] as const),
    )

  it.each(pairs)('%s sent to %s names the header it carries', async (_from, _to, sender, receiver) => {
    const headers = {
      [sender.signature.header]: 'anything',
      'content-type': 'application/json',
    }
    const verify = (hookproof as unknown as Record<string, { verify: (input: unknown, options: unknown) => Promise<unknown> }>)[
      receiver.provider
    ]!.verify
    for (const input of [{ headers, body: '{}' }, new Request('https://x.test', { method: 'POST', headers, body: '{}' })]) {
      const error = await messageOf(verify(input, trusting(receiver)))
      expect(error.code).toBe('missing_signature')
      expect(error.message).toContain(`The delivery carries ${sender.signature.header.toLowerCase()}: another provider's delivery`)
    }
  })

  it('says nothing of other headers when none looks like a signature', async () => {
    const error = await messageOf(hookproof.eversince.verify({ headers: { 'x-request-id': 'r1' }, body: '{}' }, { secret: 's' }))
    expect(error.message).toBe('The X-Eversince-Signature header is missing or empty.')
  })
})
