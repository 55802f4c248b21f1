import { defineConfig } from 'vitest/config'

// The suite Stryker runs against each mutant of src/providers/ (npm run
// mutation:providers). A provider file is a definition read at import, so
// every mutant of it is static and runs this whole suite: these four files
// check every definition field a delivery depends on (the vectors), the
// lists read off the sources (providers), isKnownEvent and idempotencyKey
// (provider, and the exact keys in credential, jwt and by-key-option), and
// the messages that name a provider. About 4 s a run.
export default defineConfig({
  test: {
    include: [
      'test/vectors.test.ts',
      'test/providers.test.ts',
      'test/provider.test.ts',
      'test/messages.test.ts',
      'test/credential.test.ts',
      'test/jwt.test.ts',
      'test/by-key-option.test.ts',
    ],
    setupFiles: ['test/setup/quiet.ts'],
  },
})
