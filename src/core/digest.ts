import { concat, type Part } from './encoding.js'
import { nodeSha256 } from './node-crypto.js'
import { subtle, usesNodeCrypto } from './runtime.js'

/** SHA-256 of the parts, fed in order; synchronous on node:crypto. */
export function sha256(parts: readonly Part[]): Uint8Array | Promise<Uint8Array> {
  if (usesNodeCrypto() && nodeSha256) return nodeSha256(parts)
  return subtle()
    .digest('SHA-256', concat(parts) as BufferSource)
    .then((digest) => new Uint8Array(digest))
}
