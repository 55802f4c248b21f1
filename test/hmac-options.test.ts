/**
 * The options that widen the two HMAC families: the hash, the encoding, the
 * timestamp's place and joiner, a list of signatures, and the Stripe-style
 * header's timestamp tag and format. Each delivery is signed here with
 * node:crypto the way a provider's docs write it, never with hookproof, and
 * verified on both engines.
 */
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  base64Signature,
  hexSignature,
  standardWebhooksScheme,
  defineProvider,
  hmacScheme,
  type SignatureEncoding,
  stripeStyleScheme,
  unixMilliseconds,
  unixSeconds,
  type WebhookVerificationErrorCode,
} from '../src/index.js'
import type { HashName } from '../src/crypto/engine.js'
import { engines, useEngine } from './engines.js'

const SECRET = 'test_secret_0123456789'
const BODY = '{"type":"job.done","id":"job_1","note":"naïve ✅"}'
const NOW = 1_700_000_000_000
const SECONDS = String(NOW / 1000)
const MILLIS = String(NOW)

type Event = { type: 'job.done'; id: string }
const events = { 'job.done': true } as const

function mac(hash: 'sha256' | 'sha512' | 'sha1', content: string, encoding: 'hex' | 'base64' = 'hex'): string {
  return createHmac(hash, SECRET).update(content, 'utf8').digest(encoding)
}

async function outcome(promise: Promise<unknown>): Promise<WebhookVerificationErrorCode | 'ok' | string> {
  try {
    await promise
    return 'ok'
  } catch (error) {
    return (error as { code?: string }).code ?? String(error)
  }
}

const hmacCases: Array<{
  name: string
  options: Parameters<typeof hmacScheme>[0]
  headers: Record<string, string>
}> = [
  {
    name: 'SHA-512, prefixed hex (Remotion)',
    options: { signatureHeader: 'X-Sig', prefix: 'sha512=', hash: 'SHA-512' },
    headers: { 'X-Sig': `sha512=${mac('sha512', BODY)}` },
  },
  {
    name: 'SHA-1, base64',
    options: { signatureHeader: 'X-Sig', hash: 'SHA-1', encoding: base64Signature },
    headers: { 'X-Sig': mac('sha1', BODY, 'base64') },
  },
  {
    name: 'SHA-256, base64, over <timestamp>.<body>',
    options: { signatureHeader: 'X-Sig', encoding: base64Signature, timestamp: { header: 'X-Ts', format: unixSeconds } },
    headers: { 'X-Sig': mac('sha256', `${SECONDS}.${BODY}`, 'base64'), 'X-Ts': SECONDS },
  },
  {
    name: 'the timestamp after the body, <body>.<timestamp> (Hume)',
    options: { signatureHeader: 'X-Sig', timestamp: { header: 'X-Ts', format: unixSeconds, position: 'after' } },
    headers: { 'X-Sig': mac('sha256', `${BODY}.${SECONDS}`), 'X-Ts': SECONDS },
  },
  {
    name: 'another joiner, <timestamp>:<body>',
    options: { signatureHeader: 'X-Sig', timestamp: { header: 'X-Ts', format: unixSeconds, joiner: ':' } },
    headers: { 'X-Sig': mac('sha256', `${SECONDS}:${BODY}`), 'X-Ts': SECONDS },
  },
  {
    name: 'a list, the second signature valid (Baseten while rotating)',
    options: { signatureHeader: 'X-Sig', prefix: 'v1=', separator: ',' },
    headers: { 'X-Sig': `v1=${'0'.repeat(64)}, v1=${mac('sha256', BODY)}` },
  },
  {
    name: 'a list of one',
    options: { signatureHeader: 'X-Sig', prefix: 'v1=', separator: ',' },
    headers: { 'X-Sig': `v1=${mac('sha256', BODY)}` },
  },
]

const stripeCases: Array<{
  name: string
  options: Parameters<typeof stripeStyleScheme>[0]
  header: string
}> = [
  {
    name: 'time= and sig1= (Cloudflare Stream)',
    options: { header: 'Webhook-Signature', timestampKey: 'time', version: 'sig1', joiner: '.' },
    header: `time=${SECONDS},sig1=${mac('sha256', `${SECONDS}.${BODY}`)}`,
  },
  {
    name: 'milliseconds (ImageKit)',
    options: { header: 'Webhook-Signature', version: 'v1', joiner: '.', format: unixMilliseconds },
    header: `t=${MILLIS},v1=${mac('sha256', `${MILLIS}.${BODY}`)}`,
  },
  {
    name: 'v= and d=, milliseconds after the body with no joiner (Retell)',
    options: { header: 'Webhook-Signature', timestampKey: 'v', version: 'd', joiner: '', position: 'after', format: unixMilliseconds },
    header: `v=${MILLIS},d=${mac('sha256', `${BODY}${MILLIS}`)}`,
  },
]

