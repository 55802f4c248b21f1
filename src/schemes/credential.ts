import { digestIs } from '../crypto/equal.js'
import { engine } from '../crypto/select.js'
import { decodeBase64, encodeBase64 } from '../encoding/base64.js'
import { utf8 } from '../encoding/utf8.js'
import { WebhookVerificationError } from '../errors.js'
import { headerNames, requireHeader, type Scheme } from './scheme.js'
import { checkSecret, eachSecret, type KeyHint } from './secret.js'

/**
 * How a header carries a static credential:
 * - `'value'`: the secret itself (`X-Webhook-Secret: <secret>`);
 * - `'bearer'`: `Bearer <secret>` (RFC 6750; the word in any case);
 * - `'basic'`: `Basic <base64 of user:password>` (RFC 7617), the secret
 *   being the `user:password` pair.
 */
export type CredentialForm = 'value' | 'bearer' | 'basic'

/** Describes a static-credential scheme; see {@link credentialScheme}. */
export interface CredentialSchemeOptions<CallerHeader extends boolean = false> {
  /**
   * How the header carries the credential.
   */
  readonly form: CredentialForm
  /**
   * The header, e.g. `X-Webhook-Secret`; default `Authorization`. Left out
   * with `callerHeader: true`.
   */
  readonly header?: string
  /**
   * Whether the caller names the header (`verify(req, { header, secret })`):
   * for providers where the header is chosen per webhook (AssemblyAI's
   * `webhook_auth_header_name`).
   */
  readonly callerHeader?: CallerHeader
}

/** The key option of `verify` for a static credential. */
export interface CredentialOptions {
  /**
   * The credential exactly as set up with the provider (for Basic, the
   * `user:password` pair). An array while rotating: a delivery carrying any
   * one of them passes.
   */
  readonly secret: string | readonly string[]
}

/** The key option of `sign` for a static credential. */
export interface SigningCredentialOptions {
  /** The credential to send. */
  readonly secret: string
}

/** The options of `verify` and `sign` when the caller names the credential's header. */
export interface CredentialHeaderOptions {
  /**
   * The header the credential arrives in, as you set it up with the
   * provider, e.g. `'X-Webhook-Secret'` (any case).
   */
  readonly header: string
}

/** What a credential scheme verifies with: the header to read and the credential expected there. */
export interface CredentialKey {
  readonly header: string
  readonly credential: Uint8Array
  /** The credential's SHA-256, worked out once per key: what the received one's is compared with. */
  readonly expected: Uint8Array | Promise<Uint8Array>
}

/** What a credential scheme reads from a delivery's headers: the credential as received. */
export interface CredentialSigned {
  readonly credential: Uint8Array
  readonly timestamp: undefined
}

type VerifyKeys<CallerHeader extends boolean> = CallerHeader extends true ? CredentialOptions & CredentialHeaderOptions : CredentialOptions
type SignKeys<CallerHeader extends boolean> = CallerHeader extends true
  ? SigningCredentialOptions & CredentialHeaderOptions
  : SigningCredentialOptions

/** A static-credential scheme, as {@link credentialScheme} builds it. */
export type CredentialScheme<CallerHeader extends boolean = false> = Scheme<
  CredentialKey,
  CredentialSigned,
  VerifyKeys<CallerHeader>,
  SignKeys<CallerHeader>,
  false
>

/**
 * The longest credential read, in UTF-8 bytes (before a Basic pair is
 * decoded). A shared secret is tens of bytes; the bound keeps what a header
 * can make hookproof hash small.
 *
 * @example
 * ```ts
 * if (new TextEncoder().encode(token).length > MAX_CREDENTIAL_BYTES) throw new Error('a credential hookproof would refuse')
 * ```
 */
export const MAX_CREDENTIAL_BYTES: number = 4096

// RFC 6750's b64token and RFC 7617's token68 after the scheme word; the word
// is case-insensitive (RFC 9110 §11.1), one or more spaces after it.
const B64TOKEN = '[A-Za-z0-9\\-._~+/]+=*'
const BEARER = new RegExp(`^bearer +(${B64TOKEN})$`, 'i')
const BEARER_TOKEN = new RegExp(`^${B64TOKEN}$`)
const BASIC = /^basic +([A-Za-z0-9+/]+={0,2})$/i
// A header name (RFC 9110 token).
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/** The SHA-256 of `bytes`, or its promise on Web Crypto. */
const sha256 = (bytes: Uint8Array) => engine().digest('SHA-256', [bytes])

/**
 * A static credential: a secret the provider sends back in a header on every
 * delivery, compared in constant time. Nothing is signed: the check proves
 * the sender knows the credential, **not that the body is what it sent, nor
 * that the delivery is not a replay** — anyone who saw one delivery (a proxy,
 * a log of request headers) can send any body with it, any number of times.
 * Use it where the provider offers nothing stronger, over HTTPS only, and
 * de-duplicate deliveries.
 *
 * The comparison hashes both sides (SHA-256) and compares the digests, so
 * its time says nothing about the credential's length or where the first
 * difference is. A header missing or empty is `missing_signature`; a Bearer
 * or Basic header that is not one, or a credential over
 * {@link MAX_CREDENTIAL_BYTES}, is `malformed_signature`; a credential that
 * differs is `signature_mismatch`.
 *
 * @example
 * ```ts
 * const cartesia = credentialScheme({ form: 'value', header: 'X-Webhook-Secret' })
 * const bearer = credentialScheme({ form: 'bearer' })                   // Authorization: Bearer <secret>
 * const assemblyai = credentialScheme({ form: 'value', callerHeader: true })
 * ```
 */
