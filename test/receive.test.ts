/**
 * `receive` and `detectProviders`: every provider's delivery, as its
 * reference signer (written from its docs) sends it, is told apart by its
 * headers alone and verified with its own options; the headers each scheme
 * claims are checked against the headers the docs' deliveries carry.
 */
import { describe, expect, it } from 'vitest'
import { providerIds } from '../scripts/providers.mjs'
import { detectProviders, type ProviderId, receive, WebhookVerificationError } from '../src/index.js'
import { samplesOf } from './reference/samples.js'
import { eventOfSent, type Reference, referenceOf, sentBody, stamp, timestampHeader, trusting } from './reference/signers.js'

const ids = providerIds() as ProviderId[]

function delivery(reference: Reference): { headers: Record<string, string>; body: string } {
  const signing = { key: reference.key.keys[0], timestamp: stamp(reference.timestamp?.format ?? 'unix', Date.now()), event: 'x' }
  const body = JSON.stringify(samplesOf(reference.provider)[0])
  const headers = reference.deliver(body, signing)
  return { headers, body: String(sentBody(reference, body, signing)) }
}

const optionsOf = (reference: Reference): Record<string, unknown> => ({ ...reference.key.with, ...trusting(reference) })

// The headers, lower case, a reference says every delivery carries: the signature, the signed timestamp, the other signed ones.
const required = (reference: Reference): Set<string> =>
  new Set(
    [reference.signature.header, timestampHeader(reference), ...(reference.headers.signed ?? [])]
      .filter((name): name is string => name !== undefined)
      .map((name) => name.toLowerCase()),
  )

describe.each(ids)('%s', (id) => {
  const reference = referenceOf(id)

  it('is received by its headers alone, among every provider it can be told apart from', async () => {
    const sent = delivery(reference)
    // Every provider whose deliveries carry other headers than this one's and each other's.
    const providers: Record<string, unknown> = { [id]: optionsOf(reference) }
    const seen = [[...required(reference)].sort().join(' ')]
    for (const other of ids) {
      if (other === id) continue
      const otherReference = referenceOf(other)
      const names = [...required(otherReference)].sort().join(' ')
      if (seen.includes(names)) continue
      seen.push(names)
      providers[other] = optionsOf(otherReference)
    }
    let received: { provider: string; event: unknown }
    try {
      received = await receive(sent, { providers } as never)
    } catch (error) {
      // Configured together, providers whose schemes claim the same headers are refused: a
      // claim the reference deliveries disagree with shows here.
      throw new Error(`${id}: ${(error as Error).message}`)
    }
    expect(received.provider).toBe(id)
    expect(received.event).toEqual(eventOfSent(reference, sent.body))
  })

  it('is detected from the headers its deliveries carry, first or beside providers alike', () => {
    const { headers } = delivery(reference)
    const found = detectProviders(headers)
    if (reference.key.with?.['header'] !== undefined) {
      // The receiver names the header: nothing in a delivery says whose it is.
      expect(found).not.toContain(id)
      return
    }
    expect(found).toContain(id)
    const names = required(reference)
    // Those found before it: providers whose deliveries carry at least the same headers.
    for (const before of found.slice(0, found.indexOf(id))) {
      const theirs = required(referenceOf(before))
      expect([...theirs].filter((name) => names.has(name)).length, `${before} before ${id}`).toBeGreaterThanOrEqual(
        [...names].filter((name) => theirs.has(name)).length,
      )
    }
  })
})

