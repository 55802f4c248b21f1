// @ts-check
/**
 * Stryker over src/, one batch of folders a run (`npm run mutation -- <batch>`,
 * scripts/mutation.mjs). All of src/ is a few hours on two cores, so each
 * batch keeps its own report and incremental file under .cache/mutation/: a
 * rerun tests only the mutants whose code or covering tests changed, and
 * `node scripts/mutation.mjs --report` adds the batches up, file by file.
 *
 * Left out, by name, with the reason:
 * - src/cli.ts and the cli/ modules only the command's entry imports
 *   (explain, providers, registry): they run in a child process on the
 *   built dist/cli.js (test/cli*.test.ts), never on the mutated source.
 * - src/testing/samples.ts: example payloads, one object literal per event
 *   (1,943 mutants, a fifth of src/). A sample's values are arbitrary by
 *   design (any string is a valid `task_id`), so nearly every mutant of one
 *   is equivalent. What a sample must get right, its shape and its event
 *   name, is checked by the type tests and by test/testing.test.ts (every
 *   known event has a sample, every sample verifies).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */

import { batches } from './scripts/mutation-batches.mjs'

const name = process.env.MUTATION_BATCH ?? ''
const batch = batches[/** @type {keyof typeof batches} */ (name)]
if (batch === undefined) {
  throw new TypeError(`MUTATION_BATCH must be one of ${Object.keys(batches).join(', ')}: run npm run mutation -- <batch>`)
}

export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  testRunner: 'vitest',
  // Every file of the suite runs for a static mutant, not only those that
  // import the mutated file: test/load.test.ts imports src/ dynamically.
  vitest: { configFile: batch.vitest ?? 'vitest.mutation.config.ts', related: false },
  mutate: batch.mutate,
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `.cache/mutation/${name}.json` },
  incremental: true,
  incrementalFile: `.cache/mutation/${name}.incremental.json`,
  tempDirName: '.cache/stryker-tmp',
  concurrency: 2,
  timeoutMS: 20000,
  // vitest strips types without checking them, so the // @ts-nocheck that
  // Stryker would write into every file is not needed, and it would break
  // the test comparing src/cli/providers.ts with what scripts/providers.mjs writes.
  disableTypeChecks: false,
  ignoreStatic: false,
  thresholds: { high: 95, low: 90, break: 90 },
}
