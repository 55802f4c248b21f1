/**
 * The keyed digest (Cloudinary's `H(<body><timestamp><secret>)`, not an
 * HMAC) and the secret chosen by a header (api.video's webhook id), built
 * with defineProvider and checked on both engines against digests computed
 * here with node:crypto, the way the providers' docs compute them.
 */
import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { defineProvider, hmacScheme, keyedDigestScheme, secretByHeader, unixSeconds } from '../src/index.js'
import type { HashName } from '../src/crypto/engine.js'
import { engines, useEngine } from './engines.js'
import { outcome } from './outcome.js'

const SECRET = 'api_secret_0123456789'
const BODY = '{"notification_type":"upload","public_id":"sample","note":"naïve ✅"}'
const NOW = 1_700_000_000_000
const SECONDS = String(NOW / 1000)

type Event = { notification_type: 'upload'; public_id: string }
const digest = (hash: 'sha1' | 'sha256', content: string) => createHash(hash).update(content, 'utf8').digest('hex')

describe.each(engines)('keyedDigestScheme, $name engine', (engine) => {
  useEngine(engine)
  const provider = defineProvider<Event>()({
    name: 'Acme',
    scheme: keyedDigestScheme({
      signatureHeader: 'X-Cld-Signature',
      timestamp: { header: 'X-Cld-Timestamp', format: unixSeconds },
      hashes: ['SHA-1', 'SHA-256'],
      tolerance: { past: 7200, future: 300 },
    }),
    eventField: 'notification_type',
    events: { upload: true },
  })
  const verify = (headers: Record<string, string>, body = BODY, now = NOW) =>
    outcome(provider.verify({ headers, body }, { secret: SECRET, now }))
  const headers = (signature: string, stamp = SECONDS) => ({ 'X-Cld-Signature': signature, 'X-Cld-Timestamp': stamp })

  it('verifies SHA-1 and SHA-256 of <body><timestamp><secret>, told apart by length', async () => {
    expect(await verify(headers(digest('sha1', `${BODY}${SECONDS}${SECRET}`)))).toBe('ok')
    expect(await verify(headers(digest('sha256', `${BODY}${SECONDS}${SECRET}`)))).toBe('ok')
    expect(await verify(headers(digest('sha1', `${BODY}${SECONDS}${SECRET}`).toUpperCase()))).toBe('ok')
  })

  it('refuses another body, timestamp, order or secret, and an HMAC of the same', async () => {
    expect(await verify(headers(digest('sha1', `${BODY}${SECONDS}${SECRET}`)), `${BODY} `)).toBe('signature_mismatch')
    expect(await verify(headers(digest('sha1', `${BODY}${SECONDS}${SECRET}`), String(NOW / 1000 - 1)))).toBe('signature_mismatch')
    expect(await verify(headers(digest('sha1', `${SECONDS}${BODY}${SECRET}`)))).toBe('signature_mismatch')
    expect(await verify(headers(digest('sha1', `${BODY}${SECONDS}other`)))).toBe('signature_mismatch')
    expect(await verify(headers(createHmac('sha1', SECRET).update(`${BODY}${SECONDS}`).digest('hex')))).toBe('signature_mismatch')
  })

  it('reads the header strictly and checks the window', async () => {
    const good = digest('sha1', `${BODY}${SECONDS}${SECRET}`)
    expect(await verify(headers(good.slice(1)))).toBe('malformed_signature')
    expect(await verify(headers(`${good}00`))).toBe('malformed_signature')
    expect(await verify(headers(digest('sha256', 'x').slice(0, 48)))).toBe('malformed_signature')
    expect(await verify({ 'X-Cld-Signature': good })).toBe('missing_timestamp')
    expect(await verify(headers(good, 'soon'))).toBe('malformed_timestamp')
    expect(await verify(headers(good), BODY, NOW + 7_201_000)).toBe('timestamp_too_old')
    expect(await verify(headers(good), BODY, NOW - 301_000)).toBe('timestamp_too_new')
  })

  it('signs what the docs compute, SHA-1 unless told SHA-256', async () => {
    const sha1 = await provider.sign(JSON.parse(BODY), { secret: SECRET, timestamp: NOW })
    expect(sha1.headers['X-Cld-Signature']).toBe(digest('sha1', `${sha1.body}${SECONDS}${SECRET}`))
    const sha256 = await provider.sign(JSON.parse(BODY), { secret: SECRET, timestamp: NOW, hash: 'SHA-256' })
    expect(sha256.headers['X-Cld-Signature']).toBe(digest('sha256', `${sha256.body}${SECONDS}${SECRET}`))
    await expect(provider.sign(JSON.parse(BODY), { secret: SECRET, hash: 'SHA-512' })).rejects.toThrow(
      /^hookproof: options\.hash must be one of SHA-1, SHA-256, got SHA-512\.$/,
    )
  })

  it('misconfigured hashes are a TypeError', () => {
    const tolerance = 300
    const timestamp = { header: 'T', format: unixSeconds }
    expect(() => keyedDigestScheme({ signatureHeader: 'S', timestamp, hashes: [], tolerance })).toThrow(TypeError)
    expect(() => keyedDigestScheme({ signatureHeader: 'S', timestamp, hashes: ['SHA-1', 'SHA-1'], tolerance })).toThrow(TypeError)
    expect(() => keyedDigestScheme({ signatureHeader: 'S', timestamp, hashes: ['MD5' as HashName], tolerance })).toThrow(TypeError)
  })
})

