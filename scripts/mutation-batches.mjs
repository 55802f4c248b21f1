// @ts-check
/**
 * The batches of mutation testing (stryker.config.mjs, scripts/mutation.mjs):
 * together they mutate all of src/ but for the files stryker.config.mjs
 * leaves out, by name, with the reason.
 */

/** Each batch: the folders it mutates and the suite that runs against them. */
export const batches = {
  // A provider file is a definition read at import: nearly all its mutants
  // are static, so each runs a suite of the files that read definitions
  // back (about 7 s), not the whole suite.
  providers: { mutate: ['src/providers/**/*.ts'], vitest: 'vitest.mutation.providers.config.ts' },
  crypto: { mutate: ['src/crypto/**/*.ts'] },
  parsing: { mutate: ['src/encoding/**/*.ts', 'src/http/**/*.ts', 'src/time/**/*.ts', 'src/*.ts', '!src/cli.ts', '!src/index.ts'] },
  schemes: { mutate: ['src/schemes/**/*.ts'] },
  pipeline: { mutate: ['src/pipeline/**/*.ts', 'src/index.ts'] },
  receive: {
    mutate: ['src/adapters/**/*.ts', 'src/frameworks/**/*.ts', 'src/once/**/*.ts', 'src/receive/**/*.ts', 'src/stores/**/*.ts'],
  },
  tools: {
    mutate: [
      'src/diagnose/**/*.ts',
      'src/testing/**/*.ts',
      '!src/testing/samples.ts',
      'src/tools/**/*.ts',
      'src/cli/**/*.ts',
      '!src/cli/explain.ts',
      '!src/cli/providers.ts',
      '!src/cli/registry.ts',
    ],
  },
}
