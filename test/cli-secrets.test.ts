/**
 * No part of the secret ever reaches the output: every command of the command
 * line, on every path (help, usage errors, file errors, success, failure and
 * every cause doctor names, text and --json), run with one distinctive
 * secret, and all it prints scanned for any 8 characters of it.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProviderName } from '../src/cli/registry.js'
import { providerNames } from '../src/cli/registry.js'
import * as hookproof from '../src/index.js'
import { dir, file, type Receiver, run, startReceiver } from './cli-run.js'
import { samples } from './reference/samples.js'
import { cliSigns, referenceOf } from './reference/signers.js'
import { SIGNED_URL } from './kit-keys.js'

// Base64 key bytes after whsec_, as Standard Webhooks senders read it; the others take it as text.
const KEY = 'Zq7#leak-canary!x9W'
const SECRET = `whsec_${Buffer.from(KEY).toString('base64')}`
const OTHER = `whsec_${Buffer.from('a different key').toString('base64')}`

/** Every 8 characters of the secret and of the key it encodes: none may be printed. */
const pieces = [SECRET, KEY].flatMap((text) => Array.from({ length: text.length - 7 }, (_, i) => text.slice(i, i + 8)))

// fal and Ideogram sign with an Ed25519 private key: the command line only says so, which is one case below.
const secretProviders = providerNames.filter(cliSigns)

let receiver: Receiver
beforeAll(async () => {
  receiver = await startReceiver(SECRET)
})
afterAll(() => receiver.close())

type Sign = (payload: unknown, options: Record<string, unknown>) => Promise<hookproof.SignedDelivery>

/** Where a captured delivery of `name` is written, `how` it was made (see `deliveries`). */
const captured = (name: string, how: string) => [
  '--headers',
  join(dir, `${name}-${how}.headers`),
  '--body',
  join(dir, `${name}-${how}.body`),
]

/** The captures verify and doctor read, each one way a delivery fails (or not). */
async function deliveries(name: ProviderName): Promise<void> {
  const signWith = hookproof[name].sign as unknown as Sign
  // A provider that signs the URL (Twilio) is signed for one.
  const sign: Sign = (payload, options) =>
    signWith(payload, SIGNED_URL.includes(name) ? { url: 'https://localhost:3000/hook', ...options } : options)
  const sample = samples[name][0]!
  const write = (how: string, delivery: { headers: Record<string, string>; body: string }) => {
    file(`${name}-${how}.headers`, JSON.stringify(delivery.headers))
    file(`${name}-${how}.body`, delivery.body)
  }
  const ok = await sign(sample, { secret: SECRET })
  write('ok', ok)
  write('changed', {
    headers: ok.headers,
    body: referenceOf(name).form ? `${ok.body}&Changed=1` : JSON.stringify(JSON.parse(ok.body), null, 2),
  })
  write('stale', await sign(sample, { secret: SECRET, timestamp: Date.now() - 3_600_000 }))
  write('future', await sign(sample, { secret: SECRET, timestamp: Date.now() + 900_000 }))
  write('other-secret', await sign(sample, { secret: OTHER }))
  write('unsigned', { headers: { 'Content-Type': 'application/json' }, body: ok.body })
  const foreign = name === 'eversince' ? 'magichour' : 'eversince'
  write('foreign', {
    headers: (await (hookproof[foreign].sign as unknown as Sign)(samples[foreign][0], { secret: SECRET })).headers,
    body: ok.body,
  })
  // A provider that signs a field of the body (Kie.ai) cannot sign a body without it: its headers, another body.
  const invalid = referenceOf(name).signedField ? { ...ok, body: '[1]' } : await sign('[1]', { secret: SECRET, event: 'x' })
  write('invalid-payload', invalid)
  write('unprefixed', await sign(sample, { secret: SECRET.slice('whsec_'.length) }))
}

interface Case {
  readonly label: string
  readonly args: readonly string[]
  /** HOOKPROOF_SECRET, where the secret comes from the environment. */
  readonly env?: string
  /** What stdin reads, for `-`. */
  readonly stdin?: string
}

const bare = (...args: string[]): Case => ({ label: args.join(' '), args })
const withSecret = (...args: string[]): Case => ({ label: args.join(' '), args: [...args, '--secret', SECRET] })
const fromEnv = (...args: string[]): Case => ({ label: `${args.join(' ')} (HOOKPROOF_SECRET)`, args, env: SECRET })

const folder = join(dir, 'a-folder')
const malformed = join(dir, 'malformed.headers')
const payload = join(dir, 'payload.json')
const keyFile = join(dir, 'eversince-key.json')

