/**
 * HMAC (RFC 2104) and plain digests over node:crypto's one-shot `hash`, for
 * the small content a webhook signs:
 *
 *     HMAC(K, m) = H((K' ⊕ opad) ‖ H((K' ⊕ ipad) ‖ m))
 *
 * where K' is the key zero-padded to the hash's block (a longer key is
 * hashed first). For a 1 KiB delivery on Node 20 this is about a sixth
 * faster than `createHmac`, whose stream object, key import and state
 * checks cost as much as hashing the kilobyte twice over; `npm run bench`
 * shows it. The padded keys are prepared once per secret (the key cache),
 * and the content is encoded straight into one scratch buffer after the
 * inner pad, so a delivery costs two hash calls and no allocation but the
 * digests. A plain digest (a keyed digest's, a body hash) skips
 * `createHash` the same way. Larger content is left to the streaming
 * objects.
 */
import { toBytes, utf8Into, type Part } from '../encoding/utf8.js'
import { HASH_BYTES, type HashName, type Secret } from './engine.js'
import { KeyCache } from './key-cache.js'

/** node:crypto's `hash` (Node >= 20.12), as used here. */
export type OneShotHash = {
  (algorithm: string, data: Uint8Array, outputEncoding: 'buffer'): Uint8Array
  (algorithm: string, data: Uint8Array, outputEncoding: 'latin1'): string
}

const BLOCK_BYTES: Readonly<Record<HashName, number>> = { 'SHA-1': 64, 'SHA-256': 64, 'SHA-512': 128 }

/**
 * The most content, counted as a string's worst case of three UTF-8 bytes per
 * code unit, hashed through the scratch buffer; beyond it, streaming costs
 * no more than the copy it saves.
 */
export const ONE_SHOT_CONTENT_BYTES: number = 48 * 1024

interface PaddedKey {
  /** K' ⊕ ipad. */
  readonly inner: Uint8Array
  /** K' ⊕ opad, then room for the inner digest: the outer hash's whole input. */
  readonly outer: Uint8Array
}

/**
 * @internal The HMAC of `parts` as one of the hash's encodings, or
 * `undefined` when the content is too large for the scratch buffer (the
 * caller streams it instead).
 */
export interface OneShotHmac {
  (hash: HashName, secret: Secret, parts: readonly Part[], encoding: 'buffer'): Uint8Array | undefined
  (hash: HashName, secret: Secret, parts: readonly Part[], encoding: 'latin1'): string | undefined
}

/** @internal The digest of `parts`, or `undefined` when the content is too large for the scratch buffer. */
export type OneShotDigest = (hash: HashName, parts: readonly Part[]) => Uint8Array | undefined

/** @internal HMAC and digest over one scratch buffer. */
export interface OneShot {
  readonly hmac: OneShotHmac
  readonly digest: OneShotDigest
}

/** The scratch buffer's room for content. */
function room(parts: readonly Part[]): number {
  let bytes = 0
  for (const part of parts) bytes += typeof part === 'string' ? part.length * 3 : part.byteLength
  return bytes
}

/** @internal */
export function oneShot(hashOnce: OneShotHash, names: Readonly<Record<HashName, string>>): OneShot {
  const keys = new Map<HashName, KeyCache<PaddedKey>>()
  let scratch: Uint8Array | undefined

  function padded(hash: HashName): KeyCache<PaddedKey> {
    let cache = keys.get(hash)
    if (cache === undefined) {
      const block = BLOCK_BYTES[hash]
      cache = new KeyCache((secret) => {
        let key = toBytes(secret)
        if (key.length > block) key = hashOnce(names[hash], key, 'buffer')
        const inner = new Uint8Array(block)
        const outer = new Uint8Array(block + HASH_BYTES[hash])
        for (let i = 0; i < block; i++) {
          const byte = key[i] ?? 0
          inner[i] = byte ^ 0x36
          outer[i] = byte ^ 0x5c
        }
        return { inner, outer }
      })
      keys.set(hash, cache)
    }
    return cache
  }

  /** Writes `parts` after `start` bytes of the scratch buffer; returns the end. */
  function fill(parts: readonly Part[], start: number): number {
    scratch ??= new Uint8Array(BLOCK_BYTES['SHA-512'] + ONE_SHOT_CONTENT_BYTES)
    let length = start
    for (const part of parts) {
      if (typeof part === 'string') length += utf8Into(part, scratch.subarray(length))
      else {
        scratch.set(part, length)
        length += part.byteLength
      }
    }
    return length
  }

  function hmac(hash: HashName, secret: Secret, parts: readonly Part[], encoding: 'buffer' | 'latin1'): Uint8Array | string | undefined {
    if (room(parts) > ONE_SHOT_CONTENT_BYTES) return undefined
    const key = padded(hash).get(secret)
    const block = key.inner.length
    const length = fill(parts, block)
    scratch!.set(key.inner)
    const name = names[hash]
    key.outer.set(hashOnce(name, scratch!.subarray(0, length), 'buffer'), block)
    // The inner pad is the key: it does not outlive the call outside the cache.
    scratch!.fill(0, 0, length)
    return encoding === 'buffer' ? hashOnce(name, key.outer, 'buffer') : hashOnce(name, key.outer, 'latin1')
  }

  function digest(hash: HashName, parts: readonly Part[]): Uint8Array | undefined {
    if (room(parts) > ONE_SHOT_CONTENT_BYTES) return undefined
    const length = fill(parts, 0)
    const result = hashOnce(names[hash], scratch!.subarray(0, length), 'buffer')
    // A keyed digest's content ends with its secret.
    scratch!.fill(0, 0, length)
    return result
  }

  return { hmac: hmac as OneShotHmac, digest }
}
