/**
 * The Ed25519 public keys refused before any verification (small order, or
 * not canonically encoded), checked against the curve itself: a small
 * Edwards-curve implementation on BigInt (RFC 8032 §5.1), written here from
 * the RFC and independent of the code under test, derives the eight points
 * of small order and the non-canonical encodings; node:crypto gives random
 * genuine keys, which must all pass.
 */
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ed25519KeyFlaw, isUsableEd25519Key } from '../src/crypto/ed25519-key.js'

// libsodium's blocklist, copied from ge25519_has_small_order
// (src/libsodium/crypto_core/ed25519/ref10/ed25519_ref10.c), its byte arrays
// written as hex, in its order; it compares them with the sign bit masked.
const LIBSODIUM_BLOCKLIST = [
  '0000000000000000000000000000000000000000000000000000000000000000', // 0 (order 4)
  '0100000000000000000000000000000000000000000000000000000000000000', // 1 (order 1)
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // p - 1 (order 2)
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // p (= 0, order 4)
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // p + 1 (= 1, order 1)
]

// --- Ed25519 on BigInt, from RFC 8032 §5.1 --------------------------------

const P = 2n ** 255n - 19n
/** The order of the base point's subgroup. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n
const mod = (a: bigint): bigint => ((a % P) + P) % P
function power(base: bigint, exponent: bigint): bigint {
  let result = 1n
  let b = mod(base)
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P
    b = (b * b) % P
  }
  return result
}
const inverse = (a: bigint): bigint => power(a, P - 2n)
const D = mod(-121665n * inverse(121666n))
const SQRT_M1 = power(2n, (P - 1n) / 4n)

/** Extended coordinates (X, Y, Z, T), x = X/Z, y = Y/Z, xy = T/Z. */
type Point = readonly [bigint, bigint, bigint, bigint]
const IDENTITY: Point = [0n, 1n, 1n, 0n]

// RFC 8032 §5.1.4, add-2008-hwcd-3: complete, so it doubles too.
function add([x1, y1, z1, t1]: Point, [x2, y2, z2, t2]: Point): Point {
  const a = mod((y1 - x1) * (y2 - x2))
  const b = mod((y1 + x1) * (y2 + x2))
  const c = mod(t1 * 2n * D * t2)
  const d = mod(z1 * 2n * z2)
  const [e, f, g, h] = [b - a, d - c, d + c, b + a]
  return [mod(e * f), mod(g * h), mod(f * g), mod(e * h)]
}

function times(point: Point, scalar: bigint): Point {
  let result = IDENTITY
  let addend = point
  for (let k = scalar; k > 0n; k >>= 1n) {
    if (k & 1n) result = add(result, addend)
    addend = add(addend, addend)
  }
  return result
}

const isIdentity = ([x, y, z]: Point): boolean => mod(x) === 0n && mod(y - z) === 0n

function littleEndian(value: bigint): Uint8Array {
  const out = new Uint8Array(32)
  for (let i = 0, v = value; i < 32; i++, v >>= 8n) out[i] = Number(v & 0xffn)
  return out
}

function encode([x, y, z]: Point): Uint8Array {
  const zInverse = inverse(z)
  const out = littleEndian(mod(y * zInverse))
  out[31]! |= Number(mod(x * zInverse) & 1n) << 7
  return out
}

/**
 * RFC 8032 §5.1.3, except that `y` may be p or more (reduced): the point an
 * implementation that reduces y would read. `undefined` when not on the curve.
 */
