import { defineConfig } from 'vitest/config'

// The suite Stryker runs against each mutant of src/: everything but the demo,
// which exercises the built package (dist/), not the mutated source.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/demo.test.ts'],
  },
})
