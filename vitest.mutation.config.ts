import { defineConfig } from 'vitest/config'

// The suite Stryker runs against each mutant of src/. Left out: the tests
// that run only the built package or the built command line in a child
// process (dist/, never the mutated source), the README compile check, and
// test/providers.test.ts, which reads src/ as text (in Stryker's sandbox,
// the instrumented source).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/demo.test.ts',
      'test/cli.test.ts',
      'test/cli-hostile.test.ts',
      'test/cli-providers.test.ts',
      'test/cli-secrets.test.ts',
      'test/examples.test.ts',
      'test/readme.test.ts',
      'test/providers.test.ts',
    ],
    setupFiles: ['test/setup/quiet.ts'],
    // Each mutant loaded at import time runs the whole suite: a tenth of the
    // random runs keeps that to seconds. \`npm test\` runs them all.
    env: { PROPERTY_RUNS: '30', DIFF_DELIVERIES: '2000' },
  },
})
