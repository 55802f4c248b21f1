/**
 * The properties of test/properties.ts for every provider in src/providers/
 * on both engines, a few thousand runs each; `npm run fuzz` runs the long
 * campaign.
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { engines, useEngine } from './engines.js'
import { optionsNeverEscape, roundTrip, senderInputRejected, tamperRejected } from './properties.js'
import { references } from './reference/signers.js'

// Per provider and engine: 7,200 per property. PROPERTY_RUNS scales them
// down where the suite runs thousands of times (mutation testing).
const RUNS = Number(process.env.PROPERTY_RUNS || 300)
// Five kinds of tampering share one property: 150 runs of each.
const TAMPER_RUNS = RUNS * 2.5

type AnyProperty = fc.IAsyncProperty<unknown[]>

describe.each(engines.flatMap((engine) => references().map((reference) => ({ engine, reference }))))(
  '$reference.provider, $engine.name engine',
  ({ engine, reference }) => {
    useEngine(engine)

    it('verify(sign(x)) returns x for any event, key and time within the tolerance', async () => {
      await fc.assert(roundTrip(reference) as unknown as AnyProperty, { numRuns: RUNS })
    })

    it('any change to a signed byte, or another key, is refused (a changed body or signature byte, timestamp or key: signature_mismatch)', async () => {
      await fc.assert(tamperRejected(reference) as unknown as AnyProperty, { numRuns: TAMPER_RUNS })
    })

    it('any sender input is rejected with WebhookVerificationError, nothing else', async () => {
      await fc.assert(senderInputRejected(reference) as unknown as AnyProperty, { numRuns: RUNS })
    })

    it('any option values give a WebhookVerificationError or a hookproof TypeError, nothing else', async () => {
      await fc.assert(optionsNeverEscape(reference) as unknown as AnyProperty, { numRuns: RUNS })
    })
  },
)
