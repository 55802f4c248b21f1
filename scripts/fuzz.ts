// A long fuzz campaign over every provider (the list in src/providers/) and
// both engines:
//
// - the properties of test/properties.ts (FUZZ_INPUTS inputs);
// - the differential corpus of test/differential/ (FUZZ_INPUTS mutated
//   deliveries, each on both engines) and the public primitives (a tenth);
// - hostile request bodies (a hundredth): slow, never ending, failing,
//   stalling, oversized, with a Content-Length that lies.
//
// It prints the counts and exits non-zero on any escape (anything but a
// WebhookVerificationError from sender input), hang (no answer within the
// deadline), accepted forgery, or answer that differs between the engines.
//
//   npm run fuzz                          1,000,000 of each
//   FUZZ_INPUTS=10000000 npm run fuzz     ten times as many
//   FUZZ_SEED=42 npm run fuzz             a run again (default: the time)
import fc from 'fast-check'
import { providerIds } from './providers.mjs'
import { runCorpus } from '../test/differential/corpus.js'
import { runPrimitives } from '../test/differential/primitives.js'
import { runHostileStreams } from '../test/differential/streams.js'
import { engine, engines, setEngine } from '../test/engines.js'
import { optionsNeverEscape, roundTrip, senderInputRejected, tamperRejected } from '../test/properties.js'
import { references } from '../test/reference/signers.js'

type AnyProperty = fc.IAsyncProperty<unknown[]>

function setting(name: string, fallback: number): number {
  const text = process.env[name]
  if (text === undefined || text === '') return fallback
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(text)}`)
  return value
}

const total = setting('FUZZ_INPUTS', 1_000_000)
const seed = setting('FUZZ_SEED', Date.now() % 2 ** 31)
const all = references()
const names = all.map((reference) => reference.provider)
const en = (n: number): string => n.toLocaleString('en')
const started = performance.now()
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`
const failures: string[] = []
const fail = (what: string): void => {
  failures.push(what)
  console.log(`  FAIL ${what}`)
}

console.log(`fuzz: FUZZ_INPUTS=${en(total)}, FUZZ_SEED=${seed}`)
console.log(`${names.length} providers: ${names.join(', ')}; engines: ${engines.map((each) => each.name).join(', ')}`)
if (names.length !== providerIds().length) fail(`${providerIds().length} providers in src/providers/, ${names.length} with a reference`)

// ---------------------------------------------------------------------------
// The properties, each provider on each engine

const shares = [
  ['sender input is rejected, never accepted, never escapes', senderInputRejected, 0.7],
  ['tampered deliveries are refused', tamperRejected, 0.15],
  ['verify(sign(x)) = x', roundTrip, 0.1],
  ['caller options never escape', optionsNeverEscape, 0.05],
] as const
const propertyInputs: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]))
let properties = 0
const previous = engine()
for (const [label, property, share] of shares) {
  const runs = Math.ceil((total * share) / (all.length * engines.length))
  let count = 0
  let failed = 0
  for (const next of engines) {
    setEngine(next)
    for (const reference of all) {
      try {
        await fc.assert(property(reference) as unknown as AnyProperty, { numRuns: runs, seed })
      } catch (error) {
        failed++
        fail(`${label}, ${reference.provider} on ${next.name}: ${String(error).split('\n').slice(0, 6).join(' ')}`)
      }
      count += runs
      propertyInputs[reference.provider]! += runs
    }
  }
  setEngine(previous)
  properties += count
  console.log(`property: ${label}: ${en(count)} inputs, ${failed} failures (${elapsed()})`)
}

// ---------------------------------------------------------------------------
// The differential corpus and the primitives

