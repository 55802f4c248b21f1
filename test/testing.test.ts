/**
 * hookproof/testing: samples for every event of every provider, and the kit's
 * deliveries, each checked by the provider's own verify.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import * as hookproof from '../src/index.js'
import { type ProviderId, registry } from '../src/registry.js'
import { samples, serialize, tamper, testKit, toRequest } from '../src/tools/testing.js'
import { BODY_BYTES_UNSIGNED, BODY_UNSIGNED, keysFor, UNCHECKED_TIME } from './kit-keys.js'
import { eventOfSent, referenceOf, reserialized } from './reference/signers.js'

type AnyVerify = (input: hookproof.WebhookInput, options: Record<string, unknown>) => Promise<unknown>
type AnySet = { readonly all: () => Record<string, unknown>[] } & Record<string, unknown>

const ids = Object.keys(registry) as ProviderId[]
const verifyOf = (id: ProviderId): AnyVerify => registry[id].verify as unknown as AnyVerify
const codeOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'verified',
    (error: unknown) => (hookproof.isWebhookVerificationError(error) ? error.code : error),
  )

describe('serialize', () => {
  it("writes what Python's json.dumps writes by default", () => {
    // json.dumps({"id": "proj_1", "title": "Café ☕", "tags": ["a", 1, None], "n": {}}) in CPython 3.12:
    expect(serialize({ id: 'proj_1', title: 'Café ☕', tags: ['a', 1, null], n: {} })).toBe(
      '{"id": "proj_1", "title": "Caf\\u00e9 \\u2615", "tags": ["a", 1, null], "n": {}}',
    )
    // json.dumps({"emoji": "😀"}) writes the surrogate pair:
    expect(serialize({ emoji: '😀' })).toBe('{"emoji": "\\ud83d\\ude00"}')
  })

  it('writes JSON that parses back to the payload, and that JSON.stringify does not reproduce', () => {
    for (const id of ids) {
      for (const sample of (samples[id] as unknown as AnySet).all()) {
        const body = serialize(sample)
        expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(sample)))
        expect(JSON.stringify(JSON.parse(body)), id).not.toBe(body)
      }
    }
  })

  it("is JSON.stringify's output with format 'compact', and refuses what JSON cannot write", () => {
    const payload = { a: [1, { b: 'é' }], c: undefined, d: new Date(0) }
    expect(serialize(payload, 'compact')).toBe(JSON.stringify(payload))
    expect(JSON.parse(serialize(payload))).toEqual(JSON.parse(JSON.stringify(payload)))
    expect(() => serialize(undefined)).toThrow(TypeError)
    expect(() => serialize({}, 'pretty' as 'compact')).toThrow(/'spaced' or 'compact'/)
  })
})

describe('samples', () => {
  it('are fresh copies with overrides merged at any depth, arrays replaced', () => {
    const first = samples.mux['video.asset.ready']({ data: { id: 'asset_1' } })
    const second = samples.mux['video.asset.ready']()
    expect(first.data.id).toBe('asset_1')
    expect(second.data.id).not.toBe('asset_1')
    expect(first.data.status).toBe(second.data.status)
    first.type = 'changed' as never
    expect(samples.mux['video.asset.ready']().type).toBe('video.asset.ready')
    const project = samples.eversince.idle({ assets: [] })
    expect(project.assets).toEqual([])
    expect(samples.eversince.idle().assets.length).toBeGreaterThan(0)
    expect(samples.bunny.delivery({ Status: 3 }).Status).toBe(3)
  })

  it('name every event each provider knows, and each is one it knows', () => {
    for (const id of ids) {
      const set = samples[id] as unknown as AnySet
      const isKnownEvent = (registry[id] as { isKnownEvent?: (event: unknown) => boolean }).isKnownEvent
      for (const [name, factory] of Object.entries(set)) {
        if (name === 'all') continue
        const sample = (factory as () => Record<string, unknown>)()
        if (isKnownEvent) expect(isKnownEvent(sample), `${id}.${name}`).toBe(true)
      }
      expect(set.all().length, id).toBeGreaterThan(0)
    }
  })

  it('are typed per event', () => {
    const failed = samples.eversince.failed({ error_message: 'out of credits' })
    const event: 'failed' = failed.event
    expect(event).toBe('failed')
    // @ts-expect-error not an Eversince event
    expect(samples.eversince.finished).toBeUndefined()
    // @ts-expect-error id is a string
    samples.eversince.idle({ id: 1 })
  })
})

describe.each(ids)('testKit(%s)', (id) => {
  it('signs every sample so that verify accepts it, and refuses it tampered, signed with another key or stale', async () => {
    const keys = await keysFor(id)
    const provider = registry[id] as unknown as { sign: hookproof.Sign<unknown, Record<string, unknown>> }
    const kit = testKit(provider, keys.sign)
    const verify = verifyOf(id)
    for (const sample of (samples[id] as unknown as AnySet).all()) {
      const delivery = await kit.sign(sample)
      expect(await verify(kit.request(delivery), keys.verify)).toEqual(eventOfSent(referenceOf(id), delivery.body))
      // A handler that parses and re-serializes the body fails, as it would in production.
      const again = await codeOf(verify({ headers: delivery.headers, body: reserialized(referenceOf(id), delivery.body) }, keys.verify))
      expect(again).toBe(BODY_BYTES_UNSIGNED.includes(id) ? 'verified' : 'signature_mismatch')
    }
    const sample = (samples[id] as unknown as AnySet).all()[0]!
    if (BODY_UNSIGNED.includes(id)) {
      await expect(kit.tampered(sample)).rejects.toThrow(/does not sign the body/)
    } else {
      const forged = await kit.tampered(sample)
      if (!referenceOf(id).form) expect(() => JSON.parse(forged.body)).not.toThrow()
      // The first string of an SNS message is its Type, which tampered names no type SNS signs.
      expect(await codeOf(verify(kit.request(forged), keys.verify))).toBe(id === 'sns' ? 'malformed_signature' : 'signature_mismatch')
    }
    if (keys.kind === 'secret') {
      expect(await codeOf(verify(kit.request(await kit.wrongKey(sample)), keys.verify))).toMatch(/signature_mismatch|invalid_credential/)
    }
    const stale = await kit.stale(sample).catch((error: unknown) => error)
    if (UNCHECKED_TIME.includes(id)) {
      expect(await codeOf(verify(kit.request(stale as hookproof.SignedDelivery), keys.verify))).toBe('verified')
    } else if (stale instanceof TypeError) {
      expect(stale.message).toMatch(/signs no timestamp/)
      expect(await codeOf(verify(kit.request(await kit.sign(sample, { timestamp: Date.now() - 3_600_000 })), keys.verify))).toBe('verified')
    } else {
      expect(await codeOf(verify(kit.request(stale as hookproof.SignedDelivery), keys.verify))).toBe('timestamp_too_old')
    }
  })
})

describe('testKit', () => {
  it('rotates: a handler with both secrets accepts both kits, one with the old secret refuses the new', async () => {
    const kit = testKit(hookproof.standardwebhooks, { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
    const next = await kit.rotate()
    expect(next.options.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    expect(next.options.secret).not.toBe(kit.options.secret)
    const sample = samples.standardwebhooks.delivery()
    const both = { secret: [kit.options.secret, next.options.secret] }
    expect(await codeOf(hookproof.standardwebhooks.verify(kit.request(await kit.sign(sample)), both))).toBe('verified')
    expect(await codeOf(hookproof.standardwebhooks.verify(next.request(await next.sign(sample)), both))).toBe('verified')
    expect(await codeOf(hookproof.standardwebhooks.verify(next.request(await next.sign(sample)), kit.options))).toBe('signature_mismatch')
    const chosen = await kit.rotate({ secret: 'whsec_dGhlIG5leHQgc2VjcmV0' })
    expect(chosen.options.secret).toBe('whsec_dGhlIG5leHQgc2VjcmV0')
  })

  it('keeps the shape of a secret when it makes another: a user:password pair keeps its user, a prefix stays', async () => {
    const pair = await testKit(hookproof.deepgram, { secret: 'hookproof:password-1' }).rotate()
    expect(pair.options.secret).toMatch(/^hookproof:[0-9a-f]{32}$/)
    const prefixed = await testKit(hookproof.cartesia, { secret: 'sk_live_abc' }).rotate()
    expect(prefixed.options.secret).toMatch(/^sk_[0-9a-f]{32}$/)
  })

  it('makes another key pair of the same kind for wrongKey', async () => {
    const keys = await keysFor('fal')
    const kit = testKit(hookproof.fal, keys.sign as never)
    const sample = samples.fal.OK()
    expect(await codeOf(hookproof.fal.verify(kit.request(await kit.sign(sample)), keys.verify as never))).toBe('verified')
    expect(await codeOf(hookproof.fal.verify(kit.request(await kit.wrongKey(sample)), keys.verify as never))).toBe('signature_mismatch')
  })

  it("writes compact bodies with format 'compact', and sends a string payload as it is", async () => {
    const kit = testKit(hookproof.mux, { secret: 'test', format: 'compact', url: 'http://localhost/hook' })
    const sample = samples.mux['video.asset.created']()
    expect((await kit.sign(sample)).body).toBe(JSON.stringify(sample))
    expect((await kit.sign(' {"raw" : true}\n')).body).toBe(' {"raw" : true}\n')
    const request = kit.request(await kit.sign(sample))
    expect(request.url).toBe('http://localhost/hook')
    expect(request.method).toBe('POST')
    expect(await request.text()).toBe(JSON.stringify(sample))
  })

  it('is refused at compile time where it cannot work, and says how to fix a wrong call', () => {
    const kit = testKit(hookproof.cartesia, { secret: 'credential' })
    // @ts-expect-error Cartesia signs no timestamp: no delivery of it is stale
    void (() => kit.stale('{}'))
    // @ts-expect-error Synthesia signs a timestamp, but its verify checks none
    void (() => testKit(hookproof.synthesia, { secret: 's' }).stale('{}'))
    expectTypeOf(testKit(hookproof.eversince, { secret: 's' }).stale).toBeFunction()
    // fal's verify options are all optional (its keys come from its JWKS): it checks a timestamp all the same.
    expectTypeOf(testKit(hookproof.fal, { privateKey: new Uint8Array(32) }).stale).toBeFunction()
    // @ts-expect-error Mux signs with a secret
    void (() => testKit(hookproof.mux, { privateKey: new Uint8Array(32) }))
    expect(() => testKit({} as never, { secret: 's' } as never)).toThrow(/needs a provider with sign/)
    expect(() => testKit(hookproof.mux, null as never)).toThrow(/options to sign with/)
  })
})

describe('testKit, on the edges', () => {
  it('rotates a secret of bytes, refuses to invent a key it cannot make, and says so', async () => {
    const bytes = await testKit(hookproof.mux, { secret: new Uint8Array(24) as never }).rotate()
    expect((bytes.options.secret as unknown as Uint8Array).length).toBe(24)
    // A private JWK rotates to a fresh one of its kind; AWS SNS then refuses it (the certificate names the old key).
    const keys = await keysFor('sns')
    const sns = testKit(hookproof.sns, keys.sign as never)
    const next = (await sns.rotate()).options as unknown as { privateKey: JsonWebKey }
    expect(next.privateKey.kty).toBe('RSA')
    expect(next.privateKey.n).not.toBe((keys.sign['privateKey'] as JsonWebKey).n)
    const sample = samples.sns.Notification()
    expect(await codeOf(hookproof.sns.verify(sns.request(await sns.wrongKey(sample)), keys.verify as never))).toBe('signature_mismatch')
    // A whsk_ key rotates to another 32-byte seed, which signs.
    const v1a = await testKit(hookproof.standardwebhooks, { secret: `whsk_${Buffer.alloc(32, 7).toString('base64')}` }).rotate()
    await expect(v1a.sign(samples.standardwebhooks.delivery())).resolves.toMatchObject({ body: expect.any(String) })
    const pem = testKit({ sign: hookproof.mux.sign } as never, { privateKey: '-----BEGIN PRIVATE KEY-----' } as never) as {
      rotate(): Promise<unknown>
    }
    await expect(pem.rotate()).rejects.toThrow(/pass the next key to rotate\(\{ privateKey \}\)/)
    const keyless = testKit({ sign: hookproof.mux.sign } as never, {} as never) as { rotate(): Promise<unknown> }
    await expect(keyless.rotate()).rejects.toThrow(/no secret or privateKey option/)
    await expect(testKit(hookproof.eversince, { secret: 's' }).stale('{}', -1)).rejects.toThrow(/positive number of seconds/)
  })

  it('writes an array member JSON cannot hold as null, and adds an override the sample lacks', () => {
    expect(serialize([1, undefined, () => 0])).toBe('[1, null, null]')
    // What JSON.stringify does: holes are null, toJSON is called once with its key, boxed primitives are unwrapped.
    const tricky = {
      sparse: Object.assign([1], { 2: 3 }),
      self: {
        toJSON() {
          return this
        },
      },
      keyed: { toJSON: (key: string) => key },
      boxed: [new String('ab'), new Number(2)],
    }
    expect(JSON.parse(serialize(tricky))).toEqual(JSON.parse(JSON.stringify(tricky)))
    expect((samples.eversince.idle({ extra: 1 } as never) as unknown as { extra: number }).extra).toBe(1)
  })
})

describe('tamper and toRequest', () => {
  it('change the body after signing and keep it JSON', () => {
    expect(tamper({ headers: { a: '1' }, body: '{"n": 1, "id": "a\\"b", "c": "d"}' }).body).toBe(
      '{"n": 1, "id": "a\\"b-tampered", "c": "d"}',
    )
    expect(tamper({ headers: { a: '1' }, body: '{"id": 1}' }).body).toBe('{"tampered": true, "id": 1}')
    expect(tamper({ headers: {}, body: '{}' }).body).toBe('{"tampered": true}')
    // A quote or a colon inside a string is never taken for the start of a value.
    expect(tamper({ headers: {}, body: '{"pair": ["a", ":"], "id": "x"}' }).body).toBe('{"pair": ["a", ":"], "id": "x-tampered"}')
    expect(tamper({ headers: {}, body: '{"k\\"": ":", "v": 1}' }).body).toBe('{"k\\"": ":-tampered", "v": 1}')
    const array = tamper({ headers: {}, body: '["a",":","b"]' }).body
    expect(array).toBe('["a",":","b"] ')
    expect(JSON.parse(array)).toEqual(['a', ':', 'b'].map(String))
    expect(tamper({ headers: {}, body: 'text' }).body).toBe('text ')
    const request = toRequest({ headers: { 'X-Sig': 'v1' }, body: '{}' })
    expect(request.headers.get('x-sig')).toBe('v1')
    expect(request.url).toBe('https://hookproof.test/webhook')
  })
})
