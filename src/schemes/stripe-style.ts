import { splitAtMost } from '../encoding/split.js'
import { HASH_BYTES, type Secret } from '../crypto/engine.js'
import { engine } from '../crypto/select.js'
import { hexSignature } from '../encoding/signature.js'
import { WebhookVerificationError } from '../errors.js'
import { trimOws } from '../http/headers.js'
import { type TimestampFormat, unixSeconds } from '../time/formats.js'
import type { Tolerance } from '../time/tolerance.js'
import { headerNames, MAX_SIGNATURES, requireHeader, type Scheme, type SignedContent } from './scheme.js'
import { readSecrets, type SecretOptions, signingSecret, type SigningSecretOptions } from './secret.js'

/** Describes a Stripe-style scheme; see {@link stripeStyleScheme}. */
export interface StripeStyleSchemeOptions {
  /** The header, e.g. `mux-signature`. */
  readonly header: string
  /** The tag of the signatures to check, e.g. `v1` (Stripe, Mux), `v0` (ElevenLabs), `sig1` (Cloudflare Stream). */
  readonly version: string
  /** What joins the timestamp and the body in the signed content: `.` for most, `,` for OpenRouter, `''` for Retell. */
  readonly joiner: string
  /** The tag of the timestamp. Default `t`; `time` for Cloudflare Stream, `v` for Retell. */
  readonly timestampKey?: string
  /** How the timestamp is written. Default {@link unixSeconds}. */
  readonly format?: TimestampFormat
  /** Whether the timestamp comes before the body in the signed content (the default) or after it. */
  readonly position?: 'before' | 'after'
  /**
   * `false` for a sender that writes the timestamp into the header but signs
   * only the body (Livepeer): the timestamp is then skipped like any other
   * tag, and no tolerance is checked, since a sender's clock that is not
   * signed proves nothing. Default `true`.
   */
  readonly timestampSigned?: boolean
  /** Default tolerance in seconds. Default 300. */
  readonly tolerance?: Tolerance
}

/** A Stripe-style scheme, as {@link stripeStyleScheme} builds it; `SignsTime` is `false` when the timestamp is not signed. */
export type StripeStyleScheme<SignsTime extends boolean = true> = Scheme<
  Secret,
  SignedContent,
  SecretOptions,
  SigningSecretOptions,
  SignsTime
>

/** Whether options of {@link stripeStyleScheme} sign the timestamp. */
export type StripeStyleSignsTime<Options extends StripeStyleSchemeOptions> = Options extends { readonly timestampSigned: false }
  ? false
  : Options extends { readonly timestampSigned: true } | { readonly timestampSigned?: undefined }
    ? true
    : boolean

/**
 * The Stripe-style single header `t=<unix seconds>,<version>=<hex>[,<version>=<hex>…]`,
 * HMAC-SHA256 of `<t><joiner><body>` under the secret's UTF-8 bytes, any
 * listed signature of the version may match (rotation). The timestamp's tag
 * and format, and its place in the signed content, are options:
 * Cloudflare Stream writes `time=<s>,sig1=<hex>`, Retell `v=<ms>,d=<hex>`
 * over `<body><ms>`.
 *
 * Read strictly: `key=value` items separated by commas (spaces and tabs
 * around them allowed), at most 33 items, exactly one timestamp of the
 * format, at most 16 signatures of the version. A signature that is not 64
 * hex digits matches nothing, and the others are still tried; items of
 * other tags, and items that are not `key=value`, are skipped, as Stripe's
 * own parser does. No signature of the version that decodes is
 * `malformed_signature`; no timestamp is `missing_timestamp`.
 *
 * @example
 * ```ts
 * const scheme = stripeStyleScheme({ header: 'Acme-Signature', version: 'v1', joiner: '.' })
 * const inMilliseconds = stripeStyleScheme({ header: 'Acme-Signature', version: 'v1', joiner: '.', format: unixMilliseconds })
 * ```
 */
