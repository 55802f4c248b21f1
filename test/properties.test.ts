/**
 * The properties of test/properties.ts for every provider on both engines, a
 * few thousand runs each; `npm run fuzz` runs the long campaign.
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { engines, useEngine } from './engines.js'
import { familyOptionsNeverEscape, familyOracles, familyRoundTrip, familySenderInputRejected, familyTamperRejected } from './families/properties.js'
import { oracles, optionsNeverEscape, roundTrip, senderInputRejected, tamperRejected } from './properties.js'

const RUNS = 300 // per provider and engine: 3,000 per property

// Each provider's four properties: the first five sign with a text secret
// (test/properties.ts), the newer seven with their own keys (test/families/properties.ts).
const suites = [
  ...oracles.map((oracle) => ({
    provider: oracle.provider,
    roundTrip: () => roundTrip(oracle),
    tamper: () => tamperRejected(oracle),
    sender: () => senderInputRejected(oracle),
    options: () => optionsNeverEscape(oracle),
    optionRuns: RUNS,
  })),
  ...familyOracles.map((oracle) => ({
    provider: oracle.provider,
    roundTrip: () => familyRoundTrip(oracle),
    tamper: () => familyTamperRejected(oracle),
    sender: () => familySenderInputRejected(oracle),
    options: () => familyOptionsNeverEscape(oracle),
    // Each run signs a delivery first (Ed25519 for fal): fewer runs, same reach.
    optionRuns: RUNS / 3,
  })),
]

describe.each(engines.flatMap((engine) => suites.map((suite) => ({ engine, suite }))))('$suite.provider, $engine.name engine', ({ engine, suite }) => {
  useEngine(engine)

  it('verify(sign(x)) returns x for any event, key and time within the tolerance', async () => {
    await fc.assert(suite.roundTrip() as fc.IAsyncProperty<unknown[]>, { numRuns: RUNS })
  })

  it('any change to a signed byte, or another key, is refused (a changed body byte: signature_mismatch)', async () => {
    await fc.assert(suite.tamper() as fc.IAsyncProperty<unknown[]>, { numRuns: RUNS })
  })

  it('any sender input is rejected with WebhookVerificationError, nothing else', async () => {
    await fc.assert(suite.sender() as fc.IAsyncProperty<unknown[]>, { numRuns: RUNS })
  })

  it('any option values give a WebhookVerificationError or a hookproof TypeError, nothing else', async () => {
    await fc.assert(suite.options() as fc.IAsyncProperty<unknown[]>, { numRuns: suite.optionRuns })
  })
})
