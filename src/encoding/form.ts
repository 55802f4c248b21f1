/**
 * A body read as an HTML form sends it (`application/x-www-form-urlencoded`,
 * as Twilio posts its webhooks): the one rule for reading its parameters,
 * used by the scheme that signs them and by the step that returns them.
 */
import { WebhookVerificationError } from '../errors.js'
import type { BodyFormat } from './body-format.js'
import { splitAtMost } from './split.js'
import { decodeUtf8 } from './utf8.js'

/**
 * The most parameters a form body may carry: Express's and body-parser's
 * `parameterLimit` default. A provider's webhook carries a few dozen; the
 * bound keeps the sorting and hashing a sender can ask for small.
 */
export const MAX_FORM_PARAMETERS = 1000

/** The parameters of a form body, in the order sent; or why it is no form a sender sends. */
export type FormRead = { readonly params: readonly (readonly [name: string, value: string])[] } | { readonly error: string }

const HEX = /^[0-9A-Fa-f]{2}$/
// Keeps a leading U+FEFF, as decodeURIComponent and Node's querystring do.
const lossy = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * @internal One name or value of a form or a query string: `+` is a space,
 * `%XX` a byte, the bytes UTF-8. Strict (a form body): a `%` without two hex
 * digits, or bytes that are not UTF-8, make it `undefined`. `lenient`, as
 * Node's `querystring.unescape` reads a query: such a `%` stays as it is,
 * and bytes that are not UTF-8 become U+FFFD.
 */
export function decodeFormPart(text: string, lenient = false): string | undefined {
  const plain = text.includes('+') ? text.replaceAll('+', ' ') : text
  if (!plain.includes('%')) return plain
  const bytes: number[] = []
  const encoder = new TextEncoder()
  for (let i = 0; i < plain.length; ) {
    if (plain[i] === '%') {
      const hex = plain.slice(i + 1, i + 3)
      if (HEX.test(hex)) {
        bytes.push(Number.parseInt(hex, 16))
        i += 3
        continue
      }
      if (!lenient) return undefined
      bytes.push(0x25)
      i++
      continue
    }
    // A run of text up to the next escape, as its UTF-8.
    const next = plain.indexOf('%', i)
    const run = plain.slice(i, next === -1 ? plain.length : next)
    for (const byte of encoder.encode(run)) bytes.push(byte)
    i += run.length
  }
  const decoded = new Uint8Array(bytes)
  return lenient ? lossy.decode(decoded) : decodeUtf8(decoded)
}

/**
 * The parameters of `text`, a form body: pieces between `&` (empty ones
 * skipped, as browsers do), each split at its first `=`. Strict where the
 * WHATWG parser is lenient, so that one body means one list of parameters:
 * a `%` not followed by two hex digits, an escape that decodes to bytes
 * that are not UTF-8, or more than {@link MAX_FORM_PARAMETERS} parameters
 * is an error, never a replacement character.
 *
 * @example
 * ```ts
 * readForm('CallSid=CA123&From=%2B14158675309') // { params: [['CallSid', 'CA123'], ['From', '+14158675309']] }
 * ```
 */
export function readForm(text: string): FormRead {
  const params: [string, string][] = []
  // Counted before anything is split: a body of a million `&` costs a scan. Empty pieces are skipped, so up to twice as many.
  const pieces = splitAtMost(text, '&', MAX_FORM_PARAMETERS * 2 + 1)
  if (!pieces) return { error: `carries more than ${MAX_FORM_PARAMETERS} parameters` }
  for (const piece of pieces) {
    if (piece === '') continue
    if (params.length === MAX_FORM_PARAMETERS) return { error: `carries more than ${MAX_FORM_PARAMETERS} parameters` }
    const equals = piece.indexOf('=')
    const name = decodeFormPart(equals === -1 ? piece : piece.slice(0, equals))
    const value = equals === -1 ? '' : decodeFormPart(piece.slice(equals + 1))
    if (name === undefined || value === undefined) return { error: 'is not form-encoded UTF-8 (a bad % escape)' }
    params.push([name, value])
  }
  return { params }
}

/**
 * `params` as a form body, the way browsers and `URLSearchParams` write one
 * (spaces as `+`, everything but `*-._` and letters and digits escaped).
 *
 * @example
 * ```ts
 * writeForm({ CallSid: 'CA123', From: '+14158675309' }) // 'CallSid=CA123&From=%2B14158675309'
 * ```
 */
export function writeForm(params: Readonly<Record<string, string>>): string {
  return new URLSearchParams(Object.entries(params)).toString()
}

/**
 * Form-encoded bodies: `verify` returns the parameters as an object of
 * strings, `sign` writes an object of strings as a form. A parameter sent
 * more than once has no one value: such a body is refused.
 *
 * @example
 * ```ts
 * import { defineProvider, formBody, urlFormScheme } from 'hookproof'
 *
 * const scheme = urlFormScheme({ signatureHeader: 'X-Acme-Signature' })
 * export const acme = defineProvider<{ CallSid: string }>()({ name: 'Acme', scheme, bodyFormat: formBody })
 * ```
 */
export const formBody: BodyFormat = {
  contentType: 'application/x-www-form-urlencoded',
  read(text, provider) {
    const form = readForm(text)
    const refuse = (why: string): never => {
      throw new WebhookVerificationError('invalid_payload', `The ${provider} body ${why}.`)
    }
    if ('error' in form) return refuse(form.error)
    const event: Record<string, string> = {}
    for (const [name, value] of form.params) {
      if (Object.hasOwn(event, name)) refuse(`carries the parameter ${JSON.stringify(name.slice(0, 40))} more than once`)
      // Defined, not assigned: a parameter named __proto__ is a parameter.
      Object.defineProperty(event, name, { value, enumerable: true, writable: true, configurable: true })
    }
    return event
  },
  write(payload, provider) {
    const strings =
      typeof payload === 'object' &&
      payload !== null &&
      !Array.isArray(payload) &&
      Object.values(payload).every((v) => typeof v === 'string')
    if (!strings) throw new TypeError(`hookproof: ${provider} sends a form: sign needs an object of strings or a form-encoded string.`)
    return writeForm(payload as Record<string, string>)
  },
}
