/**
 * The node:crypto side of every primitive (HMAC-SHA256, SHA-256, Ed25519
 * verification), where the runtime hands node:crypto over synchronously:
 * `process.getBuiltinModule` in Node >= 20.16, Bun, Deno and workerd with
 * nodejs_compat. Everything else (parsing, rules, errors, Web Crypto) is the
 * same code on every runtime.
 *
 * The browser build swaps this module for `node-crypto.browser.ts`, which has
 * none of it: no browser hands out node:crypto, so its bundles carry only
 * the Web Crypto side.
 */
import { encodeBase64, toBytes, type Part } from './encoding.js'
import type { HmacEngine, Secret } from './hmac.js'
import { KeyCache } from './key-cache.js'

/** The parts of node:crypto hookproof uses; each primitive checks for its own. */
export interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: object): { update(data: string | Uint8Array): unknown; digest(): Uint8Array; digest(encoding: 'latin1'): string }
  createSecretKey(key: Uint8Array): object
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

/** A Buffer as a plain Uint8Array over the same memory, so both engines answer alike. */
function plain(digest: Uint8Array): Uint8Array {
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength)
}

// ------------------------------------------------------------ HMAC-SHA256

function hmacEngine(crypto: Pick<NodeCrypto, 'createHmac' | 'createSecretKey'>): HmacEngine {
  const keys = new KeyCache((secret) => crypto.createSecretKey(toBytes(secret)))
  const started = (secret: Secret, parts: readonly Part[]) => {
    // The parts are fed in turn: `<timestamp>.<body>` costs no copy of the body,
    // and a string body is encoded once, inside the hash.
    const hmac = crypto.createHmac('sha256', keys.get(secret))
    for (const part of parts) hmac.update(part)
    return hmac
  }
  return {
    name: 'node',
    mac: (secret, parts) => plain(started(secret, parts).digest()),
    verify(secret, parts, expected) {
      // One MAC, however many signatures a header carries. Read as a latin1
      // string (one character per byte): on Node 20 the Buffer a bare
      // digest() allocates costs about 1 µs, a quarter of a 1 KiB verify.
      const actual = started(secret, parts).digest('latin1')
      let match = false
      for (const candidate of expected) {
        if (equalBytes(actual, candidate)) match = true
      }
      return match
    },
  }
}

/**
 * Whether `bytes` holds the characters of the latin1 string `mac`, in time
 * that depends on their lengths only: every byte is compared, and the
 * differences are OR-ed together, with no branch on their values.
 */
function equalBytes(mac: string, bytes: Uint8Array): boolean {
  if (bytes.length !== mac.length) return false
  let difference = 0
  for (let i = 0; i < bytes.length; i++) difference |= mac.charCodeAt(i) ^ bytes[i]!
  return difference === 0
}

const hmac = nodeCrypto('createHmac', 'createSecretKey')

/** @internal The synchronous node:crypto HMAC engine, where the runtime has one. */
export const nodeCryptoEngine: HmacEngine | undefined = hmac && hmacEngine(hmac)

// ----------------------------------------------------------------- SHA-256

const hash = nodeCrypto('createHash')

/** @internal SHA-256 of the parts, fed in order, where the runtime has node:crypto. */
export const nodeSha256: ((parts: readonly Part[]) => Uint8Array) | undefined =
  hash &&
  ((parts) => {
    const digest = hash.createHash('sha256')
    for (const part of parts) digest.update(part)
    return plain(digest.digest())
  })

// ----------------------------------------------------------------- Ed25519

const ed25519 = nodeCrypto('createPublicKey', 'verify')

function ed25519Verifier(crypto: Pick<NodeCrypto, 'createPublicKey' | 'verify'>): (publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array) => boolean {
  const keys = new KeyCache((raw) => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64(raw as Uint8Array, true) }, format: 'jwk' }))
  return (publicKey, signature, data) => {
    try {
      return crypto.verify(null, data, keys.get(publicKey), signature)
    } catch {
      // A key that is not a curve point, or a signature node:crypto refuses.
      return false
    }
  }
}

/** @internal Whether `signature` is the Ed25519 signature of `data` under the 32-byte `publicKey`, where the runtime has node:crypto. */
export const nodeEd25519Verify: ((publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array) => boolean) | undefined =
  ed25519 && ed25519Verifier(ed25519)
