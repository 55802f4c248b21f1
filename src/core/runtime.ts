/**
 * What the runtime offers for crypto: `node:crypto` handed over synchronously
 * by `process.getBuiltinModule` (Node >= 20.16, Bun, Deno, workerd with
 * nodejs_compat), and Web Crypto everywhere. Every primitive (HMAC, Ed25519,
 * SHA-256) picks between the two by the same switch.
 */

/** The parts of node:crypto hookproof uses; each primitive checks for its own. */
export interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: object): { update(data: string | Uint8Array): unknown; digest(): Uint8Array }
  createSecretKey(key: Uint8Array): object
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean
  createHash(algorithm: 'sha256'): { update(data: string | Uint8Array): unknown; digest(): Uint8Array }
  createPublicKey(key: { key: object; format: 'jwk' }): object
  verify(algorithm: null, data: Uint8Array, key: object, signature: Uint8Array): boolean
}

// Asked for at run time, never imported: a bundler for the edge or the browser
// never sees node:crypto.
function builtin(): Partial<NodeCrypto> | undefined {
  try {
    const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    return process?.getBuiltinModule?.('node:crypto') as Partial<NodeCrypto> | undefined
  } catch {
    return undefined
  }
}

const available = builtin()

/**
 * @internal node:crypto when the runtime hands it over with every function
 * named (a partial polyfill falls back to Web Crypto), else `undefined`.
 */
export function nodeCrypto<Name extends keyof NodeCrypto>(...names: Name[]): Pick<NodeCrypto, Name> | undefined {
  return names.every((name) => typeof available?.[name] === 'function') ? (available as Pick<NodeCrypto, Name>) : undefined
}

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
