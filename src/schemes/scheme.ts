import { WebhookVerificationError } from '../errors.js'
import type { HeaderLookup } from '../http/headers.js'
import type { TimestampFormat } from '../time/formats.js'
import type { Tolerance } from '../time/tolerance.js'
import type { KeyHint } from './secret.js'

/** What a scheme read from the headers, before any crypto: what it signs around the body, and the claimed signature(s). */
export interface SignedContent {
  /**
   * What the signed content holds before the body, exactly as received
   * (`<timestamp>.`, say), or `''`: the content is this, then the body.
   */
  readonly prefix: string
  /**
   * What the signed content holds after the body, exactly as received
   * (`.<timestamp>`, say), or `''` / left out: the content is then the
   * prefix and the body.
   */
  readonly suffix?: string
  /** The signature(s) the delivery claims; any one matching is enough. */
  readonly signatures: readonly Uint8Array[]
  /**
   * The signed timestamp, in ms since the epoch, when the scheme signs one it
   * can read; `undefined` otherwise (always present, so that every delivery
   * read has one shape on the hot path).
   */
  readonly timestamp: number | undefined
}

declare const OPTIONS: unique symbol

/** What `verify` reads off what a scheme parsed: the signed time, in ms since the epoch, checked against the tolerance. */
export interface SignedTime {
  readonly timestamp?: number | undefined
}

/**
 * A signing scheme: how a provider turns a body into signature headers, and
 * how a delivery is read back and checked. Pure; knows no provider.
 *
 * - `Key`: what the scheme verifies with (a secret, a public key, a JWKS),
 *   read from the caller's options by `keys`;
 * - `Signed`: what `parse` reads from a delivery's headers;
 * - `VerifyKeys` / `SignKeys`: the key options of `verify` and `sign`, which a
 *   provider built on the scheme takes (`{ secret }`, `{ jwks }`, …);
 * - `SignsTime`: whether the scheme signs a timestamp it can read, so that a
 *   provider built on it takes `tolerance` and `now`.
 */
export interface Scheme<
  Key = unknown,
  Signed extends SignedTime = SignedTime,
  VerifyKeys extends object = object,
  SignKeys extends object = object,
  SignsTime extends boolean = boolean,
