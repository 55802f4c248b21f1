/**
 * Every primitive on node:crypto, where the runtime hands it over
 * synchronously: `process.getBuiltinModule` in Node >= 20.16, Bun, Deno and
 * workerd with nodejs_compat. Synchronous answers keep a verify at one
 * promise.
 *
 * The browser build swaps this module for `node.browser.ts`, which has none
 * of it: no browser hands out node:crypto, so its bundles carry only the Web
 * Crypto side.
 */
import { encodeBase64 } from '../encoding/base64.js'
import { toBytes, type Part } from '../encoding/utf8.js'
import { isUsableEd25519Key } from './ed25519-key.js'
import type { CryptoEngine, HashName, Secret } from './engine.js'
import { KeyCache } from './key-cache.js'
import { type OneShotHash, oneShot as oneShotHashing } from './one-shot.js'
import { webCryptoEngine } from './web.js'

type NodeHash = 'sha1' | 'sha256' | 'sha512'

interface Hash {
  update(data: string | Uint8Array): unknown
  digest(): Uint8Array
  digest(encoding: 'latin1'): string
}

/** The parts of node:crypto hookproof uses. */
interface NodeCrypto {
  createHmac(algorithm: NodeHash, key: object): Hash
  createSecretKey(key: Uint8Array): object
  createHash(algorithm: NodeHash): Hash
  createPublicKey(key: { key: object; format: 'jwk' }): object
  verify(algorithm: null, data: Uint8Array, key: object, signature: Uint8Array): boolean
  hash: OneShotHash
}

const NODE_HASH: Readonly<Record<HashName, NodeHash>> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-512': 'sha512' }

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

function has<Name extends keyof NodeCrypto>(crypto: Partial<NodeCrypto> | undefined, ...names: Name[]): crypto is Pick<NodeCrypto, Name> {
  return names.every((name) => typeof crypto?.[name] === 'function')
}

/** A Buffer as a plain Uint8Array over the same memory, so both engines answer alike. */
function plain(digest: Uint8Array): Uint8Array {
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength)
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

function fed(hash: Hash, parts: readonly Part[]): Hash {
  // The parts are fed in turn: `<timestamp>.<body>` costs no copy of the body,
  // and a string body is encoded once, inside the hash.
  for (const part of parts) hash.update(part)
  return hash
}

function nodeEngine(crypto: Pick<NodeCrypto, 'createHmac' | 'createSecretKey' | 'createHash'> & Partial<NodeCrypto>): CryptoEngine {
  // A KeyObject is not bound to a hash: one cache serves them all.
  const secretKeys = new KeyCache((secret: Secret) => crypto.createSecretKey(toBytes(secret)))
  const streamed = (hash: HashName, secret: Secret, parts: readonly Part[]) =>
    fed(crypto.createHmac(NODE_HASH[hash], secretKeys.get(secret)), parts)
  // Where node:crypto has the one-shot hash (Node >= 20.12), small content
  // skips createHmac's stream object; the rest streams.
  const oneShot = has(crypto, 'hash') ? oneShotHashing(crypto.hash, NODE_HASH) : undefined

  let verifyEd25519 = webCryptoEngine.verifyEd25519
  // A partial polyfill without Ed25519 verification leaves that one primitive on Web Crypto.
  if (has(crypto, 'createPublicKey', 'verify')) {
    // A degenerate key is cached as null: refused once, when it is first read.
    const publicKeys = new KeyCache((raw) =>
      isUsableEd25519Key(raw as Uint8Array)
        ? crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64(raw as Uint8Array, true) }, format: 'jwk' })
        : null,
    )
    verifyEd25519 = (publicKey, signature, data) => {
      try {
        const key = publicKeys.get(publicKey)
        return key !== null && crypto.verify(null, data, key, signature)
      } catch {
        // A key that is not a curve point, or a signature node:crypto refuses.
        return false
      }
    }
  }

  return {
    name: 'node',
    hmac: (hash, secret, parts) => plain(oneShot?.hmac(hash, secret, parts, 'buffer') ?? streamed(hash, secret, parts).digest()),
    verifyHmac(hash, secret, parts, expected) {
      // One MAC, however many signatures a header carries. Read as a latin1
      // string (one character per byte): on Node 20 the Buffer a bare
      // digest() allocates costs about 1 µs, a quarter of a 1 KiB verify.
      const actual = oneShot?.hmac(hash, secret, parts, 'latin1') ?? streamed(hash, secret, parts).digest('latin1')
      let match = false
      for (const candidate of expected) {
        if (equalBytes(actual, candidate)) match = true
      }
      return match
    },
    digest: (hash, parts) => plain(oneShot?.digest(hash, parts) ?? fed(crypto.createHash(NODE_HASH[hash]), parts).digest()),
    verifyEd25519,
  }
}

const available = builtin()

/**
 * @internal The node:crypto engine, where the runtime hands over node:crypto
 * with HMAC and hashing (a partial polyfill falls back to Web Crypto), else
 * `undefined`.
 */
export const nodeCryptoEngine: CryptoEngine | undefined = has(available, 'createHmac', 'createSecretKey', 'createHash')
  ? nodeEngine(available)
  : undefined
