/**
 * The provider vectors (test/vectors/*.json, computed with each provider's
 * documented signing code) through hookproof's `verify`, in every input form a
 * framework hands over.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isWebhookVerificationError } from '../src/index.js'
import * as providers from '../src/index.js'
import { hmacEngine, setHmacEngine } from '../src/core/hmac.js'
import { engines, useEngine } from './engines.js'
import { formsFor } from './forms.js'
import { oracles } from './oracle.js'
import { samples } from './samples.js'
import { generate, vectorPath, type Vector, type VectorFile } from './vectors/generate.js'

const files = oracles.map((oracle) => ({
  oracle,
  file: JSON.parse(readFileSync(vectorPath(oracle.provider), 'utf8')) as VectorFile,
}))

describe.each(engines.flatMap((engine) => files.map((entry) => ({ engine, ...entry }))))('$oracle.provider vectors, $engine.name engine', ({ engine, oracle, file }) => {
  const provider = providers[oracle.provider]
  useEngine(engine)

  it('are what the provider\'s own signing code computes (test/vectors/generate.ts)', () => {
    expect(file).toEqual(generate(oracle))
  })

  it.each(file.vectors.map((vector) => [vector.name, vector] as const))('%s', async (_name, vector) => {
    const bytes = vector.bodyBase64 === undefined ? Buffer.from(vector.body ?? '', 'utf8') : Buffer.from(vector.bodyBase64, 'base64')
    const options = {
      secret: vector.secret,
      now: file.now,
      ...(vector.tolerance === undefined ? {} : { tolerance: vector.tolerance }),
    }
    const delivery = { headers: vector.headers, bytes, ...(vector.body === undefined ? {} : { text: vector.body }) }
    for (const form of formsFor(delivery)) {
      const outcome = await provider.verify(form.make(delivery), options).then(
        (event) => ({ event }),
        (error: unknown) => ({ error }),
      )
      const where = `${oracle.provider} / ${vector.name} / ${form.name}`
      if ('event' in vector.expect) {
        expect(outcome, where).toHaveProperty('event')
        const event = (outcome as { event: Record<string, unknown> }).event
        expect(event, where).toEqual({ ...JSON.parse(bytes.toString('utf8')), [oracle.eventField]: vector.expect.event })
      } else {
        expect(outcome, where).toHaveProperty('error')
        const error = (outcome as { error: unknown }).error
        expect(isWebhookVerificationError(error), `${where}: ${String(error)}`).toBe(true)
        expect((error as { code: string }).code, where).toBe(vector.expect.error)
      }
    }
  })
})

describe('coverage of the vectors', () => {
  it.each(files)('$oracle.provider reaches every error code its scheme can produce', ({ oracle, file }) => {
    const codes = new Set(file.vectors.flatMap((v) => ('error' in v.expect ? [v.expect.error] : [])))
    const expected = ['missing_signature', 'malformed_signature', 'signature_mismatch', 'invalid_payload']
    if (oracle.timestamp || oracle.provider === 'videopilot') {
      expected.push('missing_timestamp', 'malformed_timestamp', 'timestamp_too_old', 'timestamp_too_new')
    }
    expect([...codes].sort()).toEqual(expected.sort())
  })

  it.each(files)('$oracle.provider: every documented event verifies', ({ oracle, file }) => {
    const verified = new Set(file.vectors.flatMap((v) => ('event' in v.expect ? [v.expect.event] : [])))
    const documented = samples[oracle.provider].map((sample) => String((sample as unknown as Record<string, unknown>)[oracle.eventField]))
    expect(documented.length).toBeGreaterThan(1)
    for (const event of documented) expect(verified).toContain(event)
  })
})

describe('the two engines', () => {
  const original = hmacEngine()

  it('give identical outcomes (event or error code and message) for every vector', async () => {
    let compared = 0
    for (const { oracle, file } of files) {
      const provider = providers[oracle.provider]
      for (const vector of file.vectors) {
        const body = vector.bodyBase64 === undefined ? Buffer.from(vector.body ?? '', 'utf8') : Buffer.from(vector.bodyBase64, 'base64')
        const options = { secret: vector.secret, now: file.now, ...(vector.tolerance === undefined ? {} : { tolerance: vector.tolerance }) }
        const outcomes = []
        for (const engine of engines) {
          setHmacEngine(engine)
          outcomes.push(
            await provider.verify({ headers: vector.headers, body }, options).then(
              (event) => ({ event }),
              (error: { code?: string; message?: string }) => ({ code: error.code, message: error.message }),
            ),
          )
        }
        setHmacEngine(original)
        expect(outcomes[0], `${oracle.provider} / ${vector.name}`).toEqual(outcomes[1])
        compared++
      }
    }
    expect(compared).toBe(files.reduce((n, { file }) => n + file.vectors.length, 0))
  })
})
