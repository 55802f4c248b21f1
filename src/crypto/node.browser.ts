/**
 * The browser build's stand-in for `node.ts`: no browser hands out
 * node:crypto, so every primitive runs on Web Crypto and the node:crypto
 * code stays out of the bundle. The name and type are the same.
 */
import type * as node from './node.js'

export const nodeCryptoEngine: typeof node.nodeCryptoEngine = undefined
