// A long fuzz campaign over the properties of test/properties.ts, every
// provider on both engines. Exits non-zero
// on the first escape (anything but a WebhookVerificationError from sender
// input) or accepted forgery.
//
//   npm run fuzz                    1,000,000 inputs
//   FUZZ_INPUTS=5000000 npm run fuzz
import fc from 'fast-check'
import { setEngine as setHmacEngine } from '../src/crypto/select.js'
import { engines } from '../test/engines.js'
import { optionsNeverEscape, roundTrip, senderInputRejected, tamperRejected } from '../test/properties.js'
import { references } from '../test/reference/signers.js'

type AnyProperty = fc.IAsyncProperty<unknown[]>

// Each provider's properties, whichever key it signs with.
const providers = references().map((reference) => ({
  sender: () => senderInputRejected(reference),
  tamper: () => tamperRejected(reference),
  roundTrip: () => roundTrip(reference),
  options: () => optionsNeverEscape(reference),
}))

const total = Number(process.env.FUZZ_INPUTS ?? 1_000_000)
// Most of the budget goes to hostile sender input; the rest to forgeries and round trips.
const shares = [
  ['sender input is rejected, never accepted, never escapes', 'sender', 0.7],
  ['tampered deliveries are refused', 'tamper', 0.15],
  ['verify(sign(x)) = x', 'roundTrip', 0.1],
  ['caller options never escape', 'options', 0.05],
] as const

const started = performance.now()
let inputs = 0
for (const [label, kind, share] of shares) {
  const runs = Math.ceil((total * share) / (providers.length * engines.length))
  let count = 0
  for (const engine of engines) {
    setHmacEngine(engine)
    for (const provider of providers) {
      await fc.assert(provider[kind]() as AnyProperty, { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? Date.now()) })
      count += runs
    }
  }
  inputs += count
  console.log(`${label}: ${count.toLocaleString('en')} inputs, 0 failures`)
}
const seconds = (performance.now() - started) / 1000
console.log(
  `fuzz: ${inputs.toLocaleString('en')} inputs over ${providers.length} providers × ${engines.length} engines in ${seconds.toFixed(0)} s — 0 escapes, 0 accepted forgeries`,
)