describe('receive', () => {
  const mux = referenceOf('mux')
  const replicate = referenceOf('replicate')
  const pollo = referenceOf('pollo')
  const removebgvideo = referenceOf('removebgvideo')

  it('refuses a delivery of a provider not configured, naming whose headers it carries', async () => {
    const error = await receive(delivery(mux), { providers: { replicate: optionsOf(replicate) as { secret: string } } }).catch((e) => e)
    expect(error).toBeInstanceOf(WebhookVerificationError)
    expect(error.code).toBe('missing_signature')
    expect(error.message).toContain("mux-signature, Mux's headers, and Mux is not configured here")
    expect(error.message).toContain('Configured: Replicate (webhook-id, webhook-timestamp, webhook-signature)')
  })

  it('refuses a delivery carrying no known headers, listing what it expects', async () => {
    const error = await receive({ headers: { 'x-other': '1' }, body: '{}' }, { providers: { mux: { secret: 's' } } }).catch((e) => e)
    expect(error.code).toBe('missing_signature')
    expect(error.message).toBe('The delivery carries the signature headers of none of the providers configured here: Mux (mux-signature).')
  })

  it('chooses the provider whose headers the delivery carries the most of', async () => {
    // Pollo sends X-Webhook-Id beside the signature and timestamp RemoveBGVideo sends too.
    const providers = { pollo: optionsOf(pollo), removebgvideo: optionsOf(removebgvideo) } as never
    expect((await receive(delivery(pollo), { providers })).provider).toBe('pollo')
    expect((await receive(delivery(removebgvideo), { providers })).provider).toBe('removebgvideo')
  })

  it("verifies with the chosen provider's options only, never trying another's key", async () => {
    const sent = delivery(mux)
    // Both secrets are the one Mux signed with: only Mux's is used, and it is wrong.
    const error = await receive(sent, {
      providers: { mux: { secret: 'wrong' }, replicate: { secret: String(trusting(mux)['secret']) } },
    }).catch((e) => e)
    expect(error.code).toBe('signature_mismatch')
    expect(error.message).toContain('Mux')
  })

  it('refuses a delivery carrying two configured providers headers alike', async () => {
    const a = delivery(mux)
    const b = delivery(referenceOf('syncso'))
    const error = await receive(
      { headers: { ...a.headers, ...b.headers }, body: a.body },
      { providers: { mux: { secret: 'x' }, syncso: { secret: 'y' } } },
    ).catch((e) => e)
    expect(error.code).toBe('malformed_signature')
    expect(error.message).toBe('The delivery carries the headers of both Mux and Sync.so; one sender signs one way.')
  })

  it('reads a Request: its headers to choose, its body once to verify', async () => {
    const sent = delivery(mux)
    const request = new Request('https://example.test/hooks', { method: 'POST', headers: sent.headers, body: sent.body })
    const received = await receive(request, { providers: { mux: optionsOf(mux) as { secret: string }, fal: {} } })
    expect(received).toEqual({ provider: 'mux', event: JSON.parse(sent.body) })
  })

  it('takes the header AssemblyAI sends its credential in from its options', async () => {
    const assemblyai = referenceOf('assemblyai')
    const sent = delivery(assemblyai)
    const options = optionsOf(assemblyai) as { header: string; secret: string }
    expect((await receive(sent, { providers: { assemblyai: options, mux: { secret: 's' } } })).provider).toBe('assemblyai')
  })

  it.each([
    [undefined, 'receive needs options'],
    [{}, 'receive needs options.providers'],
    [{ providers: {} }, 'options.providers names no provider'],
    [{ providers: { muxx: {} } }, 'options.providers names "muxx", which is not a provider hookproof ships'],
    [{ providers: { mux: 'secret' } }, "options.providers.mux must be the options Mux's verify takes"],
    [
      { providers: { assemblyai: { secret: 's' } } },
      'AssemblyAI deliveries carry no header of their own until you name it: pass options.providers.assemblyai.header',
    ],
    [
      { providers: { replicate: { secret: 's' }, lumenfall: { secret: 's' } } },
      'Replicate and Lumenfall deliveries carry the same headers (webhook-id, webhook-timestamp, webhook-signature)',
    ],
    [
      { providers: { deepgram: { secret: 'a:b' }, pubsub: { audience: 'x' } } },
      'Deepgram and Pub/Sub deliveries carry the same headers (authorization)',
    ],
  ])('refuses a configuration it cannot serve with a TypeError: %j', async (options, message) => {
    const error = await receive(delivery(mux), options as never).catch((e) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toContain(message)
  })

  it('tells Vapi deliveries apart by the way its options choose', async () => {
    const vapi = referenceOf('vapi')
    const sent = delivery(vapi)
    // With { token }, Vapi deliveries carry Authorization, which Deepgram's carry too.
    const error = await receive(sent, { providers: { vapi: { token: 't' }, deepgram: { secret: 'a:b' } } }).catch((e) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(
      (await receive(sent, { providers: { vapi: optionsOf(vapi) as { secret: string }, deepgram: { secret: 'a:b' } } })).provider,
    ).toBe('vapi')
  })
})

describe('detectProviders', () => {
  it('ranks the Standard Webhooks senders before those sending only webhook-signature', () => {
    const found = detectProviders(new Headers({ 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,x' }))
    expect(found.slice(0, 6).sort()).toEqual(['gemini', 'imagekit', 'lumenfall', 'replicate', 'standardwebhooks', 'wavespeed'])
    expect(found.slice(6)).toEqual(['cloudflarestream'])
  })

  it('finds nothing in headers no provider sends, and refuses what is not headers', () => {
    expect(detectProviders({ 'content-type': 'application/json' })).toEqual([])
    expect(() => detectProviders(undefined as never)).toThrow(TypeError)
  })
})
