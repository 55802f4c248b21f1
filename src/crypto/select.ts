/**
 * The one place the engine is chosen: node:crypto where the runtime hands it
 * over, Web Crypto everywhere else. Every primitive asks {@link engine}.
 */
import type { CryptoEngine } from './engine.js'
import { nodeCryptoEngine } from './node.js'
import { webCryptoEngine } from './web.js'

// Internal, for tests and benchmarks only: setting
// globalThis[Symbol.for('hookproof.engine')] = 'webcrypto' before hookproof
// loads makes that copy use Web Crypto even where node:crypto is available.
const forced = (globalThis as Record<symbol, unknown>)[Symbol.for('hookproof.engine')] === 'webcrypto'

let current: CryptoEngine = (!forced && nodeCryptoEngine) || webCryptoEngine

/** @internal The engine in use. */
export function engine(): CryptoEngine {
  return current
}

/** @internal Swaps the engine, for tests that run the same vectors through each one. */
export function setEngine(next: CryptoEngine): void {
  current = next
}
