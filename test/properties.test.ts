/**
 * The properties of test/properties.ts for every provider on both engines, a
 * few thousand runs each; `npm run fuzz` runs the long campaign.
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { engines, useEngine } from './engines.js'
import { oracles, optionsNeverEscape, roundTrip, senderInputRejected, tamperRejected } from './properties.js'

const RUNS = 300 // per provider and engine: 3,000 per property

describe.each(engines.flatMap((engine) => oracles.map((oracle) => ({ engine, oracle }))))('$oracle.provider, $engine.name engine', ({ engine, oracle }) => {
  useEngine(engine)

  it('verify(sign(x)) returns x for any event, secret and time within the tolerance', async () => {
    await fc.assert(roundTrip(oracle), { numRuns: RUNS })
  })

  it('any change to a signed byte, or another secret, is signature_mismatch', async () => {
    await fc.assert(tamperRejected(oracle), { numRuns: RUNS })
  })

  it('any sender input is rejected with WebhookVerificationError, nothing else', async () => {
    await fc.assert(senderInputRejected(oracle), { numRuns: RUNS })
  })

  it('any option values give a WebhookVerificationError or a hookproof TypeError, nothing else', async () => {
    await fc.assert(optionsNeverEscape(oracle), { numRuns: RUNS })
  })
})
