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