describe.each(engines)('secretByHeader, $name engine', (engine) => {
  useEngine(engine)
  const provider = defineProvider<{ type: 'video.encoding.quality.completed'; videoId: string }>()({
    name: 'Acme',
    scheme: secretByHeader(hmacScheme({ signatureHeader: 'X-Api-Video-Signature' }), {
      header: 'X-Api-Video-WebhookID',
      signOption: 'webhookId',
    }),
    eventField: 'type',
    events: { 'video.encoding.quality.completed': true },
  })
  const body = '{"type":"video.encoding.quality.completed","videoId":"vi_1"}'
  const mac = (secret: string) => createHmac('sha256', secret).update(body, 'utf8').digest('hex')
  const delivery = (id: string, secret: string) => ({
    headers: { 'X-Api-Video-WebhookID': id, 'X-Api-Video-Signature': mac(secret) },
    body,
  })
  const secrets = { webhook_a: 'sig_sec_aaaa', webhook_b: 'sig_sec_bbbb' }

  it("picks the secret by the header's webhook id", async () => {
    expect(await outcome(provider.verify(delivery('webhook_a', 'sig_sec_aaaa'), { secrets }))).toBe('ok')
    expect(await outcome(provider.verify(delivery('webhook_b', 'sig_sec_bbbb'), { secrets }))).toBe('ok')
    expect(
      await outcome(provider.verify(delivery('webhook_b', 'sig_sec_old'), { secrets: { webhook_b: ['sig_sec_new', 'sig_sec_old'] } })),
    ).toBe('ok')
  })

  it("refuses a delivery signed with one webhook's secret that names another, or an unknown id, or none", async () => {
    expect(await outcome(provider.verify(delivery('webhook_b', 'sig_sec_aaaa'), { secrets }))).toBe('signature_mismatch')
    expect(await outcome(provider.verify(delivery('webhook_c', 'sig_sec_aaaa'), { secrets }))).toBe('signature_mismatch')
    const { headers } = delivery('webhook_a', 'sig_sec_aaaa')
    const anonymous = { 'X-Api-Video-Signature': headers['X-Api-Video-Signature'] }
    expect(await outcome(provider.verify({ headers: anonymous, body }, { secrets }))).toBe('signature_mismatch')
  })

  it('one secret is tried whatever the id names', async () => {
    expect(await outcome(provider.verify(delivery('anything', 'sig_sec_aaaa'), { secret: 'sig_sec_aaaa' }))).toBe('ok')
  })

  it('signs with the webhook id it is given', async () => {
    const signed = await provider.sign(JSON.parse(body), { secret: 'sig_sec_aaaa', webhookId: 'webhook_a' })
    expect(signed.headers).toEqual({ 'Content-Type': 'application/json', ...delivery('webhook_a', 'sig_sec_aaaa').headers })
    const random = await provider.sign(JSON.parse(body), { secret: 'sig_sec_aaaa' })
    expect(random.headers['X-Api-Video-WebhookID']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('misused options are TypeErrors that say what to pass', async () => {
    const input = delivery('webhook_a', 'sig_sec_aaaa')
    expect(await outcome(provider.verify(input, { secrets: {} }))).toMatch(/options\.secrets is empty/)
    expect(await outcome(provider.verify(input, { secrets: [] as never }))).toMatch(/options\.secrets must be an object/)
    expect(await outcome(provider.verify(input, { secrets: { webhook_a: '' } }))).toMatch(
      /options\.secrets\["webhook_a"\] is an empty string/,
    )
    expect(await outcome(provider.verify(input, { secrets, secret: 'x' } as never))).toMatch(/not both/)
  })
})
