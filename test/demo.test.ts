import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { providerIds } from '../scripts/providers.mjs'
import { providerNames } from '../src/cli/registry.js'
import { samples } from './reference/samples.js'
import { cliSigns } from './reference/signers.js'

const root = new URL('../', import.meta.url)

// The demo runs against the built package (dist/, built by npm test before
// vitest), as a user's code would.
it('npm run demo: every delivery of every provider has the expected outcome', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'demo/demo.ts'], { cwd: root })
  const providers = providerIds()
  for (const provider of providers)
    expect(stdout).toMatch(new RegExp(`^${provider} +forged: wrong key +401 signature_mismatch +401 signature_mismatch .* ok$`, 'm'))
  // The check column, last on each row (an event may be called FAILED).
  expect(stdout).not.toMatch(/ FAIL$/m)
  expect(stdout).toMatch(new RegExp(`(\\d+) of \\1 deliveries had the expected outcome across ${providers.length} providers`))
  // Every column headed; every provider's rows (its events, then the checks) listed once.
  const lines = stdout.split('\n')
  const header = lines.findIndex((line) => line.startsWith('provider '))
  expect(lines[header]!.trim().split(/ {2,}/)).toEqual(['provider', 'delivery', 'expected', 'outcome', 'ms', 'check'])
  const rows = lines.filter((line) => providers.some((provider) => line.startsWith(`${provider} `)))
  const keys = rows.map((line) => line.split(/ {2,}/).slice(0, 2).join(' / '))
  expect(new Set(keys).size).toBe(keys.length)
}, 60_000)

// One secret for every provider: base64 key bytes after whsec_, as Standard Webhooks senders need.
const SERVED_SECRET = `whsec_${Buffer.from('demo test').toString('base64')}`

it('npm run demo -- --serve: `hookproof send <provider> --all` delivers every event of every provider, all accepted', async () => {
  const port = String(20_000 + Math.floor(Math.random() * 20_000))
  const { spawn } = await import('node:child_process')
  const receiver = spawn(process.execPath, ['--import', 'tsx', 'demo/demo.ts', '--serve'], {
    cwd: root,
    env: { ...process.env, HOOKPROOF_DEMO_PORT: port, HOOKPROOF_SECRET: SERVED_SECRET },
  })
  try {
    await new Promise<void>((resolve, reject) => {
      receiver.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('demo receiver on') && resolve())
      receiver.on('exit', () => reject(new Error('the demo receiver exited')))
    })
    let delivered = 0
    // Every provider the command line signs for with a secret: all but those that sign with Ed25519 (fal, Ideogram).
    const served = providerNames.filter(cliSigns)
    for (const provider of served) {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['dist/cli.js', 'send', provider, '--all', '--json', '--to', `http://127.0.0.1:${port}/webhooks/${provider}`],
        {
          cwd: root,
          env: { ...process.env, HOOKPROOF_SECRET: SERVED_SECRET },
        },
      )
      const report = JSON.parse(stdout) as { results: { ok: boolean; status: number }[] }
      expect(report.results.every((r) => r.ok && r.status === 200)).toBe(true)
      delivered += report.results.length
    }
    expect(delivered).toBe(served.reduce((sum, name) => sum + samples[name].length, 0))
  } finally {
    receiver.kill()
  }
}, 60_000)
