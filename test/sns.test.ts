/**
 * AWS SNS beyond its vectors: the certificate fetched from the message's
 * URL (cached, bounded, rationed, never an escape), the X.509 reading, the
 * subscription handshake, and what a caller gets wrong. Signatures are
 * node:crypto's `createSign('RSA-SHA1' | 'RSA-SHA256')` over the fields, as
 * AWS's validator verifies them.
 */
import { createSign } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CERTIFICATE_MAX_AGE,
  CERTIFICATE_NEW_FETCHES_PER_MINUTE,
  CERTIFICATE_RETRY_INTERVAL,
  forgetCertificates,
} from '../src/crypto/certificates.js'
import { MAX_CERTIFICATE_CHARS, spkiOfCertificate } from '../src/crypto/x509.js'
import { snsCertificateHost } from '../src/index.js'
import { confirmSubscription, sign, verify } from '../src/providers/sns.js'
import { outcome } from './outcome.js'
import { RSA_TEST_CERTIFICATES } from './reference/rsa-certificates.js'
import { RSA_TEST_KEYS } from './reference/rsa-keys.js'
import { rsaPrivateJwk, SNS_TOPIC, snsStringToSign } from './reference/signers.js'

const URL_0 = 'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-0.pem'
const MESSAGE = {
  Type: 'Notification',
  MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
  TopicArn: SNS_TOPIC,
  Subject: 'My First Message',
  Message: 'Hello world!',
  Timestamp: '2012-05-02T00:54:06.655Z',
}

/** A message as SNS sends it, signed by node:crypto with test key `index`, naming `url`. */
function delivery(url = URL_0, index = 0, message: Record<string, string> = MESSAGE) {
  const Signature = createSign('RSA-SHA1').update(snsStringToSign(message), 'utf8').sign(RSA_TEST_KEYS[index]!, 'base64')
  const body = JSON.stringify({ ...message, SignatureVersion: '1', Signature, SigningCertURL: url })
  return { headers: { 'x-amz-sns-message-type': message['Type']! }, body }
}

/** A fetch that serves test certificate 0 at every URL, counting calls; or answers `status`. */
function server(status = 200, text = RSA_TEST_CERTIFICATES[0]) {
  const calls: string[] = []
  const fetch = async (url: string) => {
    calls.push(url)
    return new Response(text, { status })
  }
  return { calls, fetch }
}

beforeEach(() => forgetCertificates())
afterEach(() => vi.useRealTimers())

describe('the signing certificate', () => {
  it('is fetched once for many messages, and the message verifies', async () => {
    const { calls, fetch } = server()
    for (let i = 0; i < 5; i++) expect((await verify(delivery(), { topicArn: SNS_TOPIC, fetch })).Type).toBe('Notification')
    expect(calls).toEqual([URL_0])
  })

  it('is fetched again after a day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { calls, fetch } = server()
    await verify(delivery(), { topicArn: SNS_TOPIC, fetch })
    vi.setSystemTime(Date.now() + CERTIFICATE_MAX_AGE + 1)
    await verify(delivery(), { topicArn: SNS_TOPIC, fetch })
    expect(calls).toHaveLength(2)
  })

  it('that failed is not fetched again within the minute: signature_mismatch, never an escape', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { calls, fetch } = server(404)
    for (let i = 0; i < 3; i++) {
      await expect(verify(delivery(), { topicArn: SNS_TOPIC, fetch })).rejects.toThrow(
        `The SNS signature could not be checked: the certificate URL answered HTTP 404 (${URL_0}).`,
      )
    }
    expect(calls).toHaveLength(1)
    vi.setSystemTime(Date.now() + CERTIFICATE_RETRY_INTERVAL)
    expect(await outcome(verify(delivery(), { topicArn: SNS_TOPIC, fetch }))).toBe('signature_mismatch')
    expect(calls).toHaveLength(2)
  })

  it('URLs not yet cached are fetched at most 8 times a minute, all together', async () => {
    const { calls, fetch } = server(404)
    for (let i = 0; i < 20; i++) {
      const url = `https://sns.us-west-2.amazonaws.com/forged-${i}.pem`
      expect(await outcome(verify(delivery(url), { topicArn: SNS_TOPIC, fetch }))).toBe('signature_mismatch')
    }
    expect(calls).toHaveLength(CERTIFICATE_NEW_FETCHES_PER_MINUTE)
  })

  it('concurrent messages share one fetch', async () => {
    const { calls, fetch } = server()
    const results = await Promise.all(Array.from({ length: 10 }, () => outcome(verify(delivery(), { topicArn: SNS_TOPIC, fetch }))))
    expect(results).toEqual(Array(10).fill('ok'))
    expect(calls).toHaveLength(1)
  })

  it.each([
    ['not a certificate', 'hello', 'did not answer with one PEM certificate'],
    ['two certificates', `${RSA_TEST_CERTIFICATES[0]}${RSA_TEST_CERTIFICATES[1]}`, 'did not answer with one PEM certificate'],
    ['over 16 KiB', `${RSA_TEST_CERTIFICATES[0]}${' '.repeat(MAX_CERTIFICATE_CHARS)}`, 'the response is more than 16384 bytes'],
    ['another key', RSA_TEST_CERTIFICATES[1], 'does not match'],
  ])('%s: signature_mismatch', async (_name, text, message) => {
    const { fetch } = server(200, text)
    await expect(verify(delivery(), { topicArn: SNS_TOPIC, fetch })).rejects.toThrow(message)
  })

  it('a fetch that throws: signature_mismatch', async () => {
    const fetch = async () => {
      throw new Error('ECONNRESET')
    }
    expect(await outcome(verify(delivery(), { topicArn: SNS_TOPIC, fetch }))).toBe('signature_mismatch')
  })

  it('nothing is fetched for a topic not passed, or a URL off the topic region', async () => {
    const { calls, fetch } = server()
    expect(await outcome(verify(delivery(), { topicArn: 'arn:aws:sns:us-west-2:123456789012:Other', fetch }))).toBe('signature_mismatch')
    expect(await outcome(verify(delivery(URL_0.replace('us-west-2', 'eu-west-1')), { topicArn: SNS_TOPIC, fetch }))).toBe(
      'malformed_signature',
    )
    expect(calls).toEqual([])
  })
})