describe.each(engines)('$name engine', (engine) => {
  useEngine(engine)

  describe.each(hmacCases)('hmacScheme: $name', ({ options, headers }) => {
    const provider = defineProvider<Event>()({ name: 'Acme', scheme: hmacScheme(options), eventField: 'type', events })
    const verify = (h: Record<string, string>, body = BODY) =>
      outcome(provider.verify({ headers: h, body }, { secret: SECRET, now: NOW } as never))

    it("verifies the provider's own signature, and refuses a changed body or signature", async () => {
      expect(await verify(headers)).toBe('ok')
      expect(await verify(headers, BODY.replace('job_1', 'job_2'))).toBe('signature_mismatch')
      const signature = headers['X-Sig']!
      const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1)
      expect(['signature_mismatch', 'malformed_signature']).toContain(await verify({ ...headers, 'X-Sig': flipped }))
    })

    it('signs what the docs compute', async () => {
      const signed = await provider.sign(JSON.parse(BODY), { secret: SECRET, timestamp: NOW } as never)
      const expected = { ...headers }
      // A list is signed with the one secret given.
      if (options.separator) expected['X-Sig'] = `v1=${mac('sha256', signed.body)}`
      expect(signed.body).toBe(BODY)
      expect(signed.headers).toEqual({ 'Content-Type': 'application/json', ...expected })
    })
  })

  describe.each(stripeCases)('stripeStyleScheme: $name', ({ options, header }) => {
    const provider = defineProvider<Event>()({ name: 'Acme', scheme: stripeStyleScheme(options), eventField: 'type', events })
    const verify = (value: string, body = BODY, now = NOW) =>
      outcome(provider.verify({ headers: { 'Webhook-Signature': value }, body }, { secret: SECRET, now }))

    it("verifies the provider's own signature within the tolerance, and refuses a changed body or an old delivery", async () => {
      expect(await verify(header)).toBe('ok')
      expect(await verify(header, `${BODY} `)).toBe('signature_mismatch')
      expect(await verify(header, BODY, NOW + 301_000)).toBe('timestamp_too_old')
    })

    it('signs what the docs compute', async () => {
      const signed = await provider.sign(JSON.parse(BODY), { secret: SECRET, timestamp: NOW })
      expect(signed.headers).toEqual({ 'Content-Type': 'application/json', 'Webhook-Signature': header })
    })
  })
})

describe('hmacScheme reads its header strictly', () => {
  const verify = async (options: Parameters<typeof hmacScheme>[0], headers: Record<string, string>) => {
    const provider = defineProvider<Event>()({ name: 'Acme', scheme: hmacScheme(options), eventField: 'type', events })
    try {
      await provider.verify({ headers, body: BODY }, { secret: SECRET } as never)
      return 'ok'
    } catch (error) {
      return (error as Error).message
    }
  }
  const sha1 = mac('sha1', BODY, 'base64')

  it.each<[string, string, string]>([
    ['base64 of 19 bytes', sha1.slice(0, -4), 'The X-Sig header is not the base64 of 20 bytes.'],
    ['base64 with a space inside', `${sha1.slice(0, 4)} ${sha1.slice(4)}`, 'The X-Sig header is not the base64 of 20 bytes.'],
    ['hex', mac('sha1', BODY), 'The X-Sig header is not the base64 of 20 bytes.'],
    ['far too long', 'A'.repeat(100_000), 'The X-Sig header is not the base64 of 20 bytes.'],
    ['base64 without its padding', sha1.replace(/=+$/, ''), 'ok'],
    [
      'base64url (the other alphabet)',
      sha1.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') + '-',
      'The X-Sig header is not the base64 of 20 bytes.',
    ],
  ])('SHA-1 base64: %s', async (_name, value, message) => {
    expect(await verify({ signatureHeader: 'X-Sig', hash: 'SHA-1', encoding: base64Signature }, { 'X-Sig': value })).toBe(message)
  })

  it('SHA-512 hex: the digest of SHA-256 is refused before any crypto', async () => {
    expect(await verify({ signatureHeader: 'X-Sig', hash: 'SHA-512' }, { 'X-Sig': mac('sha256', BODY) })).toBe(
      'The X-Sig header is not 128 hex digits.',
    )
  })

  it('a list: 16 signatures (the last one valid) pass, 17 are refused unread, none that decodes is malformed', async () => {
    const options = { signatureHeader: 'X-Sig', prefix: 'v1=', separator: ',' } as const
    const bad = `v1=${'0'.repeat(64)}`
    const good = `v1=${mac('sha256', BODY)}`
    expect(await verify(options, { 'X-Sig': [...Array(15).fill(bad), good].join(',') })).toBe('ok')
    expect(await verify(options, { 'X-Sig': [...Array(16).fill(bad), good].join(',') })).toBe(
      'The X-Sig header carries more than 16 signatures.',
    )
    expect(await verify(options, { 'X-Sig': 'v1=zz, v2=00' })).toBe(
      'The X-Sig header has no signature that is "v1=" followed by 64 hex digits.',
    )
    expect(await verify(options, { 'X-Sig': ',,,' })).toBe('The X-Sig header has no signature that is "v1=" followed by 64 hex digits.')
  })

  it('misconfigurations are TypeErrors that say what to pass', () => {
    expect(() => hmacScheme({ signatureHeader: 'X-Sig', hash: 'MD5' as HashName })).toThrow(
      /^hookproof: hmacScheme's hash must be SHA-256, SHA-512 or SHA-1, got MD5\.$/,
    )
    expect(() => hmacScheme({ signatureHeader: 'X-Sig', separator: '' })).toThrow(/separator must not be empty/)
    expect(() => stripeStyleScheme({ header: 'X', version: 't', joiner: '.' })).toThrow(
      /^hookproof: stripeStyleScheme needs a timestamp tag and a signature tag, non-empty and different; got "t" and "t"\.$/,
    )
  })
})

