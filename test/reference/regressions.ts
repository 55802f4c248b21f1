/**
 * One vector per bug that webhook verifiers have shipped, named after it,
 * signed with the providers' reference signers (signers.ts). The bugs were
 * in hex HMAC verifiers keyed by a text secret: every provider signing that
 * way gets each. Written to test/vectors/regressions.json by generate.ts;
 * test/regressions.test.ts runs them on both engines and in every input form.
 */
import { NOW, type Vector } from '../vectors/format.js'
import { samplesOf } from './samples.js'
import { references, stamp as write, type Reference } from './signers.js'

export interface Regression extends Vector {
  readonly provider: string
  /** Where the bug was reported. */
  readonly bug: string
  /**
   * The body as a view into a larger buffer: the bytes hookproof must hash are
   * `length` bytes from `offset`, not the whole buffer.
   */
  readonly bodyView?: { readonly base64: string; readonly offset: number; readonly length: number }
  /** Only meaningful where headers come as a plain object (a Fetch Headers would read null as "null"). */
  readonly plainHeadersOnly?: boolean
}

const SECRET = 'whsec_regression_secret_4f2a'

const stamp = (reference: Reference, offsetSeconds = 0): string => write(reference.timestamp?.format ?? 'unix', NOW + offsetSeconds * 1000)

function headersFor(reference: Reference, body: string | Buffer, timestamp = stamp(reference)): Record<string, string> {
  return reference.deliver(body, { key: SECRET, timestamp, event: 'job.completed' })
}

/** The providers the bugs apply to: a hex signature, an HMAC keyed by a text secret, an event field the vectors check. */
export const regressionProviders = (): readonly Reference[] =>
  references().filter((reference) => reference.signature.encoding === 'hex' && reference.key.kind === 'text secret' && reference.eventField)

