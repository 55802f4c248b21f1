/**
 * A copy of `bytes` in memory of its own. Not `bytes.slice()`: on a Node
 * `Buffer` (what a caller reading a key file or a request holds) `slice` is a
 * view of the same memory, so writing to it writes to the caller's bytes, and
 * keeping it keeps whatever the caller writes there next.
 */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  return Uint8Array.prototype.slice.call(bytes)
}
