/**
 * The JWT family (LiveKit; any provider built with jwtScheme): the token read
 * strictly before any crypto, the issuer, the expiry against the clock, the
 * body claim, the options a caller gets wrong — on both engines. Tokens are
 * built here with node:crypto, as livekit/protocol builds them.
 */
import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { defineProvider, jwtScheme, livekit } from '../src/index.js'
import { engines, useEngine } from './engines.js'
import { outcome } from './outcome.js'
import { samples } from './reference/samples.js'

const BODY = '{"event":"room_started","id":"EV_1"}'
const NOW = 1_760_000_000_000
const SECONDS = NOW / 1000
type Event = { event: 'room_started'; id: string }

function token(claims: Record<string, unknown>, secret = 's3cret', body = BODY): string {
  const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const sha256 = createHash('sha256').update(body).digest('base64')
  const input = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment({ iss: 'APIkey', nbf: SECONDS, exp: SECONDS + 300, sha256, ...claims })}`
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
}

describe.each(engines)('jwtScheme, $name engine', (engine) => {
  useEngine(engine)
  const bearer = defineProvider<Event>()({
    name: 'Acme',
    scheme: jwtScheme({
      header: 'X-Acme-Token',
      bearer: true,
      algorithms: ['HS256'],
      bodyClaim: 'body_sha256',
      tolerance: { past: 60, future: 5 },
    }),
    eventField: 'event',
    events: { room_started: true },
  })
  const check = (header: Record<string, string>, options: Record<string, unknown> = {}) =>
    outcome(bearer.verify({ headers: header, body: BODY }, { apiKey: 'APIkey', secret: 's3cret', now: NOW, ...options } as never))
  const sha = createHash('sha256').update(BODY).digest('base64')

  it('reads a Bearer token, with its own body claim', async () => {
    expect(await check({ 'x-acme-token': `Bearer ${token({ body_sha256: sha })}` })).toBe('ok')
    expect(await check({ 'x-acme-token': `bearer  ${token({ body_sha256: sha })}` })).toBe('ok')
    expect(await check({ 'x-acme-token': token({ body_sha256: sha }) })).toBe('malformed_signature')
    expect(await check({ 'x-acme-token': `Bearer ${token({})}` })).toBe('malformed_signature') // no body_sha256
    expect(await check({ 'x-acme-token': `Bearer ${token({ body_sha256: sha })}` }, { secret: ['old', 's3cret'] })).toBe('ok')
    expect(await check({ 'x-acme-token': `Bearer ${token({ body_sha256: sha })}` }, { apiKey: 'APIother' })).toBe('signature_mismatch')
  })

  it('checks exp against the clock with the window`s future side as skew, and nbf/iat with the tolerance', async () => {
    const at = (claims: Record<string, unknown>, options: Record<string, unknown> = {}) =>
      check({ 'x-acme-token': `Bearer ${token({ body_sha256: sha, ...claims })}` }, options)
    expect(await at({ exp: SECONDS - 5 })).toBe('ok')
    expect(await at({ exp: SECONDS - 6 })).toBe('timestamp_too_old')
    expect(await at({ nbf: SECONDS - 61 })).toBe('timestamp_too_old')
    expect(await at({ nbf: SECONDS + 6 })).toBe('timestamp_too_new')
    expect(await at({ nbf: undefined, iat: SECONDS + 6 })).toBe('timestamp_too_new')
    expect(await at({ exp: SECONDS - 3600 }, { tolerance: false })).toBe('ok')
    const error = await bearer
      .verify(
        { headers: { 'x-acme-token': `Bearer ${token({ body_sha256: sha, exp: SECONDS - 65 })}` }, body: BODY },
        { apiKey: 'APIkey', secret: 's3cret', now: NOW },
      )
      .catch((e: unknown) => e as Error)
    expect((error as Error).message).toBe("The delivery's token expired 65 s ago, more than the 5 s of clock skew the tolerance allows.")
  })

  it('sign writes a token livekit/protocol would, for as long as asked', async () => {
    const delivery = await bearer.sign(
      { event: 'room_started', id: 'EV_1' },
      { apiKey: 'APIkey', secret: 's3cret', timestamp: NOW, validFor: 60 },
    )
    const value = delivery.headers['X-Acme-Token']!
    expect(value.startsWith('Bearer ')).toBe(true)
    const [head, claims, mac] = value.slice(7).split('.') as [string, string, string]
    expect(JSON.parse(Buffer.from(head, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(JSON.parse(Buffer.from(claims, 'base64url').toString())).toEqual({
      iss: 'APIkey',
      nbf: SECONDS,
      iat: SECONDS,
      exp: SECONDS + 60,
      body_sha256: createHash('sha256').update(delivery.body).digest('base64'),
    })
    expect(mac).toBe(createHmac('sha256', 's3cret').update(`${head}.${claims}`).digest('base64url'))
  })

  it('a caller who gets the options wrong gets a TypeError that says how to fix it', async () => {
    const headers = { 'x-acme-token': `Bearer ${token({ body_sha256: sha })}` }
    const misuse = (options: unknown) => outcome(bearer.verify({ headers, body: BODY }, options as never))
    expect(await misuse({ secret: 's3cret' })).toMatch(/options\.apiKey must be your Acme API key \(the token's issuer\)/)
    expect(await misuse({ apiKey: ' APIkey', secret: 's3cret' })).toMatch(/options\.apiKey must be your Acme API key/)
    expect(await misuse({ apiKey: 'APIkey', secret: new Uint8Array([1]) })).toMatch(/options\.secret is a Uint8Array/)
    expect(await misuse({ apiKey: 'APIkey', secret: [] })).toMatch(/options\.secret is an empty array/)
    expect(await misuse({ apiKey: 'APIkey', secret: ['a', ''] })).toMatch(/options\.secret\[1\] is an empty string/)
    expect(await outcome(bearer.sign(BODY, { apiKey: 'APIkey', secret: 's', validFor: 1.5 } as never))).toMatch(
      /options\.validFor must be whole seconds/,
    )
    expect(await outcome(bearer.sign(BODY, { secret: 's' } as never))).toMatch(/options\.apiKey must be/)
  })

  it('a mismatch names the token, the secret and the issuer', async () => {
    const error = await bearer
      .verify(
        { headers: { 'x-acme-token': `Bearer ${token({ body_sha256: sha })}` }, body: BODY },
        { apiKey: 'APIkey', secret: 'wrong', now: NOW },
      )
      .catch((e: unknown) => e as Error)
    expect((error as Error).message).toMatch(
      /^The Acme token does not match the body with the API secret, or its issuer is not options\.apiKey\./,
    )
  })
})

describe('LiveKit', () => {
  it("binds the body of its Node SDK's own test to the sha256 claim that test carries (livekit/node-sdks WebhookReceiver.test.ts)", async () => {
    const body =
      '{"event":"room_started", "room":{"sid":"RM_TkVjUvAqgzKz", "name":"mytestroom", "emptyTimeout":300, "creationTime":"1628545903", "turnPassword":"ICkSr2rEeslkN6e9bXL4Ji5zzMD5Z7zzr6ulOaxMj6N", "enabledCodecs":[{"mime":"audio/opus"}, {"mime":"video/VP8"}]}}'
    // The claim as the SDK's test writes it, not computed here.
    const claims = { iss: 'APIkey', nbf: SECONDS, exp: SECONDS + 300, sha256: 'CoEQz1chqJ9bnZRcORddjplkvpjmPujmLTR42DbefYI=' }
    const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const input = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment(claims)}`
    const authorization = `${input}.${createHmac('sha256', 's3cret').update(input).digest('base64url')}`
    const options = { apiKey: 'APIkey', secret: 's3cret', now: NOW }
    await expect(livekit.verify({ headers: { authorization }, body }, options)).resolves.toMatchObject({ event: 'room_started' })
    expect(await outcome(livekit.verify({ headers: { authorization }, body: body.replace(', ', ',') }, options))).toBe('signature_mismatch')
  })

  it('keys on the event id', () => {
    expect(livekit.idempotencyKey(samples.livekit[0]!)).toBe('livekit:EV_3kZb9Qw2LpXa')
  })
})
