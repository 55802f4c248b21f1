/**
 * diagnose(): for every provider, the cause of four ways of breaking a
 * delivery, and the other causes on the providers that show them. The
 * deliveries come from the testing kit; each break is made here by hand.
 */
import { describe, expect, it } from 'vitest'
import * as hookproof from '../src/index.js'
import { type ProviderId, registry } from '../src/registry.js'
import { diagnose } from '../src/tools/diagnose.js'
import { samples, testKit } from '../src/tools/testing.js'
import { BODY_BYTES_UNSIGNED, keysFor, UNCHECKED_TIME } from './kit-keys.js'
import { eventOfSent, referenceOf, reserialized } from './reference/signers.js'

type AnySet = { readonly all: () => Record<string, unknown>[] }
type AnyDiagnose = (input: hookproof.WebhookInput, provider: ProviderId, options: Record<string, unknown>) => ReturnType<typeof diagnose>
const diagnoseAny = diagnose as unknown as AnyDiagnose
const ids = Object.keys(registry) as ProviderId[]
const sampleOf = (id: ProviderId) => (samples[id] as unknown as AnySet).all()[0]!
const kitFor = (id: ProviderId, options: Record<string, unknown>) =>
  testKit(registry[id] as unknown as { sign: hookproof.Sign<unknown, Record<string, unknown>> }, options)

describe.each(ids)('diagnose(…, %s)', (id) => {
  it('names the cause of a re-serialized body, a secret with a newline, a stale delivery and another provider’s headers', async () => {
    const keys = await keysFor(id)
    const kit = kitFor(id, keys.sign)
    const sample = sampleOf(id)
    const good = await kit.sign(sample)
    expect(await diagnoseAny(kit.request(good), id, keys.verify)).toMatchObject({
      ok: true,
      cause: 'verified',
      event: eventOfSent(referenceOf(id), good.body),
    })

    const again = await diagnoseAny({ headers: good.headers, body: reserialized(referenceOf(id), good.body) }, id, keys.verify)
    expect(again.cause).toBe(BODY_BYTES_UNSIGNED.includes(id) ? 'verified' : 'body_changed')

    if (typeof keys.verify['secret'] === 'string') {
      const newline = { ...keys.verify, secret: `${keys.verify['secret']}\n` }
      const diagnosis = await diagnoseAny({ headers: good.headers, body: good.body }, id, newline)
      expect(diagnosis.cause).toBe('secret_whitespace')
      expect(JSON.stringify(diagnosis)).not.toContain(keys.verify['secret'])
    }

    const stale = await kit.stale(sample).catch((error: unknown) => error)
    if (!(stale instanceof TypeError) && !UNCHECKED_TIME.includes(id)) {
      const diagnosis = await diagnoseAny(stale as hookproof.SignedDelivery, id, keys.verify)
      expect(diagnosis).toMatchObject({ code: 'timestamp_too_old', cause: 'stale' })
      // The kit signs a day ago; the verify ran a moment later.
      expect(diagnosis.skewSeconds! - 86_400).toBeGreaterThanOrEqual(0)
      expect(diagnosis.skewSeconds! - 86_400).toBeLessThan(5)
    }

    const other: ProviderId = id === 'eversince' ? 'mux' : 'eversince'
    const foreign = await kitFor(other, { secret: 'whsec_other' }).sign(sampleOf(other))
    const diagnosis = await diagnoseAny({ headers: foreign.headers, body: foreign.body }, id, keys.verify)
    expect(diagnosis).toMatchObject({ ok: false, cause: 'other_provider' })
    expect(diagnosis.providers).toContain(other)
  })
})

