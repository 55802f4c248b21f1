/**
 * The one engine interface, on both engines: every hash for HMAC and digests,
 * Ed25519 verification, one answer from each, checked against node:crypto
 * called directly.
 */
import { createHash, createHmac, createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { HashName } from '../src/crypto/engine.js'
import { ONE_SHOT_CONTENT_BYTES } from '../src/crypto/one-shot.js'
import type { Part } from '../src/encoding/utf8.js'
import { hmacSha256, hmacSha256Hex, verifyHmacSha256 } from '../src/index.js'
import { engine as currentEngine, engines, setEngine } from './engines.js'

const HASHES: readonly [HashName, string][] = [
  ['SHA-1', 'sha1'],
  ['SHA-256', 'sha256'],
  ['SHA-512', 'sha512'],
]
const body = '{"event":"render.done","note":"caf\u00e9 \u2705"}'
const bytes = new Uint8Array([0x7b, 0xff, 0x00, 0x7d])

// Content either side of the one-shot limit (ONE_SHOT_CONTENT_BYTES, a string
// counted at three bytes per code unit), text that is not ASCII or not
// well-formed: the one-shot and streaming paths must agree on all of it.
const oneShotText = 'x'.repeat(ONE_SHOT_CONTENT_BYTES / 3)
const ONE_SHOT_CONTENTS: readonly Part[][] = [
  [''],
  ['1700000000.', body],
  [bytes, 'caf\u00e9', bytes],
  // A lone surrogate: both paths encode it as U+FFFD, as createHmac does.
  ['\ud800', 'a\udfff'],
  // A surrogate pair split between two parts: each part is its own UTF-8, two U+FFFD, never one character.
  ['a\ud83d', '\ude00b'],
  [oneShotText],
  [oneShotText, 'y'],
  [new Uint8Array(ONE_SHOT_CONTENT_BYTES)],
  [new Uint8Array(ONE_SHOT_CONTENT_BYTES + 1)],
  [`${'\u00e9'.repeat(ONE_SHOT_CONTENT_BYTES / 3)}`],
]

describe.each(engines)('the $name engine', (engine) => {
  it.each(HASHES)('HMAC-%s of text and bytes parts is what node:crypto computes', async (hash, nodeName) => {
    for (const secret of ['k', 'whsec_0123456789', new Uint8Array([1, 2, 3, 0, 255])]) {
      const expected = createHmac(nodeName, secret).update('1700000000.').update(body).update(bytes).digest()
      const mac = await engine.hmac(hash, secret, ['1700000000.', body, bytes])
      expect(Buffer.from(mac).equals(expected)).toBe(true)
      expect(await engine.verifyHmac(hash, secret, ['1700000000.', body, bytes], [expected])).toBe(true)
    }
  })

  it.each(HASHES)('HMAC-%s verification refuses a flipped bit, another length and another key', async (hash, nodeName) => {
    const expected = createHmac(nodeName, 'k').update(body).digest()
    const flipped = Uint8Array.from(expected)
    flipped[flipped.length - 1]! ^= 1
    expect(await engine.verifyHmac(hash, 'k', [body], [flipped])).toBe(false)
    expect(await engine.verifyHmac(hash, 'k', [body], [expected.subarray(0, expected.length - 1)])).toBe(false)
    expect(await engine.verifyHmac(hash, 'other', [body], [expected])).toBe(false)
    // Any one of several may match.
    expect(await engine.verifyHmac(hash, 'k', [body], [flipped, expected])).toBe(true)
  })

  // node:crypto hashes content up to ONE_SHOT_CONTENT_BYTES (a string counted
  // at three bytes per code unit) through its one-shot path and streams the
  // rest: keys either side of each hash's block, content either side of the
  // limit, text that is not ASCII or not well-formed, all as createHmac says.
  it.each(HASHES)('HMAC-%s is what createHmac computes for every key length and content size', async (hash, nodeName) => {
    const block = hash === 'SHA-512' ? 128 : 64
    const keys = [1, block - 1, block, block + 1, 2 * block + 3].map((length) => {
      const key = new Uint8Array(length)
      for (let i = 0; i < length; i++) key[i] = (i * 131 + length) & 255
      return key
    })
    for (const key of [...keys, 'whsec_text_key', '\u00e9'.repeat(block)]) {
      for (const parts of ONE_SHOT_CONTENTS) {
        const expected = createHmac(nodeName, key)
        for (const part of parts) expected.update(part)
        const mac = expected.digest()
        expect(Buffer.from(await engine.hmac(hash, key, parts)).equals(mac)).toBe(true)
        expect(await engine.verifyHmac(hash, key, parts, [mac])).toBe(true)
      }
    }
  })

  it('HMAC keys of different hashes and secrets do not mix, however they alternate', async () => {
    for (let round = 0; round < 3; round++) {
      for (const [hash, nodeName] of HASHES) {
        for (const key of ['a', 'b', new Uint8Array([97])]) {
          const mac = createHmac(nodeName, key).update(body).digest()
          expect(Buffer.from(await engine.hmac(hash, key, [body])).equals(mac)).toBe(true)
        }
      }
    }
  })

  it.each(HASHES)('%s digest of the parts is what node:crypto computes', async (hash, nodeName) => {
    const expected = createHash(nodeName).update(body).update(bytes).digest()
    expect(Buffer.from(await engine.digest(hash, [body, bytes])).equals(expected)).toBe(true)
  })

  // The one-shot digest shares the HMAC's scratch buffer and its limit: content
  // either side of it, text that is not ASCII or not well-formed, and a digest
  // right after an HMAC (no pad left in the buffer).
  it.each(HASHES)('%s digest is what createHash computes for every content size', async (hash, nodeName) => {
    for (const parts of ONE_SHOT_CONTENTS) {
      await engine.hmac(hash, 'k'.repeat(200), [body])
      const expected = createHash(nodeName)
      for (const part of parts) expected.update(part)
      expect(Buffer.from(await engine.digest(hash, parts)).equals(expected.digest())).toBe(true)
    }
  })

  it('answers false for an Ed25519 key of another length, as the contract says, on both engines', async () => {
    expect(await engine.verifyEd25519(new Uint8Array(31), new Uint8Array(64), new Uint8Array(1))).toBe(false)
    expect(await engine.verifyEd25519(new Uint8Array(33), new Uint8Array(64), new Uint8Array(1))).toBe(false)
  })

  // Keys of small order: under each, node:crypto itself (called directly)
  // accepts the forgery `01` + `00`×63 (R the identity, S = 0) for some
  // messages (the identity for all); the engine refuses every one.
  it.each([
    ['the identity', '01' + '00'.repeat(31)],
    ['the identity with the sign bit set', '01' + '00'.repeat(30) + '80'],
    ['the all-zero key (order 4)', '00'.repeat(32)],
    ['the identity, non-canonical (y = p + 1)', 'ee' + 'ff'.repeat(30) + '7f'],
    ['y = p, non-canonical 0 (order 4)', 'ed' + 'ff'.repeat(30) + '7f'],
    ['y = p - 1 (order 2)', 'ec' + 'ff'.repeat(30) + '7f'],
    ['an order-8 point', 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a'],
  ])('answers false for a key of small order, %s, where node:crypto accepts a forgery', async (_name, hex) => {
    const signature = new Uint8Array(64)
    signature[0] = 1
    const raw = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' })
    const forged = Array.from({ length: 32 }, (_, i) => new TextEncoder().encode(`message ${i}`)).filter((message) =>
      nodeVerify(null, message, raw, signature),
    )
    expect(forged.length).toBeGreaterThan(0)
    const key = new Uint8Array(Buffer.from(hex, 'hex'))
    for (const message of forged) expect(await engine.verifyEd25519(key, signature, message)).toBe(false)
  })

  it('verifies Ed25519 as node:crypto signs it, and refuses what is not a signature', async () => {
    const seed = Buffer.alloc(32, 9)
    const privateKey = createPrivateKey({
      key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
      format: 'der',
      type: 'pkcs8',
    })
    const publicKey = new Uint8Array(createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(12))
    const data = new TextEncoder().encode(body)
    const signature = new Uint8Array(nodeSign(null, data, privateKey))
    expect(await engine.verifyEd25519(publicKey, signature, data)).toBe(true)
    const forged = Uint8Array.from(signature)
    forged[0]! ^= 0x80
    expect(await engine.verifyEd25519(publicKey, forged, data)).toBe(false)
    expect(await engine.verifyEd25519(publicKey, signature.subarray(1), data)).toBe(false)
    // 32 bytes that are not a point on the curve: no key, no exception.
    expect(await engine.verifyEd25519(new Uint8Array(32).fill(0xff), signature, data)).toBe(false)
  })
})

describe('the public HMAC primitives', () => {
  // node:crypto takes an empty key and Web Crypto refuses it: the primitives refuse it on both.
  it.each(engines)('refuse an empty or missing secret with a TypeError on the $name engine', async (engine) => {
    const previous = currentEngine()
    setEngine(engine)
    try {
      await expect(hmacSha256('', 'x')).rejects.toThrow(/^hookproof: the secret must be a non-empty string or Uint8Array/)
      await expect(hmacSha256Hex(new Uint8Array(0), 'x')).rejects.toThrow(TypeError)
      await expect(verifyHmacSha256(undefined as unknown as string, new Uint8Array(32), 'x')).rejects.toThrow(TypeError)
    } finally {
      setEngine(previous)
    }
  })
})
