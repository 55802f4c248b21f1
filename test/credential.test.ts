/**
 * The static-credential family (Cartesia, AssemblyAI, Deepgram; any provider
 * built with credentialScheme): each form, its strict reading, the options a
 * caller gets wrong, and that nothing but the credential is checked — on
 * both engines. Expected headers are written here as the providers' docs
 * and RFC 6750 / RFC 7617 write them.
 */
import { describe, expect, it } from 'vitest'
import { assemblyai, cartesia, credentialScheme, deepgram, defineProvider, MAX_CREDENTIAL_BYTES } from '../src/index.js'
import { engines, useEngine } from './engines.js'
import { outcome } from './outcome.js'
import { samples } from './reference/samples.js'

const BODY = '{"type":"job.done","id":"job_1"}'
type Event = { type: 'job.done'; id: string }

const basic = (pair: string) => `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`

describe.each(engines)('credentialScheme, $name engine', (engine) => {
  useEngine(engine)
  const bearer = defineProvider<Event>()({
    name: 'Acme',
    scheme: credentialScheme({ form: 'bearer' }),
    eventField: 'type',
    events: { 'job.done': true },
  })
  const value = defineProvider<Event>()({
    name: 'Acme',
    scheme: credentialScheme({ form: 'value', header: 'X-Acme-Token' }),
    eventField: 'type',
    events: { 'job.done': true },
  })
  const named = defineProvider<Event>()({
    name: 'Acme',
    scheme: credentialScheme({ form: 'value', callerHeader: true }),
    eventField: 'type',
    events: { 'job.done': true },
  })
  const pair = defineProvider<Event>()({
    name: 'Acme',
    scheme: credentialScheme({ form: 'basic' }),
    eventField: 'type',
    events: { 'job.done': true },
  })

  it('Bearer: the token after the word, in any case, one or more spaces', async () => {
    const check = (header: string | undefined, secret: string | string[] = 'tok_123') =>
      outcome(bearer.verify({ headers: header === undefined ? {} : { authorization: header }, body: BODY }, { secret }))
    expect(await check('Bearer tok_123')).toBe('ok')
    expect(await check('bearer tok_123')).toBe('ok')
    expect(await check('BEARER   tok_123')).toBe('ok')
    expect(await check('Bearer tok_123', ['old', 'tok_123'])).toBe('ok')
    expect(await check('Bearer tok_12')).toBe('signature_mismatch')
    expect(await check('Bearer tok_1234')).toBe('signature_mismatch')
    expect(await check('Bearer tok_123', ['old', 'older'])).toBe('signature_mismatch')
    for (const malformed of ['tok_123', 'Bearer', 'Bearer tok 123', 'Basic tok_123', 'Bearer\ttok_123', 'Bearer tok_123,', 'Bearertok_123'])
      expect(await check(malformed), malformed).toBe('malformed_signature')
    expect(await check(undefined)).toBe('missing_signature')
    expect(await check('')).toBe('missing_signature')
  })

  it('a value: the header is the secret, exactly, in its case', async () => {
    const check = (header: string, secret = 'S3cret-Value') =>
      outcome(value.verify({ headers: { 'x-acme-token': header }, body: BODY }, { secret }))
    expect(await check('S3cret-Value')).toBe('ok')
    expect(await check('s3cret-value')).toBe('signature_mismatch')
    expect(await check('Bearer S3cret-Value')).toBe('signature_mismatch')
    expect(await check('S3cret-Valu')).toBe('signature_mismatch')
    expect(await check('x'.repeat(MAX_CREDENTIAL_BYTES))).toBe('signature_mismatch')
    expect(await check('x'.repeat(MAX_CREDENTIAL_BYTES + 1))).toBe('malformed_signature')
  })

  it('Basic: the decoded user:password pair', async () => {
    const check = (header: string, secret = 'user:pa:ss') =>
      outcome(pair.verify({ headers: { authorization: header }, body: BODY }, { secret }))
    expect(await check(basic('user:pa:ss'))).toBe('ok')
    expect(await check(`basic ${Buffer.from('user:pa:ss').toString('base64')}`)).toBe('ok')
    expect(await check(basic('user:pa:s'))).toBe('signature_mismatch')
    expect(await check(basic('USER:pa:ss'))).toBe('signature_mismatch')
    expect(await check(basic('userpass'))).toBe('malformed_signature')
    expect(await check('Basic user:pa:ss')).toBe('malformed_signature')
    expect(await check('Basic dXNlcjpwYXNz=')).toBe('malformed_signature')
    expect(await check(`Bearer ${Buffer.from('user:pa:ss').toString('base64')}`)).toBe('malformed_signature')
  })

  it('the caller names the header, in any case; another header carrying the value is not read', async () => {
    const check = (headers: Record<string, string>, header: string) =>
      outcome(named.verify({ headers, body: BODY }, { header, secret: 'v' }))
    expect(await check({ 'x-my-secret': 'v' }, 'X-My-Secret')).toBe('ok')
    expect(await check({ 'X-MY-SECRET': 'v' }, 'x-my-secret')).toBe('ok')
    expect(await check({ 'x-other': 'v' }, 'X-My-Secret')).toBe('missing_signature')
  })

  it('checks the credential before the body is read: a wrong one reads no body', async () => {
    let pulled = 0
    const body = new ReadableStream(
      {
        pull(controller) {
          pulled++
          controller.enqueue(new Uint8Array(1024))
        },
      },
      { highWaterMark: 0 },
    )
    const request = new Request('https://x.test/', {
      method: 'POST',
      headers: { authorization: 'Bearer wrong' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(await outcome(bearer.verify(request, { secret: 'right' }))).toBe('signature_mismatch')
    expect(pulled).toBe(0)
  })

  it('checks nothing else: any body that is a JSON object naming its event passes', async () => {
    const headers = { authorization: 'Bearer tok' }
    await expect(bearer.verify({ headers, body: '{"type":"job.done","id":"forged"}' }, { secret: 'tok' })).resolves.toEqual({
      type: 'job.done',
      id: 'forged',
    })
    expect(await outcome(bearer.verify({ headers, body: '[]' }, { secret: 'tok' }))).toBe('invalid_payload')
    expect(await outcome(bearer.verify({ headers, body: BODY }, { secret: 'tok', tolerance: 300 } as never))).toMatch(
      /^TypeError: hookproof: Acme signs no timestamp/,
    )
  })

  it('sign writes each form as its RFC writes it', async () => {
    expect((await bearer.sign(BODY, { secret: 'tok_1' })).headers).toMatchObject({ Authorization: 'Bearer tok_1' })
    expect((await value.sign(BODY, { secret: 'v' })).headers).toMatchObject({ 'X-Acme-Token': 'v' })
    expect((await named.sign(BODY, { secret: 'v', header: 'X-Mine' })).headers).toMatchObject({ 'X-Mine': 'v' })
    expect((await pair.sign(BODY, { secret: 'ü:p' })).headers).toMatchObject({ Authorization: basic('ü:p') })
  })

  it('a caller who gets the options wrong gets a TypeError that says how to fix it', async () => {
    const headers = { authorization: 'Bearer tok', 'x-acme-token': 'tok' }
    const misuse = async (provider: { verify: (input: never, options: never) => Promise<unknown> }, options: unknown) =>
      outcome(provider.verify({ headers, body: BODY } as never, options as never))
    expect(await misuse(bearer, { secret: new Uint8Array([1]) })).toMatch(
      /options\.secret is a Uint8Array; a Acme credential travels in a header/,
    )
    expect(await misuse(bearer, { secret: [] })).toMatch(/options\.secret is an empty array/)
    expect(await misuse(bearer, { secret: ['ok', ''] })).toMatch(/options\.secret\[1\] is an empty string/)
    expect(await misuse(bearer, { secret: 'has space' })).toMatch(/characters a Bearer token cannot carry/)
    expect(await misuse(bearer, { secret: 'x'.repeat(MAX_CREDENTIAL_BYTES + 1) })).toMatch(/longer than 4096 characters/)
    expect(await misuse(pair, { secret: 'nocolon' })).toMatch(/must be the user:password pair/)
    expect(await misuse(named, { secret: 'v' })).toMatch(/options\.header must name the header Acme sends the credential in/)
    expect(await misuse(named, { secret: 'v', header: 'X Bad' })).toMatch(/options\.header must name the header/)
    expect(await outcome(named.sign(BODY, { secret: 'v' } as never))).toMatch(/options\.header must name the header/)
    expect(await misuse(deepgram, { secret: 'nocolon' })).toMatch(/must be the user:password pair of the Basic credentials Deepgram sends/)
  })

  it('a mismatch says it is the credential, not a signature of the body', async () => {
    const error = await bearer
      .verify({ headers: { authorization: 'Bearer a' }, body: BODY }, { secret: ['b', 'c'] })
      .catch((e: unknown) => e)
    expect((error as Error).message).toBe(
      'The Acme credential does not match any of the 2 secrets. Check the secret, and that it is the one set up with Acme for this endpoint.',
    )
  })
})

describe('idempotencyKey of the static-credential providers', () => {
  it('Cartesia: the event, its call and its time; a turn by its role and start', () => {
    const [started, turn] = samples.cartesia
    expect(cartesia.idempotencyKey(started!)).toBe('call_started:call_9hd2Lk3mQp@2026-09-01T10:00:00.000Z')
    expect(cartesia.idempotencyKey(turn!)).toBe('call_turn:call_9hd2Lk3mQp@2026-09-01T10:00:04.100Z:assistant@1.175')
    // No request_id: the call's own id; nothing at all: empty parts, never a throw.
    expect(cartesia.idempotencyKey({ type: 'call_failed', call: { id: 'call_x' } })).toBe('call_failed:call_x@')
    expect(cartesia.idempotencyKey({ type: 'call_turn' })).toBe('call_turn:@:@')
    expect(cartesia.idempotencyKey({ type: 'post_call_analysis', timestamp: 't' })).toBe('post_call_analysis:@t')
  })

  it('AssemblyAI: the transcript and status, the session, the redacted audio', () => {
    expect(samples.assemblyai.map((event) => assemblyai.idempotencyKey(event))).toEqual([
      '9ea68fd3-f953-42c1-9742-976c447fb463:completed',
      '9ea68fd3-f953-42c1-9742-976c447fb463:error',
      'redacted_audio:https://s3.us-west-2.amazonaws.com/api.assembly.ai.usw2/redacted-audio/785efd9e-0e20-45e1-967b-3db17770ed9f.wav',
      'session:273e79fd-99e9-4e1d-91da-90f56a132d01',
    ])
  })

  it("Deepgram: the request's id", () => {
    expect(deepgram.idempotencyKey(samples.deepgram[0]!)).toBe('c22bea24-ecd3-4b53-bcbf-8ef087d905a5')
  })
})
