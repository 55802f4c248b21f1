/**
 * HMAC-SHA256 for code of your own (a provider hookproof does not cover yet,
 * a test), on the engine every scheme uses.
 */
import { toHex } from '../encoding/hex.js'
import type { Part } from '../encoding/utf8.js'
import type { Secret } from './engine.js'
import { engine } from './select.js'

// The engines differ on an empty key (node:crypto takes it, Web Crypto refuses
// it): the public primitives refuse it for both, as verify does.
function key(secret: Secret): Secret {
  if (!((typeof secret === 'string' || secret instanceof Uint8Array) && secret.length > 0)) {
    throw new TypeError('hookproof: the secret must be a non-empty string or Uint8Array.')
  }
  return secret
}

/**
 * HMAC-SHA256 of the parts, concatenated, under `secret`.
 *
 * @example
 * ```ts
 * const mac = await hmacSha256('my-secret', '1700000000', '.', body)
 * ```
 */
export async function hmacSha256(secret: Secret, ...parts: Part[]): Promise<Uint8Array> {
  return engine().hmac('SHA-256', key(secret), parts)
}

/**
 * Lowercase hex HMAC-SHA256 of the parts, concatenated, under `secret`: the
 * value most providers put in their signature header.
 *
 * @example
 * ```ts
 * const signature = 'sha256=' + (await hmacSha256Hex(secret, `${timestamp}.`, body))
 * ```
 */
export async function hmacSha256Hex(secret: Secret, ...parts: Part[]): Promise<string> {
  return toHex(await engine().hmac('SHA-256', key(secret), parts))
}

/**
 * Whether `mac` is the HMAC-SHA256 of the parts under `secret`, compared in
 * constant time by the crypto engine. A `mac` of another length is `false`.
 *
 * @example
 * ```ts
 * const ok = await verifyHmacSha256(secret, signatureBytes, body)
 * ```
 */
export async function verifyHmacSha256(secret: Secret, mac: Uint8Array, ...parts: Part[]): Promise<boolean> {
  return engine().verifyHmac('SHA-256', key(secret), parts, [mac])
}
