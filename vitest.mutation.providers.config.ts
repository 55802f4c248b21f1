import { defineConfig } from 'vitest/config'

// The suite Stryker runs against each mutant of src/providers/ (the
// providers batch of npm run mutation). A provider file is a definition read
// at import, so most of its mutants are static and run this whole suite:
// these files check every definition field a delivery depends on (the
// vectors), isKnownEvent and idempotencyKey (provider, idempotency-keys, and
// the exact keys in credential, jwt and by-key-option), the messages that
// name a provider, and the helpers some providers export (Kie's taskIdOf,
// Pub/Sub's and Gemini's token checks, SNS's confirmSubscription). About 8 s
// a run. Not test/providers.test.ts: it reads src/ as text, which
// in Stryker's sandbox is the instrumented source.
export default defineConfig({
  test: {
    include: [
      'test/load.test.ts',
      'test/vectors.test.ts',
      'test/provider.test.ts',
      'test/messages.test.ts',
      'test/credential.test.ts',
      'test/jwt.test.ts',
      'test/by-key-option.test.ts',
      'test/idempotency-keys.test.ts',
      'test/signed-field.test.ts',
      'test/jwt-jwks.test.ts',
      'test/sns.test.ts',
    ],
    setupFiles: ['test/setup/quiet.ts'],
  },
})
