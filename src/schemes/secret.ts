import type { Secret } from '../crypto/engine.js'

/** What messages about a caller's keys need to know of the provider. */
export interface KeyHint {
  /** The provider's name: `Eversince`. */
  readonly name: string
  /** How to pass the key: `{ secret: process.env.EVERSINCE_WEBHOOK_SECRET }`. */
  readonly example: string
}

/** The key option of `verify` for schemes that sign with a shared secret. */
export interface SecretOptions {
  /**
   * The signing secret exactly as the provider's dashboard shows it (a
   * `whsec_` prefix included), or its raw bytes. An array while rotating
   * secrets: a delivery signed with any one of them passes.
   */
  readonly secret: Secret | readonly Secret[]
}

/** The key option of `sign` for schemes that sign with a shared secret. */
export interface SigningSecretOptions {
  /** The secret to sign with. */
  readonly secret: Secret
}

const EDGE_WHITESPACE = /^\s|\s$/

/** `value` as a signing secret, or a `TypeError` naming the fix. */
export function checkSecret(value: unknown, where: string, example: string): Secret {
  if (value === undefined || value === null || value === '') {
    throw new TypeError(
      `hookproof: ${where} is ${value === '' ? 'an empty string' : String(value)}. Pass the signing secret, e.g. ${example} (is that environment variable set?).`,
    )
  }
  if (!((typeof value === 'string' || value instanceof Uint8Array) && value.length > 0)) {
    throw new TypeError(`hookproof: ${where} must be a non-empty string or Uint8Array, e.g. ${example}.`)
  }
  if (typeof value === 'string' && EDGE_WHITESPACE.test(value)) {
    throw new TypeError(
      `hookproof: ${where} starts or ends with whitespace, which no provider's secret does; usually a newline from a secrets file or a copy-paste. Trim it.`,
    )
  }
  return value
}

// The text secret last read, and the list it gave: an endpoint passes the same
// secret on every delivery, so its checks run once (the list is never changed).
let lastText: string | undefined
let lastSecrets: readonly Secret[] = []

/**
 * Each key of `options.secret` — one, or an array while rotating — read by
 * `read` with where it stands (`options.secret`, `options.secret[1]`); an
 * empty array is a `TypeError` asking for at least one `noun`.
 */
export function eachSecret<Key>(value: unknown, noun: string, read: (item: unknown, where: string) => Key): Key[] {
  if (!Array.isArray(value)) return [read(value, 'options.secret')]
  if (value.length === 0) throw new TypeError(`hookproof: options.secret is an empty array. Pass at least one ${noun}.`)
  return value.map((item, i) => read(item, `options.secret[${i}]`))
}

/** `options.secret`: one secret, or several while rotating. */
export function readSecrets(options: { readonly secret?: unknown }, hint: KeyHint): readonly Secret[] {
  const value = options.secret
  if (typeof value === 'string' && value === lastText) return lastSecrets
  const secrets = eachSecret(value, `${hint.name} signing secret`, (item, where) => checkSecret(item, where, hint.example))
  if (typeof value === 'string') {
    lastText = value
    lastSecrets = secrets
  }
  return secrets
}

/** `options.secret` of `sign`: exactly one secret. */
export function signingSecret(options: { readonly secret?: unknown }, hint: KeyHint): Secret {
  return checkSecret(options.secret, 'options.secret', hint.example)
}