// Failures of every kind, for one provider signing a timestamp and one of Standard Webhooks.
const everyPath = (name: string): Case[] => [
  ...['ok', 'changed', 'stale', 'future', 'other-secret', 'unsigned', 'foreign', 'invalid-payload'].flatMap((how) => [
    withSecret('verify', name, ...captured(name, how)),
    withSecret('doctor', name, ...captured(name, how), '--json'),
  ]),
  ...['ok', 'changed', 'other-secret'].flatMap((how) => [
    withSecret('verify', name, ...captured(name, how), '--json', '--max-body', '1'),
    withSecret('doctor', name, ...captured(name, how), '--now', new Date().toISOString(), '--max-body', '1'),
  ]),
  // Given without its whsec_ prefix, and with a trailing newline.
  { label: `doctor ${name} unprefixed`, args: ['doctor', name, ...captured(name, 'ok'), '--secret', SECRET.slice(6)] },
  { label: `doctor ${name} prefixed`, args: ['doctor', name, ...captured(name, 'unprefixed'), '--secret', SECRET] },
  { label: `verify ${name} newline`, args: ['verify', name, ...captured(name, 'ok'), '--secret', `${SECRET}\n`] },
  { label: `doctor ${name} newline`, args: ['doctor', name, ...captured(name, 'ok'), '--secret', `${SECRET}\n`, '--json'] },
  withSecret('verify', name, ...captured(name, 'ok'), '--now', '2020-01-01T00:00:00Z'),
  withSecret('verify', name, ...captured(name, 'ok'), '--now', 'yesterday'),
  withSecret('verify', name, '--headers', malformed, '--body', join(dir, `${name}-ok.body`)),
  withSecret('doctor', name, '--headers', folder, '--body', join(dir, `${name}-ok.body`)),
  withSecret('verify', name, '--headers', join(dir, `${name}-ok.headers`), '--body', '/dev/zero'),
  withSecret('verify', name, '--headers', join(dir, `${name}-ok.headers`), '--body', join(dir, 'missing')),
  withSecret('doctor', name, '--headers', join(dir, `${name}-ok.headers`)),
  withSecret('sign', name, '--json'),
  withSecret('sign', name, '--payload', payload, '--timestamp', '2025-01-15T12:00:00Z'),
  withSecret('sign', name, '--payload', folder),
  withSecret('sign', name, '--timestamp', 'soon'),
  withSecret('sign', name, '--payload', payload, '--max-body', '0'),
  withSecret('send', name, '--to', `${receiver.base}/${name}`, '--all', '--json'),
  withSecret('send', name, '--to', `${receiver.base}/anything`, '--tamper'),
  withSecret('send', name, '--to', 'http://127.0.0.1:9/closed', '--json'),
  withSecret('send', name, '--to', 'not a url'),
  withSecret('send', name, '--to', `${receiver.base}/${name}`, '--event', 'job.failed', '--payload', payload, '--max-body', '1'),
  withSecret('send', name),
]