describe('stripeStyleScheme names its own tags in messages', () => {
  const provider = defineProvider<Event>()({
    name: 'Acme',
    scheme: stripeStyleScheme({
      header: 'Webhook-Signature',
      timestampKey: 'time',
      version: 'sig1',
      joiner: '.',
      format: unixMilliseconds,
    }),
    eventField: 'type',
    events,
  })
  const message = (value: string) =>
    provider.verify({ headers: { 'Webhook-Signature': value }, body: BODY }, { secret: SECRET }).then(
      () => 'ok',
      (error: Error) => error.message,
    )

  it.each([
    [`sig1=${'0'.repeat(64)}`, 'The Webhook-Signature header has no "time" timestamp.'],
    [`time=1.5,sig1=${'0'.repeat(64)}`, `The Webhook-Signature header's "time" is not Unix milliseconds.`],
    [`time=1,time=2,sig1=${'0'.repeat(64)}`, 'The Webhook-Signature header carries more than one "time".'],
    ['time=1', 'The Webhook-Signature header has no "sig1" signature.'],
    [`t=${MILLIS},v1=${'0'.repeat(64)}`, 'The Webhook-Signature header has no "time" timestamp.'],
  ])('%s', async (value, expected) => {
    expect(await message(value)).toBe(expected)
  })
})

describe('unixMilliseconds', () => {
  it.each<[string, number | undefined]>([
    ['1700000000123', 1_700_000_000_123],
    ['0', 0],
    ['999999999999999', 999_999_999_999_999],
    ['1000000000000000', undefined],
    ['', undefined],
    ['-1', undefined],
    ['1e12', undefined],
    ['1700000000123.5', undefined],
    [' 1700000000123', undefined],
    ['１７', undefined],
  ])('reads %j as %s', (value, expected) => {
    expect(unixMilliseconds.read(value)).toBe(expected)
  })

  it('writes whole milliseconds', () => {
    expect(unixMilliseconds.write(1_700_000_000_123.9)).toBe('1700000000123')
  })
})

describe('signature encodings', () => {
  const cases: Array<[SignatureEncoding, Uint8Array]> = [
    [base64Signature, new Uint8Array([0, 1, 2, 253, 254, 255])],
    [base64Signature, new Uint8Array(20).fill(0xfb)],
  ]
  it.each(cases)('base64 round-trips as node:crypto writes it', (encoding, bytes) => {
    const written = encoding.write(bytes)
    expect(written).toBe(Buffer.from(bytes).toString('base64'))
    expect(encoding.read(written, bytes.length, 0)).toEqual(bytes)
    expect(encoding.read(`x=${written}`, bytes.length, 2)).toEqual(bytes)
    expect(encoding.read(written, bytes.length + 1, 0)).toBeUndefined()
  })
})

