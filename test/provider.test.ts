/**
 * Every provider's `verify` and `sign` as a user calls them: round trips, the
 * headers `sign` sends (checked against the providers' own signing code),
 * caller mistakes, and what an error may say.
 */
import { createHmac } from 'node:crypto'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import * as hookproof from '../src/index.js'
import { isWebhookVerificationError, type VerifyOptions } from '../src/index.js'
import { FAL_JWKS_URL } from '../src/providers/fal.js'
import { IDEOGRAM_JWKS_URL } from '../src/providers/ideogram.js'
import { engines, useEngine } from './engines.js'
import { keysFor, SIGNED_URL } from './kit-keys.js'
import { samples, samplesOf } from './reference/samples.js'
import { referenceOf, references, trusting, type Reference } from './reference/signers.js'

const SECRET = 'whsec_round_trip_secret'
type AnyProvider = {
  verify(input: hookproof.WebhookInput, options: VerifyOptions): Promise<Record<string, unknown>>
  sign(payload: unknown, options: Record<string, unknown>): Promise<hookproof.SignedDelivery>
}
const providerOf = (name: string): AnyProvider => (hookproof as unknown as Record<string, AnyProvider>)[name]!

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )
}

/** The providers signing hex HMACs under a text secret, with what the tests below read off their references. */
const hexProviders = references().flatMap((reference) =>
  reference.signature.encoding === 'hex' && reference.key.kind === 'text secret' && reference.eventField
    ? [
        {
          reference,
          provider: reference.provider,
          eventField: reference.eventField,
          signatureHeader: reference.signature.header,
          prefix: reference.signature.prefix,
        },
      ]
    : [],
)

/** The signature header the reference signer computes for `body`, signed at `timestamp` (as the delivery carries it). */
const referenceSignature = (reference: Reference, body: string, timestamp = ''): string =>
  reference.deliver(body, { key: SECRET, timestamp })[reference.signature.header]!