export function credentialScheme<const CallerHeader extends boolean = false>(
  options: CredentialSchemeOptions<CallerHeader>,
): CredentialScheme<CallerHeader> {
  const { form } = options
  const callerHeader = options.callerHeader === true
  const fixedHeader = options.header ?? 'Authorization'
  const word = form === 'bearer' ? 'Bearer' : 'Basic'

  function headerOf(given: Readonly<Record<string, unknown>>, hint: KeyHint): string {
    if (!callerHeader) return fixedHeader
    const header = given['header']
    if (typeof header !== 'string' || !TOKEN.test(header)) {
      throw new TypeError(
        `hookproof: options.header must name the header ${hint.name} sends the credential in, as set up with ${hint.name}, e.g. { header: 'X-Webhook-Secret', secret: process.env.WEBHOOK_SECRET }; got ${typeof header === 'string' ? JSON.stringify(header) : String(header)}.`,
      )
    }
    return header
  }

  function read(value: string, header: string): Uint8Array {
    const malformed = (why: string) => new WebhookVerificationError('malformed_signature', `The ${header} header ${why}.`)
    if (value.length > MAX_CREDENTIAL_BYTES) throw malformed(`is longer than ${MAX_CREDENTIAL_BYTES} characters`)
    if (form === 'value') return utf8(value)
    const match = (form === 'bearer' ? BEARER : BASIC).exec(value)
    if (!match) throw malformed(`is not "${word} <${form === 'bearer' ? 'token' : 'base64 of user:password'}>"`)
    if (form === 'bearer') return utf8(match[1]!)
    const pair = decodeBase64(match[1]!)
    if (!pair?.includes(0x3a)) throw malformed('is not "Basic <base64 of user:password>"')
    return pair
  }

  // A credential travels as header text, so it is text; Basic's is a user:password pair.
  function credentialOf(value: unknown, where: string, hint: KeyHint): Uint8Array {
    if (value instanceof Uint8Array) {
      throw new TypeError(
        `hookproof: ${where} is a Uint8Array; a ${hint.name} credential travels in a header, so pass it as the string set up with ${hint.name}.`,
      )
    }
    const text = checkSecret(value, where, hint.example) as string
    if (form === 'basic' && !text.includes(':')) {
      throw new TypeError(
        `hookproof: ${where} must be the user:password pair of the Basic credentials ${hint.name} sends (what comes before @ in the URL you gave it), e.g. 'hookproof:s3cret'.`,
      )
    }
    if (text.length > MAX_CREDENTIAL_BYTES)
      throw new TypeError(
        `hookproof: ${where} is longer than ${MAX_CREDENTIAL_BYTES} characters, more than any credential header hookproof reads.`,
      )
    if (form === 'bearer' && !BEARER_TOKEN.test(text)) {
      throw new TypeError(`hookproof: ${where} has characters a Bearer token cannot carry (RFC 6750: letters, digits and -._~+/, then =).`)
    }
    return utf8(text)
  }

  let last: { readonly secret?: string; readonly header?: string; readonly keys: readonly CredentialKey[] } = { keys: [] }

  const names = headerNames(fixedHeader)

  return {
    signsTime: false,
    tolerance: false,
    coversBody: false,
    // The header the caller names, when it names a valid one; none known before.
    headers(given) {
      if (!callerHeader) return names
      const header = given?.['header']
      return typeof header === 'string' && TOKEN.test(header) ? headerNames(header) : []
    },

    keys(given, hint) {
      const header = headerOf(given, hint)
      const value = given['secret']
      // An endpoint passes the same credential on every delivery: its checks and digest are worked out once.
      if (typeof value === 'string' && value === last.secret && header === last.header) return last.keys
      const keys = eachSecret(value, `${hint.name} credential`, (item, where) => {
        const credential = credentialOf(item, where, hint)
        return { header, credential, expected: sha256(credential) }
      })
      if (typeof value === 'string') last = { secret: value, header, keys }
      return keys
    },

    parse(header, keys) {
      const name = keys[0]?.header ?? fixedHeader
      return { credential: read(requireHeader(header, name), name), timestamp: undefined }
    },

    verify: (signed, _body, key) => digestIs('SHA-256', [signed.credential], key.expected),

    async sign(_body, given, _time, hint) {
      const header = headerOf(given, hint)
      const secret = given['secret']
      credentialOf(secret, 'options.secret', hint)
      const text = secret as string
      return { [header]: form === 'value' ? text : form === 'bearer' ? `Bearer ${text}` : `Basic ${encodeBase64(utf8(text))}` }
    },

    mismatch: (provider, { length: count }) =>
      `The ${provider} credential does not match ${count === 1 ? 'the secret' : `any of the ${count} secrets`}. Check the secret, and that it is the one set up with ${provider} for this endpoint.`,
  }
}
