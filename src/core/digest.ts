import { concat, type Part } from './encoding.js'
import { nodeCrypto, subtle, usesNodeCrypto } from './runtime.js'

const node = /* @__PURE__ */ nodeCrypto('createHash')

/** SHA-256 of the parts, fed in order; synchronous on node:crypto. */
export function sha256(parts: readonly Part[]): Uint8Array | Promise<Uint8Array> {
  if (usesNodeCrypto() && node) {
    const hash = node.createHash('sha256')
    for (const part of parts) hash.update(part)
    const digest = hash.digest()
    // A plain Uint8Array, not a Buffer, so both engines answer alike.
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength)
  }
  return subtle()
    .digest('SHA-256', concat(parts) as BufferSource)
    .then((digest) => new Uint8Array(digest))
}
