/**
 * Reading a JSON Web Token (RFC 7519) from a header, strictly and before
 * any crypto: the part every JWT scheme shares, whatever signs the token.
 */
import { decodeBase64, encodeBase64 } from '../encoding/base64.js'
import { decodeUtf8, utf8 } from '../encoding/utf8.js'
import { WebhookVerificationError } from '../errors.js'
import type { HeaderLookup } from '../http/headers.js'
import { requireHeader } from './scheme.js'

/**
 * The longest token read, in characters; a webhook token is a few hundred, an RS256 ID token about a thousand.
 *
 * @example
 * ```ts
 * if (token.length > MAX_JWT_CHARS) throw new Error('a token hookproof would refuse')
 * ```
 */
export const MAX_JWT_CHARS: number = 8192

/** Where a token is and what may sign it. */
export interface TokenRules {
  /** The header carrying the token, e.g. `Authorization`. */
  readonly header: string
  /** Whether the token follows `Bearer ` (RFC 6750), or stands alone. */
  readonly bearer: boolean
  /** The algorithms allowed: a token naming any other (`none` included) is refused. */
  readonly algorithms: readonly string[]
  /** The bytes a signature of these algorithms may have, fewest and most. */
  readonly signatureBytes: readonly [least: number, most: number]
}

/** A token as read, not yet verified. */
export interface Token {
  /** `<header>.<payload>` exactly as received: what the signature covers. */
  readonly signingInput: string
  readonly signature: Uint8Array
  /** The algorithm the header names, one of the rules'. */
  readonly algorithm: string
  /** The header's `kid`, when it has one. */
  readonly keyId: string | undefined
  readonly claims: Readonly<Record<string, unknown>>
  /** `nbf`, else `iat`, in ms; `undefined` when the token has neither. */
  readonly timestamp: number | undefined
  /** `exp`, in ms. */
  readonly expires: number
}

// A segment: base64url without padding (RFC 7515 §2).
const SEGMENT = /^[A-Za-z0-9_-]+$/

// A NumericDate (RFC 7519 §2) as a sender writes one: whole seconds, within the safe range.
const isSeconds = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0

function json(segment: string): Record<string, unknown> | undefined {
  const bytes = SEGMENT.test(segment) ? decodeBase64(segment, true) : undefined
  const text = bytes && decodeUtf8(bytes)
  if (text === undefined) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** @internal A `malformed_signature` naming the header, for what a token reader finds wrong. */
export function malformedToken(header: string, why: string): WebhookVerificationError {
  return new WebhookVerificationError('malformed_signature', `The ${header} header ${why}.`)
}

/**
 * @internal The token in the rules' header, read strictly, in this order:
 * at most {@link MAX_JWT_CHARS}; `Bearer ` where the rules say; three
 * base64url segments; a header of JSON whose `alg` is one of the rules' (never
 * `none`, never one the token chooses beyond the list), with no `crit`, a
 * `typ` of `JWT` if any and a `kid` that is a string if any; a payload of
 * JSON with `exp` in whole seconds and `nbf`/`iat`, if present, in whole
 * seconds; a signature of the rules' length. Anything else is
 * `malformed_signature`; a missing header is `missing_signature`.
 */
export function readToken(lookup: HeaderLookup, rules: TokenRules): Token {
  const { header, algorithms } = rules
  let token = requireHeader(lookup, header)
  if (token.length > MAX_JWT_CHARS) throw malformedToken(header, `is longer than ${MAX_JWT_CHARS} characters`)
  if (rules.bearer) {
    const match = /^bearer +(\S+)$/i.exec(token)
    if (!match) throw malformedToken(header, 'is not "Bearer <token>"')
    token = match[1]!
  }
  const parts = token.split('.')
  if (parts.length !== 3) throw malformedToken(header, 'is not a JSON Web Token (three base64url segments joined by ".")')
  const [head, body, mac] = parts as [string, string, string]
  const jose = json(head)
  if (!jose) throw malformedToken(header, 'has a token whose header is not base64url JSON')
  const algorithm = jose['alg']
  if (typeof algorithm !== 'string' || !algorithms.includes(algorithm)) {
    throw malformedToken(header, `has a token signed with ${JSON.stringify(algorithm)}; only ${algorithms.join(', ')} is accepted`)
  }
  if (jose['crit'] !== undefined) {
    throw malformedToken(header, 'has a token with critical header parameters (crit), which hookproof does not process')
  }
  if (jose['typ'] !== undefined && (typeof jose['typ'] !== 'string' || jose['typ'].toUpperCase() !== 'JWT')) {
    throw malformedToken(header, 'has a token whose typ is not JWT')
  }
  const kid = jose['kid']
  if (kid !== undefined && typeof kid !== 'string') throw malformedToken(header, 'has a token whose key id (kid) is not a string')
  const claims = json(body)
  if (!claims) throw malformedToken(header, 'has a token whose payload is not base64url JSON')
  const signature = SEGMENT.test(mac) ? decodeBase64(mac, true) : undefined
  const [least, most] = rules.signatureBytes
  if (signature === undefined || signature.length < least || signature.length > most) {
    throw malformedToken(header, `has a token whose signature is not ${least === most ? least : `${least} to ${most}`} bytes of base64url`)
  }
  const { exp, nbf, iat } = claims
  if (!isSeconds(exp)) throw malformedToken(header, 'has a token without an expiry (exp) in whole seconds')
  if ((nbf !== undefined && !isSeconds(nbf)) || (iat !== undefined && !isSeconds(iat))) {
    throw malformedToken(header, 'has a token whose nbf or iat is not whole seconds')
  }
  const issued = (nbf ?? iat) as number | undefined
  return {
    signingInput: `${head}.${body}`,
    signature,
    algorithm,
    keyId: kid,
    claims,
    timestamp: issued === undefined ? undefined : issued * 1000,
    expires: exp * 1000,
  }
}

/**
 * @internal A token's `exp` against the clock: passed by more than the
 * window's future side (the clock skew it allows a sender, the other way
 * round) is `timestamp_too_old`.
 */
export function checkExpiry(expires: number, window: { readonly future: number }, now: number): void {
  if (now - expires <= window.future) return
  throw new WebhookVerificationError(
    'timestamp_too_old',
    `The delivery's token expired ${Math.round((now - expires) / 1000)} s ago, more than the ${window.future / 1000} s of clock skew the tolerance allows.`,
  )
}

/** @internal `options.validFor` of a JWT scheme's `sign`: whole seconds, `fallback` when left out; a `TypeError` otherwise. */
export function validForOf(given: Readonly<Record<string, unknown>>, fallback: number): number {
  const validFor = given['validFor'] === undefined ? fallback : given['validFor']
  if (!isSeconds(validFor)) throw new TypeError(`hookproof: options.validFor must be whole seconds (>= 0), got ${String(validFor)}.`)
  return validFor
}

/**
 * @internal The header of a signed token, as a JWT scheme's `sign` sends it:
 * `<header>.<claims>` as base64url JSON, signed by `sign`, after `Bearer `
 * where the scheme reads it so.
 */
export async function writeToken(
  where: { readonly header: string; readonly bearer: boolean },
  jose: object,
  claims: object,
  sign: (signingInput: string) => Promise<Uint8Array>,
): Promise<Record<string, string>> {
  const encode = (value: object) => encodeBase64(utf8(JSON.stringify(value)), true)
  const signingInput = `${encode(jose)}.${encode(claims)}`
  const token = `${signingInput}.${encodeBase64(await sign(signingInput), true)}`
  return { [where.header]: where.bearer ? `Bearer ${token}` : token }
}