describe.each(engines)('standardWebhooksScheme variants, $name engine', (engine) => {
  useEngine(engine)
  const ID = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W'
  const WHSEC = `whsec_${Buffer.from('variant key bytes, thirty-two!!!').toString('base64')}`
  const content = `${ID}.${SECONDS}.${BODY}`
  const hmacOf = (key: Buffer | string, encoding: 'hex' | 'base64') => createHmac('sha256', key).update(content, 'utf8').digest(encoding)
  const cases: Array<{ name: string; options: Parameters<typeof standardWebhooksScheme>[0]; prefix: string; signature: string }> = [
    {
      name: 'v3 and hex, the text after whsec_ as the key, not decoded (WaveSpeed)',
      options: { secret: 'text-after-whsec', signature: { version: 'v3', encoding: hexSignature } },
      prefix: 'webhook',
      signature: `v3,${hmacOf(WHSEC.slice(6), 'hex')}`,
    },
    {
      name: 'the whole secret as the key, whsec_ and all (ImageKit)',
      options: { secret: 'text' },
      prefix: 'webhook',
      signature: `v1,${hmacOf(WHSEC, 'base64')}`,
    },
    {
      name: 'X-Webhook- headers, one bare base64 signature, the key base64-decoded (Pollo)',
      options: { headerPrefix: 'X-Webhook', signature: { version: '' } },
      prefix: 'X-Webhook',
      signature: hmacOf(Buffer.from(WHSEC.slice(6), 'base64'), 'base64'),
    },
  ]

  describe.each(cases)('$name', ({ options, prefix, signature }) => {
    const provider = defineProvider<Event>()({ name: 'Acme', scheme: standardWebhooksScheme(options), eventField: 'type', events })
    // `X-Webhook` headers are written `X-Webhook-Id`, as such senders write them.
    const name = (suffix: string) => `${prefix}-${prefix === 'webhook' ? suffix : suffix[0]!.toUpperCase() + suffix.slice(1)}`
    const headers = { [name('id')]: ID, [name('timestamp')]: SECONDS, [name('signature')]: signature }
    const verify = (h: Record<string, string>, secret = WHSEC) => outcome(provider.verify({ headers: h, body: BODY }, { secret, now: NOW }))

    it("verifies the sender's own signature; another id, key or version is refused", async () => {
      expect(await verify(headers)).toBe('ok')
      expect(await verify({ ...headers, [name('id')]: 'msg_other' })).toBe('signature_mismatch')
      expect(await verify(headers, `whsec_${Buffer.from('another key').toString('base64')}`)).toBe('signature_mismatch')
      if (options?.signature?.version) {
        expect(await verify({ ...headers, [name('signature')]: signature.replace(/^v\d,/, 'v9,') })).toBe('malformed_signature')
      }
    })

    it('signs what the sender computes', async () => {
      const signed = await provider.sign(JSON.parse(BODY), { secret: WHSEC, timestamp: NOW, id: ID })
      expect(signed.headers).toEqual({ 'Content-Type': 'application/json', ...headers })
    })
  })

  it('a variant does not read v1a or whpk_ keys: a whpk_ secret is used as text', async () => {
    const provider = defineProvider<Event>()({
      name: 'Acme',
      scheme: standardWebhooksScheme({ secret: 'text' }),
      eventField: 'type',
      events,
    })
    const key = `whpk_${Buffer.alloc(32, 7).toString('base64')}`
    const headers = { 'webhook-id': ID, 'webhook-timestamp': SECONDS, 'webhook-signature': `v1a,${Buffer.alloc(64).toString('base64')}` }
    expect(await outcome(provider.verify({ headers, body: BODY }, { secret: key, now: NOW }))).toBe('malformed_signature')
    const mac = createHmac('sha256', key).update(content, 'utf8').digest('base64')
    expect(
      await outcome(provider.verify({ headers: { ...headers, 'webhook-signature': `v1,${mac}` }, body: BODY }, { secret: key, now: NOW })),
    ).toBe('ok')
  })
})

describe.each(engines)('stripeStyleScheme with the timestamp not signed (Livepeer), $name engine', (engine) => {
  useEngine(engine)
  const provider = defineProvider<Event>()({
    name: 'Acme',
    scheme: stripeStyleScheme({
      header: 'Livepeer-Signature',
      version: 'v1',
      joiner: '',
      format: unixMilliseconds,
      timestampSigned: false,
    }),
    eventField: 'type',
    events,
  })
  const header = `t=${MILLIS},v1=${mac('sha256', BODY)}`
  const verify = (value: string, options: object = {}) =>
    outcome(provider.verify({ headers: { 'Livepeer-Signature': value }, body: BODY }, { secret: SECRET, ...options }))

  it('the body alone is signed: any t, or none, verifies; no tolerance applies, and none is taken', async () => {
    expect(await verify(header)).toBe('ok')
    expect(await verify(header.replace(MILLIS, '1'))).toBe('ok')
    expect(await verify(`v1=${mac('sha256', BODY)}`)).toBe('ok')
    expect(await verify(`t=${MILLIS},v1=${mac('sha256', `${MILLIS}${BODY}`)}`)).toBe('signature_mismatch')
    await expect(
      provider.verify({ headers: { 'Livepeer-Signature': header }, body: BODY }, { secret: SECRET, tolerance: 300 } as never),
    ).rejects.toThrow(TypeError)
  })

  it('signs the body alone, t in milliseconds beside it', async () => {
    const signed = await provider.sign(JSON.parse(BODY), { secret: SECRET, timestamp: NOW } as never)
    expect(signed.headers).toEqual({ 'Content-Type': 'application/json', 'Livepeer-Signature': header })
  })
})
