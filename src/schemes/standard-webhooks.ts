import { splitAtMost } from '../encoding/split.js'
import { signEd25519, verifyEd25519Any } from '../crypto/ed25519.js'
import { describeEd25519KeyFlaw, ed25519KeyFlaw } from '../crypto/ed25519-key.js'
import { ED25519_KEY_BYTES, ED25519_SIGNATURE_BYTES, HASH_BYTES, type Secret } from '../crypto/engine.js'
import { KeyCache } from '../crypto/key-cache.js'
import { engine } from '../crypto/select.js'
import { decodeBase64, encodeBase64 } from '../encoding/base64.js'
import { copyBytes } from '../encoding/bytes.js'
import { base64Signature, type SignatureEncoding } from '../encoding/signature.js'
import { utf8 } from '../encoding/utf8.js'
import { WebhookVerificationError } from '../errors.js'
import { unixSeconds } from '../time/formats.js'
import type { Tolerance } from '../time/tolerance.js'
import { headerNames, MAX_SIGNATURES, readTimestamp, requireHeader, type Scheme } from './scheme.js'
import { readSecrets, type SecretOptions, signingSecret, type SigningSecretOptions } from './secret.js'

/** Describes a Standard Webhooks sender; see {@link standardWebhooksScheme}. */
export interface StandardWebhooksSchemeOptions {
  /**
   * What the three headers are called before `-id`, `-timestamp` and
   * `-signature`: `webhook` (the spec), `svix` for senders that brand them.
   * Default `webhook`.
   */
  readonly headerPrefix?: string
  /** Default tolerance in seconds. Default 300, both ways, as the spec's libraries check. */
  readonly tolerance?: Tolerance
  /**
   * How a text secret becomes the HMAC key, for senders that use the
   * headers but not the spec's keys: `'standard'` (the default) base64-decodes
   * it after `whsec_`; `'text'` uses its UTF-8 bytes whole, prefix and all
   * (ImageKit); `'text-after-whsec'` uses the UTF-8 bytes of what follows
   * `whsec_`, not decoded (WaveSpeed). Only `'standard'` reads `whpk_` keys.
   */
  readonly secret?: 'standard' | 'text' | 'text-after-whsec'
  /**
   * The signature entries, for senders that write another version or
   * encoding: `{ version: 'v3', encoding: hexSignature }` reads `v3,<hex>`
   * (WaveSpeed); version `''` reads the header as one bare signature with no
   * list (Pollo). Default `v1` and base64, with `v1a` (Ed25519) beside it.
   */
  readonly signature?: { readonly version: string; readonly encoding?: SignatureEncoding }
}

/** `sign` options of a Standard Webhooks sender: the secret, and the message id. */
export interface StandardWebhooksSignOptions extends SigningSecretOptions {
  /** The `webhook-id`, the same on every retry of a message; default: a random `msg_…`. */
  readonly id?: string
}

/** A key Standard Webhooks verifies with: HMAC key bytes (`v1`) or an Ed25519 public key (`v1a`). */
export type StandardWebhooksKey = { readonly hmac: Uint8Array } | { readonly ed25519: Uint8Array }

/** What a Standard Webhooks scheme reads from a delivery's headers before any crypto. */
export interface StandardWebhooksSigned {
  /** `<id>.<timestamp>.`, as received: the signed content is this, then the body. */
  readonly prefix: string
  readonly v1: readonly Uint8Array[]
  readonly v1a: readonly Uint8Array[]
  readonly timestamp: number
}

// Messages name the key by its place in the options, which the caller adds.
function base64Key(text: string, prefix: string): Uint8Array {
  const bytes = decodeBase64(text)
  if (!bytes || bytes.length === 0) {
    throw new TypeError(`is not base64${prefix ? ` after its ${prefix} prefix` : ''}. Pass it exactly as the sender shows it (whsec_…).`)
  }
  return bytes
}

// `whsec_` + base64, or the bare base64 as the spec's libraries also take it.
function hmacKey(secret: string): Uint8Array {
  return secret.startsWith('whsec_') ? base64Key(secret.slice(6), 'whsec_') : base64Key(secret, '')
}

function keyError(error: unknown, where: string): unknown {
  return error instanceof TypeError && !error.message.startsWith('hookproof:')
    ? new TypeError(`hookproof: ${where} ${error.message}`)
    : error
}