describe.each(engines.flatMap((engine) => hexProviders.map((entry) => ({ engine, entry }))))(
  '$entry.provider, $engine.name engine',
  ({ engine, entry }) => {
    useEngine(engine)
    const provider = providerOf(entry.provider)
    const events = samplesOf(entry.provider)
    const signedTime = entry.reference.timestamp

    it('verify(sign(event)) returns the event, for every documented event', async () => {
      for (const event of events) {
        const delivery = await provider.sign(event, { secret: SECRET })
        await expect(provider.verify({ headers: delivery.headers, body: delivery.body }, { secret: SECRET })).resolves.toEqual(event)
      }
    })

    it('a signed delivery goes through fetch-style Request and Headers unchanged', async () => {
      const delivery = await provider.sign(events[0], { secret: SECRET })
      const request = new Request('https://example.test/webhook', { method: 'POST', ...delivery })
      await expect(provider.verify(request, { secret: SECRET })).resolves.toEqual(events[0])
    })

    it("sign sends the signature the provider's own code computes, and Content-Type", async () => {
      const timestamp = new Date('2025-06-01T08:30:00.250Z')
      const delivery = await provider.sign(events[0], { secret: SECRET, timestamp })
      const stamp = signedTime?.header ? delivery.headers[signedTime.header] : undefined
      if (signedTime) {
        expect(stamp).toBe({ unix: '1748766600', 'unix-ms': '1748766600250', iso: '2025-06-01T08:30:00.250Z' }[signedTime.format])
      }
      expect(delivery.body).toBe(JSON.stringify(events[0]))
      expect(delivery.headers[entry.signatureHeader]).toBe(referenceSignature(entry.reference, delivery.body, stamp))
      expect(delivery.headers['Content-Type']).toBe('application/json')
    })

    it('sign takes the timestamp as ms too, and signs a string payload as is', async () => {
      const raw = `{ "${entry.eventField}" : "${String(events[0]![entry.eventField])}" }\n`
      const delivery = await provider.sign(raw, { secret: SECRET, timestamp: 1_748_766_600_250 })
      expect(delivery.body).toBe(raw)
      const stamp = signedTime?.header ? delivery.headers[signedTime.header] : undefined
      expect(delivery.headers[entry.signatureHeader]).toBe(referenceSignature(entry.reference, raw, stamp))
      await expect(provider.verify(delivery, { secret: SECRET, now: 1_748_766_600_250 })).resolves.toMatchObject({
        [entry.eventField]: events[0]![entry.eventField],
      })
    })

    it('accepts the secret as bytes, and verifies across string and byte forms of one secret', async () => {
      const bytes = new TextEncoder().encode(SECRET)
      const delivery = await provider.sign(events[0], { secret: bytes })
      await expect(provider.verify(delivery, { secret: SECRET })).resolves.toEqual(events[0])
      await expect(provider.verify(delivery, { secret: [new Uint8Array([1, 2, 3]), bytes] })).resolves.toEqual(events[0])
    })

    it('error messages never contain the secret, the signature or the body', async () => {
      const secret = 'whsec_VERY_SECRET_VALUE'
      const delivery = await provider.sign(events[0], { secret })
      const signature = delivery.headers[entry.signatureHeader]!
      const hex = signature.slice(entry.prefix.length)
      const attempts = [
        () => provider.verify(delivery, { secret: 'whsec_other' }),
        () => provider.verify({ headers: delivery.headers, body: `${delivery.body} ` }, { secret }),
        () =>
          provider.verify({ headers: { ...delivery.headers, [entry.signatureHeader]: `${signature}0` }, body: delivery.body }, { secret }),
        () => provider.verify({ headers: delivery.headers, body: '{"secret_looking_body": true' }, { secret }),
        async () => provider.verify(await provider.sign('{"secret_looking_body": tru', { secret, event: 'job.completed' }), { secret }),
      ]
      for (const attempt of attempts) {
        const error = (await rejection(attempt())) as Error
        expect(isWebhookVerificationError(error)).toBe(true)
        for (const leak of [secret, hex, 'secret_looking_body', JSON.stringify(events[0]).slice(0, 20)]) {
          // inspect shows what a logger prints: message, stack, cause, own properties.
          expect(inspect(error, { depth: 5 })).not.toContain(leak)
        }
      }
    })

    describe('caller mistakes are TypeErrors that say what to do', () => {
      const delivery = provider.sign(events[0], { secret: SECRET })

      it.each([
        ['a missing secret', { secret: undefined }, /process\.env\.[A-Z_]+_(WEBHOOK_SECRET|API_SECRET|API_KEY)/],
        ['an empty secret', { secret: '' }, /empty string/],
        ['an empty secret list', { secret: [] }, /at least one/],
        ['an empty secret in a list', { secret: [SECRET, ''] }, /options\.secret\[1\]/],
        ['a number secret', { secret: 42 }, /non-empty string or Uint8Array/],
        ['an empty byte secret', { secret: new Uint8Array(0) }, /non-empty string or Uint8Array/],
        ['a secret with a trailing newline', { secret: `${SECRET}\n` }, /whitespace/],
        ['a secret with a leading space', { secret: ` ${SECRET}` }, /whitespace/],
        ['a negative tolerance', { secret: SECRET, tolerance: -1 }, /tolerance/],
        ['an invalid clock', { secret: SECRET, now: new Date('nope') }, /now/],
        ['no options', undefined, /secret/],
      ])('%s', async (_label, options, message) => {
        const error = await rejection(provider.verify(await delivery, options as unknown as VerifyOptions))
        expect(error).toBeInstanceOf(TypeError)
        expect((error as Error).message).toMatch(message)
        expect(isWebhookVerificationError(error)).toBe(false)
      })

      it('a secret mistake is reported before the request body is read', async () => {
        const request = new Request('https://example.test', { method: 'POST', ...(await delivery) })
        await expect(provider.verify(request, { secret: '' })).rejects.toThrow(TypeError)
        expect(request.bodyUsed).toBe(false)
      })

      it.each([
        ['a missing secret', { secret: undefined }],
        ['a secret list', { secret: [SECRET] }],
        ['an invalid timestamp', { secret: SECRET, timestamp: new Date('nope') }],
        ['a string timestamp', { secret: SECRET, timestamp: '2025-01-01' }],
      ])('sign refuses %s', async (_label, options) => {
        await expect(provider.sign(events[0], options)).rejects.toThrow(TypeError)
      })

      it('sign refuses a payload JSON cannot serialize', async () => {
        await expect(provider.sign(undefined, { secret: SECRET })).rejects.toThrow(TypeError)
        await expect(provider.sign(() => 1, { secret: SECRET })).rejects.toThrow(TypeError)
      })
    })
  },
)

describe('isKnownEvent', () => {
  // providers.test.ts checks that every event a definition lists has a sample.
  it.each(references().map((reference) => reference.provider))('%s knows every one of its samples', (id) => {
    const isKnownEvent = (hookproof as unknown as Record<string, { isKnownEvent?: (event: unknown) => boolean }>)[id]!.isKnownEvent
    const field = referenceOf(id).eventField
    for (const sample of samplesOf(id)) {
      expect(isKnownEvent?.(sample) ?? true, `${id}: ${String(field && sample[field])}`).toBe(true)
    }
  })
})