describe('diagnose', () => {
  const SECRET = 'whsec_dGhlIGRpYWdub3NlIHRlc3Qgc2VjcmV0'

  it('measures a clock behind the sender, and reads a Request once', async () => {
    const kit = testKit(hookproof.mux, { secret: SECRET })
    const ahead = await kit.sign(samples.mux['video.asset.ready'](), { timestamp: Date.now() + 900_000 })
    const diagnosis = await diagnose(kit.request(ahead), 'mux', { secret: SECRET })
    expect(diagnosis).toMatchObject({ ok: false, provider: 'Mux', code: 'timestamp_too_new', cause: 'clock_skew' })
    expect(diagnosis.skewSeconds).toBeGreaterThanOrEqual(-900)
    expect(diagnosis.skewSeconds).toBeLessThan(-895)
  })

  it('checks the time of a captured delivery against now', async () => {
    const kit = testKit(hookproof.eversince, { secret: SECRET })
    const sent = Date.now() - 3_600_000
    const delivery = await kit.sign(samples.eversince.idle(), { timestamp: sent })
    expect((await diagnose(delivery, 'eversince', { secret: SECRET, now: sent + 2000 })).cause).toBe('verified')
  })

  it('finds the prefix of a secret pasted without it', async () => {
    const kit = testKit(hookproof.magichour, { secret: SECRET })
    const delivery = await kit.sign(samples.magichour['video.completed']())
    const diagnosis = await diagnose(delivery, 'magichour', { secret: SECRET.slice('whsec_'.length) })
    expect(diagnosis).toMatchObject({ provider: 'Magic Hour', cause: 'secret_prefix', code: 'signature_mismatch' })
    expect(JSON.stringify(diagnosis)).not.toContain(SECRET.slice('whsec_'.length))
  })

  it('names signing off, altered headers, a wrong secret and an invalid body', async () => {
    const kit = testKit(hookproof.eversince, { secret: SECRET })
    const delivery = await kit.sign(samples.eversince.idle())
    const unsigned = { 'content-type': 'application/json' }
    expect(await diagnose({ headers: unsigned, body: delivery.body }, 'eversince', { secret: SECRET })).toMatchObject({
      code: 'missing_signature',
      cause: 'signing_off',
    })
    const altered = { ...delivery.headers, 'X-Eversince-Signature': 'sha256=zz' }
    expect((await diagnose({ headers: altered, body: delivery.body }, 'eversince', { secret: SECRET })).cause).toBe('headers_altered')
    expect((await diagnose(delivery, 'eversince', { secret: 'another secret' })).cause).toBe('unknown')
    const array = await kit.sign('[1, 2]')
    expect(await diagnose(array, 'eversince', { secret: SECRET })).toMatchObject({ code: 'invalid_payload', cause: 'invalid_payload' })
  })

  it('names a key set that cannot be loaded, and options that cannot work', async () => {
    const keys = await keysFor('fal')
    const delivery = await testKit(hookproof.fal, keys.sign as never).sign(samples.fal.OK())
    const unreachable = async (): Promise<Response> => {
      throw new TypeError('fetch failed')
    }
    const diagnosis = await diagnose(delivery, 'fal', { jwksUrl: 'https://keys.diagnose.test/jwks', fetch: unreachable })
    expect(diagnosis).toMatchObject({ ok: false, cause: 'key_set_unavailable' })
    expect(diagnosis.message).toContain('https://keys.diagnose.test/jwks')
    expect((await diagnose(delivery, 'eversince', {} as never)).cause).toBe('misconfigured')
  })

  it('diagnoses for a provider given by its verify, and refuses what is not a provider', async () => {
    const kit = testKit(hookproof.mux, { secret: SECRET })
    const delivery = await kit.sign(samples.mux['video.asset.ready']())
    expect(await diagnose(delivery, hookproof.mux, { secret: SECRET })).toMatchObject({ ok: true, provider: 'Mux' })
    await expect(diagnose(delivery, 'nobody' as 'mux', { secret: SECRET })).rejects.toThrow(TypeError)
    await expect(diagnose(delivery, {} as never, { secret: SECRET })).rejects.toThrow(/provider/)
  })

  it('is typed by the provider: its options, nothing else', () => {
    const check = (request: Request) => {
      void diagnose(request, 'mux', { secret: 's' })
      // @ts-expect-error fal verifies with public keys, not a secret
      void diagnose(request, 'fal', { secret: 's' })
      // @ts-expect-error not a provider hookproof ships
      void diagnose(request, 'nobody', { secret: 's' })
      // @ts-expect-error the options, even where every one is optional
      void diagnose(request, hookproof.fal, undefined)
    }
    expect(typeof check).toBe('function')
  })
})

