/**
 * The one list of providers (the files in src/providers/, read by
 * scripts/providers.mjs) and everything that must follow it: the written
 * files, the root export, the README, and what the tests need of each
 * provider, so that a new provider file fails here until it has all of it.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as hookproof from '../src/index.js'
import { describeProvider, expectedFiles, providerIds } from '../scripts/providers.mjs'
import { samplesOf } from './reference/samples.js'
import { referenceOf, timestampHeader } from './reference/signers.js'
import { readVectors } from './vectors/format.js'

const root = new URL('../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')
const ids = providerIds()

/**
 * The event names a provider knows, read off its definition's `events`
 * (what `isKnownEvent` answers from). A definition with an `eventField`
 * whose `events` this cannot read is an error, never an empty list.
 */
function knownEvents(id: string): readonly string[] {
  const source = read(`src/providers/${id}.ts`)
  if (!/^\s+eventField: /m.test(source)) return []
  const events = /^\s+events: \{([^}]*)\}/m.exec(source)
  if (!events) throw new Error(`src/providers/${id}.ts: no \`events: { … }\` found next to its eventField`)
  return [...events[1]!.matchAll(/'([^']+)': true|(\w+): true/g)].map((match) => match[1] ?? match[2]!)
}

type Namespace = { readonly verify?: unknown; readonly sign?: unknown; readonly isKnownEvent?: (event: unknown) => boolean }
const namespaceOf = (id: string): Namespace | undefined => (hookproof as unknown as Record<string, Namespace | undefined>)[id]

it('the list is not empty, and every id is a plain module name', () => {
  expect(ids.length).toBeGreaterThan(1)
  for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*$/)
})

describe('the files scripts/providers.mjs writes match src/providers/', () => {
  it.each(Object.entries(expectedFiles()))('%s', (path, content) => {
    // On failure: run `node scripts/providers.mjs` and commit the result.
    expect(read(path)).toBe(content)
  })
})

describe.each(ids)('provider %s', (id) => {
  it('has a namespace in the root export with verify and sign', () => {
    const namespace = namespaceOf(id)
    expect(namespace, `src/index.ts exports no ${id}`).toBeDefined()
    expect(typeof namespace!.verify).toBe('function')
    expect(typeof namespace!.sign).toBe('function')
  })

  it('has a reference signer in test/reference/signers.ts, sending the headers it declares', () => {
    const reference = referenceOf(id)
    expect(reference.provider).toBe(id)
    const { key, headers } = reference
    const sent = Object.keys(reference.deliver('{}', { key: key.keys[0], timestamp: '1736942400', event: 'x' }))
    const declared = [
      'Content-Type',
      reference.signature.header,
      timestampHeader(reference),
      ...(headers.signed ?? []),
      ...(headers.unsigned ?? []),
    ]
    expect(sent.sort()).toEqual([...new Set(declared.filter((name) => name !== undefined))].sort())
    if (headers.event) expect(headers.unsigned).toContain(headers.event)
  })

  it('has a vector file, test/vectors/<id>.json', () => {
    const file = readVectors(id)
    expect(file.provider).toBe(id)
    expect(file.vectors.length).toBeGreaterThan(0)
  })

  it('has a sample in test/reference/samples.ts for every event name it knows, and knows each sample', () => {
    const samples = samplesOf(id)
    const field = referenceOf(id).eventField
    const known = knownEvents(id)
    const isKnownEvent = namespaceOf(id)?.isKnownEvent
    if (known.length) {
      // The names read off the source are the ones isKnownEvent answers from.
      for (const name of known) expect(isKnownEvent?.({ [field!]: name }), `${id}: ${name}`).toBe(true)
      const sampled = new Set(samples.map((sample) => sample[field!]))
      expect(
        known.filter((name) => !sampled.has(name)),
        `${id} events without a sample`,
      ).toEqual([])
    }
    // That isKnownEvent knows each sample is checked in provider.test.ts, which reads no source.
  })

  it('has the name its definition gives in its reference (test/reference/signers.ts)', () => {
    expect(referenceOf(id).name).toBe(describeProvider(id).name)
  })

  it("is in README.md's provider table", () => {
    const rows = read('README.md')
      .split('\n')
      .filter((line) => line.startsWith('|') && line.includes(`\`hookproof/${id}\``))
    expect(rows, `README.md has no table row naming \`hookproof/${id}\``).not.toEqual([])
  })
})