> {
  /** Types only, never set: the key options `verify` and `sign` take. */
  readonly [OPTIONS]?: { readonly verify: VerifyKeys; readonly sign: SignKeys }
  /** Whether the scheme signs a timestamp it can read, which `tolerance` then bounds. */
  readonly signsTime: SignsTime
  /** The timestamp check a provider using this scheme gets unless the caller says otherwise. */
  readonly tolerance: Tolerance
  /**
   * `false` for a check that does not cover the body (a static credential):
   * `verify` then checks the keys before it reads the body, and `verify`
   * below is given an empty body.
   */
  readonly coversBody?: false
  /**
   * The headers, in lower case, that a delivery of this scheme carries (the
   * signature header and the others it signs): what `receive` and
   * `detectProviders` tell providers apart by, never a key. One list per way
   * the scheme signs (two where the key option chooses between schemes);
   * `options` are the caller's verify options, which choose the way, or name
   * the header where the caller names it. Without options, the ways known;
   * left out, a provider on the scheme can be verified but not detected.
   */
  headers?(options?: Readonly<Record<string, unknown>>): HeaderSets
  /** Whether `verify` may be called without options (the keys come from elsewhere, e.g. a JWKS URL). */
  readonly keysOptional?: boolean
  /**
   * How messages show the options, when not `{ secret: process.env.… }`:
   * e.g. `{ jwks }` to verify and `{ privateKey }` to sign.
   */
  readonly examples?: { readonly verify: string; readonly sign: string }
  /**
   * The keys to verify with, from the caller's options; a `TypeError` naming
   * the fix on misuse. The options are read as untyped: JavaScript callers
   * pass anything.
   */
  keys(options: Readonly<Record<string, unknown>>, hint: KeyHint): readonly Key[]
  /**
   * Reads and strictly checks the headers, before the body is read and
   * before any crypto. Throws `WebhookVerificationError` (`missing_*`,
   * `malformed_*`). `keys` are those `keys` read, for schemes whose header
   * names the caller chooses.
   */
  parse(header: HeaderLookup, keys: readonly Key[]): Signed
  /** Whether `key` produced one of the signatures over `body` as received; synchronous where the engine is. */
  verify(signed: Signed, body: string | Uint8Array, key: Key): boolean | Promise<boolean>
  /** The headers that sign `body` at `time` (ms since the epoch), with the key in the caller's `options`. */
  sign(body: string, options: Readonly<Record<string, unknown>>, time: number, hint: KeyHint): Promise<Record<string, string>>
  /**
   * For a scheme whose signature travels in the body (AWS SNS): the whole
   * signed delivery, its headers and the body with the signature written in.
   * `sign` then gives those headers alone; a provider's `sign` uses this.
   */
  signDelivery?(
    body: string,
    options: Readonly<Record<string, unknown>>,
    time: number,
    hint: KeyHint,
  ): Promise<{ readonly headers: Record<string, string>; readonly body: string }>
  /**
   * How a mismatch names the keys tried and what to check, e.g. `['any key of
   * the JWKS', 'the JWKS URL']`; by default the secret(s).
   */
  describeKeys?(count: number): readonly [tried: string, check: string]
  /**
   * Checks the other times a scheme read against the clock (a token's
   * `exp`), after the timestamp and unless the tolerance is `false`; throws
   * `timestamp_too_*`. Kept in the scheme, so bundles of schemes without it
   * carry none of it.
   */
  checkTime?(signed: Signed, window: { readonly past: number; readonly future: number }, now: number): void
  /**
   * The whole mismatch message, for schemes whose check is not a signature of
   * the body (a static credential), given the keys tried; `undefined` (or
   * left out) for the default, which names the signature, the keys and the
   * raw body.
   */
  mismatch?(provider: string, keys: readonly Key[]): string | undefined
}

/** Any scheme, whatever its types: what a provider definition accepts. */
// `any` for the method-parameter positions only: Key and Signed meet inside
// the scheme, never outside it.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyScheme = Scheme<any, any, object, object, boolean>

/** The key options `verify` takes with scheme `S`. */
export type VerifyKeysOf<S> = S extends { readonly [OPTIONS]?: { readonly verify: infer Keys } } ? Keys : never
/** The key options `sign` takes with scheme `S`. */
export type SignKeysOf<S> = S extends { readonly [OPTIONS]?: { readonly sign: infer Keys } } ? Keys : never

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

/** The headers a scheme's deliveries carry, one list (lower case) per way it signs: see {@link Scheme.headers}. */
export type HeaderSets = readonly (readonly string[])[]

/** @internal One way of signing's header names, lower-cased and without repeats, for {@link Scheme.headers}. */
export function headerNames(...names: readonly (string | undefined)[]): HeaderSets {
  return [[...new Set(names.filter((name): name is string => name !== undefined).map((name) => name.toLowerCase()))]]
}

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

/**
 * @internal The value of a required header, or `missing_signature`. When the
 * signature header itself is missing and the delivery carries another that
 * looks like one, the message names it: usually another provider's
 * delivery, sent to this endpoint.
 */
export function requireHeader(header: HeaderLookup, name: string, what = 'header'): string {
  const value = header(name)
  if (value !== undefined) return value
  const lower = name.toLowerCase()
  // Its own companions (X-Acme-Signature-Version beside X-Acme-Signature) are no other provider's.
  const others = what === 'header' ? (header.signatureNames?.().filter((other) => !other.startsWith(lower)) ?? []) : []
  throw new WebhookVerificationError(
    'missing_signature',
    `The ${name} ${what} is missing or empty.${
      others.length
        ? ` The delivery carries ${others.join(', ')}: another provider's delivery, or signing set up for another endpoint?`
        : ''
    }`,
  )
}
