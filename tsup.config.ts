import { defineConfig, type Options } from 'tsup'
import { webCryptoOnly } from './scripts/web-crypto-only.mjs'

const entry: Options['entry'] = {
  index: 'src/index.ts',
  eversince: 'src/providers/eversince.ts',
  magichour: 'src/providers/magichour.ts',
  videopilot: 'src/providers/videopilot.ts',
  adsumo: 'src/providers/adsumo.ts',
  removebgvideo: 'src/providers/removebgvideo.ts',
  elevenlabs: 'src/providers/elevenlabs.ts',
  fal: 'src/providers/fal.ts',
  mux: 'src/providers/mux.ts',
  openrouter: 'src/providers/openrouter.ts',
  replicate: 'src/providers/replicate.ts',
  standardwebhooks: 'src/providers/standardwebhooks.ts',
  synthesia: 'src/providers/synthesia.ts',
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
