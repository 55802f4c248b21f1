/**
 * An HMAC over the URL the delivery was posted to and its form parameters,
 * sorted by name (Twilio's `X-Twilio-Signature`): the parameters are
 * signed, not the body's bytes, so a body re-encoded with the same
 * parameters still verifies, and the URL must be the one the sender was
 * configured with.
 */
import { HASH_BYTES, type HashName, type Secret } from '../crypto/engine.js'
import { engine } from '../crypto/select.js'
import { decodeFormPart, readForm } from '../encoding/form.js'
import { bodyText } from '../encoding/json.js'
import { base64Signature } from '../encoding/signature.js'
import { WebhookVerificationError } from '../errors.js'
import { headerNames, requireHeader, type Scheme } from './scheme.js'
import { readSecrets, type SecretOptions, signingSecret, type SigningSecretOptions } from './secret.js'

/** Describes a URL-and-form scheme; see {@link urlFormScheme}. */
export interface UrlFormSchemeOptions {
  /** The header carrying the base64 signature, e.g. `X-Twilio-Signature`. */
  readonly signatureHeader: string
  /** Default `SHA-1`, which Twilio signs with. */
  readonly hash?: HashName
}

/** The URL option both `verify` and `sign` of a URL-and-form scheme take. */
export interface SignedUrlOptions {
  /**
   * The full URL the sender posts to, exactly as configured with it (scheme,
   * host, path and query string), e.g. `'https://example.com/voice?flow=a'`;
   * or `request.url` where the server sees the public URL; a `URL` object
   * (anything with an `href`) is read as its `href`. The signature
   * covers it: a delivery meant for another of your URLs does not verify.
   */
  readonly url: string | { readonly href: string }
}

/** `verify` options of a URL-and-form scheme: the secret(s) and the URL. */
export interface UrlFormVerifyOptions extends SecretOptions, SignedUrlOptions {}

/** `sign` options of a URL-and-form scheme: the secret and the URL. */
export interface UrlFormSignOptions extends SigningSecretOptions, SignedUrlOptions {}

/**
 * A key of a URL-and-form scheme: a secret and one spelling of the URL it may
 * have been signed with. Each secret comes once per spelling, and `verify`
 * tries every key in turn as it tries a rotation's secrets.
 */
export interface UrlFormKey {
  readonly secret: Secret
  readonly url: string
}

/** What a URL-and-form scheme reads from the headers: the claimed signature. */
export interface UrlFormSigned {
  readonly signatures: readonly Uint8Array[]
  readonly timestamp: undefined
  /** What is signed after the URL, read from the body the first time a key is tried: once a delivery, whatever the keys. */
  params: string | undefined
}

/** A URL-and-form scheme, as {@link urlFormScheme} builds it. */
export type UrlFormScheme = Scheme<UrlFormKey, UrlFormSigned, UrlFormVerifyOptions, UrlFormSignOptions, false>

/** `value` as an absolute http(s) URL, or a `TypeError` naming the fix. */
function checkUrl(value: unknown): { readonly text: string; readonly parsed: URL } {
  // A URL object, by its href: structural, so the types need no DOM or Node library.
  const text = typeof value === 'object' && value !== null ? (value as { readonly href?: unknown }).href : value
  let parsed: URL | undefined
  if (typeof text === 'string') {
    try {
      parsed = new URL(text)
    } catch {}
  }
  if (parsed === undefined || typeof text !== 'string' || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new TypeError(
      `hookproof: options.url must be the full http(s) URL the webhook is posted to, exactly as configured (scheme, host, path and query), e.g. { url: 'https://example.com/twilio/voice' } or { url: request.url }; got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value}.`,
    )
  }
  return { text, parsed }
}

