/**
 * Hostile request bodies (test/differential/streams.ts), a few of each kind
 * for every provider on both engines; `npm run fuzz` runs thousands.
 */
import { expect, it } from 'vitest'
import { runHostileStreams } from './differential/streams.js'
import { references } from './reference/signers.js'

it('slow, never-ending, failing, stalling and oversized bodies: the predicted answer within 2 s on both engines, read no further than allowed', async () => {
  const providers = references().length
  // Two of each kind for every provider.
  const report = await runHostileStreams({ count: 22 * providers, seed: 20_250_115 })
  expect(report.examples).toEqual([])
  expect({ escapes: report.escapes, hangs: report.hangs, forgeries: report.forgeries, wrong: report.wrong }).toEqual({
    escapes: 0,
    hangs: 0,
    forgeries: 0,
    wrong: 0,
  })
  for (const [kind, n] of Object.entries(report.byKind)) expect(n, kind).toBe(2 * providers)
  for (const code of ['accepted', 'body_too_large', 'body_unreadable', 'missing_signature'])
    expect(report.byOutcome[code] ?? 0, code).toBeGreaterThan(0)
}, 60_000)
