/**
 * The differential corpus: seeded mutations of genuinely signed deliveries of
 * every provider (round robin over the list in src/providers/, so a new one is
 * in it unasked), each verified on both engines. Both must give the same
 * outcome: the same event, or a WebhookVerificationError of the same code,
 * status and message. Anything else thrown is an escape; an accepted delivery
 * whose signed bytes changed is a forgery; a delivery left as signed must get
 * the answer its signing predicts.
 *
 * Shared by test/differential.test.ts and `npm run fuzz`; `DIFF_DELIVERIES`
 * and `DIFF_SEED` set the count and seed.
 */
import { strictForm } from '../reference/twilio.js'
import { isDeepStrictEqual } from 'node:util'
import { isWebhookVerificationError } from '../../src/index.js'
import { providerOf } from '../provider-of.js'
import { coversBody, type Reference, references } from '../reference/signers.js'
import { type Original, original } from './deliveries.js'
import { type Built, build, type Form, pickForm } from './forms.js'
import { mutate, type Wire, wireOf } from './mutations.js'
import { changedSigned } from './oracle.js'
import { onEachEngine } from './batches.js'
import { Random } from './random.js'

export type Outcome =
  | { readonly kind: 'accepted'; readonly event: unknown }
  | { readonly kind: 'rejected'; readonly code: string; readonly status: number; readonly message: string }
  | { readonly kind: 'escaped'; readonly error: string }

/** How a verify settled; anything but an event or a WebhookVerificationError is an escape. */
export async function settle(promise: Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: 'accepted', event: await promise }
  } catch (error) {
    if (isWebhookVerificationError(error)) return { kind: 'rejected', code: error.code, status: error.status, message: error.message }
    return { kind: 'escaped', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
  }
}

export type FailureKind = 'escape' | 'disagreement' | 'forgery' | 'unexpected'

export interface Failure {
  readonly kind: FailureKind
  /** Everything needed to run it again: seed, index, provider, what was done. */
  readonly where: string
  readonly detail: string
}

export interface CorpusReport {
  readonly deliveries: number
  /** Verify calls: a delivery on each engine. */
  readonly verifies: number
  readonly accepted: number
  /** Of them, mutated deliveries (each carrying its signed bytes unchanged). */
  readonly acceptedMutated: number
  readonly byProvider: Record<string, { deliveries: number; accepted: number }>
  readonly byOutcome: Record<string, number>
  readonly byForm: Record<string, number>
  /** What was done to the mutated deliveries that were accepted. */
  readonly acceptedMutations: Record<string, number>
  readonly failures: Record<FailureKind, number>
  /** The first failures, in full. */
  readonly examples: Failure[]
}

const bump = (counts: Record<string, number>, key: string, by = 1): void => {
  counts[key] = (counts[key] ?? 0) + by
}

function label(outcome: Outcome): string {
  return outcome.kind === 'accepted' ? 'accepted' : outcome.kind === 'rejected' ? outcome.code : `escaped (${outcome.error})`
}

