/**
 * Whether a mutated delivery still carries what its sender signed: the same
 * body bytes, the same value of every signed header (the timestamp, the
 * delivery id), the signature itself. Only such a delivery may be accepted;
 * anything else accepted is a forgery.
 *
 * Read the way HTTP reads headers, written here apart from hookproof: names in
 * any case, spaces and tabs at the ends of a value not part of it (RFC 9110
 * §5.5), a repeated header its values joined by ", ". Where a hand-built
 * object holds a name twice in different cases, either value may be the one
 * read, so the signed one must be among them.
 */
import { formParams } from '../reference/twilio.js'
import type { Reference } from '../reference/signers.js'
import {
  bareSignature,
  coversBody,
  jsonObjectOf,
  SNS_SIGNED_FIELDS,
  signedFieldOf,
  snsStringToSign,
  timestampHeader,
  timestampKeyOf,
} from '../reference/signers.js'
import type { Original } from './deliveries.js'
import type { HeaderValue, Wire } from './mutations.js'

const trim = (value: string, fetch: boolean): string => value.replace(fetch ? /^[ \t\r\n]+|[ \t\r\n]+$/g : /^[ \t]+|[ \t]+$/g, '')
const read = (value: HeaderValue, fetch: boolean): string =>
  typeof value === 'string' ? trim(value, fetch) : value.map((item) => trim(item, fetch)).join(', ')

/** Every value a header of `name` can be read as; Fetch `Headers` (`fetch`) trims CR and LF too. */
function readings(headers: Wire['headers'], name: string, fetch: boolean): string[] {
  return headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => read(value, fetch))
}

/** The timestamp values (`t=`, or the provider's tag) of a Stripe-style header, its items read with any whitespace around them (a JavaScript `trim`). */
function tagged(value: string, key: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.startsWith(`${key}=`))
    .map((item) => item.slice(key.length + 1))
}

/** Why `wire` (carried in Fetch `Headers` when `fetch`) is not what `original` signed, or `undefined` when it is. */
export function changedSigned(original: Original, wire: Wire, fetch: boolean): string | undefined {
  const { reference } = original
  // A static credential signs nothing: the body and other headers may change, the credential may not.
  const format = reference.signature
  if (format.encoding === 'credential') {
    const { form, header } = format
    const sent = credentialOf(form, original.headers[header]!)
    const received = readings(wire.headers, header, fetch).map((value) => credentialOf(form, value))
    return received.some((value) => value?.equals(sent!)) ? undefined : 'the credential is gone'
  }
  // AWS SNS: the signed fields of the body, its signature fields, and the type the header names.
  if (format.encoding === 'sns') return changedSns(original, wire, fetch)
  // A form (Twilio): its parameters are signed, not its bytes.
  if (reference.form && signedParams(wire.body) !== signedParams(original.body)) return 'the signed form parameters changed'
  // A token that binds no body (Pub/Sub): the body may change, the token may not.
  if (coversBody(reference) && !Buffer.from(wire.body).equals(original.body)) return 'the body bytes changed'
  // A signature over one field of the body (Kie.ai's task id): the rest may change, that field may not.
  if (reference.signedField && signedFieldOf(reference, Buffer.from(wire.body)) !== signedFieldOf(reference, original.body))
    return 'the signed field of the body changed'
  // A token: the whole header value, exactly (its time rides inside it); after `Bearer `, a word in any case.
  if (format.encoding === 'jwt') {
    const token = (value: string) => (format.bearer ? /^bearer +(\S+)$/i.exec(value)?.[1] : value)
    const sent = token(original.headers[format.header]!)
    return readings(wire.headers, format.header, fetch).some((value) => token(value) === sent) ? undefined : 'the token changed'
  }
  const names = [...(reference.timestamp?.header ? [reference.timestamp.header] : []), ...(reference.headers.signed ?? [])]
  for (const name of names) {
    if (!readings(wire.headers, name, fetch).includes(original.headers[name]!)) return `${name} changed`
  }
  const signatures = readings(wire.headers, reference.signature.header, fetch)
  if (reference.timestamp && !reference.timestamp.header) {
    const key = timestampKeyOf(reference.signature)
    const signedAt = tagged(original.headers[timestampHeader(reference)!]!, key)[0]!
    if (!signatures.some((value) => tagged(value, key).includes(signedAt))) return `the ${key}= timestamp changed`
  }
  if (!signatures.some((value) => carries(reference, value, original.headers[reference.signature.header]!))) return 'the signature is gone'
  return undefined
}

/** A form body's parameters as twilio-node signs them after the URL: each sorted name, then its sorted distinct values. */
function signedParams(body: Uint8Array): string {
  const params = formParams(Buffer.from(body).toString('utf8'))
  return Object.keys(params)
    .sort()
    .map((name) => {
      const value = params[name]!
      return (Array.isArray(value) ? [...new Set(value)].sort() : [value]).map((v) => name + v).join('')
    })
    .join('')
}

/** Why an SNS message is not what its sender signed: a signed field, the signature, its version or certificate changed. */
function changedSns(original: Original, wire: Wire, fetch: boolean): string | undefined {
  const sent = jsonObjectOf(original.body)!
  const received = jsonObjectOf(wire.body)
  if (!received) return 'the body is no JSON object'
  if (snsStringToSign(received) !== snsStringToSign(sent)) return `a signed field changed (${SNS_SIGNED_FIELDS.join(', ')})`
  for (const name of ['SignatureVersion', 'SigningCertURL']) if (received[name] !== sent[name]) return `${name} changed`
  if (
    typeof received['Signature'] !== 'string' ||
    !Buffer.from(received['Signature'], 'base64').equals(Buffer.from(sent['Signature'] as string, 'base64'))
  )
    return 'the signature changed'
  if (!readings(wire.headers, 'x-amz-sns-message-type', fetch).includes(sent['Type'] as string)) return 'the message type header changed'
  return undefined
}

/**
 * Whether a signature header value still holds the signature of `signed`:
 * its hex in either case, or an entry whose base64 (padded or not) decodes
 * to its bytes.
 */
function carries(reference: Reference, value: string, signed: string): boolean {
  const bare = bareSignature(reference.signature, signed)
  const bytes = Buffer.from(bare, 'base64')
  if (reference.signature.encoding === 'base64') return Buffer.from(value, 'base64').equals(bytes)
  if (reference.signature.encoding !== 'standard' || reference.signature.mac === 'hex')
    return value.toLowerCase().includes(bare.toLowerCase())
  return value.split(/[ ,]/).some((entry) => entry !== '' && Buffer.from(entry, 'base64').equals(bytes))
}

/**
 * The credential a header value carries, read as RFC 6750 and RFC 7617 do:
 * the word in any case, spaces after it; Basic's base64 decoded. `undefined`
 * when the value is no such header.
 */
function credentialOf(form: 'value' | 'bearer' | 'basic', value: string): Buffer | undefined {
  if (form === 'value') return Buffer.from(value, 'utf8')
  const match = new RegExp(`^${form} +(\\S+)$`, 'i').exec(value)
  if (!match) return undefined
  return form === 'bearer' ? Buffer.from(match[1]!, 'utf8') : Buffer.from(match[1]!, 'base64')
}
