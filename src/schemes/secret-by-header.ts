import type { Secret } from '../crypto/engine.js'
import type { AnyScheme, Scheme } from './scheme.js'
import { checkSecret, readSecrets, type SecretOptions, type SigningSecretOptions } from './secret.js'
import type { KeyHint } from './secret.js'

/** Where a {@link secretByHeader} scheme reads which secret signed a delivery. */
export interface SecretByHeaderConfig {
  /** The header naming the sender's key, e.g. `X-Api-Video-WebhookID`. */
  readonly header: string
  /** The `sign` option that sets it, e.g. `webhookId`. */
  readonly signOption: string
}

/**
 * The key options of `verify` with a {@link secretByHeader} scheme: the
 * secrets by the id the header names, or one secret (or several while
 * rotating) tried whatever it names.
 */
export type SecretByHeaderOptions =
  | { readonly secrets: Readonly<Record<string, Secret | readonly Secret[]>>; readonly secret?: undefined }
  | (SecretOptions & { readonly secrets?: undefined })

/** The key options of `sign` with a {@link secretByHeader} scheme: the secret, and the id to send (default: random). */
export interface SecretByHeaderSignOptions extends SigningSecretOptions {
  readonly webhookId?: string
}

/** A secret, and the id it is the secret of (`undefined`: any). */
export interface SecretFor {
  readonly id: string | undefined
  readonly secret: Secret
}

/** A {@link secretByHeader} scheme: `Inner`'s check, with the secret chosen by a header. */
export type SecretByHeaderScheme<SignsTime extends boolean> = Scheme<
  SecretFor,
  { readonly inner: unknown; readonly id: string | undefined; readonly timestamp: number | undefined },
  SecretByHeaderOptions,
  SecretByHeaderSignOptions,
  SignsTime
>

const MAX_IDS = 1024

function readSecretsById(value: unknown, hint: KeyHint): SecretFor[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `hookproof: options.secrets must be an object of ${hint.name} secrets by webhook id, e.g. { secrets: { [webhookId]: secret } }.`,
    )
  }
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0)
    throw new TypeError(`hookproof: options.secrets is empty. Pass at least one ${hint.name} secret by its webhook id.`)
  if (entries.length > MAX_IDS) throw new TypeError(`hookproof: options.secrets holds more than ${MAX_IDS} ids.`)
  return entries.flatMap(([id, secrets]) =>
    (Array.isArray(secrets) ? secrets : [secrets]).map((secret, i) => ({
      id,
      secret: checkSecret(secret, `options.secrets[${JSON.stringify(id)}]${Array.isArray(secrets) ? `[${i}]` : ''}`, hint.example),
    })),
  )
}

/**
 * A secret scheme whose secret is chosen by a header the sender sends beside
 * the signature (api.video's `X-Api-Video-WebhookID`: each webhook has its
 * own secret). `verify` takes `{ secrets: { [id]: secret } }` and checks the
 * delivery against the secret of the id its header names, or `{ secret }`
 * tried whatever it names. The header is not signed: it only picks the key,
 * so a delivery signed with one webhook's secret that names another is
 * refused, and one that names no known id is `signature_mismatch`.
 *
 * @example
 * ```ts
 * const scheme = secretByHeader(hmacScheme({ signatureHeader: 'X-Api-Video-Signature' }), {
 *   header: 'X-Api-Video-WebhookID',
 *   signOption: 'webhookId',
 * })
 * ```
 */
export function secretByHeader<
  const Inner extends Scheme<Secret, { readonly timestamp: number | undefined }, SecretOptions, SigningSecretOptions, boolean>,
>(inner: Inner, config: SecretByHeaderConfig): SecretByHeaderScheme<Inner['signsTime']> {
  const { header: name, signOption } = config
  const scheme = inner as unknown as AnyScheme
  return {
    signsTime: inner.signsTime,
    tolerance: inner.tolerance,
    examples: { verify: '{ secrets: { [webhookId]: process.env.WEBHOOK_SECRET } }', sign: '{ secret, webhookId }' },

    // The id header is not required (one secret needs none): the inner scheme's are.
    headers: (options) => scheme.headers?.(options) ?? [],

    keys(options, hint) {
      if (options['secrets'] !== undefined) {
        if (options['secret'] !== undefined)
          throw new TypeError('hookproof: pass options.secrets (by webhook id) or options.secret, not both.')
        return readSecretsById(options['secrets'], hint)
      }
      return readSecrets(options, hint).map((secret) => ({ id: undefined, secret }))
    },

    parse(header, keys) {
      const signed = scheme.parse(
        header,
        keys.map((key) => key.secret),
      )
      return { inner: signed, id: header(name), timestamp: signed.timestamp }
    },

    verify(signed, body, key) {
      if (key.id !== undefined && key.id !== signed.id) return false
      return scheme.verify(signed.inner, body, key.secret)
    },

    async sign(body, options, time, hint) {
      const id = options[signOption] === undefined ? crypto.randomUUID() : options[signOption]
      if (typeof id !== 'string' || id === '') throw new TypeError(`hookproof: options.${signOption} must be a non-empty string.`)
      return { [name]: id, ...(await scheme.sign(body, options, time, hint)) }
    },
  }
}
