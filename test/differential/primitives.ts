/**
 * The public primitives (hmacSha256, hmacSha256Hex, verifyHmacSha256,
 * verifyEd25519) on random keys, MACs, signatures and messages: both engines
 * must give the same answer, and it must be node:crypto's, called directly.
 * The inputs reach for the edges: secrets longer than a hash block, empty or
 * of lone surrogates; content on either side of the 48 KiB where node:crypto's
 * HMAC stops hashing in one shot; Ed25519 keys of small order, not canonical
 * or not on the curve, signatures with S past the group order.
 */
import { createHmac, createPublicKey, sign as ed25519Sign, verify as ed25519Verify } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { hmacSha256, hmacSha256Hex, verifyEd25519, verifyHmacSha256 } from '../../src/index.js'
import { ed25519Key } from '../reference/signers.js'
import { onEachEngine } from './batches.js'
import { Random } from './random.js'

type Part = string | Uint8Array
type Answer = { readonly value: unknown } | { readonly threw: string }

const PRIMITIVES = ['hmacSha256', 'hmacSha256Hex', 'verifyHmacSha256', 'verifyEd25519'] as const
export type Primitive = (typeof PRIMITIVES)[number]

export interface PrimitivesReport {
  readonly cases: number
  readonly byPrimitive: Record<Primitive, number>
  /** How many answers were true, of the verify primitives' cases. */
  readonly verified: number
  readonly failures: number
  readonly examples: string[]
}

const TEXT = ['a', 'é', '𝄞', '\ud800', '\udfff', '\0', ' ', '日', 'whsec_', '=']

function text(random: Random, length: number): string {
  let out = ''
  // Long text repeats a random stretch: the size is what matters there.
  while (out.length < Math.min(length, 256)) out += random.chance(0.7) ? String.fromCharCode(random.between(32, 126)) : random.pick(TEXT)
  return out.repeat(Math.ceil(length / Math.max(1, out.length))).slice(0, length)
}

function bytes(random: Random, length: number): Uint8Array {
  const data = random.bytes(length + 8)
  // Sometimes a view at an offset into a larger buffer.
  return random.chance(0.3) ? data.subarray(3, 3 + length) : data.slice(0, length)
}

function secret(random: Random): unknown {
  return random.weighted<() => unknown>([
    [4, () => text(random, random.between(1, 40))],
    [1, () => text(random, random.between(60, 200))],
    [3, () => bytes(random, random.between(1, 64))],
    [1, () => bytes(random, random.between(65, 300))],
    [0.3, () => random.pick(['', new Uint8Array(0)])],
  ])()
}

const ONE_SHOT = 48 * 1024

function parts(random: Random): Part[] {
  const size = random.weighted<() => number>([
    [10, () => random.between(0, 200)],
    [1, () => random.between(ONE_SHOT - 64, ONE_SHOT + 64)],
    // Text whose worst case (three bytes a character) passes the bound while its bytes do not.
    [0.5, () => random.between(ONE_SHOT / 3 - 16, ONE_SHOT / 3 + 16)],
  ])()
  const count = random.between(0, 4)
  return Array.from({ length: count }, () => {
    const length = Math.floor(size / count)
    return random.chance(0.5) ? text(random, length) : bytes(random, length)
  })
}

const utf8 = (part: Part): Buffer => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))
const joined = (all: readonly Part[]): Buffer => Buffer.concat(all.map(utf8))

/** node:crypto's HMAC, or the TypeError hookproof documents for a secret that is empty or not one. */
function expectedMac(key: unknown, all: readonly Part[]): Buffer | 'TypeError' {
  if (!((typeof key === 'string' || key instanceof Uint8Array) && key.length > 0)) return 'TypeError'
  return createHmac('sha256', utf8(key)).update(joined(all)).digest()
}

// Ed25519 public keys a sender of keys could hand over: of small order (RFC 8032
// §5.1.7 lets a verifier accept them), not canonically encoded (y >= p, the
// sign bit aside), or merely odd. verifyEd25519 documents the first two as
// false: under the identity, R the identity and S = 0 verifies any message.
const HOSTILE_KEYS: readonly { readonly key: Buffer; readonly degenerate: boolean }[] = [
  ['0100000000000000000000000000000000000000000000000000000000000000', true], // the identity
  ['ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', true], // order 2
  ['0000000000000000000000000000000000000000000000000000000000000000', true], // order 4
  ['0000000000000000000000000000000000000000000000000000000000000080', true], // order 4, the other x
  ['26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', true], // order 8
  ['c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', true], // order 8
  ['eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', true], // p + 1: the identity, not canonical
  ['edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', true], // p, the sign bit set: not canonical
  ['0200000000000000000000000000000000000000000000000000000000000000', false], // y = 2
].map(([hex, degenerate]) => ({ key: Buffer.from(hex as string, 'hex'), degenerate: degenerate as boolean }))

// The group order L, little-endian: S + L verifies nowhere that checks S < L.
const ORDER = Buffer.from('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010', 'hex')

function addOrder(signature: Buffer): Buffer {
  const out = Buffer.from(signature)
  let carry = 0
  for (let i = 0; i < 32; i++) {
    const sum = out[32 + i]! + ORDER[i]! + carry
    out[32 + i] = sum & 255
    carry = sum >> 8
  }
  return out
}

