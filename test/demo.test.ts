import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

const root = new URL('../', import.meta.url)

// The demo runs against the built package (dist/, built by npm test before
// vitest), as a user's code would.
it('npm run demo: every delivery of every provider has the expected outcome', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'demo/demo.ts'], { cwd: root })
  for (const provider of ['eversince', 'magichour', 'videopilot', 'adsumo', 'removebgvideo']) expect(stdout).toContain(provider)
  expect(stdout).not.toContain('FAIL')
  expect(stdout).toMatch(/(\d+) of \1 deliveries had the expected outcome across 5 providers/)
}, 60_000)
