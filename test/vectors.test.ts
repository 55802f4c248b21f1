/**
 * The provider vectors (test/vectors/*.json, computed with each provider's
 * documented signing code) through hookproof's `verify`, in every input form a
 * framework hands over, on both engines.
 */
import { describe, expect, it } from 'vitest'
import { isWebhookVerificationError } from '../src/index.js'
import * as providers from '../src/index.js'
import { engine as hmacEngine, setEngine as setHmacEngine } from './engines.js'
import { engines, useEngine } from './engines.js'
import { formsFor } from './forms.js'
import { generate } from './reference/generate.js'
import { samplesOf } from './reference/samples.js'
import { strictForm } from './reference/twilio.js'
import { references, type Reference } from './reference/signers.js'
import { readVectors, type Vector, type VectorFile } from './vectors/format.js'

const TIMESTAMP_CODES = ['missing_timestamp', 'malformed_timestamp', 'timestamp_too_old', 'timestamp_too_new']
const BASE_CODES = ['missing_signature', 'malformed_signature', 'signature_mismatch', 'invalid_payload']

interface Entry {
  readonly provider: string
  readonly file: VectorFile
  readonly eventField: string | undefined
  /** The file as the provider's reference signer computes it now. */
  regenerate(): VectorFile
  /** The error codes the provider's scheme can produce. */
  readonly codes: readonly string[]
  readonly events: readonly string[]
}

/** The codes a reference's scheme can produce: a timestamp signed but never read as a time can only be missing. */
function codesOf({ timestamp, bodyTimestamp, signature }: Reference): readonly string[] {
  if (timestamp && !timestamp.tolerance) return [...BASE_CODES, 'missing_timestamp']
  // A token carries its time in claims it requires: malformed without them, never missing.
  if (signature.encoding === 'jwt') return [...BASE_CODES, 'timestamp_too_old', 'timestamp_too_new']
  return timestamp || bodyTimestamp ? [...BASE_CODES, ...TIMESTAMP_CODES] : BASE_CODES
}

const entries: readonly Entry[] = references().map((reference) => ({
  provider: reference.provider,
  file: readVectors(reference.provider),
  eventField: reference.eventField,
  regenerate: () => generate(reference),
  codes: codesOf(reference),
  events: samplesOf(reference.provider).map((sample) => (reference.eventField ? String(sample[reference.eventField]) : 'object')),
}))

/** The verify options of a vector. */
function optionsOf(vector: Vector, file: VectorFile): Record<string, unknown> {
  return {
    ...(vector.secret === undefined ? {} : { secret: vector.secret }),
    ...vector.options,
    now: file.now,
    ...(vector.tolerance === undefined ? {} : { tolerance: vector.tolerance }),
  }
}

type Verify = (input: unknown, options: Record<string, unknown>) => Promise<Record<string, unknown>>
const verifyOf = (provider: string): Verify => (providers as unknown as Record<string, { verify: Verify }>)[provider]!.verify

describe.each(engines.flatMap((engine) => entries.map((entry) => ({ engine, ...entry }))))(
  '$provider vectors, $engine.name engine',
  (entry) => {
    const { engine, provider, file, eventField } = entry
    const verify = verifyOf(provider)
    useEngine(engine)

    it("are what the provider's reference signer computes (test/reference/generate.ts)", () => {
      expect(file).toEqual(entry.regenerate())
    })

    it.each(file.vectors.map((vector) => [vector.name, vector] as const))('%s', async (_name, vector) => {
      const bytes = vector.bodyBase64 === undefined ? Buffer.from(vector.body ?? '', 'utf8') : Buffer.from(vector.bodyBase64, 'base64')
      const options = optionsOf(vector, file)
      const delivery = { headers: vector.headers, bytes, ...(vector.body === undefined ? {} : { text: vector.body }) }
      for (const form of formsFor(delivery)) {
        const outcome = await verify(form.make(delivery), options).then(
          (event) => ({ event }),
          (error: unknown) => ({ error }),
        )
        const where = `${provider} / ${vector.name} / ${form.name}`
        if ('event' in vector.expect) {
          expect(outcome, where).toHaveProperty('event')
          const event = (outcome as { event: Record<string, unknown> }).event
          const text = bytes.toString('utf8')
          const sent = file.bodyFormat === 'form' ? strictForm(text)! : (JSON.parse(text) as Record<string, unknown>)
          expect(event, where).toEqual(eventField && vector.expect.event !== null ? { ...sent, [eventField]: vector.expect.event } : sent)
        } else {
          expect(outcome, where).toHaveProperty('error')
          const error = (outcome as { error: unknown }).error
          expect(isWebhookVerificationError(error), `${where}: ${String(error)}`).toBe(true)
          expect((error as { code: string }).code, where).toBe(vector.expect.error)
        }
      }
    })
  },
)

describe('coverage of the vectors', () => {
  it.each(entries)('$provider reaches every error code its scheme can produce', ({ file, codes }) => {
    const reached = new Set(file.vectors.flatMap((v) => ('error' in v.expect ? [v.expect.error] : [])))
    expect([...reached].sort()).toEqual([...codes].sort())
  })

  it.each(entries)('$provider: every documented event verifies', ({ file, events }) => {
    const verified = new Set(file.vectors.flatMap((v) => ('event' in v.expect ? [v.expect.event] : [])))
    expect(events.length).toBeGreaterThan(1)
    for (const event of events) expect(verified).toContain(event)
  })
})

describe('the two engines', () => {
  const original = hmacEngine()

  it('give identical outcomes (event or error code and message) for every vector', async () => {
    let compared = 0
    for (const { provider, file } of entries) {
      const verify = verifyOf(provider)
      for (const vector of file.vectors) {
        const body = vector.bodyBase64 === undefined ? Buffer.from(vector.body ?? '', 'utf8') : Buffer.from(vector.bodyBase64, 'base64')
        const outcomes = []
        for (const engine of engines) {
          setHmacEngine(engine)
          outcomes.push(
            await verify({ headers: vector.headers, body }, optionsOf(vector, file)).then(
              (event) => ({ event }),
              (error: { code?: string; message?: string }) => ({ code: error.code, message: error.message }),
            ),
          )
        }
        setHmacEngine(original)
        expect(outcomes[0], `${provider} / ${vector.name}`).toEqual(outcomes[1])
        compared++
      }
    }
    expect(compared).toBe(entries.reduce((n, { file }) => n + file.vectors.length, 0))
  })
})
