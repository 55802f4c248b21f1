/**
 * The command line for every provider, every family, as a user runs it: a
 * key file from `hookproof keygen` (AWS SNS: one written by hand, with its
 * test certificate), `sign` → `verify`, `send --all` to a local receiver,
 * `--tamper` refused, and `doctor` naming the cause of four ways of breaking
 * a delivery.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SignedDelivery } from '../src/index.js'
import { type ProviderId, registry } from '../src/registry.js'
import { samples } from '../src/tools/testing.js'
import { file, type Receiver, run, startReceiver } from './cli-run.js'
import { BODY_BYTES_UNSIGNED, BODY_UNSIGNED, keysFor, SIGNED_URL, UNCHECKED_TIME } from './kit-keys.js'
import { eventOfSent, referenceOf, reserialized } from './reference/signers.js'

interface KeyFile {
  readonly sign: Record<string, unknown>
  readonly verify: Record<string, unknown>
}

const ids = Object.keys(registry) as ProviderId[]
const keyFiles = new Map<string, KeyFile>()

let receiver: Receiver
beforeAll(async () => {
  receiver = await startReceiver((provider) => keyFiles.get(provider)?.verify ?? {})
})
afterAll(() => receiver.close())

async function keyFileOf(id: ProviderId): Promise<string> {
  let keys: KeyFile
  if (id === 'sns') {
    // A certificate for the key cannot be made here: the fixed test pair of the vectors.
    const { sign, verify } = await keysFor('sns')
    keys = { sign, verify }
  } else {
    const made = await run(['keygen', id])
    expect(made.code, made.stderr).toBe(0)
    keys = JSON.parse(made.stdout) as KeyFile
  }
  keyFiles.set(id, keys)
  return file(`${id}-key.json`, JSON.stringify(keys))
}

async function capture(delivery: SignedDelivery, name: string): Promise<string[]> {
  return ['--headers', file(`${name}-headers.json`, JSON.stringify(delivery.headers)), '--body', file(`${name}-body.json`, delivery.body)]
}

async function doctor(id: ProviderId, key: string, delivery: SignedDelivery, extra: string[] = []): Promise<{ cause: string }> {
  const result = await run(['doctor', id, '--key', key, ...(await capture(delivery, `${id}-doctor`)), '--json', ...extra])
  expect(result.stderr).toBe('')
  return JSON.parse(result.stdout) as { cause: string }
}

describe.concurrent.each(ids)('hookproof … %s', (id) => {
  it('keygen, sign → verify, send --all, --tamper, and doctor on four broken deliveries', { timeout: 60_000 }, async () => {
    const key = await keyFileOf(id)
    const keys = keyFiles.get(id)!
    // A provider that signs the URL is told it where no --to or --curl names one.
    const at = SIGNED_URL.includes(id) ? ['--option', 'url=https://example.com/hook'] : []

    const signed = await run(['sign', id, '--key', key, '--json', ...at])
    expect(signed.code, signed.stderr).toBe(0)
    const delivery = JSON.parse(signed.stdout) as SignedDelivery
    const verified = await run(['verify', id, '--key', key, ...(await capture(delivery, id)), '--json', ...at])
    expect(verified.code, verified.stdout + verified.stderr).toBe(0)
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, body: eventOfSent(referenceOf(id), delivery.body) })

    const all = await run(['send', id, '--to', `${receiver.base}/${id}`, '--all', '--key', key, '--json'])
    expect(all.code, all.stdout + all.stderr).toBe(0)
    const report = JSON.parse(all.stdout) as { results: { status: number }[] }
    expect(report.results).toHaveLength((samples[id] as unknown as { all(): unknown[] }).all().length)
    expect(report.results.every((result) => result.status === 204)).toBe(true)

    const tampered = await run(['send', id, '--to', `${receiver.base}/${id}`, '--all', '--tamper', '--key', key])
    if (BODY_UNSIGNED.includes(id)) {
      expect(tampered.code).toBe(2)
      expect(tampered.stderr).toContain('does not sign the body')
    } else {
      expect(tampered.code, tampered.stdout).toBe(0)
      // Each answer: the status and time, then the first lines of the handler's body (its problem document).
      expect(tampered.stdout).toMatch(/\(tampered\) → 401 in \d+ ms\n {5}\{"type":/)
    }

    // 1. A body a framework re-serialized.
    const compact = { headers: delivery.headers, body: reserialized(referenceOf(id), delivery.body) }
    expect((await doctor(id, key, compact, at)).cause).toBe(BODY_BYTES_UNSIGNED.includes(id) ? 'verified' : 'body_changed')
    // 2. The secret with a newline, for the providers keyed by one.
    if (typeof keys.verify['secret'] === 'string') {
      const withNewline = await run([
        'doctor',
        id,
        ...(await capture(delivery, `${id}-newline`)),
        '--secret',
        `${keys.verify['secret']}\n`,
        ...Object.entries(keys.verify)
          .filter(([name]) => name !== 'secret')
          .flatMap(([name, value]) => ['--option', `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`]),
        '--json',
        ...at,
      ])
      expect(JSON.parse(withNewline.stdout)).toMatchObject({ cause: 'secret_whitespace' })
      expect(withNewline.stdout).not.toContain(keys.verify['secret'])
    }
    // 3. Stale: signed a day ago, for the providers that sign a time and check it.
    const old = await run(['sign', id, '--key', key, '--timestamp', String(Math.floor(Date.now() / 1000) - 86_400), '--json', ...at])
    expect(old.code, old.stderr).toBe(0)
    const staleDelivery = JSON.parse(old.stdout) as SignedDelivery
    const signsTime = JSON.stringify(staleDelivery.headers) !== JSON.stringify(delivery.headers) || staleDelivery.body !== delivery.body
    const staleCause = (await doctor(id, key, staleDelivery, at)).cause
    expect(staleCause).toBe(signsTime && !UNCHECKED_TIME.includes(id) ? 'stale' : 'verified')
    // 4. Another provider's headers.
    const other = id === 'eversince' ? 'mux' : 'eversince'
    const foreign = JSON.parse((await run(['sign', other, '--secret', 'whsec_other', '--json'])).stdout) as SignedDelivery
    expect(await doctor(id, key, foreign, at)).toMatchObject({ cause: 'other_provider' })
  })
})