const corpus = await runCorpus({
  count: total,
  seed,
  onProgress: (done) => {
    if (done % 100_000 === 0) console.log(`  differential: ${en(done)} deliveries (${elapsed()})`)
  },
})
console.log(
  `differential: ${en(corpus.deliveries)} deliveries, ${en(corpus.verifies)} verifies; ${en(corpus.accepted)} accepted, ${en(corpus.acceptedMutated)} of them mutated with the signed bytes unchanged (${elapsed()})`,
)
console.log(
  `  outcomes: ${Object.entries(corpus.byOutcome)
    .map(([code, n]) => `${code} ${en(n)}`)
    .join(', ')}`,
)
for (const [kind, n] of Object.entries(corpus.failures)) if (n) fail(`differential: ${n} ${kind}`)
for (const example of corpus.examples) console.log(`  ${example.kind}: ${example.where}: ${example.detail}`)

const primitives = await runPrimitives({ count: Math.ceil(total / 10), seed })
console.log(
  `primitives: ${en(primitives.cases)} cases (${Object.entries(primitives.byPrimitive)
    .map(([name, n]) => `${name} ${en(n)}`)
    .join(', ')}), ${en(primitives.verified)} verified (${elapsed()})`,
)
if (primitives.failures) fail(`primitives: ${primitives.failures} answers not node:crypto's on both engines`)
for (const example of primitives.examples) console.log(`  ${example}`)

// ---------------------------------------------------------------------------
// Hostile request bodies

const streams = await runHostileStreams({ count: Math.ceil(total / 100), seed })
console.log(
  `streams: ${en(streams.inputs)} hostile bodies, ${en(streams.verifies)} verifies, slowest ${streams.slowest.toFixed(0)} ms (${elapsed()})`,
)
for (const [kind, n] of Object.entries(streams.byKind)) console.log(`  ${kind}: ${en(n)}`)
console.log(
  `  outcomes: ${Object.entries(streams.byOutcome)
    .map(([code, n]) => `${code} ${en(n)}`)
    .join(', ')}`,
)
if (streams.wrong)
  fail(`streams: ${streams.wrong} with another answer than predicted, another per engine, or more of the body read than allowed`)
for (const example of streams.examples) console.log(`  ${example}`)

// ---------------------------------------------------------------------------
// The counts

console.log('\nper provider (property inputs run half on each engine; deliveries and streams each on both):')
console.log(
  `  ${'provider'.padEnd(18)}${'properties'.padStart(12)}${'differential'.padStart(14)}${'accepted'.padStart(10)}${'streams'.padStart(9)}`,
)
for (const name of names) {
  const row = [
    propertyInputs[name]!,
    corpus.byProvider[name]?.deliveries ?? 0,
    corpus.byProvider[name]?.accepted ?? 0,
    streams.byProvider[name] ?? 0,
  ]
  console.log(
    `  ${name.padEnd(18)}${en(row[0]!).padStart(12)}${en(row[1]!).padStart(14)}${en(row[2]!).padStart(10)}${en(row[3]!).padStart(9)}`,
  )
  if (row[0] === 0 || row[1] === 0 || row[3] === 0) fail(`${name} was left out of a part`)
}
const inputs = properties + corpus.deliveries + primitives.cases + streams.inputs
const escapes = corpus.failures.escape + streams.escapes
const forgeries = corpus.failures.forgery + streams.forgeries
console.log(
  `\nfuzz: ${en(inputs)} inputs (properties ${en(properties)}, differential ${en(corpus.deliveries)}, primitives ${en(primitives.cases)}, streams ${en(streams.inputs)}) over ${names.length} providers × ${engines.length} engines in ${elapsed()}`,
)
const perEngine = properties / engines.length + corpus.verifies / engines.length + primitives.cases + streams.verifies / engines.length
console.log(`per engine: ${engines.map((each) => `${each.name} ${en(Math.round(perEngine))} inputs`).join(', ')}`)
console.log(
  `escapes ${escapes}, hangs ${streams.hangs}, accepted forgeries ${forgeries}, engine disagreements ${corpus.failures.disagreement}, failures ${failures.length}`,
)
if (failures.length) {
  console.log('FAILED')
  process.exit(1)
}