// A secret as the spec writes it, decoded once and kept: `whsec_` + base64
// (an HMAC key), `whpk_` + base64 (an Ed25519 public key); other text is the
// bare base64 of an HMAC key, as the spec's libraries read it; bytes are the
// raw HMAC key.
const verifyKeys = /* @__PURE__ */ new KeyCache((secret): StandardWebhooksKey => {
  // A copy: the cache outlives this call, and the caller may reuse its buffer
  // for another key.
  if (typeof secret !== 'string') return { hmac: copyBytes(secret) }
  if (secret.startsWith('whpk_')) {
    const key = base64Key(secret.slice(5), 'whpk_')
    if (key.length !== ED25519_KEY_BYTES) throw new TypeError(`is a whpk_ public key of ${key.length} bytes; an Ed25519 public key has 32.`)
    // Refused here, when the caller's key is read, rather than answered with
    // a mismatch for every delivery: it is a configuration to fix.
    const flaw = ed25519KeyFlaw(key)
    if (flaw)
      throw new TypeError(`is a whpk_ public key ${describeEd25519KeyFlaw(flaw)}. Pass the sender's public key exactly as it shows it.`)
    return { ed25519: key }
  }
  if (secret.startsWith('whsk_')) {
    throw new TypeError('is a whsk_ private key. verify takes the public key (whpk_…); keep the private key with the sender.')
  }
  return { hmac: hmacKey(secret) }
})

function signingKey(secret: Secret): { readonly hmac: Uint8Array } | { readonly seed: Uint8Array } {
  if (typeof secret !== 'string') return { hmac: secret }
  if (secret.startsWith('whsk_')) {
    const key = base64Key(secret.slice(5), 'whsk_')
    // The 32-byte seed, or libsodium's 64 bytes (seed, then public key).
    if (key.length !== 32 && key.length !== 64)
      throw new TypeError(`is a whsk_ private key of ${key.length} bytes; an Ed25519 seed has 32 (64 with the public key).`)
    return { seed: key.subarray(0, 32) }
  }
  if (secret.startsWith('whpk_')) throw new TypeError('is a whpk_ public key, which cannot sign. Sign with the whsk_ private key.')
  return { hmac: hmacKey(secret) }
}

function randomId(): string {
  return `msg_${crypto.randomUUID().replaceAll('-', '')}`
}

/** A Standard Webhooks scheme, as {@link standardWebhooksScheme} builds it. */
export type StandardWebhooksScheme = Scheme<StandardWebhooksKey, StandardWebhooksSigned, SecretOptions, StandardWebhooksSignOptions, true>

/**
 * Standard Webhooks (standardwebhooks.com): `webhook-id`,
 * `webhook-timestamp` (Unix seconds) and `webhook-signature`, a
 * space-separated list of `v1,<base64 HMAC-SHA256>` and `v1a,<base64
 * Ed25519>` signatures over `<id>.<timestamp>.<body>`, any one of which may
 * match (rotation). The secret is `whsec_` + base64 of the HMAC key (or the
 * raw key bytes); `whpk_` + base64 is an Ed25519 public key, which checks the
 * `v1a` signatures. Sign with `whsec_…` for `v1`, `whsk_…` for `v1a`.
 *
 * Strict: an entry counts only as `<version>,<base64>` of the version's exact
 * length; one that is not matches nothing, and the others are still tried;
 * versions other than `v1` and `v1a` are skipped. No `v1` or `v1a` that
 * decodes, or more than 16 entries, is `malformed_signature`; a missing
 * `webhook-id` is `missing_signature` (the id is part of what is signed).
 *
 * @example
 * ```ts
 * const scheme = standardWebhooksScheme()               // webhook-id, webhook-timestamp, webhook-signature
 * const svix = standardWebhooksScheme({ headerPrefix: 'svix' })
 * ```
 */
