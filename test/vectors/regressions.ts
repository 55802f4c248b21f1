/**
 * One vector per bug that webhook verifiers have shipped, named after it,
 * signed with the providers' own code (test/oracle.ts). Written to
 * test/vectors/regressions.json by generate.ts; test/regressions.test.ts runs
 * them on both engines and in every input form.
 */
import { oracles, type Oracle } from '../oracle.js'
import { samples } from '../samples.js'
import { NOW, type Vector } from './format.js'

export interface Regression extends Vector {
  readonly provider: Oracle['provider']
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

function stamp(oracle: Oracle, offsetSeconds = 0): string | undefined {
  if (!oracle.timestamp) return undefined
  const time = NOW + offsetSeconds * 1000
  return oracle.timestamp.format === 'iso' ? new Date(time).toISOString() : String(Math.floor(time / 1000))
}

function headersFor(oracle: Oracle, body: string | Buffer, options: { secret?: string; ts?: string | undefined } = {}): Record<string, string> {
  const ts = 'ts' in options ? options.ts : stamp(oracle)
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (oracle.provider === 'removebgvideo') headers['X-Webhook-Event'] = 'job.completed'
  if (oracle.timestamp && ts !== undefined) headers[oracle.timestamp.header] = ts
  headers[oracle.signatureHeader] = oracle.signature(options.secret ?? SECRET, body, ts)
  return headers
}

export function generateRegressions(): Regression[] {
  const out: Regression[] = []
  for (const oracle of oracles) {
    const event = samples[oracle.provider][0] as unknown as Record<string, unknown>
    const name = String(event[oracle.eventField])
    const compact = JSON.stringify(event)
    const base = { provider: oracle.provider, secret: SECRET }
    const signature = headersFor(oracle, compact)[oracle.signatureHeader]!
    const withSignature = (value: string): Record<string, string> => ({ ...headersFor(oracle, compact), [oracle.signatureHeader]: value })

    out.push({
      ...base,
      name: `${oracle.provider}: a short signature is malformed, not a RangeError from timingSafeEqual`,
      bug: 'inkbox-ai/inkbox #144, #178; every provider snippet in shared/providers/docs',
      headers: withSignature(`${oracle.prefix}abc`),
      body: compact,
      expect: { error: 'malformed_signature' },
    })
    out.push({
      ...base,
      name: `${oracle.provider}: 64 characters that are not 64 bytes (multi-byte) are malformed, not a RangeError`,
      bug: 'inkbox-ai/inkbox #178 (Buffer.from(signature) length differs from the string length)',
      headers: withSignature(oracle.prefix + 'é'.repeat(64)),
      body: compact,
      expect: { error: 'malformed_signature' },
    })

    // The whole backing buffer is what was signed; the view handed to verify is only its tail.
    const signedWhole = Buffer.from(compact)
    const tail = Buffer.from(compact.slice(1))
    out.push({
      ...base,
      name: `${oracle.provider}: a body view is hashed at its offset, not as its whole backing buffer`,
      bug: 'denoland/std #3207 (constant-time compare ignored byteOffset), copied by standard-webhooks',
      headers: headersFor(oracle, signedWhole),
      bodyView: { base64: signedWhole.toString('base64'), offset: 1, length: tail.length },
      expect: { error: 'signature_mismatch' },
    })
    const padded = Buffer.concat([Buffer.from('{"forged":true} '), signedWhole])
    out.push({
      ...base,
      name: `${oracle.provider}: a view of exactly the signed bytes inside a larger buffer passes`,
      bug: 'denoland/std #3207 (the other side: offsets must be honoured, not rejected)',
      headers: headersFor(oracle, signedWhole),
      bodyView: { base64: padded.toString('base64'), offset: padded.length - signedWhole.length, length: signedWhole.length },
      expect: { event: name },
    })

    out.push({
      ...base,
      name: `${oracle.provider}: a header object with null values reads them as missing`,
      bug: 'svix #981, inkbox-ai/inkbox #163 (null headers became TypeErrors)',
      headers: { ...headersFor(oracle, compact), [oracle.signatureHeader]: null as unknown as string },
      body: compact,
      plainHeadersOnly: true,
      expect: { error: 'missing_signature' },
    })

    const tricky = `{"${oracle.eventField}":"${name}","text":"line\\u2028sep \\u00e9 caf\u00e9 \ud83c\udfac \\ud83c\\udfac","url":"https:\\/\\/x.test\\/a?b=1&c=<d>","n":1.0,"big":1e3,"neg":-0,"nested":{"a":[1,2,{"b":null}]}}`
    out.push({
      ...base,
      name: `${oracle.provider}: escapes, emoji, U+2028 and number spellings are hashed as sent`,
      bug: 'octokit/webhooks.js #71, #1155; stripe/stripe-node #396 (bodies failed after a JSON round trip)',
      headers: headersFor(oracle, tricky),
      body: tricky,
      expect: { event: name },
    })
    out.push({
      ...base,
      name: `${oracle.provider}: the same body after a JSON.parse/JSON.stringify round trip does not verify`,
      bug: 'octokit/webhooks.js #71, stripe/stripe-node #396 (the other side: re-serialized bodies must fail)',
      headers: headersFor(oracle, tricky),
      body: JSON.stringify(JSON.parse(tricky)),
      expect: { error: 'signature_mismatch' },
    })

    out.push({
      ...base,
      name: `${oracle.provider}: hex followed by garbage is malformed`,
      bug: 'octokit/webhooks-methods src/web.ts (a lax hex parser accepted non-hex input)',
      headers: withSignature(`${signature}zz`),
      body: compact,
      expect: { error: 'malformed_signature' },
    })
    out.push({
      ...base,
      name: `${oracle.provider}: non-hex digits in place of hex are malformed, not read as zero`,
      bug: 'octokit/webhooks-methods src/web.ts (parseInt-style hex decoding)',
      headers: withSignature(oracle.prefix + 'zz'.repeat(32)),
      body: compact,
      expect: { error: 'malformed_signature' },
    })

    out.push({
      ...base,
      name: `${oracle.provider}: an empty body is invalid_payload, not a JSON.parse crash`,
      bug: 'standard-webhooks/standard-webhooks #262',
      headers: headersFor(oracle, ''),
      body: '',
      expect: { error: 'invalid_payload' },
    })

    out.push({
      ...base,
      name: `${oracle.provider}: the secret is used whole; without its whsec_ prefix it does not verify`,
      bug: 'stripe/stripe-node #1980, standard-webhooks/standard-webhooks #235 (secrets pasted with or without a prefix)',
      secret: SECRET.replace(/^whsec_/, ''),
      headers: headersFor(oracle, compact),
      body: compact,
      expect: { error: 'signature_mismatch' },
    })

    if (oracle.timestamp) {
      out.push({
        ...base,
        name: `${oracle.provider}: a timestamp one hour in the future is refused`,
        bug: 'stripe-node 23.1 (its replay window accepts future timestamps)',
        headers: headersFor(oracle, compact, { ts: stamp(oracle, 3600) }),
        body: compact,
        expect: { error: 'timestamp_too_new' },
      })
    }
  }
  return out
}