describe("the provider's name", () => {
  it.each(references().map((reference) => [reference.provider, reference.name] as const))('%s reports itself as %s', async (id, name) => {
    const reports: hookproof.VerifyReport[] = []
    const { verify } = await keysFor(id)
    const options = { ...verify, ...(SIGNED_URL.includes(id) ? { url: 'https://example.com/webhook' } : {}) }
    await providerOf(id)
      .verify({ headers: {}, body: '{}' }, {
        ...options,
        observe: (report: hookproof.VerifyReport) => reports.push(report),
      } as unknown as VerifyOptions)
      .catch(() => {})
    expect(reports.map((report) => report.provider)).toEqual([name])
  })
})

describe('a call without its key', () => {
  const withEnv = references().flatMap((reference) => (reference.env ? [[reference.provider, reference.env] as const] : []))
  it.each(withEnv)('%s says to pass process.env.%s', async (id, env) => {
    const messages = []
    for (const options of [undefined, {}]) {
      const error = await rejection(providerOf(id).verify({ headers: {}, body: '{}' }, options as never))
      expect(error).toBeInstanceOf(TypeError)
      messages.push((error as TypeError).message)
    }
    expect(
      messages.some((message) => message.includes(`process.env.${env}`)),
      messages.join('\n'),
    ).toBe(true)
  })
})

describe('providers that sign no timestamp', () => {
  it('adsumo refuses a tolerance rather than pretend to check replays', async () => {
    const delivery = await hookproof.adsumo.sign(samples.adsumo[0]!, { secret: SECRET })
    await expect(hookproof.adsumo.verify(delivery, { secret: SECRET, tolerance: 300 } as never)).rejects.toThrow(/signs no timestamp/)
    await expect(hookproof.adsumo.verify(delivery, { secret: SECRET, tolerance: false })).resolves.toEqual(samples.adsumo[0])
  })

  it('videopilot checks the body timestamp only when asked', async () => {
    const delivery = await hookproof.videopilot.sign(samples.videopilot[0]!, { secret: SECRET })
    await expect(hookproof.videopilot.verify(delivery, { secret: SECRET })).resolves.toEqual(samples.videopilot[0])
    const error = await rejection(hookproof.videopilot.verify(delivery, { secret: SECRET, tolerance: 300 }))
    expect(error).toMatchObject({ code: 'timestamp_too_old' })
  })
})