function cases(): Case[] {
  return [
    bare(),
    bare('--help'),
    bare('-h'),
    ...['sign', 'send', 'verify', 'doctor', 'keygen'].flatMap((command) => [
      bare(command, '--help'),
      withSecret(command, 'adsumo', '--help'),
    ]),
    // keygen prints a key of its own, never the one given; a key file holding the secret is read, never printed.
    withSecret('keygen', 'fal'),
    withSecret('keygen', 'standardwebhooks', '--pair'),
    withSecret('keygen', 'gemini', '--pair'),
    withSecret('keygen', 'sns'),
    bare('sign', 'eversince', '--key', keyFile, '--compact'),
    bare('verify', 'eversince', '--key', keyFile, ...captured('eversince', 'ok')),
    bare('doctor', 'eversince', '--key', keyFile, ...captured('eversince', 'changed'), '--json'),
    bare('send', 'eversince', '--key', keyFile, '--to', `${receiver.base}/eversince`),
    bare('sign', 'eversince', '--key', malformed),
    withSecret('sign', 'livekit', '--option', 'apiKey=APIleak'),
    withSecret('sign', 'livekit'),
    withSecret('send', 'livekit', '--option', 'apiKey=APIleak', '--compact', '--to', `${receiver.base}/anything`),
    withSecret('verify', 'eversince', ...captured('eversince', 'stale'), '--option', 'tolerance=7200'),
    withSecret('doctor', 'eversince', ...captured('eversince', 'stale'), '--option', 'tolerance=60'),
    withSecret('sign', 'eversince', '--option', 'secret=x'),
    withSecret('explode'),
    withSecret('sign'),
    withSecret('sign', 'nope'),
    withSecret('sign', 'adsumo', '--bogus'),
    withSecret('sign', 'adsumo', '--event', 'nope'),
    { label: 'secret as --secret=', args: [`--secret=${SECRET}`, 'sign', 'adsumo', '--unknown'] },
    { label: 'secret missing its value', args: ['sign', 'adsumo', '--secret'] },
    bare('sign', 'adsumo'),
    ...['sign', 'send', 'verify', 'doctor'].map((command) => withSecret(command, 'fal', ...captured('adsumo', 'ok'), '--to', 'http://x')),
    // Each provider once where its own headers are printed, verified and diagnosed; send signs as sign does.
    ...secretProviders.flatMap((name) => [
      fromEnv('sign', name, '--curl', 'http://localhost:3000/hook'),
      withSecret('verify', name, ...captured(name, 'ok')),
      fromEnv('doctor', name, ...captured(name, 'changed')),
    ]),
    fromEnv('send', 'adsumo', '--to', `${receiver.base}/adsumo`, '--all'),
    { ...withSecret('verify', 'adsumo', '--headers', captured('adsumo', 'ok')[1]!, '--body', '-'), stdin: '{"changed":true}' },
    { ...withSecret('doctor', 'adsumo', '--headers', '-', '--body', captured('adsumo', 'ok')[3]!), stdin: `X-Adsumo-Signature: ${SECRET}` },
    { ...withSecret('sign', 'adsumo', '--payload', '-'), stdin: '{"id":"from stdin"}' },
    ...everyPath('eversince'),
    ...everyPath('standardwebhooks'),
  ]
}

describe('no 8 characters of the secret in any output', () => {
  it('every command, every path, text and --json', { timeout: 600_000 }, async () => {
    mkdirSync(folder, { recursive: true })
    file('malformed.headers', `Content-Type: application/json\n${SECRET}\n`)
    file('payload.json', '{"event":"job.failed","id":"job_1"}')
    file('eversince-key.json', JSON.stringify({ sign: { secret: SECRET }, verify: { secret: SECRET } }))
    for (const name of secretProviders) await deliveries(name)
    const all = cases()

    // Two at a time: the machine's cores, and no more.
    const leaks: string[] = []
    const printed: string[] = []
    let next = 0
    const worker = async () => {
      while (next < all.length) {
        const { label, args, env, stdin } = all[next++]!
        const result = await run(args, {
          ...(env === undefined ? {} : { env: { HOOKPROOF_SECRET: env } }),
          ...(stdin === undefined ? {} : { stdin }),
        })
        const output = result.stdout + result.stderr
        printed.push(output)
        const found = pieces.find((piece) => output.includes(piece))
        if (found !== undefined) leaks.push(`${label}: prints "${found}"`)
      }
    }
    await Promise.all([worker(), worker()])
    expect(leaks).toEqual([])

    // The cases reached what they meant to: every command ran to success and to failure, and every cause of doctor.
    const joined = printed.join('\n')
    for (const cause of [
      'verified',
      'body_changed',
      'secret_whitespace',
      'secret_prefix',
      'stale',
      'clock_skew',
      'other_provider',
      'signing_off',
      'invalid_payload',
      'unknown',
    ]) {
      expect(joined.includes(`"cause":"${cause}"`) || joined.includes(`(${cause})`) ? cause : `no ${cause}`).toBe(cause)
    }
    for (const text of [
      'ok: Eversince',
      '"verify": {',
      'signature_mismatch',
      '"headers":{',
      'curl -X POST',
      'deliveries answered 2xx',
      'Commands:',
      'Unknown option',
      'larger than the 32 MiB limit',
      'line 2: not a "Name: value" header line',
      'is a directory',
      'no such file',
    ]) {
      expect(joined).toContain(text)
    }
  })

  it('covers every command the help lists, and every option of each', async () => {
    const help = (await run(['--help'])).stdout
    const commands = [...help.slice(help.indexOf('Commands:'), help.indexOf('Providers:')).matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]!)
    expect(commands).toEqual(['sign', 'send', 'verify', 'doctor', 'keygen'])
    const all = cases()
    for (const command of commands) {
      const usage = (await run([command, '--help'])).stdout.split('\n')[0]!
      const used = new Set(all.filter((c) => c.args.includes(command)).flatMap((c) => c.args.filter((arg) => arg.startsWith('--'))))
      for (const option of usage.match(/--[a-z0-9-]+/g)!) expect([command, option, used.has(option)]).toEqual([command, option, true])
    }
  })
})