describe('diagnose, on the edges', () => {
  const SECRET = 'whsec_dGhlIGVkZ2VzIG9mIGRpYWdub3Nl'

  it('names a provider without an identity "the provider", and refuses options that are not an object', async () => {
    const delivery = await testKit(hookproof.mux, { secret: SECRET }).sign(samples.mux['video.asset.ready']())
    const wrapped = { verify: (input: hookproof.WebhookInput, options: { secret: string }) => hookproof.mux.verify(input, options) }
    expect(await diagnose(delivery, wrapped, { secret: SECRET })).toMatchObject({ ok: true, provider: 'the provider' })
    await expect(diagnose(delivery, 'mux', null as never)).rejects.toThrow(/needs the options verify takes/)
  })

  it('names a body past the bound, read from a Request or given', async () => {
    const kit = testKit(hookproof.mux, { secret: SECRET })
    const delivery = await kit.sign(samples.mux['video.asset.ready']())
    const bound = { secret: SECRET, maxBodyBytes: 64 }
    expect(await diagnose(kit.request(delivery), 'mux', bound)).toMatchObject({ cause: 'body_unreadable', code: 'body_too_large' })
    expect(await diagnose(delivery, 'mux', bound)).toMatchObject({ cause: 'body_unreadable', code: 'body_too_large' })
  })

  it('finds whitespace in one secret of a rotating list, and a stale delivery signed with another secret is no skew', async () => {
    const kit = testKit(hookproof.eversince, { secret: SECRET })
    const delivery = await kit.sign(samples.eversince.idle())
    expect((await diagnose(delivery, 'eversince', { secret: ['whsec_b2xk', `${SECRET}\n`] })).cause).toBe('secret_whitespace')
    const stale = await kit.stale(samples.eversince.idle())
    const diagnosis = await diagnose(stale, 'eversince', { secret: 'another secret' })
    expect(diagnosis).toMatchObject({ code: 'timestamp_too_old', cause: 'unknown' })
    expect(diagnosis.skewSeconds).toBeUndefined()
    expect((await diagnose(delivery, 'eversince', { secret: new TextEncoder().encode('bytes') })).cause).toBe('unknown')
  })

  it('names the provider whose signature it is, when the one given refuses it as a mismatch', async () => {
    const delivery = await testKit(hookproof.eversince, { secret: SECRET }).sign(samples.eversince.idle())
    const strict = {
      verify: async (_input: hookproof.WebhookInput, _options: { secret: string }): Promise<never> => {
        throw new hookproof.WebhookVerificationError('signature_mismatch', 'No signature matches.')
      },
    }
    expect(await diagnose(delivery, strict, { secret: SECRET })).toMatchObject({
      code: 'signature_mismatch',
      cause: 'other_provider',
      providers: ['eversince'],
    })
  })
})

describe('diagnose on hostile bodies', () => {
  it('stays bounded on a deeply nested body, and still finds a valid signature refused for its shape', async () => {
    const kit = testKit(hookproof.mux, { secret: 'whsec_aG9zdGlsZQ==' })
    const deep = `[${Array.from({ length: 37 }, () => `${'['.repeat(1500)}${']'.repeat(1500)}`).join(',')}]`
    const forged = { ...(await kit.sign(samples.mux['video.asset.ready']())), body: deep }
    const before = process.memoryUsage().rss
    expect((await diagnose(forged, 'mux', { secret: 'whsec_aG9zdGlsZQ==' })).cause).toBe('unknown')
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
    // A stale delivery of a body that is not an object: the signature matches, so the cause is its age.
    const stale = await kit.sign('[1]', { timestamp: Date.now() - 86_400_000 })
    expect(await diagnose(stale, 'mux', { secret: 'whsec_aG9zdGlsZQ==' })).toMatchObject({ cause: 'stale' })
  })
})

describe('the body variants diagnose tries', () => {
  it('are the re-serializations and byte changes a framework makes, and none for bytes that are not UTF-8', async () => {
    const { bodyVariants } = await import('../src/diagnose/variants.js')
    const hows = (text: string) => [...bodyVariants(new TextEncoder().encode(text))].map(([how]) => how.split(' (')[0])
    expect(hows('{"a": "é"}\r\n')).toEqual([
      'as compact JSON',
      'with ", " and ": " between items and non-ASCII \\u-escaped',
      'as JSON indented by 2 spaces',
      'as JSON indented by 4 spaces',
      'with non-ASCII characters \\u-escaped',
      'without the trailing newline',
      'with LF line endings',
      'with a byte order mark',
    ])
    expect(hows('\uFEFF{"a":1}')).toContain('without the byte order mark')
    expect(hows('not json\nat all')).toEqual(['with a trailing newline', 'with CRLF line endings', 'with a byte order mark'])
    expect([...bodyVariants(new Uint8Array([0xff, 0xfe, 0x00]))]).toEqual([])
    // Nested past 64 levels, a body is not re-serialized (an indented copy grows with the square of the depth).
    expect(hows(`${'['.repeat(65)}${']'.repeat(65)}`)).toEqual(['with a trailing newline', 'with a byte order mark'])
    expect(hows(`${'['.repeat(64)}${']'.repeat(64)}`)).toContain('as JSON indented by 2 spaces')
  })
})
