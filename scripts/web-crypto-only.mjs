// The browser build's one difference from the other: `crypto/node.ts`
// swapped for its stand-in, which has no node:crypto side. Browsers never hand
// out node:crypto, so their bundles carry only the Web Crypto side. An esbuild
// plugin, used by tsup.config.ts for dist/browser and by scripts/size.mjs for
// its breakdown of the same bundle from the sources.
import { fileURLToPath } from 'node:url'

const standIn = fileURLToPath(new URL('../src/crypto/node.browser.ts', import.meta.url))

export const webCryptoOnly = {
  name: 'web-crypto-only',
  setup(build) {
    build.onResolve({ filter: /^\.\/node\.js$/ }, () => ({ path: standIn }))
  },
}