function decode(bytes: Uint8Array): Point | undefined {
  let raw = 0n
  for (let i = 31; i >= 0; i--) raw = (raw << 8n) | BigInt(bytes[i]!)
  const sign = raw >> 255n
  const y = mod(raw & (2n ** 255n - 1n))
  const u = mod(y * y - 1n)
  const v = mod(D * y * y + 1n)
  let x = mod(u * power(v, 3n) * power(u * power(v, 7n), (P - 5n) / 8n))
  if (mod(v * x * x - u) !== 0n) {
    if (mod(v * x * x + u) !== 0n) return undefined
    x = mod(x * SQRT_M1)
  }
  if (x === 0n && sign === 1n) return undefined
  if ((x & 1n) !== sign) x = P - x
  return [x, y, 1n, mod(x * y)]
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')
const masked = (bytes: Uint8Array): string => hex(Uint8Array.from(bytes, (byte, i) => (i === 31 ? byte & 0x7f : byte)))
const withSign = (bytes: Uint8Array, bit: number): Uint8Array =>
  Uint8Array.from(bytes, (byte, i) => (i === 31 ? (byte & 0x7f) | (bit << 7) : byte))

/** The eight points of small order, found as [ℓ]Q for points Q of the curve (whose torsion parts cover all eight). */
function smallOrderPoints(): Map<string, Point> {
  const found = new Map<string, Point>()
  for (let candidate = 2n; found.size < 8 && candidate < 1000n; candidate++) {
    for (const sign of [0, 1]) {
      const q = decode(withSign(littleEndian(candidate), sign))
      if (!q) continue
      const torsion = times(q, L)
      found.set(hex(encode(torsion)), torsion)
    }
  }
  return found
}

// -----------------------------------------------------------------------------

describe('the Ed25519 keys refused', () => {
  const points = smallOrderPoints()
  const smallOrderY = new Set([...points.values()].map(([, y, z]) => mod(y * inverse(z))))

  it('the curve implementation here is sound: [ℓ]B is the identity, B encodes as RFC 8032 says', () => {
    const base = decode(littleEndian(mod(4n * inverse(5n))))!
    expect(hex(encode(base))).toBe('5866666666666666666666666666666666666666666666666666666666666666')
    expect(isIdentity(times(base, L))).toBe(true)
    expect(isIdentity(times(base, L - 1n))).toBe(false)
  })

  it('there are exactly eight points of small order, and eight times each is the identity', () => {
    expect(points.size).toBe(8)
    for (const point of points.values()) expect(isIdentity(times(point, 8n))).toBe(true)
  })

  it("libsodium's blocklist is every such point with its sign bit masked, and the non-canonical spellings of their y below 19", () => {
    const derived = new Set<string>()
    for (const point of points.values()) {
      const encoding = encode(point)
      derived.add(masked(encoding))
      // y + p still fits in 255 bits only for y < 19: the non-canonical spelling of the same point.
      let y = 0n
      for (let i = 30; i >= 0; i--) y = (y << 8n) | BigInt(encoding[i]!)
      y = (y | (BigInt(encoding[31]! & 0x7f) << 248n)) + P
      if (y < 2n ** 255n) derived.add(hex(littleEndian(y)))
    }
    expect(new Set(LIBSODIUM_BLOCKLIST)).toEqual(derived)
    for (const encoding of LIBSODIUM_BLOCKLIST) {
      const point = decode(Buffer.from(encoding, 'hex'))!
      expect(point).toBeDefined()
      expect(isIdentity(times(point, 8n))).toBe(true)
      // Refused as hookproof reads it, whichever the sign bit.
      for (const sign of [0, 1]) expect(ed25519KeyFlaw(withSign(Buffer.from(encoding, 'hex'), sign)), encoding).toBe('small order')
    }
  })

  it('every encoding of a point of small order is refused as one, whichever its sign bit', () => {
    for (const point of points.values()) {
      for (const sign of [0, 1]) expect(ed25519KeyFlaw(withSign(encode(point), sign)), hex(encode(point))).toBe('small order')
    }
  })

  it('every y of 2^255 - 19 or more is refused, with either sign bit; 2^255 - 20 and below are not refused for their spelling', () => {
    for (let y = P; y < 2n ** 255n; y++) {
      for (const sign of [0, 1]) {
        const key = withSign(littleEndian(y), sign)
        // p and p + 1 spell 0 and 1, the y of points of small order; the others are only spelled wrong.
        expect(ed25519KeyFlaw(key), `y = p + ${y - P}`).toBe(smallOrderY.has(mod(y)) ? 'small order' : 'non-canonical')
        expect(isUsableEd25519Key(key)).toBe(false)
      }
    }
    for (const y of [P - 1n, P - 2n, P - 20n, 2n ** 254n]) {
      expect(ed25519KeyFlaw(littleEndian(y))).toBe(smallOrderY.has(y) ? 'small order' : undefined)
    }
  })

  it('random genuine keys from node:crypto are usable', () => {
    for (let i = 0; i < 200; i++) {
      const { x } = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' })
      const key = new Uint8Array(Buffer.from(x!, 'base64url'))
      expect(ed25519KeyFlaw(key), x).toBeUndefined()
      expect(isUsableEd25519Key(key)).toBe(true)
    }
  })

  it('a key of another length is not usable, and is not the flaw check’s business', () => {
    for (const length of [0, 31, 33]) {
      expect(ed25519KeyFlaw(new Uint8Array(length))).toBeUndefined()
      expect(isUsableEd25519Key(new Uint8Array(length))).toBe(false)
    }
  })
})