// The query string re-encoded as Node's querystring.stringify(parse(…)) writes it:
// repeated names grouped at their first place, every value escaped.
function legacyQuery(search: string): string {
  const groups: Record<string, string[]> = Object.create(null)
  let count = 0
  for (const piece of search.split('&')) {
    // querystring.parse reads at most 1,000 pairs.
    if (count++ === 1000) break
    if (piece === '') continue
    const equals = piece.indexOf('=')
    // Read as querystring.unescape reads it: a bad escape kept, bad bytes U+FFFD.
    const name = decodeFormPart(equals === -1 ? piece : piece.slice(0, equals), true)!
    const value = equals === -1 ? '' : decodeFormPart(piece.slice(equals + 1), true)!
    ;(groups[name] ??= []).push(value)
  }
  return Object.keys(groups)
    .map((name) => groups[name]!.map((value) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&'))
    .join('&')
}

function withStandardPort(url: URL): string {
  const port = url.protocol === 'https:' ? ':443' : ':80'
  const user = url.username + (url.password ? `:${url.password}` : '')
  return `${url.protocol}//${user}${user ? '@' : ''}${url.host}${port}${url.pathname}${url.search}${url.hash}`
}

function withLegacyQuery(url: string): string {
  const parsed = new URL(url)
  if (!parsed.search) return url
  const query = legacyQuery(parsed.search.slice(1))
  parsed.search = ''
  return `${parsed.href}?${query}`
}

/**
 * The spellings of `url` a signature may have been made over: as given, and
 * as Twilio's own validators try it (without the port, with the default
 * port, each with the query re-encoded), since Twilio's signing is not
 * consistent between them. At most five HMACs a secret, whatever is sent.
 */
function spellings(text: string, parsed: URL): string[] {
  const bare = new URL(parsed.href)
  bare.port = ''
  const withoutPort = bare.href
  const withPort = parsed.port ? parsed.href : withStandardPort(parsed)
  return [...new Set([text, withoutPort, withPort, withLegacyQuery(withoutPort), withLegacyQuery(withPort)])]
}

// The URL last read, and its spellings: an endpoint passes the same URL on every delivery.
let lastUrl: unknown
let lastSpellings: readonly string[] = []

/**
 * What is signed after the URL: each parameter's name and value, no
 * separator, by name in code-unit order; a repeated name's distinct values
 * each after its name, sorted. `invalid_payload` when the body is no form.
 */
function signedParams(body: string | Uint8Array): string {
  const text = bodyText(body)
  const form = text === undefined ? { error: 'is not valid UTF-8' } : readForm(text)
  if ('error' in form) throw new WebhookVerificationError('invalid_payload', `The body ${form.error}.`)
  const values = new Map<string, string[]>()
  for (const [key, value] of form.params) {
    const list = values.get(key)
    if (list) list.push(value)
    else values.set(key, [value])
  }
  let content = ''
  for (const key of [...values.keys()].sort()) {
    for (const value of [...new Set(values.get(key))].sort()) content += key + value
  }
  return content
}

/**
 * An HMAC (SHA-1 by default, base64) of the URL followed by every form
 * parameter's name and value, sorted by name, as Twilio signs its webhooks
 * under the account's auth token. Nothing is timestamped: a captured delivery can be
 * replayed to the same URL; de-duplicate.
 *
 * The signature must be exactly the base64 of the hash's length; anything
 * else is `malformed_signature`, before any crypto. A body that is not a
 * form (a bad `%` escape, not UTF-8, more than 1,000 parameters) is
 * `invalid_payload`: there is nothing to check the signature against.
 *
 * @example
 * ```ts
 * const scheme = urlFormScheme({ signatureHeader: 'X-Twilio-Signature' })
 * ```
 */
export function urlFormScheme(options: UrlFormSchemeOptions): UrlFormScheme {
  const { signatureHeader, hash = 'SHA-1' } = options
  const bytes = HASH_BYTES[hash]
  if (bytes === undefined) throw new TypeError(`hookproof: urlFormScheme's hash must be SHA-1, SHA-256 or SHA-512, got ${String(hash)}.`)
  const names = headerNames(signatureHeader)

  return {
    signsTime: false,
    tolerance: false,
    headers: () => names,
    examples: {
      verify: "{ secret: process.env.WEBHOOK_SECRET, url: 'https://example.com/webhook' }",
      sign: "{ secret: 'test secret', url: 'https://example.com/webhook' }",
    },

    keys(options, hint) {
      const secrets = readSecrets(options, hint)
      if (options['url'] !== lastUrl || typeof options['url'] !== 'string') {
        const { text, parsed } = checkUrl(options['url'])
        lastSpellings = spellings(text, parsed)
        lastUrl = options['url']
      }
      const urls = lastSpellings
      return secrets.flatMap((secret) => urls.map((url) => ({ secret, url })))
    },

    parse(header) {
      const value = requireHeader(header, signatureHeader)
      const signature = base64Signature.read(value, bytes, 0)
      if (!signature) {
        throw new WebhookVerificationError(
          'malformed_signature',
          `The ${signatureHeader} header is not ${base64Signature.describe(bytes)}.`,
        )
      }
      return { signatures: [signature], timestamp: undefined, params: undefined }
    },

    verify(signed, body, key) {
      signed.params ??= signedParams(body)
      return engine().verifyHmac(hash, key.secret, [key.url, signed.params], signed.signatures)
    },

    async sign(body, options, _time, hint) {
      const secret = signingSecret(options, hint)
      const { text } = checkUrl(options['url'])
      let params: string
      try {
        params = signedParams(body)
      } catch {
        throw new TypeError(`hookproof: ${hint.name} signs form parameters: sign needs an object of strings or a form-encoded string.`)
      }
      return { [signatureHeader]: base64Signature.write(await engine().hmac(hash, secret, [text, params])) }
    },

    mismatch(provider, keys) {
      const secrets = new Set(keys.map((key) => key.secret)).size
      const count = secrets === 1 ? 'the secret' : `any of the ${secrets} secrets`
      return `The ${provider} signature does not match the URL and form parameters with ${count}. Check the secret, and that options.url is the URL exactly as configured with the sender (scheme, host, path and query string; behind a proxy, the public URL, not the one the server sees).`
    },
  }
}
