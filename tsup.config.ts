import { defineConfig, type Options } from 'tsup'
import { adapterModules, providerIds } from './scripts/providers.mjs'
import { webCryptoOnly } from './scripts/web-crypto-only.mjs'

// One entry per provider (every file in src/providers/), per framework
// adapter (src/frameworks/) and per store (src/stores/); scripts/providers.mjs
// keeps package.json's exports in step with the same lists.
const entry: Options['entry'] = {
  index: 'src/index.ts',
  ...Object.fromEntries(providerIds().map((id) => [id, `src/providers/${id}.ts`])),
  ...Object.fromEntries(adapterModules().map(({ id, path }) => [id, path])),
}

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    // One shared chunk for core, in both formats, so the root and every subpath
    // see the same WebhookVerificationError class.
    splitting: true,
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    // Everything but the browser build, which cleans its own folder.
    clean: ['!browser/**'],
  },
  {
    entry,
    outDir: 'dist/browser',
    format: ['esm'],
    splitting: true,
    target: 'es2022',
    platform: 'browser',
    esbuildPlugins: [webCryptoOnly],
    clean: true,
  },
  {
    // The command line imports the package itself ('hookproof'), like any user.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'node',
    external: ['hookproof'],
    tsconfig: 'tsconfig.cli.json',
  },
])
