import type { Part } from '../encoding/utf8.js'
import { isPromiseLike } from '../promise.js'
import type { HashName } from './engine.js'
import { engine } from './select.js'

/**
 * Whether two byte strings are equal, in time that depends on their lengths
 * only: every byte is compared and the differences OR-ed together, with no
 * branch on their values. For digests that are not MACs (a keyed hash), which
 * no engine compares for us.
 *
 * @internal
 */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!
  return difference === 0
}

/**
 * Whether the digest of `parts` is `expected` (a digest, or the promise of
 * one), compared with {@link sameBytes}: synchronous where the engine and
 * `expected` are. For the schemes that check a digest, not a MAC (a keyed
 * digest, a body-digest claim, a credential's hash).
 *
 * @internal
 */
export function digestIs(
  hash: HashName,
  parts: readonly Part[],
  expected: Uint8Array | PromiseLike<Uint8Array>,
): boolean | Promise<boolean> {
  const actual = engine().digest(hash, parts)
  if (isPromiseLike(actual) || isPromiseLike(expected)) return Promise.all([actual, expected]).then(([a, b]) => sameBytes(a, b))
  return sameBytes(actual, expected)
}
