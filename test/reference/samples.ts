/**
 * One documented-shape body per event of every provider, from the shapes and
 * examples in the providers' docs, type-checked against the event types
 * hookproof exports: a type that disagrees with the docs fails to compile.
 * They are the command line's samples (src/testing/samples.ts), shared.
 */
import { sampleLists as samples } from '../../src/testing/samples.js'

export { samples }

/** The samples of a provider; a provider without any is an error that says where they go. */
export function samplesOf(provider: string): readonly Record<string, unknown>[] {
  const list = Object.hasOwn(samples, provider) ? (samples as Record<string, readonly object[]>)[provider] : undefined
  if (!list?.length)
    throw new Error(`provider ${provider} has no samples in test/reference/samples.ts: add one documented body per event it knows`)
  return list as readonly Record<string, unknown>[]
}
