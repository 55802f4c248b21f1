/**
 * Which 32-byte Ed25519 public keys are refused before any verification.
 *
 * A point of small order (the identity, or one of the other seven points of
 * order 2, 4 or 8) makes the verification equation hold for signatures that
 * need no private key: under the identity, `01` + `00`×63 (R the identity,
 * S = 0) verifies for every message, on node:crypto and on Web Crypto alike,
 * and the all-zero key (order 4) accepts a quarter of all messages with it.
 * No key pair has such a public key (a private key's public key has the
 * prime order ℓ), so refusing them costs no genuine sender anything.
 *
 * A non-canonical encoding (the y coordinate, the 255 low bits little-endian,
 * is p = 2^255 − 19 or more) is refused too: RFC 8032 §5.1.3 says decoding
 * fails, and implementations that reduce y instead read it as another key.
 */
import { copyBytes } from '../encoding/bytes.js'
import { toHex } from '../encoding/hex.js'
import { ED25519_KEY_BYTES } from './engine.js'

/** Why a 32-byte Ed25519 public key is refused. */
export type Ed25519KeyFlaw = 'small order' | 'non-canonical'

// libsodium's blocklist of the eight points of small order, compared with
// the sign bit of x (bit 255) masked: ge25519_has_small_order in
// src/libsodium/crypto_core/ed25519/ref10/ed25519_ref10.c, whose
// crypto_sign/ed25519/ref10/open.c refuses such a key before verifying. Its
// seven entries, as lowercase hex of the 32 bytes: y = 0 (order 4) and
// y = 1 (the identity); y = p − 1 (order 2) and the non-canonical p and
// p + 1 (0 and 1 again, listed so that the identity spelled p + 1 is named
// for what it does); and the two y of the four points of order 8. The eight
// points have five y coordinates, x and −x sharing one.
const SMALL_ORDER =
  /^(?:0[01]0{62}|e[c-e]f{60}7f|26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05|c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a)$/
// y, the 255 low bits read little-endian, is p = 2^255 − 19 (`ed ff … ff 7f`) or more.
const NOT_CANONICAL = /^(?:e[d-f]|f.)f{60}7f$/

/**
 * What is wrong with the 32-byte Ed25519 public key `key`, or `undefined`
 * when nothing is: a point of small order (named first: it is what lets a
 * forgery verify), or a non-canonical encoding. A key of another length is
 * not this check's business (`undefined`).
 */
export function ed25519KeyFlaw(key: Uint8Array): Ed25519KeyFlaw | undefined {
  if (key.length !== ED25519_KEY_BYTES) return undefined
  const masked = copyBytes(key)
  masked[31]! &= 0x7f
  const hex = toHex(masked)
  return SMALL_ORDER.test(hex) ? 'small order' : NOT_CANONICAL.test(hex) ? 'non-canonical' : undefined
}

/** Whether `key` is an Ed25519 public key to verify with: 32 bytes, canonical, not of small order. */
export function isUsableEd25519Key(key: Uint8Array): boolean {
  return key.length === ED25519_KEY_BYTES && ed25519KeyFlaw(key) === undefined
}

/** What a flaw means, for messages: "… is an Ed25519 public key <this>". */
export function describeEd25519KeyFlaw(flaw: Ed25519KeyFlaw): string {
  return flaw === 'small order'
    ? 'of small order, which verifies forged signatures without any private key'
    : 'that is not canonically encoded (its y coordinate is 2^255 - 19 or more), which implementations read differently'
}