export function stripeStyleScheme<const Options extends StripeStyleSchemeOptions>(
  options: Options,
): StripeStyleScheme<StripeStyleSignsTime<Options>> {
  const { header: name, version, joiner, timestampKey = 't', format = unixSeconds } = options
  if (timestampKey === version || timestampKey === '' || version === '') {
    throw new TypeError(
      `hookproof: stripeStyleScheme needs a timestamp tag and a signature tag, non-empty and different; got ${JSON.stringify(timestampKey)} and ${JSON.stringify(version)}.`,
    )
  }
  const after = options.position === 'after'
  const signsTime = options.timestampSigned !== false
  const malformed = (why: string): WebhookVerificationError =>
    new WebhookVerificationError('malformed_signature', `The ${name} header ${why}.`)
  const names = headerNames(name)

  return {
    signsTime: signsTime as StripeStyleSignsTime<Options>,
    tolerance: signsTime ? (options.tolerance ?? 300) : false,
    keys: readSecrets,
    headers: () => names,

    parse(header) {
      const value = requireHeader(header, name)
      let stamp: string | undefined
      const signatures: Uint8Array[] = []
      let candidates = 0
      let problem: string | undefined
      // Items of other tags are skipped, but not without end: `t`, the
      // signatures, and as many again of anything else.
      const items = splitAtMost(value, ',', 2 * MAX_SIGNATURES + 1)
      if (!items) throw malformed(`carries more than ${2 * MAX_SIGNATURES + 1} items`)
      for (const raw of items) {
        // Spaces and tabs only, as around any HTTP list item: NBSP, U+3000 or
        // a line separator around an item is not Stripe's format.
        const item = trimOws(raw)
        const at = item.indexOf('=')
        // Stripe's parser splits each item on '=' and keeps only `t` and the
        // version: an item without a key is skipped like one of another tag.
        if (at <= 0) continue
        // Keys compared and signatures read in place: no slice per item.
        if (signsTime && at === timestampKey.length && item.startsWith(timestampKey)) {
          if (stamp !== undefined) {
            throw new WebhookVerificationError('malformed_timestamp', `The ${name} header carries more than one "${timestampKey}".`)
          }
          stamp = item.slice(at + 1)
        } else if (at === version.length && item.startsWith(version)) {
          // Counted decodable or not, so the bound holds whatever they hold.
          if (++candidates > MAX_SIGNATURES) throw malformed(`carries more than ${MAX_SIGNATURES} signatures`)
          // One that does not decode matches nothing; the others are still
          // tried, as Stripe's and Mux's own verifiers try each one.
          const signature = hexSignature.read(item, HASH_BYTES['SHA-256'], at + 1)
          if (signature) signatures.push(signature)
          else problem ??= `has a "${version}" that is not 64 hex digits`
        }
      }
      if (!signsTime) {
        if (signatures.length === 0) throw malformed(problem ?? `has no "${version}" signature`)
        return { prefix: '', suffix: '', signatures, timestamp: undefined }
      }
      if (stamp === undefined) {
        throw new WebhookVerificationError('missing_timestamp', `The ${name} header has no "${timestampKey}" timestamp.`)
      }
      const time = format.read(stamp)
      if (time === undefined) {
        throw new WebhookVerificationError('malformed_timestamp', `The ${name} header's "${timestampKey}" is not ${format.description}.`)
      }
      if (signatures.length === 0) throw malformed(problem ?? `has no "${version}" signature`)
      // The timestamp exactly as received: the sender signed its own string.
      return after
        ? { prefix: '', suffix: `${joiner}${stamp}`, signatures, timestamp: time }
        : { prefix: `${stamp}${joiner}`, suffix: '', signatures, timestamp: time }
    },

    verify(signed, body, secret) {
      const content = !signsTime ? [body] : after ? [body, signed.suffix ?? ''] : [signed.prefix, body]
      return engine().verifyHmac('SHA-256', secret, content, signed.signatures)
    },

    async sign(body, options, time, hint) {
      const secret = signingSecret(options, hint)
      const stamp = format.write(time)
      const content = !signsTime ? [body] : after ? [body, `${joiner}${stamp}`] : [`${stamp}${joiner}`, body]
      const mac = await engine().hmac('SHA-256', secret, content)
      return { [name]: `${timestampKey}=${stamp},${version}=${hexSignature.write(mac)}` }
    },
  }
}
