import { defineConfig } from 'vitest/config'

// The suite Stryker runs against each mutant of src/. Left out: the tests of
// the built package and the command line (they run dist/, not the mutated
// source) and the README compile check.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/demo.test.ts', 'test/cli.test.ts', 'test/examples.test.ts', 'test/readme.test.ts'],
  },
})