describe('removebgvideo delivery headers', () => {
  const job = { id: 'job_1', status: 'completed', output_url: 'https://cdn.test/out.webm' }

  it('sign sends X-Webhook-Event and a unique X-Webhook-Delivery-Id', async () => {
    const first = await hookproof.removebgvideo.sign(job, { secret: SECRET, event: 'job.completed' })
    const second = await hookproof.removebgvideo.sign(job, { secret: SECRET, event: 'job.completed' })
    expect(first.headers['X-Webhook-Event']).toBe('job.completed')
    expect(first.headers['X-Webhook-Delivery-Id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(first.headers['X-Webhook-Delivery-Id']).not.toBe(second.headers['X-Webhook-Delivery-Id'])
    expect(Object.keys(first.headers).sort()).toEqual(
      ['Content-Type', 'X-Webhook-Delivery-Id', 'X-Webhook-Event', 'X-Webhook-Signature', 'X-Webhook-Timestamp'].sort(),
    )
    // The event header is not signed: verify returns the signed body alone.
    await expect(hookproof.removebgvideo.verify(first, { secret: SECRET })).resolves.toEqual(job)
  })

  it('sign takes the event from the payload and the delivery id from the options', async () => {
    const delivery = await hookproof.removebgvideo.sign({ ...job, event: 'job.failed' }, { secret: SECRET, deliveryId: 'dlv_42' })
    expect(delivery.headers['X-Webhook-Event']).toBe('job.failed')
    expect(delivery.headers['X-Webhook-Delivery-Id']).toBe('dlv_42')
  })

  it('sign refuses a payload that names no event when no event option is given', async () => {
    await expect(hookproof.removebgvideo.sign(job, { secret: SECRET })).rejects.toThrow(/options\.event/)
  })
})

describe("promises from another realm (an edge sandbox answers with its host's promises)", () => {
  it('a Request-like whose arrayBuffer() returns a foreign promise is read', async () => {
    const { runInNewContext } = await import('node:vm')
    const ForeignPromise = runInNewContext('Promise') as PromiseConstructor
    const delivery = await hookproof.adsumo.sign(samples.adsumo[0]!, { secret: SECRET })
    const bytes = new TextEncoder().encode(delivery.body)
    const request = {
      headers: new Headers(delivery.headers),
      bodyUsed: false,
      arrayBuffer: () => ForeignPromise.resolve(bytes.buffer as ArrayBuffer),
    }
    expect(request.arrayBuffer() instanceof Promise).toBe(false)
    await expect(hookproof.adsumo.verify(request, { secret: SECRET })).resolves.toEqual(samples.adsumo[0])
  })
})

describe('idempotencyKey', () => {
  const keyed = references().filter(
    (reference) => 'idempotencyKey' in (hookproof as unknown as Record<string, object>)[reference.provider]!,
  )
  it.each(keyed.map((reference) => [reference.provider, reference] as const))(
    '%s: one key per sample event, and the same key after verify(sign(x))',
    async (name, reference) => {
      const provider = (hookproof as unknown as Record<string, AnyProvider & { idempotencyKey(event: unknown): string }>)[name]!
      const [key] = reference.key.keys
      const verifyWith = trusting(reference, [key]) as { secret: string }
      const events = samplesOf(name)
      const keys = events.map((event) => provider.idempotencyKey(event))
      expect(new Set(keys).size).toBe(events.length)
      for (const [i, event] of events.entries()) {
        const delivery = await provider.sign(event, reference.key.signWith(key))
        expect(provider.idempotencyKey(await provider.verify(delivery, verifyWith))).toBe(keys[i])
      }
    },
  )

  it("follows Magic Hour's documented `${payload.id}:${type}`", () => {
    expect(hookproof.magichour.idempotencyKey(samples.magichour[1]!)).toBe('cuid-example:video.completed')
  })

  it('tells apart the same Eversince status reached twice', () => {
    const idle = samples.eversince.find((e) => e.event === 'idle')!
    const later = { ...idle, updated_at: '2025-03-15T11:00:00Z' }
    expect(hookproof.eversince.idempotencyKey(idle)).not.toBe(hookproof.eversince.idempotencyKey(later))
  })

  it('keys VideoPilot render events by render job, video events by video', () => {
    expect(samples.videopilot.map((e) => hookproof.videopilot.idempotencyKey(e))).toEqual([
      'video.script_ready:video_123abc',
      'video.media_ready:video_123abc',
      'video.generation_failed:video_123abc',
      'render.started:render_789xyz',
      'render.completed:render_789xyz',
      'render.failed:render_789xyz',
    ])
  })
})

describe('the headers sign sends', () => {
  it.each(hexProviders)("$provider: exactly the provider's headers", async (entry) => {
    const provider = providerOf(entry.provider)
    const delivery = await provider.sign(samplesOf(entry.provider)[0], { secret: SECRET })
    const { timestamp, headers } = entry.reference
    const expected = [
      'Content-Type',
      entry.signatureHeader,
      ...(timestamp?.header ? [timestamp.header] : []),
      ...(headers.signed ?? []),
      ...(headers.unsigned ?? []),
    ]
    expect(Object.keys(delivery.headers).sort()).toEqual(expected.sort())
  })
})

describe('the signed headers sign takes from its options', () => {
  it.each([
    ['fal', { requestId: 'X-Fal-Webhook-Request-Id', userId: 'X-Fal-Webhook-User-Id' }],
    ['ideogram', { generationId: 'X-Ideogram-Webhook-Generation-Id', userId: 'X-Ideogram-Webhook-User-Id' }],
    ['apivideo', { webhookId: 'X-Api-Video-WebhookID' }],
  ] as const)('%s', async (id, headers) => {
    const options = Object.fromEntries(Object.keys(headers).map((option) => [option, `${option}-given`]))
    const delivery = await providerOf(id).sign(samplesOf(id)[0], { ...(await keysFor(id)).sign, ...options })
    for (const [option, header] of Object.entries(headers)) expect(delivery.headers[header]).toBe(`${option}-given`)
  })
})

it('the key sets fal and Ideogram verify with are the ones their docs name', () => {
  expect(FAL_JWKS_URL).toBe('https://rest.fal.ai/.well-known/jwks.json')
  expect(IDEOGRAM_JWKS_URL).toBe('https://api.ideogram.ai/v1/.well-known/jwks.json')
})

describe('defineProvider', () => {
  it('builds a working verify and sign from a scheme, as in the README', async () => {
    type AcmeEvent = { event: 'render.done'; id: string; url: string } | { event: 'render.failed'; id: string; error: string }
    const acme = hookproof.defineProvider<AcmeEvent>()({
      name: 'Acme',
      scheme: hookproof.hmacHexScheme({
        signatureHeader: 'X-Acme-Signature',
        prefix: 'sha256=',
        timestamp: { header: 'X-Acme-Timestamp', format: hookproof.unixSeconds },
        tolerance: 60,
      }),
      eventField: 'event',
      events: { 'render.done': true, 'render.failed': true },
    })
    const event: AcmeEvent = { event: 'render.done', id: 'r1', url: 'https://cdn.test/r1.mp4' }
    const now = Date.parse('2025-01-15T12:00:00Z')
    const delivery = await acme.sign(event, { secret: SECRET, timestamp: now })
    expect(delivery.headers['X-Acme-Signature']).toBe(
      `sha256=${createHmac('sha256', SECRET)
        .update(`${now / 1000}.${delivery.body}`)
        .digest('hex')}`,
    )
    await expect(acme.verify(delivery, { secret: SECRET, now: now + 60_000 })).resolves.toEqual(event)
    await expect(acme.verify(delivery, { secret: SECRET, now: now + 61_000 })).rejects.toMatchObject({ code: 'timestamp_too_old' })
  })

  it('takes a timestamp format of its own: Unix milliseconds, read, written and named in messages', async () => {
    const unixMillis: hookproof.TimestampFormat = {
      description: 'Unix milliseconds',
      read: (value) => (/^\d{1,15}$/.test(value) ? Number(value) : undefined),
      write: (time) => String(time),
    }
    const reel = hookproof.defineProvider<{ event: string }>()({
      name: 'Reel',
      scheme: hookproof.hmacHexScheme({ signatureHeader: 'X-Reel-Signature', timestamp: { header: 'X-Reel-Time', format: unixMillis } }),
      eventField: 'event',
      events: {},
    })
    const now = Date.parse('2025-01-15T12:00:00.250Z')
    const delivery = await reel.sign({ event: 'render.done' }, { secret: SECRET, timestamp: now })
    expect(delivery.headers['X-Reel-Time']).toBe('1736942400250')
    expect(delivery.headers['X-Reel-Signature']).toBe(createHmac('sha256', SECRET).update(`1736942400250.${delivery.body}`).digest('hex'))
    await expect(reel.verify(delivery, { secret: SECRET, now: now + 300_000 })).resolves.toEqual({ event: 'render.done' })
    await expect(reel.verify(delivery, { secret: SECRET, now: now + 300_001 })).rejects.toMatchObject({ code: 'timestamp_too_old' })
    const seconds = { ...delivery, headers: { ...delivery.headers, 'X-Reel-Time': '1736942400.25' } }
    await expect(reel.verify(seconds, { secret: SECRET, now })).rejects.toMatchObject({
      code: 'malformed_timestamp',
      message: 'The X-Reel-Time header is not Unix milliseconds.',
    })
  })
})

describe('idempotencyKey without the optional fields', () => {
  it('RemoveBGVideo: a key from the signed body only, and none that could collide', () => {
    // Without an id, deliveries of different jobs cannot be told apart: no key, so none is dropped.
    expect(hookproof.removebgvideo.idempotencyKey({ event: 'job.started' })).toBeUndefined()
    expect(hookproof.removebgvideo.idempotencyKey({ id: 'job_1' })).toBeUndefined()
    expect(hookproof.removebgvideo.idempotencyKey({ id: '', status: 'completed' })).toBeUndefined()
    expect(hookproof.removebgvideo.idempotencyKey({ event: 'job.started', id: 'job_1' })).toBe('job_1:job.started')
    expect(hookproof.removebgvideo.idempotencyKey({ status: 'completed', id: 'job_1' })).toBe('job_1:completed')
  })

  it('RemoveBGVideo: a captured delivery replayed under another X-Webhook-Event keeps its body and its key', async () => {
    const body = { id: 'job_7', status: 'processing' }
    const captured = await hookproof.removebgvideo.sign(body, { secret: SECRET, event: 'job.started', deliveryId: 'dlv_1' })
    const replayed = { ...captured, headers: { ...captured.headers, 'X-Webhook-Event': 'job.completed', 'X-Webhook-Delivery-Id': 'dlv_2' } }
    const original = await hookproof.removebgvideo.verify(captured, { secret: SECRET })
    const replay = await hookproof.removebgvideo.verify(replayed, { secret: SECRET })
    expect(replay).toEqual(body)
    expect(hookproof.removebgvideo.idempotencyKey(replay)).toBe(hookproof.removebgvideo.idempotencyKey(original))
  })
})