/** The generator of one delivery: seeded by the corpus seed and its index, so any one runs again alone. */
export function itemRandom(seed: number, index: number): Random {
  return new Random((Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0)
}

/**
 * What an accepted event must be: the signed body, parsed; or, for a string
 * body, the string as given (hashed as its UTF-8, which the oracle compares
 * with the signed bytes).
 */
function signedEvent(original: Original, wire: Wire, text: string | undefined): unknown {
  // Nothing is signed under a static credential: the event is the body received.
  const body = coversBody(original.reference) ? original.body : wire.body
  const read = text ?? new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
  return original.reference.form ? strictForm(read) : JSON.parse(read)
}

export interface CorpusOptions {
  readonly count: number
  readonly seed: number
  /** Which providers; default every provider in src/providers/. */
  readonly providers?: readonly Reference[]
  /** Called every so many deliveries, for progress. */
  readonly onProgress?: (done: number) => void
}

/** One delivery of the corpus, before it is verified. */
interface Item {
  readonly index: number
  readonly signed: Original
  readonly wire: Wire
  readonly mutations: readonly string[]
  readonly form: Form
}

function item(providers: readonly Reference[], seed: number, index: number): Item {
  const reference = providers[index % providers.length]!
  const random = itemRandom(seed, index)
  const signed = original(reference, random)
  const wire = wireOf(signed)
  const mutations = mutate(wire, reference, random)
  return { index, signed, wire, mutations, form: pickForm(wire, random) }
}

/** An item verified on the engine in use, and the form it took. */
async function verifyItem({ signed, wire, form }: Item): Promise<Outcome & Omit<Built, 'input'>> {
  const built = build(wire, form)
  const outcome = await settle(providerOf(signed.reference).verify(built.input, { ...signed.options }))
  const { input: _input, ...how } = built
  return { ...outcome, ...how }
}

export async function runCorpus({ count, seed, providers = references(), onProgress }: CorpusOptions): Promise<CorpusReport> {
  const report: CorpusReport = {
    deliveries: 0,
    verifies: 0,
    accepted: 0,
    acceptedMutated: 0,
    byProvider: Object.fromEntries(providers.map((reference) => [reference.provider, { deliveries: 0, accepted: 0 }])),
    byOutcome: {},
    byForm: {},
    acceptedMutations: {},
    failures: { escape: 0, disagreement: 0, forgery: 0, unexpected: 0 },
    examples: [],
  }
  const counts = report as { -readonly [K in keyof CorpusReport]: CorpusReport[K] }
  const check = ({ index, signed, wire, mutations }: Item, outcomes: readonly (Outcome & Omit<Built, 'input'>)[]): void => {
    const provider = signed.reference.provider
    const [first, second] = outcomes.map(
      ({ form: _form, text: _text, fetch: _fetch, failsAfter: _failsAfter, ...outcome }) => outcome as Outcome,
    ) as [Outcome, Outcome]
    const fail = (kind: FailureKind, detail: string): void => {
      report.failures[kind]++
      // A few, each short enough to read: an event can be a 70 KiB body.
      if (report.examples.length < 10) {
        const done = mutations.length ? mutations.join('; ') : 'unmutated'
        const short = detail.length > 600 ? `${detail.slice(0, 600)}…` : detail
        report.examples.push({ kind, where: `seed ${seed} #${index} ${provider} [${done}] (${outcomes[0]!.form})`, detail: short })
      }
    }
    counts.deliveries++
    counts.verifies += outcomes.length
    report.byProvider[provider]!.deliveries++
    bump(report.byOutcome, label(first))
    bump(report.byForm, outcomes[0]!.form)
    if (outcomes.some((outcome) => outcome.kind === 'escaped')) fail('escape', outcomes.map(label).join(' / '))
    else if (!isDeepStrictEqual(first, second)) fail('disagreement', `node: ${JSON.stringify(first)}; webcrypto: ${JSON.stringify(second)}`)
    if (first.kind === 'accepted') {
      counts.accepted++
      report.byProvider[provider]!.accepted++
      if (mutations.length) {
        counts.acceptedMutated++
        for (const mutation of mutations) bump(report.acceptedMutations, mutation)
      }
      const changed = changedSigned(signed, wire, outcomes[0]!.fetch)
      if (changed) fail('forgery', `accepted, but ${changed}`)
      else if (!isDeepStrictEqual(first.event, signedEvent(signed, wire, outcomes[0]!.text)))
        fail('forgery', 'accepted, but the event is not the signed body')
    }
    const expected = mutations.length === 0 ? signed.expected({ failsAfter: outcomes[0]!.failsAfter }) : undefined
    if (expected !== undefined && label(first) !== expected) fail('unexpected', `expected ${expected}, got ${label(first)}`)
  }

  await onEachEngine(
    count,
    64,
    (index) => item(providers, seed, index),
    verifyItem,
    (each, outcomes) => {
      check(each, outcomes)
      if (onProgress && (each.index + 1) % 10_000 === 0) onProgress(each.index + 1)
    },
  )
  return report
}

/** `DIFF_DELIVERIES` and `DIFF_SEED`, or the defaults given. */
export function corpusSettings(defaults: { readonly count: number; readonly seed: number }): {
  readonly count: number
  readonly seed: number
} {
  const read = (name: string, fallback: number): number => {
    const text = process.env[name]
    if (text === undefined || text === '') return fallback
    const value = Number(text)
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(text)}`)
    return value
  }
  return { count: read('DIFF_DELIVERIES', defaults.count), seed: read('DIFF_SEED', defaults.seed) }
}