const SEEDS = ['primitive ed25519 seed number 1!', 'primitive ed25519 seed number 2!'].map((s) => Buffer.from(s))
const PUBLIC_KEYS = SEEDS.map((seed) => Buffer.from(createPublicKey(ed25519Key(seed)).export({ format: 'jwk' }).x!, 'base64url'))

/**
 * node:crypto's answer, called directly: false for a key it cannot import,
 * and false for a degenerate key, which hookproof refuses even where
 * node:crypto (as RFC 8032 allows) verifies a signature under it.
 */
function expectedEd25519(publicKey: Uint8Array, signature: Uint8Array, data: Buffer): boolean {
  if (publicKey.length !== 32) return false
  if (HOSTILE_KEYS.some(({ key, degenerate }) => degenerate && key.equals(publicKey))) return false
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') }, format: 'jwk' })
    return ed25519Verify(null, data, key, signature)
  } catch {
    return false
  }
}

/** One case: the call, and what node:crypto says it must answer. */
function generate(primitive: Primitive, random: Random): { readonly call: () => unknown; readonly expected: unknown } {
  const message = parts(random)
  if (primitive === 'verifyEd25519') {
    const signer = random.int(SEEDS.length)
    const data = joined(message)
    const valid = ed25519Sign(null, data, ed25519Key(SEEDS[signer]!))
    const hostile = random.chance(0.25)
    const publicKey = hostile
      ? random.pick(HOSTILE_KEYS).key
      : random.weighted<() => Uint8Array>([
          [4, () => PUBLIC_KEYS[signer]!],
          [1, () => PUBLIC_KEYS[1 - signer]!],
          [1, () => random.bytes(32)],
          [0.5, () => random.bytes(random.pick([0, 31, 33, 64]))],
        ])()
    const signature = random.weighted<() => Uint8Array>([
      [4, () => valid],
      [2, () => Buffer.from(valid).fill(valid[0]! ^ (1 << random.int(8)), 0, 1)],
      [1, () => addOrder(valid)],
      // R the identity, S zero: verifies any message under a key of small order, where a verifier lets it.
      [hostile ? 6 : 1, () => Buffer.concat([HOSTILE_KEYS[0]!.key, Buffer.alloc(32)])],
      [1, () => random.bytes(64)],
      [0.5, () => random.bytes(random.pick([0, 63, 65]))],
    ])()
    return { call: () => verifyEd25519(publicKey, signature, ...message), expected: expectedEd25519(publicKey, signature, data) }
  }
  const key = random.chance(0.02) ? random.pick([undefined, 42, ['x'], {}]) : secret(random)
  const mac = expectedMac(key, message)
  const call =
    (f: (...args: never[]) => unknown, ...args: unknown[]) =>
    () =>
      (f as (...a: unknown[]) => unknown)(...args)
  if (primitive === 'hmacSha256') return { call: call(hmacSha256, key, ...message), expected: mac }
  if (primitive === 'hmacSha256Hex')
    return { call: call(hmacSha256Hex, key, ...message), expected: mac === 'TypeError' ? mac : mac.toString('hex') }
  const real = mac === 'TypeError' ? Buffer.alloc(32) : mac
  const candidate = random.weighted<() => Uint8Array>([
    [4, () => real],
    [2, () => Buffer.from(real).fill(real[31]! ^ (1 << random.int(8)), 31)],
    [1, () => real.subarray(0, random.int(32))],
    [1, () => Buffer.concat([real, Buffer.of(0)])],
    [1, () => random.bytes(32)],
  ])()
  return {
    call: call(verifyHmacSha256, key, candidate, ...message),
    expected: mac === 'TypeError' ? mac : Buffer.from(candidate).equals(mac),
  }
}

async function answer(call: () => unknown): Promise<Answer> {
  try {
    const value = await call()
    return { value: value instanceof Uint8Array ? Buffer.from(value) : value }
  } catch (error) {
    return { threw: error instanceof TypeError && error.message.startsWith('hookproof: ') ? 'TypeError' : String(error) }
  }
}

const matches = (got: Answer, expected: unknown): boolean =>
  'threw' in got ? got.threw === expected : isDeepStrictEqual(got.value, expected)

export async function runPrimitives({ count, seed }: { readonly count: number; readonly seed: number }): Promise<PrimitivesReport> {
  const report = {
    cases: 0,
    byPrimitive: Object.fromEntries(PRIMITIVES.map((name) => [name, 0])) as Record<Primitive, number>,
    verified: 0,
    failures: 0,
    examples: [] as string[],
  }
  await onEachEngine(
    count,
    64,
    (index) => {
      const primitive = PRIMITIVES[index % PRIMITIVES.length]!
      const random = new Random((Math.imul(seed ^ 0x1b873593, 0x27d4eb2d) ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0)
      return { index, primitive, ...generate(primitive, random) }
    },
    ({ call }) => answer(call),
    ({ index, primitive, expected }, got) => {
      report.cases++
      report.byPrimitive[primitive]++
      if (got.some((each) => 'value' in each && each.value === true)) report.verified++
      if (got.every((each) => matches(each, expected))) return
      report.failures++
      if (report.examples.length < 20) {
        const shown = got.map((each) => JSON.stringify('threw' in each ? each : { value: String(each.value) }))
        report.examples.push(
          `seed ${seed} #${index} ${primitive}: node ${shown[0]}, webcrypto ${shown[1]}, node:crypto says ${String(expected)}`,
        )
      }
    },
  )
  return report
}
