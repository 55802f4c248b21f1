/**
 * A scheme whose signature covers one field of the body, not the body: the
 * sender signs, say, `<task id>.<timestamp>` and sends the body beside it.
 * Everything else in the body is unauthenticated.
 */
import { isPlainObject, jsonObjectOf } from '../encoding/json.js'
import { WebhookVerificationError } from '../errors.js'
import type { AnyScheme } from './scheme.js'

/** Where the signed field is; see {@link signedFieldScheme}. */
export interface SignedFieldOptions {
  /**
   * The paths the field may be at, each a list of keys from the body's top
   * level, tried in order: the first that holds a non-empty string is the
   * one signed, e.g. `[['data', 'taskId'], ['data', 'task_id']]`.
   */
  readonly paths: readonly (readonly string[])[]
  /** How messages name the field, e.g. `task id`. */
  readonly describe: string
}

/**
 * Wraps `scheme` so that its signed content is a field of the body, read from
 * the JSON body at one of `paths`, instead of the body itself: `verify`
 * checks the signature over that field's value (and whatever the scheme adds,
 * such as a timestamp), and `sign` signs the payload's field. A body with no
 * such field (or that is no JSON object) is `invalid_payload`: there is
 * nothing to check the signature against.
 *
 * Only that field is authenticated. Anyone who saw one delivery can send its
 * headers with another body carrying the same field, within the tolerance;
 * use the verified field to fetch what the body claims from the sender's API.
 *
 * @example
 * ```ts
 * const scheme = signedFieldScheme(
 *   hmacScheme({
 *     signatureHeader: 'X-Acme-Signature',
 *     encoding: base64Signature,
 *     timestamp: { header: 'X-Acme-Timestamp', format: unixSeconds, position: 'after' },
 *   }),
 *   { paths: [['data', 'taskId']], describe: 'task id' },
 * )
 * ```
 */
export function signedFieldScheme<const Inner extends AnyScheme>(scheme: Inner, options: SignedFieldOptions): Inner {
  const { paths, describe } = options
  if (paths.length === 0 || paths.some((path) => path.length === 0)) {
    throw new TypeError("hookproof: signedFieldScheme's paths must each name at least one key.")
  }
  const where = paths.map((path) => path.join('.')).join(' or ')

  function fieldOf(body: string | Uint8Array): string | undefined {
    const value = jsonObjectOf(body)
    for (const path of paths) {
      let at: unknown = value
      for (const key of path) at = isPlainObject(at) ? at[key] : undefined
      if (typeof at === 'string' && at !== '') return at
    }
    return undefined
  }

  // One delivery is checked against every key: its field is read once, kept
  // with what parse read from its headers (and gone with it).
  const read = new WeakMap<object, string>()
  function signedField(signed: object, body: string | Uint8Array): string {
    const known = read.get(signed)
    if (known !== undefined) return known
    const field = fieldOf(body)
    if (field === undefined) {
      throw new WebhookVerificationError('invalid_payload', `The body has no ${describe} (${where}) to check the signature against.`)
    }
    read.set(signed, field)
    return field
  }
  const signedWhat = scheme.signsTime ? `the ${describe} and timestamp` : `the ${describe}`

  return {
    ...scheme,
    verify(signed, body, key) {
      return scheme.verify(signed, signedField(signed, body), key)
    },
    async sign(body, signOptions, time, hint) {
      const field = fieldOf(body)
      if (field === undefined)
        throw new TypeError(`hookproof: sign needs a payload with its ${describe} (${where}), which the signature covers.`)
      return scheme.sign(field, signOptions, time, hint)
    },
    mismatch(provider, keys) {
      const tried = keys.length === 1 ? 'the secret' : `any of the ${keys.length} secrets`
      return `The ${provider} signature does not match ${signedWhat} with ${tried}. Check the secret.`
    },
  }
}
