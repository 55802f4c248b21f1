/**
 * Both HMAC engines, for suites that must pass on each: the synchronous
 * node:crypto one and Web Crypto. `useEngine` flips the internal switch for
 * the duration of a describe block.
 */
import { afterAll, beforeAll } from 'vitest'
import { hmacEngine, nodeCryptoEngine, setHmacEngine, webCryptoEngine, type HmacEngine } from '../src/core/hmac.js'

if (!nodeCryptoEngine) throw new Error('this Node has no process.getBuiltinModule: the node:crypto engine cannot be tested')

export const engines: readonly HmacEngine[] = [nodeCryptoEngine, webCryptoEngine]

export function useEngine(engine: HmacEngine): void {
  let previous: HmacEngine
  beforeAll(() => {
    previous = hmacEngine()
    setHmacEngine(engine)
  })
  afterAll(() => {
    setHmacEngine(previous)
  })
}
