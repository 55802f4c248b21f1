/**
 * Every bug webhook verifiers have shipped (test/vectors/regressions.json),
 * on both engines and in every input form.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as hookproof from '../src/index.js'
import { isWebhookVerificationError, type WebhookInput } from '../src/index.js'
import { engines, useEngine } from './engines.js'
import { formsFor } from './forms.js'
import { generateRegressions, type Regression } from './reference/regressions.js'
import { referenceOf } from './reference/signers.js'
import { NOW, vectorPath } from './vectors/format.js'

const file = JSON.parse(readFileSync(vectorPath('regressions'), 'utf8')) as { now: number; vectors: Regression[] }
type Verify = (input: WebhookInput, options: hookproof.VerifyOptions) => Promise<Record<string, unknown>>

function inputs(vector: Regression): { name: string; input: () => WebhookInput }[] {
  if (vector.bodyView) {
    const { base64, offset, length } = vector.bodyView
    const view = (): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64')).subarray(offset, offset + length)
    return [
      { name: 'Uint8Array view', input: () => ({ headers: vector.headers, body: view() }) },
      {
        name: 'Buffer view',
        input: () => ({
          headers: new Headers(vector.headers),
          body: Buffer.from(Buffer.from(base64, 'base64')).subarray(offset, offset + length),
        }),
      },
    ]
  }
  const delivery = {
    headers: vector.headers,
    bytes: Buffer.from(vector.body ?? '', 'utf8'),
    ...(vector.body === undefined ? {} : { text: vector.body }),
  }
  return formsFor(delivery)
    .filter((form) => !vector.plainHeadersOnly || !/Fetch|Request/.test(form.name))
    .map((form) => ({ name: form.name, input: () => form.make(delivery) }))
}

it("the regression vectors are what the providers' reference signers compute", () => {
  expect(file).toEqual({ now: NOW, vectors: generateRegressions() })
})

describe.each(engines)('regressions, $name engine', (engine) => {
  useEngine(engine)

  it.each(file.vectors.map((v) => [v.name, v] as const))('%s', async (_name, vector) => {
    const verify = (hookproof as unknown as Record<string, { verify: Verify }>)[vector.provider]!.verify
    const options = { secret: vector.secret!, now: file.now }
    for (const { name, input } of inputs(vector)) {
      const outcome = await verify(input(), options).then(
        (event) => ({ event }),
        (error: unknown) => ({ error }),
      )
      const where = `${vector.name} [${name}] (${vector.bug})`
      if ('event' in vector.expect) {
        expect(outcome, where).toHaveProperty('event')
        expect((outcome as { event: Record<string, unknown> }).event[referenceOf(vector.provider).eventField!], where).toBe(
          vector.expect.event,
        )
      } else {
        const error = (outcome as { error?: unknown }).error
        expect(isWebhookVerificationError(error), `${where}: ${String(error)}`).toBe(true)
        expect((error as { code: string }).code, where).toBe(vector.expect.error)
      }
    }
  })
})

describe('caller-side regressions', () => {
  it('a secret pasted with a trailing newline is a TypeError that says so (stripe/stripe-node #1980)', async () => {
    const delivery = await hookproof.adsumo.sign(JSON.stringify({ event: 'generation.completed' }), { secret: 's3cret' })
    await expect(hookproof.adsumo.verify(delivery, { secret: 's3cret\n' })).rejects.toThrow(/whitespace/)
    await expect(hookproof.adsumo.verify(delivery, { secret: 's3cret\n' })).rejects.toBeInstanceOf(TypeError)
  })

  it('a Uint8Array body and a Fetch Headers object are read (svix #977, #978)', async () => {
    const delivery = await hookproof.adsumo.sign(JSON.stringify({ event: 'generation.failed' }), { secret: 's3cret' })
    const event = await hookproof.adsumo.verify(
      { headers: new Headers(delivery.headers), body: new TextEncoder().encode(delivery.body) },
      { secret: 's3cret' },
    )
    expect(event.event).toBe('generation.failed')
  })
})
