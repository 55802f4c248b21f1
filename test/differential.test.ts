/**
 * One answer on both engines: a seeded corpus of mutated deliveries of every
 * provider (test/differential/), each verified on node:crypto and on Web
 * Crypto, and the public primitives on random input. `DIFF_DELIVERIES` and
 * `DIFF_SEED` change the corpus; `npm run fuzz` runs it at a million.
 */
import { describe, expect, it } from 'vitest'
import type { WebhookVerificationErrorCode } from '../src/index.js'
import { corpusSettings, runCorpus } from './differential/corpus.js'
import { runPrimitives } from './differential/primitives.js'
import { references } from './reference/signers.js'

const { count, seed } = corpusSettings({ count: 20_000, seed: 20_250_115 })

// Whether the corpus must bring about each code, or it tests less than it
// claims; typed over every code, so that a new one must be decided on here.
const REACHED: Readonly<Record<WebhookVerificationErrorCode, boolean>> = {
  missing_signature: true,
  missing_timestamp: true,
  malformed_signature: true,
  malformed_timestamp: true,
  timestamp_too_old: true,
  timestamp_too_new: true,
  signature_mismatch: true,
  body_too_large: true,
  body_unreadable: true,
  invalid_payload: true,
}

describe('the differential corpus', () => {
  it(`${count.toLocaleString('en')} mutated deliveries: the same outcome on both engines, no escape, no forgery, seed ${seed}`, async () => {
    const report = await runCorpus({ count, seed })
    // The failures themselves first: each names the seed, index, provider and mutations that reproduce it.
    expect(report.examples).toEqual([])
    expect(report.failures).toEqual({ escape: 0, disagreement: 0, forgery: 0, unexpected: 0 })
    expect(report.deliveries).toBe(count)
    expect(report.verifies).toBe(2 * count)

    if (count < 1000) return // too few to ask for coverage
    const providers = references().map((reference) => reference.provider)
    expect(Object.keys(report.byProvider).sort()).toEqual([...providers].sort())
    for (const provider of providers) {
      const { deliveries, accepted } = report.byProvider[provider]!
      expect(deliveries, provider).toBeGreaterThanOrEqual(Math.floor(count / providers.length))
      // Some accepted, most not: a corpus all refused would agree on both engines and prove nothing.
      expect(accepted, provider).toBeGreaterThan(deliveries / 50)
      expect(accepted, provider).toBeLessThan(deliveries / 2)
    }
    for (const [code, reached] of Object.entries(REACHED)) if (reached) expect(report.byOutcome[code] ?? 0, code).toBeGreaterThan(0)
    // Mutations that leave the signed bytes alone (hex case, spaces, a header's name case) are accepted.
    expect(report.acceptedMutated).toBeGreaterThan(0)
  }, 120_000)

  it('the public primitives: the same answer on both engines as node:crypto, on random keys, MACs, signatures and messages', async () => {
    const cases = Math.max(400, Math.round(count / 10))
    const report = await runPrimitives({ count: cases, seed })
    expect(report.examples).toEqual([])
    expect(report.failures).toBe(0)
    expect(report.cases).toBe(cases)
    // Genuine MACs and signatures verify, and most of the rest do not.
    expect(report.verified).toBeGreaterThan(cases / 20)
    expect(report.verified).toBeLessThan(cases / 2)
  }, 60_000)
})