describe('spkiOfCertificate', () => {
  it('reads the key of each test certificate, and nothing from what is not one', () => {
    for (const pem of RSA_TEST_CERTIFICATES) expect(spkiOfCertificate(pem)?.length).toBe(294) // RSA-2048 SPKI
    const der = RSA_TEST_CERTIFICATES[0].replace(/-----[^-]+-----|\s/g, '')
    const wrap = (body: string) => `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`
    for (const text of [
      '',
      wrap(''),
      wrap('!!!!'),
      wrap(der.slice(0, 100)),
      wrap(Buffer.from([0x30, 0x80]).toString('base64')),
      wrap(Buffer.from([0x30, 0x82, 0x00, 0x05, 1, 2, 3, 4, 5]).toString('base64')),
      wrap(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x00]).toString('base64')),
      RSA_TEST_CERTIFICATES[0].replace('CERTIFICATE', 'PRIVATE KEY'),
      ' '.repeat(MAX_CERTIFICATE_CHARS + 1),
    ])
      expect(spkiOfCertificate(text)).toBeUndefined()
  })
})

describe('the options', () => {
  it.each([
    [{}, /needs the topic\(s\) you subscribed to/],
    [{ topicArn: [] }, /needs the topic\(s\) you subscribed to/],
    [{ topicArn: 'MyTopic' }, /must be SNS topic ARNs/],
    [{ topicArn: SNS_TOPIC, certificates: 'pem' }, /options\.certificates must map each SigningCertURL/],
    [{ topicArn: SNS_TOPIC, certificates: { [URL_0]: 'not pem' } }, /is not a PEM certificate/],
    [{ topicArn: SNS_TOPIC, fetch: 'fetch' }, /options\.fetch must be a function/],
  ])('%j: a TypeError that says how to fix it', async (options, message) => {
    await expect(verify(delivery(), options as never)).rejects.toThrow(message)
    await expect(verify(delivery(), options as never)).rejects.toBeInstanceOf(TypeError)
  })

  it('certificates given: none fetched, a URL not among them refused', async () => {
    const certificates = { [URL_0]: RSA_TEST_CERTIFICATES[0] }
    expect((await verify(delivery(), { topicArn: SNS_TOPIC, certificates })).MessageId).toBe(MESSAGE.MessageId)
    const other = URL_0.replace('-0.pem', '-1.pem')
    await expect(verify(delivery(other, 1), { topicArn: SNS_TOPIC, certificates })).rejects.toThrow('not among options.certificates')
  })

  it('sign refuses what is no SNS message, an unknown version, a missing URL or key', async () => {
    const privateKey = rsaPrivateJwk(RSA_TEST_KEYS[0])
    const good = { privateKey, certificateUrl: URL_0 }
    await expect(sign('[]', good)).rejects.toThrow(/needs an SNS message/)
    await expect(sign(MESSAGE as never, { ...good, signatureVersion: '3' as never })).rejects.toThrow(/signatureVersion must be/)
    await expect(sign(MESSAGE as never, { privateKey } as never)).rejects.toThrow(/needs options.certificateUrl/)
    await expect(sign(MESSAGE as never, { ...good, privateKey: { kty: 'RSA' } })).rejects.toThrow(/must be an RSA private key/)
  })

  it('sign with a CryptoKey, version 2', async () => {
    const rsa = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
    const privateKey = await crypto.subtle.importKey('jwk', rsaPrivateJwk(RSA_TEST_KEYS[0]) as JsonWebKey, rsa, false, ['sign'])
    const signed = await sign(MESSAGE as never, { privateKey, certificateUrl: URL_0, signatureVersion: '2' })
    const certificates = { [URL_0]: RSA_TEST_CERTIFICATES[0] }
    expect((await verify(signed, { topicArn: SNS_TOPIC, certificates })).SignatureVersion).toBe('2')
  })
})

