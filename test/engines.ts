/**
 * Both crypto engines, for suites that must pass on each: the synchronous
 * node:crypto one and Web Crypto. `useEngine` swaps the one engine object
 * for the duration of a describe block.
 */
import { afterAll, beforeAll } from 'vitest'
import type { CryptoEngine } from '../src/crypto/engine.js'
import { nodeCryptoEngine } from '../src/crypto/node.js'
import { engine, setEngine } from '../src/crypto/select.js'
import { webCryptoEngine } from '../src/crypto/web.js'

if (!nodeCryptoEngine) throw new Error('this Node has no process.getBuiltinModule: the node:crypto engine cannot be tested')

export const engines: readonly CryptoEngine[] = [nodeCryptoEngine, webCryptoEngine]
export { engine, setEngine, webCryptoEngine }

export function useEngine(next: CryptoEngine): void {
  let previous: CryptoEngine
  beforeAll(() => {
    previous = engine()
    setEngine(next)
  })
  afterAll(() => {
    setEngine(previous)
  })
}
