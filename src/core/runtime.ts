/**
 * The one switch between node:crypto (`node-crypto.ts`, where the runtime
 * has it) and Web Crypto, which every primitive (HMAC, Ed25519, SHA-256)
 * follows, and Web Crypto's `subtle`.
 */

// Internal, for tests and benchmarks only: setting
// globalThis[Symbol.for('hookproof.engine')] = 'webcrypto' before hookproof
// loads makes that copy use Web Crypto even where node:crypto is available.
const forced = (globalThis as Record<symbol, unknown>)[Symbol.for('hookproof.engine')] === 'webcrypto'

let preferNode = !forced

/** @internal Whether primitives use node:crypto where they find it (false: Web Crypto only). */
export function usesNodeCrypto(): boolean {
  return preferNode
}

/** @internal Flips the switch, for tests that run the same vectors on each engine. */
export function setUsesNodeCrypto(value: boolean): void {
  preferNode = value
}

/** Web Crypto's `subtle`, or a `TypeError` that says where to find it. */
export function subtle(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle
  if (!subtle) {
    throw new TypeError(
      'hookproof: Web Crypto (globalThis.crypto.subtle) is not available in this runtime. Node >= 20, Deno, Bun, Cloudflare Workers, edge runtimes and browsers (in a secure context) have it.',
    )
  }
  return subtle
}
