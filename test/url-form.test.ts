/**
 * The URL-and-form family (`urlFormScheme`, form bodies): an HMAC over the
 * URL and the sorted form parameters, as Twilio signs. Expected signatures
 * come from twilio-node's validator ported to node:crypto
 * (test/reference/twilio.ts) and from the examples in Twilio's docs and SDK
 * tests, never from hookproof; on both engines.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formBody, MAX_FORM_PARAMETERS, readForm, writeForm } from '../src/encoding/form.js'
import { isWebhookVerificationError } from '../src/errors.js'
import { defineProvider } from '../src/pipeline/define.js'
import { urlFormScheme } from '../src/schemes/url-form.js'
import { engines, useEngine } from './engines.js'
import { outcome } from './outcome.js'
import { formBody as referenceForm, getExpectedTwilioSignature, formParams, strictForm, validateRequest } from './reference/twilio.js'

type Params = Record<string, string>
const provider = defineProvider<Params>()({
  name: 'Acme Voice',
  scheme: urlFormScheme({ signatureHeader: 'X-Twilio-Signature' }),
  bodyFormat: formBody,
})
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }
const URL_ = 'https://example.com/voice?agent=front-desk'
const TOKEN = '12345678901234567890123456789012'
const signed = (body: string, url = URL_, token = TOKEN): Record<string, string> => ({
  ...FORM,
  'X-Twilio-Signature': getExpectedTwilioSignature(token, url, formParams(body)),
})

// Twilio's "Webhooks security" example, auth token 12345 (signature from the docs).
const DOCS = {
  url: 'https://mycompany.com/myapp.php?foo=1&bar=2',
  body: 'CallSid=CA1234567890ABCDE&Caller=%2B14158675309&Digits=1234&From=%2B14158675309&To=%2B18005551212',
  signature: 'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
}

describe.each(engines)('urlFormScheme, $name engine', (engine) => {
  useEngine(engine)

  it("verifies Twilio's documented example, in any parameter order, and returns its parameters", async () => {
    const headers = { ...FORM, 'X-Twilio-Signature': DOCS.signature }
    const event = await provider.verify({ headers, body: DOCS.body }, { secret: '12345', url: DOCS.url })
    expect(event).toEqual({
      CallSid: 'CA1234567890ABCDE',
      Caller: '+14158675309',
      Digits: '1234',
      From: '+14158675309',
      To: '+18005551212',
    })
    const reordered = DOCS.body.split('&').reverse().join('&')
    expect(await outcome(provider.verify({ headers, body: reordered }, { secret: '12345', url: DOCS.url }))).toBe('ok')
    expect(
      await outcome(provider.verify({ headers, body: new TextEncoder().encode(DOCS.body) }, { secret: '12345', url: new URL(DOCS.url) })),
    ).toBe('ok')
    expect(await outcome(provider.verify({ headers, body: DOCS.body }, { secret: '12346', url: DOCS.url }))).toBe('signature_mismatch')
    expect(await outcome(provider.verify({ headers, body: DOCS.body }, { secret: '12345', url: `${DOCS.url}&x=1` }))).toBe(
      'signature_mismatch',
    )
  })

  it("verifies twilio-csharp's mixed-case host as configured, and twilio-python's repeated parameter", async () => {
    const mixed = 'https://MyCompany.com/myapp.php?foo=1&bar=2'
    const headers = { ...FORM, 'X-Twilio-Signature': 'g9IN/x4Cft2g517EjYvEvM/W7LU=' }
    expect(await outcome(provider.verify({ headers, body: DOCS.body }, { secret: '12345', url: mixed }))).toBe('ok')
    // Signed over Digits' distinct values sorted; a name sent twice has no one value to return.
    const repeated = 'Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234'
    const options = { secret: '12345', url: DOCS.url }
    const good = { ...FORM, 'X-Twilio-Signature': 'IK+Dwps556ElfBT0I3Rgjkr1wJU=' }
    expect(await outcome(provider.verify({ headers: good, body: repeated }, options))).toBe('invalid_payload')
    const other = { ...FORM, 'X-Twilio-Signature': DOCS.signature }
    expect(await outcome(provider.verify({ headers: other, body: repeated }, options))).toBe('signature_mismatch')
  })

  it('accepts the URL spellings twilio-node accepts: with or without the default port, a quote escaped or not', async () => {
    const body = 'CallSid=CA1&From=%2B1555'
    const cases: [signedFor: string, verifiedWith: string][] = [
      ['https://example.com:443/path?test=param', 'https://example.com/path?test=param'],
      ['https://example.com/path?test=param', 'https://example.com:443/path?test=param'],
      ['http://example.com:80/path', 'http://example.com/path'],
      ["https://example.com/path?test=param'WithQuote", 'https://example.com/path?test=param%27WithQuote'],
      ['https://example.com/path?test=param%27WithQuote', "https://example.com/path?test=param'WithQuote"],
      ['https://example.com/path?a=1&b=%7E+x', 'https://example.com/path?a=1&b=%7E+x'],
      ['https://user:pw@example.com:443/path', 'https://user:pw@example.com/path'],
      ['https://user@example.com:443/path', 'https://user@example.com/path'],
      // An escape decodeURIComponent refuses, re-encoded byte by byte as querystring does.
      ['https://example.com/path?a=%E2%82%ACx&b=100%zz&c=%FF', 'https://example.com/path?a=%E2%82%ACx&b=100%zz&c=%FF'],
      ['https://example.com/path?b=100%25zz&a=%E2%82%AC', 'https://example.com/path?b=100%zz&a=%E2%82%AC'],
      // querystring keeps a leading byte order mark where it reads byte by byte.
      ['https://example.com/path?a=%EF%BB%BFx%25zz', 'https://example.com/path?a=%EF%BB%BFx%zz'],
      // querystring.parse reads 1,000 pairs: the re-encoded spelling drops the rest.
      [
        `https://example.com/path?${Array.from({ length: 1000 }, (_, i) => `q${i}=${i}`).join('&')}`,
        `https://example.com/path?${Array.from({ length: 1002 }, (_, i) => `q${i}=${i}`).join('&')}`,
      ],
    ]
    for (const [at, url] of cases) {
      expect(validateRequest(TOKEN, signed(body, at)['X-Twilio-Signature']!, url, formParams(body)), `${at} (reference)`).toBe(true)
      expect(await outcome(provider.verify({ headers: signed(body, at), body }, { secret: TOKEN, url })), at).toBe('ok')
    }
    const refused: [string, string][] = [
      ['https://example.com/path?test=param', 'https://example.com/path?test=param2'],
      ['https://example.com:8443/path', 'https://example.com/path'],
      ['http://example.com/path', 'https://example.com/path'],
    ]
    for (const [at, url] of refused) {
      expect(await outcome(provider.verify({ headers: signed(body, at), body }, { secret: TOKEN, url })), at).toBe('signature_mismatch')
    }
  })

  it('gives the answer of twilio-node’s validator for any parameters and any query string', async () => {
    const text = fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'Z', '1', ' ', '+', '%', '2', '7', 'é', '&', '=', "'", '~', '*') })
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 10 }), { maxKeys: 6 }),
        text,
        fc.boolean(),
        fc.boolean(),
        async (params, query, port, tamper) => {
          const body = referenceForm(params)
          const url = `https://example.com${port ? ':443' : ''}/hook${query ? `?${query}` : ''}`
          if (!URL.canParse(url)) return
          const signature = getExpectedTwilioSignature(TOKEN, url, formParams(body))
          const sent = tamper ? `${body}&tampered=1` : body
          const expected = validateRequest(TOKEN, signature, url, formParams(sent)) ? 'ok' : 'signature_mismatch'
          const headers = { ...FORM, 'X-Twilio-Signature': signature }
          expect(await outcome(provider.verify({ headers, body: sent }, { secret: TOKEN, url }))).toBe(expected)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses a body that is no form before any crypto, and reads the rest as its parameters', async () => {
    const headers = signed('')
    const options = { secret: TOKEN, url: URL_ }
    for (const body of ['a=100%zz', 'a=%FF%FE', 'a=%ED%A0%80', 'a=%4', new Uint8Array([0x61, 0x3d, 0xff]), 'a=\ud800']) {
      expect(await outcome(provider.verify({ headers, body }, options)), String(body)).toBe('invalid_payload')
    }
    const many = Array.from({ length: MAX_FORM_PARAMETERS + 1 }, (_, i) => `p${i}=${i}`).join('&')
    expect(await outcome(provider.verify({ headers, body: many }, options))).toBe('invalid_payload')
    expect(await outcome(provider.verify({ headers, body: '&'.repeat(5000) }, options))).toBe('invalid_payload')
    const most = Array.from({ length: MAX_FORM_PARAMETERS }, (_, i) => `p${i}=${i}`).join('&')
    expect(await outcome(provider.verify({ headers: signed(most), body: most }, options))).toBe('ok')
    const odd = '__proto__=x&Bare&Empty=&Space=a+b%20c&&'
    const event = await provider.verify({ headers: signed(odd), body: odd }, options)
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype)
    expect(event).toEqual(strictForm(odd))
    expect(Object.keys(event)).toEqual(['__proto__', 'Bare', 'Empty', 'Space'])
    expect(await outcome(provider.verify({ headers: signed(''), body: '' }, options))).toBe('ok')
  })

  it('reads the signature header strictly: the base64 of 20 bytes, padded or not', async () => {
    const body = 'CallSid=CA1'
    const good = signed(body)['X-Twilio-Signature']!
    const options = { secret: TOKEN, url: URL_ }
    const withSignature = async (value: string | undefined): Promise<string> =>
      outcome(provider.verify({ headers: value === undefined ? FORM : { ...FORM, 'X-Twilio-Signature': value }, body }, options))
    expect(await withSignature(good.replace(/=+$/, ''))).toBe('ok')
    expect(await withSignature(undefined)).toBe('missing_signature')
    expect(await withSignature('')).toBe('missing_signature')
    for (const value of [
      Buffer.from(good, 'base64').toString('hex'),
      `${good},${good}`,
      good.slice(4),
      `${good}AAAA`,
      `-${good.slice(1)}`,
    ]) {
      expect(await withSignature(value), value).toBe('malformed_signature')
    }
  })

  it('never throws anything but WebhookVerificationError for what a sender sends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('X-Twilio-Signature', 'x-twilio-signature', 'Content-Type', 'Other'), fc.string({ maxLength: 40 }), {
          maxKeys: 3,
        }),
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 100, unit: 'binary' }), fc.uint8Array({ maxLength: 200 })),
        async (headers, body) => {
          const result = await provider.verify({ headers, body }, { secret: TOKEN, url: URL_ }).then(
            () => 'accepted',
            (error: unknown) => (isWebhookVerificationError(error) ? error.code : `escaped: ${String(error)}`),
          )
          expect(result).not.toMatch(/^escaped|^accepted$/)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('urlFormScheme options and sign', () => {
  it('needs the URL, absolute and http(s), and takes no tolerance', async () => {
    const headers = signed('a=1')
    for (const url of [undefined, null, '', '/voice', 'ftp://example.com/x', 42, 'not a url', { href: 42 }]) {
      expect(await outcome(provider.verify({ headers, body: 'a=1' }, { secret: TOKEN, url } as never)), String(url)).toMatch(
        /^TypeError: hookproof: options\.url must be the full http\(s\) URL/,
      )
    }
    expect(await outcome(provider.verify({ headers, body: 'a=1' }, { url: URL_ } as never))).toMatch(
      /^TypeError: hookproof: options\.secret/,
    )
    expect(await outcome(provider.verify({ headers, body: 'a=1' }, { secret: TOKEN, url: URL_, tolerance: 300 } as never))).toMatch(
      /signs no timestamp/,
    )
    // Rotation: any of the secrets.
    expect(await outcome(provider.verify({ headers, body: 'a=1' }, { secret: ['other', TOKEN], url: URL_ }))).toBe('ok')
    expect(await outcome(provider.verify({ headers, body: 'a=1' }, { secret: ['other', 'another'], url: URL_ }))).toBe('signature_mismatch')
    // The secrets counted, not the secrets times the URL's spellings.
    const rotated = await provider.verify({ headers, body: 'a=1' }, { secret: ['other', 'another'], url: URL_ }).catch((e: unknown) => e)
    expect((rotated as Error).message).toContain('with any of the 2 secrets.')
    // The last URL is remembered: a different one on the next call is read afresh.
    expect(await outcome(provider.verify({ headers, body: 'a=1' }, { secret: TOKEN, url: 'https://example.com/other' }))).toBe(
      'signature_mismatch',
    )
  })

  it('names the URL in its mismatch message', async () => {
    const error = await provider
      .verify({ headers: signed('a=1', 'https://example.com/elsewhere'), body: 'a=1' }, { secret: TOKEN, url: URL_ })
      .catch((e: unknown) => e)
    expect((error as Error).message).toMatch(
      /^The Acme Voice signature does not match the URL and form parameters with the secret\. .*options\.url/,
    )
  })

  it('signs an object of strings as a form, and a form string as it is, the way the reference validates', async () => {
    const delivery = await provider.sign({ CallSid: 'CA1', From: '+1 555', Note: 'é&=' }, { secret: TOKEN, url: URL_ })
    expect(delivery.headers['Content-Type']).toBe('application/x-www-form-urlencoded')
    expect(delivery.body).toBe('CallSid=CA1&From=%2B1+555&Note=%C3%A9%26%3D')
    expect(validateRequest(TOKEN, delivery.headers['X-Twilio-Signature']!, URL_, formParams(delivery.body))).toBe(true)
    const raw = await provider.sign('b=2&a=1', { secret: TOKEN, url: URL_ })
    expect(raw.body).toBe('b=2&a=1')
    expect(validateRequest(TOKEN, raw.headers['X-Twilio-Signature']!, URL_, formParams(raw.body))).toBe(true)
    expect(await outcome(provider.sign({ n: 1 } as never, { secret: TOKEN, url: URL_ }))).toMatch(/Acme Voice sends a form/)
    expect(await outcome(provider.sign([] as never, { secret: TOKEN, url: URL_ }))).toMatch(/Acme Voice sends a form/)
    expect(await outcome(provider.sign('a=%zz', { secret: TOKEN, url: URL_ }))).toMatch(/signs form parameters/)
    expect(await outcome(provider.sign('a=1', { secret: TOKEN } as never))).toMatch(/options\.url/)
  })

  it('refuses a hash it does not know', () => {
    expect(() => urlFormScheme({ signatureHeader: 'X-Sig', hash: 'MD5' as never })).toThrow(/hash must be SHA-1, SHA-256 or SHA-512/)
  })
})

describe('form bodies', () => {
  it('read as the strict rules say, written as URLSearchParams writes', () => {
    expect(readForm('a=1&b=&c&=d')).toEqual({
      params: [
        ['a', '1'],
        ['b', ''],
        ['c', ''],
        ['', 'd'],
      ],
    })
    expect(readForm('a=b=c')).toEqual({ params: [['a', 'b=c']] })
    expect(readForm('x=%zz')).toEqual({ error: 'is not form-encoded UTF-8 (a bad % escape)' })
    expect(readForm('x%zz=1')).toEqual({ error: 'is not form-encoded UTF-8 (a bad % escape)' })
    expect(readForm('a=%F0%9F%8E%AC+%E2%9C%85x')).toEqual({ params: [['a', '🎬 ✅x']] })
    expect(writeForm({ a: '1 2', b: '~*' })).toBe('a=1+2&b=%7E*')
    expect(() => formBody.read('a=1&a=2', 'Acme')).toThrow('The Acme body carries the parameter "a" more than once.')
    expect(() => formBody.read('a=%zz', 'Acme')).toThrow('The Acme body is not form-encoded UTF-8 (a bad % escape).')
    expect(() => formBody.write(null, 'Acme')).toThrow(/Acme sends a form/)
    expect(() => formBody.write({ a: 1 }, 'Acme')).toThrow(/Acme sends a form/)
  })
})
