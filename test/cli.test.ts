/**
 * The hookproof command line, run as a user runs it (node dist/cli.js),
 * against a real receiver on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as hookproof from '../src/index.js'
import type { SignedDelivery } from '../src/index.js'
import { providerNames, type ProviderName } from '../src/cli/registry.js'
import { file, type Receiver, run, startReceiver } from './cli-run.js'
import { samples } from './reference/samples.js'
import { cliSigns, referenceOf } from './reference/signers.js'

// A whsec_ secret of base64 key bytes: Standard Webhooks senders read it as such, the others as text.
const SECRET = `whsec_${Buffer.from('cli test secret').toString('base64')}`

let receiver: Receiver
let base: string
beforeAll(async () => {
  receiver = await startReceiver(SECRET)
  base = receiver.base
})
afterAll(() => receiver.close())

describe('hookproof sign', () => {
  it('prints a delivery that verifies, from the built-in sample of the event', async () => {
    const result = await run(['sign', 'magichour', '--event', 'image.errored', '--secret', SECRET, '--json'])
    expect(result.code).toBe(0)
    const delivery = JSON.parse(result.stdout) as SignedDelivery
    const event = await hookproof.magichour.verify(delivery, { secret: SECRET })
    expect(event).toEqual(samples.magichour.find((e) => e.type === 'image.errored'))
  })

  it('reads the secret from HOOKPROOF_SECRET, a payload file and a timestamp', async () => {
    const payload = file('payload.json', '{"event":"job.failed","id":"job_9"}')
    const result = await run(['sign', 'removebgvideo', '--payload', payload, '--timestamp', '2025-01-15T12:00:00Z'], {
      env: { HOOKPROOF_SECRET: SECRET },
    })
    expect(result.code).toBe(0)
    const delivery = JSON.parse(result.stdout) as SignedDelivery
    expect(delivery.body).toBe('{"event":"job.failed","id":"job_9"}')
    expect(delivery.headers['X-Webhook-Timestamp']).toBe('2025-01-15T12:00:00.000Z')
    await expect(
      hookproof.removebgvideo.verify(delivery, { secret: SECRET, now: Date.parse('2025-01-15T12:00:00Z') }),
    ).resolves.toMatchObject({ event: 'job.failed' })
  })

  it('prints a ready curl command with --curl', async () => {
    const result = await run(['sign', 'adsumo', '--secret', SECRET, '--curl', 'http://localhost:3000/hook'])
    expect(result.stdout).toMatch(/^curl -X POST 'http:\/\/localhost:3000\/hook'/)
    expect(result.stdout).toContain("-H 'X-Adsumo-Signature: ")
    expect(result.stdout).toContain('--data-binary')
  })

  it.each([
    [['sign', 'nope', '--secret', 's'], /unknown provider "nope"/],
    [['sign', 'adsumo', '--event', 'nope', '--secret', 's'], /unknown Adsumo event "nope"; one of generation.completed, generation.failed/],
    [['sign', 'adsumo'], /no secret/],
    [['explode'], /unknown command "explode"/],
    [['sign', 'adsumo', '--bogus'], /Unknown option '--bogus'/],
  ])('%j is a clear usage error', async (args, message) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  it('--help works on every command, with examples', async () => {
    for (const command of ['sign', 'send', 'verify', 'doctor']) {
      const result = await run([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(`hookproof ${command} <provider>`)
      expect(result.stdout).toContain('Example')
    }
    expect((await run(['--help'])).stdout).toContain('Commands:')
  })
})

describe('hookproof send', () => {
  // The providers that sign with a text secret (test/cli-providers.test.ts covers every provider with key files).
  const secretProviders = providerNames.filter(cliSigns)

  it.each(['fal', 'pubsub'])('%s signs with a private key: without --key it says how to make one', async (name) => {
    const result = await run(['send', name, '--to', `${base}/${name}`, '--all'], { env: { HOOKPROOF_SECRET: SECRET } })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`signs with a private key: make a test key file with \`hookproof keygen ${name} > ${name}-key.json\``)
  })

  it('names the flag for an option the provider needs (LiveKit: its API key)', async () => {
    const result = await run(['sign', 'livekit', '--secret', SECRET])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('(on the command line: --option apiKey=VALUE)')
    expect((await run(['sign', 'livekit', '--secret', SECRET, '--option', 'apiKey=APIcli'])).code).toBe(0)
  })

  it('keygen --pair: a key pair where the provider takes one besides its secret (Gemini: RS256 tokens; Standard Webhooks: v1a)', async () => {
    for (const [name, header, pattern] of [
      ['gemini', 'Webhook-Signature', /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/],
      ['standardwebhooks', 'webhook-signature', /^v1a,[A-Za-z0-9+/]{86}==$/],
    ] as const) {
      const made = await run(['keygen', name, '--pair'])
      expect(made.code, made.stderr).toBe(0)
      const key = file(`${name}-pair.json`, made.stdout)
      const delivery = JSON.parse((await run(['sign', name, '--key', key, '--json'])).stdout) as SignedDelivery
      expect(delivery.headers[header]).toMatch(pattern)
      const captured = [
        '--headers',
        file(`${name}-pair.headers`, JSON.stringify(delivery.headers)),
        '--body',
        file(`${name}-pair.body`, delivery.body),
      ]
      expect((await run(['verify', name, '--key', key, ...captured])).code).toBe(0)
    }
    const sns = await run(['keygen', 'sns', '--pair'])
    expect(sns.code).toBe(2)
    expect(sns.stderr).toContain('Amazon SNS verifies with keys the command line cannot make (such as a certificate)')
  })

  it("takes a provider's other key option with --option: Vapi's Bearer token", async () => {
    const delivery = JSON.parse((await run(['sign', 'vapi', '--option', 'token=vapi-bearer-token', '--json'])).stdout) as SignedDelivery
    expect(delivery.headers['Authorization']).toBe('Bearer vapi-bearer-token')
    const captured = ['--headers', file('vapi.headers', JSON.stringify(delivery.headers)), '--body', file('vapi.body', delivery.body)]
    expect((await run(['verify', 'vapi', '--option', 'token=vapi-bearer-token', ...captured])).code).toBe(0)
    expect((await run(['verify', 'vapi', '--option', 'token=another-token', ...captured])).code).toBe(1)
  })

  it('HOOKPROOF_SECRET never replaces a key the key file gives; --secret does', async () => {
    const key = file('fal-env-key.json', (await run(['keygen', 'fal'])).stdout)
    const delivery = JSON.parse(
      (await run(['sign', 'fal', '--key', key, '--json'], { env: { HOOKPROOF_SECRET: SECRET } })).stdout,
    ) as SignedDelivery
    const captured = ['--headers', file('fal-env.headers', JSON.stringify(delivery.headers)), '--body', file('fal-env.body', delivery.body)]
    expect((await run(['verify', 'fal', '--key', key, ...captured], { env: { HOOKPROOF_SECRET: SECRET } })).code).toBe(0)
    const pair = file('sw-env-key.json', (await run(['keygen', 'standardwebhooks', '--pair'])).stdout)
    const signed = JSON.parse(
      (await run(['sign', 'standardwebhooks', '--key', pair, '--json'], { env: { HOOKPROOF_SECRET: SECRET } })).stdout,
    ) as SignedDelivery
    expect(signed.headers['webhook-signature']).toMatch(/^v1a,/)
  })

  it('keeps a number --option cannot hold exactly as its text, and knows no command named after a prototype key', async () => {
    const delivery = JSON.parse(
      (await run(['sign', 'vapi', '--option', 'token=12345678901234567890123', '--json'])).stdout,
    ) as SignedDelivery
    expect(delivery.headers['Authorization']).toBe('Bearer 12345678901234567890123')
    const result = await run(['toString', 'mux'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown command "toString"')
  })

  it('refuses --option for what a flag of its own sets, and a malformed one', async () => {
    expect((await run(['sign', 'adsumo', '--secret', SECRET, '--option', 'secret=x'])).stderr).toContain(
      '--option secret: pass it with --secret',
    )
    expect((await run(['sign', 'adsumo', '--secret', SECRET, '--option', 'no-equals'])).stderr).toContain('--option takes name=value')
  })

  it('prints the first lines of what the handler answered', async () => {
    const result = await run(['send', 'adsumo', '--to', `${base}/adsumo`, '--secret', 'another-secret'])
    expect(result.stdout).toMatch(
      /^FAIL Adsumo generation\.completed → 401 in \d+ ms\n {5}\{"type":"urn:hookproof:problem:signature_mismatch"/,
    )
    const json = JSON.parse((await run(['send', 'adsumo', '--to', `${base}/adsumo`, '--secret', 'another-secret', '--json'])).stdout) as {
      results: { response: { status: number; contentType: string; body: string } }[]
    }
    expect(json.results[0]!.response).toMatchObject({ status: 401, contentType: 'application/problem+json' })
    expect(JSON.parse(json.results[0]!.response.body)).toMatchObject({ code: 'signature_mismatch' })
  })

  it('signs samples as a sender writes JSON (", " and ": "), or compact with --compact', async () => {
    const spaced = JSON.parse((await run(['sign', 'mux', '--secret', SECRET, '--json'])).stdout) as SignedDelivery
    expect(spaced.body).toContain('", "')
    expect(JSON.stringify(JSON.parse(spaced.body))).not.toBe(spaced.body)
    const compact = JSON.parse((await run(['sign', 'mux', '--secret', SECRET, '--json', '--compact'])).stdout) as SignedDelivery
    expect(JSON.stringify(JSON.parse(compact.body))).toBe(compact.body)
  })

  it.each(secretProviders)('%s --all: every event is accepted by a verifying handler', async (name) => {
    const result = await run(['send', name, '--to', `${base}/${name}`, '--all', '--json'], { env: { HOOKPROOF_SECRET: SECRET } })
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as { results: { event: string; status: number; ok: boolean }[] }
    expect(report.results.map((r) => r.event)).toEqual(
      samples[name].map((e) => {
        const field = referenceOf(name).eventField
        return field ? String((e as unknown as Record<string, unknown>)[field]) : 'object'
      }),
    )
    expect(report.results.every((r) => r.status === 204)).toBe(true)
  })

  it('--tamper: exit 0 only when the handler answers 4xx to every tampered delivery', async () => {
    expect((await run(['send', 'eversince', '--to', `${base}/eversince`, '--all', '--tamper', '--secret', SECRET])).code).toBe(0)
    const lax = await run(['send', 'eversince', '--to', `${base}/anything`, '--tamper', '--secret', SECRET])
    expect(lax.code).toBe(1)
    expect(lax.stdout).toContain('FAIL')
  })

  it('exits 1 when the handler refuses (a wrong secret)', async () => {
    const result = await run(['send', 'adsumo', '--to', `${base}/adsumo`, '--secret', 'another-secret'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/0 of 1 deliveries answered 2xx/)
  })
})

async function capture(name: ProviderName, options: { secret?: string; timestamp?: number } = {}): Promise<SignedDelivery> {
  const event = samples[name][0]!
  return (hookproof[name].sign as unknown as (p: unknown, o: Record<string, unknown>) => Promise<SignedDelivery>)(event, {
    secret: options.secret ?? SECRET,
    ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
  })
}

describe('hookproof verify', () => {
  it('verifies a capture with JSON headers, and with raw "Name: value" lines', async () => {
    const delivery = await capture('eversince')
    const body = file('body.json', delivery.body)
    const json = await run([
      'verify',
      'eversince',
      '--headers',
      file('headers.json', JSON.stringify(delivery.headers)),
      '--body',
      body,
      '--secret',
      SECRET,
    ])
    expect(json.code).toBe(0)
    expect(json.stdout).toMatch(/^ok: Eversince running \(proj_abc123\)/)
    const lines = ['POST /webhooks/eversince HTTP/1.1', ...Object.entries(delivery.headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n')
    const raw = await run(['verify', 'eversince', '--headers', file('headers.txt', lines), '--body', body, '--secret', SECRET, '--json'])
    expect(raw.code).toBe(0)
    expect(JSON.parse(raw.stdout)).toMatchObject({ ok: true, event: 'running' })
  })

  it('exits 1 with the code and a plain explanation', async () => {
    const delivery = await capture('adsumo')
    const result = await run([
      'verify',
      'adsumo',
      '--headers',
      file('h.json', JSON.stringify(delivery.headers)),
      '--body',
      file('b.json', `${delivery.body}\n`),
      '--secret',
      SECRET,
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('signature_mismatch')
    expect(result.stdout).toContain('re-serialized JSON')
  })

  it('--now checks the timestamp against the time the delivery arrived', async () => {
    const arrived = Date.parse('2025-01-15T12:00:00Z')
    const delivery = await capture('magichour', { timestamp: arrived })
    const args = [
      'verify',
      'magichour',
      '--headers',
      file('mh.json', JSON.stringify(delivery.headers)),
      '--body',
      file('mb.json', delivery.body),
      '--secret',
      SECRET,
    ]
    expect((await run(args)).code).toBe(1)
    expect((await run([...args, '--now', '2025-01-15T12:01:00Z'])).code).toBe(0)
  })
})

describe('hookproof doctor names the cause', () => {
  async function doctor(
    name: Parameters<typeof capture>[0],
    headers: Record<string, string>,
    body: string | Uint8Array,
    secret = SECRET,
    extra: string[] = [],
  ): Promise<{ cause: string; code?: string; fix: string }> {
    const result = await run([
      'doctor',
      name,
      '--headers',
      file(`d-${name}.json`, JSON.stringify(headers)),
      '--body',
      file(`d-${name}.body`, body),
      '--secret',
      secret,
      '--json',
      ...extra,
    ])
    return JSON.parse(result.stdout) as { cause: string; code?: string; fix: string }
  }

  it('a delivery that verifies', async () => {
    const delivery = await capture('videopilot')
    expect((await doctor('videopilot', delivery.headers, delivery.body)).cause).toBe('verified')
  })

  const failed = samples.adsumo[1]!
  const compact = JSON.stringify(failed)
  const pretty = JSON.stringify(failed, null, 2)
  const accented = JSON.stringify({ ...failed, error_message: 'Politique de contenu — vidéo refusée' })
  const escaped = accented.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

  // [what the framework did, what the provider sent and signed, what reached verify]
  it.each([
    ['pretty-printed it', compact, pretty],
    ['compacted it', pretty, compact],
    ['added a trailing newline', compact, `${compact}\n`],
    ['turned LF into CRLF', pretty, pretty.replace(/\n/g, '\r\n')],
    ['added a byte order mark', compact, `\uFEFF${compact}`],
    ['decoded the unicode escapes', escaped, accented],
  ])('body changed: the framework %s', async (_label, sent, received) => {
    const delivery = await hookproof.adsumo.sign(sent, { secret: SECRET })
    const diagnosis = await doctor('adsumo', delivery.headers, received)
    expect(diagnosis.code).toBe('signature_mismatch')
    expect(diagnosis.cause).toBe('body_changed')
    expect(diagnosis.fix).toContain('express.raw')
  })

  it('a secret pasted with a trailing newline', async () => {
    const delivery = await capture('eversince')
    expect((await doctor('eversince', delivery.headers, delivery.body, `${SECRET}\n`)).cause).toBe('secret_whitespace')
  })

  it.each([
    ['stripped', SECRET, SECRET.replace('whsec_', '')],
    ['added', 'plain_secret', 'whsec_plain_secret'],
  ])('the whsec_ prefix %s', async (_label, signedWith, given) => {
    const delivery = await capture('magichour', { secret: signedWith })
    expect((await doctor('magichour', delivery.headers, delivery.body, given)).cause).toBe('secret_prefix')
  })

  it('a stale delivery, with how old it is', async () => {
    const delivery = await capture('removebgvideo', { timestamp: Date.now() - 3_600_000 })
    const diagnosis = await doctor('removebgvideo', delivery.headers, delivery.body)
    expect(diagnosis).toMatchObject({ code: 'timestamp_too_old', cause: 'stale' })
    expect(JSON.stringify(diagnosis)).toMatch(/signed 36\d\d s ago/)
  })

  it("a clock behind the provider's, by how much", async () => {
    const delivery = await capture('eversince', { timestamp: Date.now() + 900_000 })
    const diagnosis = await doctor('eversince', delivery.headers, delivery.body)
    expect(diagnosis).toMatchObject({ code: 'timestamp_too_new', cause: 'clock_skew' })
    // The command line reads the clock a moment after the test signs: up to 10 s later on a loaded machine.
    expect(JSON.stringify(diagnosis)).toMatch(/ (89\d|900|901) s behind/)
  })

  it('headers from a different provider', async () => {
    const delivery = await capture('eversince')
    const diagnosis = await doctor('removebgvideo', delivery.headers, delivery.body)
    expect(diagnosis).toMatchObject({ code: 'missing_signature', cause: 'other_provider' })
    expect(diagnosis.fix).toContain('hookproof/eversince')
  })

  it('a secret that did not sign it: no variant explains the mismatch', async () => {
    const delivery = await capture('adsumo', { secret: 'the-real-secret' })
    const diagnosis = await doctor('adsumo', delivery.headers, delivery.body, 'a-different-secret')
    expect(diagnosis).toMatchObject({ code: 'signature_mismatch', cause: 'unknown' })
  })

  it('signing not turned on: no signature header at all', async () => {
    const delivery = await capture('eversince')
    const diagnosis = await doctor('eversince', { 'Content-Type': 'application/json' }, delivery.body)
    expect(diagnosis).toMatchObject({ code: 'missing_signature', cause: 'signing_off' })
    expect(diagnosis.fix).toContain('dashboard')
  })
})