export function generateRegressions(): Regression[] {
  const out: Regression[] = []
  for (const reference of regressionProviders()) {
    if (reference.signature.encoding !== 'hex' || !reference.eventField)
      throw new Error(`${reference.provider}: the regressions need a hex signature and an event field`)
    const { header: signatureHeader, prefix, bytes } = reference.signature
    const event = samplesOf(reference.provider)[0]!
    const name = String(event[reference.eventField])
    const compact = JSON.stringify(event)
    const base = { provider: reference.provider, secret: SECRET }
    const signature = headersFor(reference, compact)[signatureHeader]!
    const withSignature = (value: string): Record<string, string> => ({ ...headersFor(reference, compact), [signatureHeader]: value })

    out.push({
      ...base,
      name: `${reference.provider}: a short signature is malformed, not a RangeError from timingSafeEqual`,
      bug: 'inkbox-ai/inkbox #144, #178; every provider snippet in shared/providers/docs',
      headers: withSignature(`${prefix}abc`),
      body: compact,
      expect: { error: 'malformed_signature' },
    })
    out.push({
      ...base,
      name: `${reference.provider}: ${bytes * 2} characters that are not ${bytes * 2} bytes (multi-byte) are malformed, not a RangeError`,
      bug: 'inkbox-ai/inkbox #178 (Buffer.from(signature) length differs from the string length)',
      headers: withSignature(prefix + 'é'.repeat(bytes * 2)),
      body: compact,
      expect: { error: 'malformed_signature' },
    })

    // The whole backing buffer is what was signed; the view handed to verify is only its tail.
    const signedWhole = Buffer.from(compact)
    const tail = Buffer.from(compact.slice(1))
    out.push({
      ...base,
      name: `${reference.provider}: a body view is hashed at its offset, not as its whole backing buffer`,
      bug: 'denoland/std #3207 (constant-time compare ignored byteOffset), copied by standard-webhooks',
      headers: headersFor(reference, signedWhole),
      bodyView: { base64: signedWhole.toString('base64'), offset: 1, length: tail.length },
      expect: { error: 'signature_mismatch' },
    })
    const padded = Buffer.concat([Buffer.from('{"forged":true} '), signedWhole])
    out.push({
      ...base,
      name: `${reference.provider}: a view of exactly the signed bytes inside a larger buffer passes`,
      bug: 'denoland/std #3207 (the other side: offsets must be honoured, not rejected)',
      headers: headersFor(reference, signedWhole),
      bodyView: { base64: padded.toString('base64'), offset: padded.length - signedWhole.length, length: signedWhole.length },
      expect: { event: name },
    })

    out.push({
      ...base,
      name: `${reference.provider}: a header object with null values reads them as missing`,
      bug: 'svix #981, inkbox-ai/inkbox #163 (null headers became TypeErrors)',
      headers: { ...headersFor(reference, compact), [signatureHeader]: null as unknown as string },
      body: compact,
      plainHeadersOnly: true,
      expect: { error: 'missing_signature' },
    })

    const tricky = `{"${reference.eventField}":"${name}","text":"line\\u2028sep \\u00e9 caf\u00e9 \ud83c\udfac \\ud83c\\udfac","url":"https:\\/\\/x.test\\/a?b=1&c=<d>","n":1.0,"big":1e3,"neg":-0,"nested":{"a":[1,2,{"b":null}]}}`
    out.push({
      ...base,
      name: `${reference.provider}: escapes, emoji, U+2028 and number spellings are hashed as sent`,
      bug: 'octokit/webhooks.js #71, #1155; stripe/stripe-node #396 (bodies failed after a JSON round trip)',
      headers: headersFor(reference, tricky),
      body: tricky,
      expect: { event: name },
    })
    out.push({
      ...base,
      name: `${reference.provider}: the same body after a JSON.parse/JSON.stringify round trip does not verify`,
      bug: 'octokit/webhooks.js #71, stripe/stripe-node #396 (the other side: re-serialized bodies must fail)',
      headers: headersFor(reference, tricky),
      body: JSON.stringify(JSON.parse(tricky)),
      expect: { error: 'signature_mismatch' },
    })

    out.push({
      ...base,
      name: `${reference.provider}: hex followed by garbage is malformed`,
      bug: 'octokit/webhooks-methods src/web.ts (a lax hex parser accepted non-hex input)',
      headers: withSignature(`${signature}zz`),
      body: compact,
      expect: { error: 'malformed_signature' },
    })
    out.push({
      ...base,
      name: `${reference.provider}: non-hex digits in place of hex are malformed, not read as zero`,
      bug: 'octokit/webhooks-methods src/web.ts (parseInt-style hex decoding)',
      headers: withSignature(prefix + 'zz'.repeat(bytes)),
      body: compact,
      expect: { error: 'malformed_signature' },
    })

    out.push({
      ...base,
      name: `${reference.provider}: an empty body is invalid_payload, not a JSON.parse crash`,
      bug: 'standard-webhooks/standard-webhooks #262',
      headers: headersFor(reference, ''),
      body: '',
      expect: { error: 'invalid_payload' },
    })

    out.push({
      ...base,
      name: `${reference.provider}: the secret is used whole; without its whsec_ prefix it does not verify`,
      bug: 'stripe/stripe-node #1980, standard-webhooks/standard-webhooks #235 (secrets pasted with or without a prefix)',
      secret: SECRET.replace(/^whsec_/, ''),
      headers: headersFor(reference, compact),
      body: compact,
      expect: { error: 'signature_mismatch' },
    })

    if (reference.timestamp?.tolerance) {
      out.push({
        ...base,
        name: `${reference.provider}: a timestamp one hour in the future is refused`,
        bug: 'stripe-node 23.1 (its replay window accepts future timestamps)',
        headers: headersFor(reference, compact, stamp(reference, 3600)),
        body: compact,
        expect: { error: 'timestamp_too_new' },
      })
    }
  }
  return out
}