describe('confirmSubscription', () => {
  const confirmation = {
    Type: 'SubscriptionConfirmation' as const,
    MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
    Token: '2336412f37',
    TopicArn: SNS_TOPIC,
    Message: 'You have chosen to subscribe…',
    SubscribeURL: `https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${SNS_TOPIC}&Token=2336412f37`,
    Timestamp: '2012-04-26T20:45:04.751Z',
    SignatureVersion: '1' as const,
    Signature: 'x',
    SigningCertURL: URL_0,
  }

  it("GETs the SubscribeURL on the topic's host", async () => {
    const { calls, fetch } = server(200, '<ConfirmSubscriptionResponse/>')
    await confirmSubscription(confirmation, { fetch })
    expect(calls).toEqual([new URL(confirmation.SubscribeURL).href])
  })

  it('refuses a URL that is not SNS confirming, and an answer that is not 2xx', async () => {
    const { calls, fetch } = server(403)
    for (const SubscribeURL of [
      'https://evil.test/?Action=ConfirmSubscription',
      'http://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription',
      'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription',
      'https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe',
      'not a url',
    ]) {
      await expect(confirmSubscription({ ...confirmation, SubscribeURL }, { fetch })).rejects.toThrow(/is not an https:\/\//)
    }
    expect(calls).toEqual([])
    await expect(confirmSubscription(confirmation, { fetch })).rejects.toThrow('SNS answered HTTP 403')
  })

  it('knows the host of each partition', () => {
    expect(snsCertificateHost('arn:aws:sns:us-east-1:123456789012:a')).toBe('sns.us-east-1.amazonaws.com')
    expect(snsCertificateHost('arn:aws-cn:sns:cn-north-1:123456789012:a')).toBe('sns.cn-north-1.amazonaws.com.cn')
    expect(snsCertificateHost('arn:aws-us-gov:sns:us-gov-west-1:123456789012:a')).toBe('sns.us-gov-west-1.amazonaws.com')
    expect(snsCertificateHost('arn:aws:sqs:us-east-1:123456789012:a')).toBeUndefined()
  })
})

// Certificates of keys hookproof must not verify with, made once with openssl:
// RSA-1024, RSA-2048 with exponent 3, and a P-256 key.
const WEAK_CERTIFICATES = {
  'RSA-1024': `-----BEGIN CERTIFICATE-----
MIIB/DCCAWWgAwIBAgIUe8sMfpR9+AoTXkEc51Q5NnQ6rhMwDQYJKoZIhvcNAQEL
BQAwDzENMAsGA1UEAwwEd2VhazAgFw0yNjEyMDIxODIwNDdaGA8yMTI2MTEwODE4
MjA0N1owDzENMAsGA1UEAwwEd2VhazCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkC
gYEAvrEaZsZ3BpoNhfKDAmXfHioXCHsvBCkb2Akm9irTHWH+Q+GNJeg9BI13EnGW
036lusiSXjgJztMe2IXBBF+IUjyREfjsqBTMKrbVQMfM4F9TecKC6gh1boYSljWm
bVOR/bdsSAq8m+50UM2NcuMozT949SYNL+PQb5Vg8eaGZBsCAwEAAaNTMFEwHQYD
VR0OBBYEFMAzf4HlYgXxmJG98xesgq+Gzin9MB8GA1UdIwQYMBaAFMAzf4HlYgXx
mJG98xesgq+Gzin9MA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQADgYEA
l/Z9LHDoOW7iiRqjUd4T7ei+Gs/P2LHzV0/LEQ2BOmu31mcL7Sz4p71U7B53Yew6
w5fYTST5toRf3ydPsIzIVOyCYPdunfWajlOssOkTtclzkK4l7EK3l+Ws6IkmBHC4
7fT724Y8MfsFxDO8V76Cs23eJf7NP/YE5WFtUYUxsQs=
-----END CERTIFICATE-----`,
  'exponent 3': `-----BEGIN CERTIFICATE-----
MIIC+zCCAeOgAwIBAgIUfBApPvF4hgdLRCJNNddjo83PJfcwDQYJKoZIhvcNAQEL
BQAwDTELMAkGA1UEAwwCZTMwIBcNMjYxMjAyMTgyMDQ3WhgPMjEyNjExMDgxODIw
NDdaMA0xCzAJBgNVBAMMAmUzMIIBIDANBgkqhkiG9w0BAQEFAAOCAQ0AMIIBCAKC
AQEArRrkxD37U5wBLPKzI4zrAnF+QcoBd6tudNlbUjhlY4kYlqOYux0WQV9You4x
scr1Nc2OPHzgSNaBKyJs/JBPSoEoMVbESkqUqKcxQwY4a9SACNdBws9fSpRy026A
jLZRJOFJyqptifc+9lckP0eGPJL5EPvhLMOdu04cpn7Nj5HyY0KpAZSkcREvPiKC
svl0N8O3BQP3fIN3SN8X+zG3VstPoIWeRm9Qut7qamMBDtijW8dLMkfKTmArkwWs
GwNQpJbGRzd8VRcjh1OHSrqdYgfgeERg8+3628MFcu92Qm6MUTMvrVTlK1vf5eVP
mxPyMwx2BE+SdHL9tIWmxtUh1wIBA6NTMFEwHQYDVR0OBBYEFH54G6e9kuiKkiRf
XLjz4mGKN85dMB8GA1UdIwQYMBaAFH54G6e9kuiKkiRfXLjz4mGKN85dMA8GA1Ud
EwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQADggEBAJYN+szZ6SHXLO+EhZhrD6Iv
ujfUxESmfYuba9gHdycXJuRyH0oZcT36YiKWgm0IIFPoRHi8+Y9WS4gjzgo1VHl4
UxuwGBFUSyqLFaBdoKbTHSTEsRP8QQUdK03nFDwWHpVb1bpKuKuCXijvpm03D9pb
9anPlmnNqPG4RYC06MhLLQTK5k/1S+3rPUzAbjEy06/vpyqYwCWhIkhoQ84Aon8E
uqC2TLFePaIRaUE2r2h6II+e2mt1zA/PyMM3Vxzz0EDDEYuNS1opEjBVfpnIUx9p
asa37lHzz21+rSKfl4t9gRTvq3Br+aWs2EO11cHr3u1tb2H1k0Vym114e/ldqX4=
-----END CERTIFICATE-----`,
  'P-256': `-----BEGIN CERTIFICATE-----
MIIBcTCCARegAwIBAgIUZcwKCh/Qa/uMWAWLR3nbS4pT9VEwCgYIKoZIzj0EAwIw
DTELMAkGA1UEAwwCZWMwIBcNMjYxMjAyMTgyMDQ3WhgPMjEyNjExMDgxODIwNDda
MA0xCzAJBgNVBAMMAmVjMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEmAgy9CBH
CpCBUmIXwszoVUrjIGouFK5tXbAXB/wksL/JRnc13PmZe975EVtn+AEcncDYUrqw
gSKDk4dCAfMBjKNTMFEwHQYDVR0OBBYEFBHZxR7USakYQK0jCPhDkZzDKgaxMB8G
A1UdIwQYMBaAFBHZxR7USakYQK0jCPhDkZzDKgaxMA8GA1UdEwEB/wQFMAMBAf8w
CgYIKoZIzj0EAwIDSAAwRQIhAIqcSmGeBODSjOHuTvjav0kYUrREzGg2Mu89l2uz
9A6jAiAND/1f73YOZOnD2yP00nZzGR41qRWfPVewBGHp1S8u9g==
-----END CERTIFICATE-----`,
}

describe('more of what a sender or the network can do', () => {
  it.each(Object.entries(WEAK_CERTIFICATES))('a certificate of an %s key: signature_mismatch, naming why', async (_name, pem) => {
    await expect(verify(delivery(), { topicArn: SNS_TOPIC, certificates: { [URL_0]: pem } })).rejects.toThrow(
      `The SNS signing certificate at ${URL_0} holds no RSA key of 2048 to 8192 bits with exponent 65537.`,
    )
  })

  it('a string body with a lone surrogate, a signature longer than any RSA-8192 one', async () => {
    const options = { topicArn: SNS_TOPIC, certificates: { [URL_0]: RSA_TEST_CERTIFICATES[0] } }
    const good = delivery()
    expect(await outcome(verify({ ...good, body: good.body.replace('Hello', '\ud800Hello') }, options))).toBe('invalid_payload')
    const long = JSON.stringify({ ...JSON.parse(good.body), Signature: 'A'.repeat(1372) })
    expect(await outcome(verify({ ...good, body: long }, options))).toBe('malformed_signature')
  })

  it('the least recently used of 32 certificate URLs is dropped, and fetched again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { calls, fetch } = server()
    const urls = Array.from({ length: 33 }, (_, i) => `https://sns.us-west-2.amazonaws.com/c-${i}.pem`)
    for (const [i, url] of urls.entries()) {
      if (i % CERTIFICATE_NEW_FETCHES_PER_MINUTE === 0) vi.setSystemTime(Date.now() + 60_000)
      expect(await outcome(verify(delivery(url), { topicArn: SNS_TOPIC, fetch }))).toBe('ok')
    }
    vi.setSystemTime(Date.now() + 60_000)
    await verify(delivery(urls[0]), { topicArn: SNS_TOPIC, fetch })
    expect(calls.filter((url) => url === urls[0])).toHaveLength(2)
  })

  it("the caller's fetch resolving to no response: a TypeError, theirs to fix", async () => {
    const fetch = async () => ({ ok: true, status: 200 }) as never
    await expect(verify(delivery(), { topicArn: SNS_TOPIC, fetch })).rejects.toThrow(/options\.fetch must resolve to a Response/)
  })

  it('without AbortSignal.timeout, and with the global fetch when none is passed', async () => {
    const { calls, fetch } = server()
    const timeout = AbortSignal.timeout
    vi.stubGlobal('fetch', fetch)
    try {
      ;(AbortSignal as { timeout?: unknown }).timeout = undefined
      expect(await outcome(verify(delivery(), { topicArn: SNS_TOPIC }))).toBe('ok')
      await confirmSubscription({
        ...(JSON.parse(delivery().body) as Record<string, string>),
        Type: 'SubscriptionConfirmation',
        Token: 't',
        SubscribeURL: 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&Token=t',
      } as never)
    } finally {
      AbortSignal.timeout = timeout
      vi.unstubAllGlobals()
    }
    expect(calls).toEqual([URL_0, 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&Token=t'])
  })

  it('confirmSubscription of a message whose topic is no SNS topic', async () => {
    const { fetch } = server()
    await expect(
      confirmSubscription({ TopicArn: 'nope', SubscribeURL: 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription' } as never, {
        fetch,
      }),
    ).rejects.toThrow('https://sns.<region>.amazonaws.com/?Action=ConfirmSubscription')
  })

  it('sign without a privateKey, and a message without MessageId or TopicArn', async () => {
    await expect(sign(MESSAGE as never, { certificateUrl: URL_0 } as never)).rejects.toThrow(/must be an RSA private key/)
    const { MessageId: _id, TopicArn: _topic, ...bare } = MESSAGE
    const signed = await sign(bare as never, { privateKey: rsaPrivateJwk(RSA_TEST_KEYS[0]), certificateUrl: URL_0 })
    expect(Object.keys(signed.headers).sort()).toEqual(['Content-Type', 'x-amz-sns-message-type'])
  })
})

describe('spkiOfCertificate on hand-made DER', () => {
  const wrap = (bytes: number[]) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(bytes).toString('base64')}\n-----END CERTIFICATE-----`
  const seq = (...inner: number[][]) => [0x30, inner.flat().length, ...inner.flat()]
  const int = [0x02, 0x01, 0x01]
  const spki = seq([0x05, 0x00])

  it('a v1 certificate (no version field): the key all the same', () => {
    const tbs = seq(int, seq(), seq(), seq(), seq(), spki)
    expect(Buffer.from(spkiOfCertificate(wrap(seq(tbs, seq(), [0x03, 0x01, 0x00])))!)).toEqual(Buffer.from(spki))
  })

  it.each([
    ['a tbsCertificate that is no SEQUENCE', seq(int)],
    ['a field of another type', seq(seq(int, int, seq(), seq(), seq(), spki))],
    ['a multi-byte tag', seq(seq([0x1f, 0x01, 0x00]))],
    ['no subjectPublicKeyInfo', seq(seq(int, seq(), seq(), seq(), seq()))],
    ['bytes after the certificate', [...seq(seq(int)), 0x00]],
  ])('%s: nothing', (_name, der) => {
    expect(spkiOfCertificate(wrap(der))).toBeUndefined()
  })
})
