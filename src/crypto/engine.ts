/**
 * The one interface every cryptographic primitive goes through. Everything
 * around it (parsing, rules, errors) is one code path on every runtime; only
 * an engine differs. Two implement it: node:crypto (`node.ts`, synchronous,
 * where the runtime hands it over) and Web Crypto (`web.ts`, everywhere).
 * `select.ts` picks one, in one place; tests swap that one object.
 *
 * An engine may answer synchronously or with a promise: the pipeline stays
 * synchronous when it can, so a verify on node:crypto costs one promise.
 */
import type { Part } from '../encoding/utf8.js'

/** A signing secret: text (used as its UTF-8 bytes, exactly as the provider shows it) or raw bytes. */
export type Secret = string | Uint8Array

/** The hash functions an engine offers for HMAC and digests. */
export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-512'

/** The bytes each hash produces. */
export const HASH_BYTES: Readonly<Record<HashName, number>> = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-512': 64 }

/** The bytes of an Ed25519 public key (and of the seed of a private one). */
export const ED25519_KEY_BYTES = 32
/** The bytes of an Ed25519 signature. */
export const ED25519_SIGNATURE_BYTES = 64

/** @internal The primitives, on one runtime's crypto. */
export interface CryptoEngine {
  readonly name: 'node' | 'webcrypto'
  /** The HMAC of the parts, fed in order, under `secret`. */
  hmac(hash: HashName, secret: Secret, parts: readonly Part[]): Uint8Array | Promise<Uint8Array>
  /**
   * Whether any of `expected` is the HMAC of the parts, compared in constant
   * time; one of another length is no match.
   */
  verifyHmac(hash: HashName, secret: Secret, parts: readonly Part[], expected: readonly Uint8Array[]): boolean | Promise<boolean>
  /** The digest of the parts, fed in order. */
  digest(hash: HashName, parts: readonly Part[]): Uint8Array | Promise<Uint8Array>
  /**
   * Whether `signature` is the Ed25519 signature of `data` under the 32-byte
   * `publicKey`. A key of another length, that is not a curve point, is of
   * small order or is not canonically encoded (`ed25519-key.ts`), or a
   * signature of another length, is `false`, never an exception.
   */
  verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): boolean | Promise<boolean>
}
