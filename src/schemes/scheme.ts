import type { Secret } from '../crypto/engine.js'
import { engine } from '../crypto/select.js'
import { parseHex, toHex } from '../encoding/hex.js'
import type { Part } from '../encoding/utf8.js'
import { WebhookVerificationError } from '../errors.js'
import type { HeaderLookup } from '../http/headers.js'
import { type KeyHint, readSecrets, signingSecret } from './secret.js'
import { type TimestampFormat, unixSeconds } from '../time/formats.js'
import type { Tolerance } from '../time/tolerance.js'

/** What a scheme read from a delivery, before any crypto: what was signed, and the claimed signature(s). */
export interface SignedContent {
  /** The signed content, in order: the body as received, with what the scheme prepends. */
  readonly content: readonly Part[]
  /** The signature(s) the delivery claims; any one matching is enough. */
  readonly signatures: readonly Uint8Array[]
  /** The signed timestamp, in ms since the epoch, when the scheme signs one it can read. */
  readonly timestamp?: number
}

/**
 * A signing scheme: how a provider turns a body into signature headers, and
 * how a delivery is read back and checked. Pure; knows no provider. `Key` is
 * what the scheme verifies with (a secret, a public key, a JWKS), read from
 * the caller's options by `keys`; `Signed` is what `parse` reads.
 */
export interface Scheme<Key = Secret, Signed extends { readonly timestamp?: number } = SignedContent> {
  /**
   * The timestamp check a provider using this scheme gets unless the caller
   * says otherwise; `false` when the scheme signs no timestamp it can read.
   */
  readonly tolerance: Tolerance
  /** Whether `verify` may be called without options (the keys come from elsewhere, e.g. a JWKS URL). */
  readonly keysOptional?: boolean
  /**
   * How messages show the options, when not `{ secret: process.env.… }`:
   * e.g. `{ jwks }` to verify and `{ privateKey }` to sign.
   */
  readonly examples?: { readonly verify: string; readonly sign: string }
  /** The keys to verify with, from the caller's options; a `TypeError` naming the fix on misuse. */
  keys(options: Readonly<Record<string, unknown>>, hint: KeyHint): readonly Key[]
  /**
   * Reads and strictly checks the headers, before any crypto. Throws
   * `WebhookVerificationError` (`missing_*`, `malformed_*`).
   */
  parse(header: HeaderLookup, body: string | Uint8Array): Signed
  /** Whether `key` produced one of the signatures; synchronous where the engine is. */
  verify(signed: Signed, key: Key): boolean | Promise<boolean>
  /** The headers that sign `body` at `time` (ms since the epoch), with the key in the caller's `options`. */
  sign(body: string, options: Readonly<Record<string, unknown>>, time: number, hint: KeyHint): Promise<Record<string, string>>
  /**
   * How a mismatch names the keys tried and what to check, e.g. `['any key of
   * the JWKS', 'the JWKS URL']`; by default the secret(s).
   */
  describeKeys?(count: number): readonly [tried: string, check: string]
}

/** A signed header other than the signature: its value is part of the signed content. */
export interface SignedTimestamp {
  /** The header, e.g. `X-Acme-Timestamp`. */
  readonly header: string
  /**
   * How the value reads as a time. Left out when the provider does not
   * document it: the value is then signed and required, but no tolerance can
   * be checked.
   */
  readonly format?: TimestampFormat
}

/**
 * How many signatures one header may carry. Rotation needs two or three; the
 * bound keeps the work a sender can ask for small on engines that recompute
 * the MAC per signature.
 */
export const MAX_SIGNATURES: number = 16

/** @internal Reads a signed timestamp header: its value as received, and the time when its format is known. */
export function readTimestamp(header: HeaderLookup, timestamp: SignedTimestamp): { readonly value: string; readonly time?: number } {
  const value = header(timestamp.header)
  if (value === undefined) {
    throw new WebhookVerificationError('missing_timestamp', `The ${timestamp.header} header is missing or empty.`)
  }
  if (!timestamp.format) return { value }
  const time = timestamp.format.read(value)
  if (time === undefined) {
    throw new WebhookVerificationError('malformed_timestamp', `The ${timestamp.header} header is not ${timestamp.format.description}.`)
  }
  return { value, time }
}

/** @internal The value of a required header, or `missing_signature`. */
export function requireHeader(header: HeaderLookup, name: string, what = 'header'): string {
  const value = header(name)
  if (value === undefined) throw new WebhookVerificationError('missing_signature', `The ${name} ${what} is missing or empty.`)
  return value
}
