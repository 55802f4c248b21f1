/**
 * The browser build's stand-in for `node-crypto.ts`: no browser hands out
 * node:crypto, so every primitive runs on Web Crypto and the node:crypto
 * code stays out of the bundle. The names and types are the same.
 */
import type * as node from './node-crypto.js'

export const nodeCryptoEngine: typeof node.nodeCryptoEngine = undefined
export const nodeSha256: typeof node.nodeSha256 = undefined
export const nodeEd25519Verify: typeof node.nodeEd25519Verify = undefined