export function standardWebhooksScheme(options: StandardWebhooksSchemeOptions = {}): StandardWebhooksScheme {
  const prefix = options.headerPrefix ?? 'webhook'
  // `X-Webhook` gets `X-Webhook-Id`, as such senders write it; `webhook` the spec's `webhook-id`.
  const name = (suffix: string): string => `${prefix}-${/^[A-Z]/.test(prefix) ? suffix[0]!.toUpperCase() + suffix.slice(1) : suffix}`
  const idHeader = name('id')
  const timestamp = { header: name('timestamp'), format: unixSeconds }
  const signatureHeader = name('signature')
  const secretForm = options.secret ?? 'standard'
  const version = options.signature?.version ?? 'v1'
  const encoding = options.signature?.encoding ?? base64Signature
  // v1a (Ed25519) is the spec's: only beside the spec's own v1 and keys.
  const spec = secretForm === 'standard' && version === 'v1' && encoding === base64Signature
  const macBytes = HASH_BYTES['SHA-256']
  const malformed = (why: string): WebhookVerificationError =>
    new WebhookVerificationError('malformed_signature', `The ${signatureHeader} header ${why}.`)
  // A variant's key is the secret's own bytes, whole or after whsec_.
  const textKey = (secret: Secret): { readonly hmac: Uint8Array } => ({
    hmac:
      typeof secret !== 'string'
        ? copyBytes(secret)
        : utf8(secretForm === 'text-after-whsec' && secret.startsWith('whsec_') ? secret.slice(6) : secret),
  })

  // Kept like the spec's keys: an endpoint verifies with one secret for its whole life.
  const textKeys = new KeyCache(textKey)

  function entries(value: string): { v1: Uint8Array[]; v1a: Uint8Array[] } {
    if (version === '') {
      const signature = encoding.read(value, macBytes, 0)
      if (!signature) throw malformed(`is not ${encoding.describe(macBytes)}`)
      return { v1: [signature], v1a: [] }
    }
    const v1: Uint8Array[] = []
    const v1a: Uint8Array[] = []
    // Every entry counts, decodable or not, so the bound holds whatever they hold.
    const items = splitAtMost(value, ' ', MAX_SIGNATURES)
    if (!items) throw malformed(`carries more than ${MAX_SIGNATURES} signatures`)
    // An entry that does not decode matches nothing, and the others are still
    // tried: the spec lets a receiver try each signature until one matches,
    // and its libraries skip what they cannot read. What the first such entry
    // got wrong is the message when no entry decodes.
    let problem: string | undefined
    for (const entry of items) {
      const comma = entry.indexOf(',')
      if (comma <= 0) {
        problem ??= `is not a space-separated list of <version>,<${encoding === base64Signature ? 'base64' : 'signature'}> signatures`
        continue
      }
      const tag = entry.slice(0, comma)
      if (tag === version) {
        const signature = encoding.read(entry, macBytes, comma + 1)
        if (signature) v1.push(signature)
        else
          problem ??= spec
            ? `has a v1 signature that is not ${macBytes} bytes of base64`
            : `has a ${version} signature that is not ${encoding.describe(macBytes)}`
      } else if (spec && tag === 'v1a') {
        const signature = decodeBase64(entry.slice(comma + 1))
        if (signature?.length === ED25519_SIGNATURE_BYTES) v1a.push(signature)
        else problem ??= `has a v1a signature that is not ${ED25519_SIGNATURE_BYTES} bytes of base64`
      }
    }
    if (v1.length + v1a.length === 0) throw malformed(problem ?? (spec ? 'has no v1 or v1a signature' : `has no ${version} signature`))
    return { v1, v1a }
  }

  const names = headerNames(idHeader, timestamp.header, signatureHeader)

  return {
    signsTime: true,
    tolerance: options.tolerance ?? 300,
    headers: () => names,

    keys(options, hint) {
      const secrets = readSecrets(options, hint)
      if (secretForm !== 'standard') return secrets.map((secret) => textKeys.get(secret))
      return secrets.map((secret, i) => {
        const where = secrets.length > 1 ? `options.secret[${i}]` : 'options.secret'
        let key: StandardWebhooksKey
        try {
          key = verifyKeys.get(secret)
        } catch (error) {
          throw keyError(error, where)
        }
        if (!spec && 'ed25519' in key)
          throw new TypeError(`hookproof: ${where} is a whpk_ public key; ${hint.name} signs with an HMAC secret, not Ed25519.`)
        return key
      })
    },

    parse(header) {
      const value = requireHeader(header, signatureHeader)
      const id = requireHeader(header, idHeader, 'header (part of what is signed)')
      const stamp = readTimestamp(header, timestamp)
      const { v1, v1a } = entries(value)
      return { prefix: `${id}.${stamp.value}.`, v1, v1a, timestamp: stamp.time! }
    },

    verify(signed, body, key) {
      const content = [signed.prefix, body]
      if ('hmac' in key) return signed.v1.length > 0 && engine().verifyHmac('SHA-256', key.hmac, content, signed.v1)
      return verifyEd25519Any([key.ed25519], signed.v1a, content)
    },

    async sign(body, options, time, hint) {
      let key: ReturnType<typeof signingKey>
      try {
        const secret = signingSecret(options, hint)
        key = secretForm === 'standard' ? signingKey(secret) : textKey(secret)
      } catch (error) {
        throw keyError(error, 'options.secret')
      }
      if (!spec && 'seed' in key)
        throw new TypeError(`hookproof: options.secret is a whsk_ private key; ${hint.name} signs with an HMAC secret, not Ed25519.`)
      const id = options['id'] === undefined ? randomId() : options['id']
      if (typeof id !== 'string' || id === '')
        throw new TypeError('hookproof: options.id must be a non-empty string, e.g. "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W".')
      const stamp = timestamp.format.write(time)
      const content = [`${id}.${stamp}.`, body] as const
      let signature: string
      if ('hmac' in key) {
        const mac = encoding.write(await engine().hmac('SHA-256', key.hmac, content))
        signature = version === '' ? mac : `${version},${mac}`
      } else signature = `v1a,${encodeBase64(await signEd25519(key.seed, ...content))}`
      return { [idHeader]: id, [timestamp.header]: stamp, [signatureHeader]: signature }
    },
  }
}
