/**
 * A scheme chosen by the caller's key option (Vapi: an HMAC `secret` or a
 * Bearer `token`), on both engines: each way verifies, the caller chooses
 * (a delivery cannot), and both or neither option is a TypeError. Expected
 * headers are written here with node:crypto, as Vapi's plan defaults say.
 */
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { credentialScheme, schemeByKeyOption, standardWebhooksScheme, vapi } from '../src/index.js'
import { engines, useEngine } from './engines.js'
import { outcome } from './outcome.js'
import { samples } from './reference/samples.js'

const BODY = JSON.stringify(samples.vapi[0])
const STAMP = '1767225600000'
const hmac = { 'x-timestamp': STAMP, 'x-signature': createHmac('sha256', 'hmac-secret').update(`${STAMP}.${BODY}`).digest('hex') }
const bearer = { authorization: 'Bearer tok_abc123' }

describe.each(engines)('Vapi, chosen by the key option, $name engine', (engine) => {
  useEngine(engine)
  const check = (headers: Record<string, string>, options: unknown) => outcome(vapi.verify({ headers, body: BODY }, options as never))

  it('{ secret } checks the HMAC signature; { token } the Bearer credential', async () => {
    expect(await check(hmac, { secret: 'hmac-secret' })).toBe('ok')
    expect(await check(bearer, { token: 'tok_abc123' })).toBe('ok')
    expect(await check(bearer, { token: ['old', 'tok_abc123'] })).toBe('ok')
    expect(await check(hmac, { secret: 'other' })).toBe('signature_mismatch')
    expect(await check(bearer, { token: 'tok_other' })).toBe('signature_mismatch')
  })

  it('the caller chooses: a delivery cannot pick the other check', async () => {
    // A Bearer token that equals the HMAC secret, sent to a receiver set up for HMAC: no signature, refused.
    expect(await check({ authorization: 'Bearer hmac-secret' }, { secret: 'hmac-secret' })).toBe('missing_signature')
    // An HMAC-signed delivery to a receiver set up for a token: no credential, refused.
    expect(await check(hmac, { token: 'tok_abc123' })).toBe('missing_signature')
    // The HMAC covers the body; the token does not.
    expect(await outcome(vapi.verify({ headers: hmac, body: `${BODY} ` }, { secret: 'hmac-secret' }))).toBe('signature_mismatch')
    expect(await outcome(vapi.verify({ headers: bearer, body: '{"message":{"type":"hang"}}' }, { token: 'tok_abc123' }))).toBe('ok')
  })

  it('both options, or neither, is a TypeError that says which to pass', async () => {
    expect(await check(hmac, { secret: 'hmac-secret', token: 'tok_abc123' })).toMatch(
      /^TypeError: hookproof: pass options\.secret or options\.token, not both/,
    )
    expect(await check(hmac, {})).toMatch(/^TypeError: hookproof: verify needs options\.secret or options\.token/)
    expect(await check(hmac, { secret: 'hmac-secret', tolerance: 300 })).toMatch(
      /^TypeError: hookproof: Vapi signs no timestamp hookproof can read/,
    )
  })

  it('sign writes the HMAC headers with { secret }, the Bearer header with { token }', async () => {
    const signed = await vapi.sign(samples.vapi[0]!, { secret: 'hmac-secret', timestamp: Number(STAMP) })
    const stamp = signed.headers['x-timestamp']!
    expect(signed.headers['x-signature']).toBe(createHmac('sha256', 'hmac-secret').update(`${stamp}.${signed.body}`).digest('hex'))
    expect((await vapi.sign(samples.vapi[0]!, { token: 'tok_abc123' })).headers).toMatchObject({ Authorization: 'Bearer tok_abc123' })
  })

  it('a mismatch says what the chosen check compared: the token as a credential, the secret as a signature of the body', async () => {
    const token = await vapi.verify({ headers: bearer, body: BODY }, { token: 'nope' }).catch((e: unknown) => e as Error)
    expect((token as Error).message).toMatch(/^The Vapi credential does not match the secret\./)
    const secret = await vapi.verify({ headers: hmac, body: BODY }, { secret: 'nope' }).catch((e: unknown) => e as Error)
    expect((secret as Error).message).toMatch(/^The Vapi signature does not match the body with the secret\./)
  })
})

describe('Vapi idempotencyKey', () => {
  it('the call, the type, the time; a status update also by its status', () => {
    expect(samples.vapi.map((event) => vapi.idempotencyKey(event)).slice(0, 2)).toEqual([
      '3f1c9d2e-6a7b-4c8d-9e0f-1a2b3c4d5e6f:status-update:in-progress@1767225600000',
      '3f1c9d2e-6a7b-4c8d-9e0f-1a2b3c4d5e6f:end-of-call-report@1767225780000',
    ])
    expect(vapi.idempotencyKey({ message: { type: 'hang' } })).toBe(':hang@')
  })
})

describe('schemeByKeyOption', () => {
  it('takes two schemes that both read a timestamp, or neither; a mix is a TypeError when the provider is defined', () => {
    expect(() =>
      schemeByKeyOption(
        { option: 'secret', scheme: standardWebhooksScheme() },
        { option: 'token', scheme: credentialScheme({ form: 'bearer' }), asSecret: true },
      ),
    ).toThrow('hookproof: schemeByKeyOption: both schemes must read a timestamp, or neither.')
    const both = schemeByKeyOption(
      { option: 'secret', scheme: standardWebhooksScheme({ tolerance: 120 }) },
      { option: 'other', scheme: standardWebhooksScheme() },
    )
    expect([both.signsTime, both.tolerance]).toEqual([true, 120])
  })
})
