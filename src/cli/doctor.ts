/**
 * Why a captured delivery fails verification, found by trying what usually
 * went wrong: a body the framework changed, a secret pasted with whitespace or
 * without its prefix, a clock off or a stale delivery, headers of another
 * provider, signing not turned on.
 */
import { detectProviders, isoDateTime, isWebhookVerificationError, unixSeconds } from 'hookproof'
import { headersOf, provider as providerNamed, providerNames, type CliProvider } from './registry.js'

export interface Diagnosis {
  /** Whether the delivery verifies as given. */
  readonly ok: boolean
  /** The error code verify gave, when it failed. */
  readonly code?: string
  /** A short name for the cause: `verified`, `body_changed`, `secret_whitespace`, … */
  readonly cause: string
  /** What happened, in plain words. */
  readonly explanation: string
  /** What to change. */
  readonly fix: string
}

interface Attempt {
  readonly ok: boolean
  readonly code?: string
  readonly message?: string
}

async function attempt(
  cli: CliProvider,
  headers: Record<string, string>,
  body: Uint8Array | string,
  secret: string,
  options: { tolerance?: false; now?: number } = {},
): Promise<Attempt> {
  try {
    await cli.verify({ headers, body }, { secret, ...options })
    return { ok: true }
  } catch (error) {
    if (isWebhookVerificationError(error)) return { ok: false, code: error.code, message: error.message }
    return { ok: false, code: 'type_error', message: (error as Error).message }
  }
}

function bodyVariants(bytes: Uint8Array): Array<[string, string]> {
  let text: string
  try {
    // ignoreBOM keeps a byte order mark in the text, where the variants can see it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return []
  }
  const variants: Array<[string, string]> = []
  const bom = '\uFEFF'
  try {
    const parsed = JSON.parse(text.startsWith(bom) ? text.slice(1) : text) as unknown
    variants.push(['as compact JSON (the sender sent it compact; something pretty-printed or re-serialized it)', JSON.stringify(parsed)])
    variants.push(['as JSON indented by 2 spaces (something re-serialized it)', JSON.stringify(parsed, null, 2)])
    variants.push(['as JSON indented by 4 spaces (something re-serialized it)', JSON.stringify(parsed, null, 4)])
    variants.push([
      'with non-ASCII characters \\u-escaped (the sender escapes them; something unescaped them)',
      JSON.stringify(parsed).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    ])
  } catch {
    // Not JSON: only the byte-level variants below apply.
  }
  if (text.endsWith('\n')) variants.push(['without the trailing newline (something added one)', text.replace(/\r?\n$/, '')])
  else variants.push(['with a trailing newline (something removed it)', `${text}\n`])
  if (text.includes('\r\n')) variants.push(['with LF line endings (something turned them into CRLF)', text.replace(/\r\n/g, '\n')])
  else if (text.includes('\n')) variants.push(['with CRLF line endings (something turned them into LF)', text.replace(/\n/g, '\r\n')])
  if (text.startsWith(bom)) variants.push(['without the byte order mark (something added one)', text.slice(1)])
  else variants.push(['with a byte order mark (something stripped it)', bom + text])
  return variants.filter(([, variant]) => variant !== text)
}

function secretVariants(secret: string): Array<[string, string]> {
  const variants: Array<[string, string]> = []
  if (secret.startsWith('whsec_')) variants.push(['without its whsec_ prefix', secret.slice('whsec_'.length)])
  else variants.push(['with a whsec_ prefix', `whsec_${secret}`])
  return variants
}

const lower = (headers: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))

async function timestampOf(cli: CliProvider, headers: Record<string, string>): Promise<number | undefined> {
  const name = Object.keys(await headersOf(cli)).find((header) => header.includes('timestamp'))
  const value = name === undefined ? undefined : lower(headers)[name]
  if (value === undefined) return undefined
  return unixSeconds.read(value) ?? isoDateTime.read(value)
}

/**
 * Diagnoses one delivery for `cli`, with `secret` exactly as the user has it.
 */
export async function diagnose(
  cli: CliProvider,
  headers: Record<string, string>,
  body: Uint8Array,
  secret: string,
  now = Date.now(),
): Promise<Diagnosis> {
  const trimmed = secret.trim()
  if (trimmed !== secret) {
    const fixed = await attempt(cli, headers, body, trimmed, { now })
    if (fixed.ok) {
      return {
        ok: false,
        code: 'type_error',
        cause: 'secret_whitespace',
        explanation:
          'The secret starts or ends with whitespace (usually a newline from a secrets file or a copy-paste). Without it, the delivery verifies.',
        fix: 'Trim the secret where you store it.',
      }
    }
    secret = trimmed
  }

  const first = await attempt(cli, headers, body, secret, { now })
  if (first.ok)
    return {
      ok: true,
      cause: 'verified',
      explanation: 'The delivery verifies with this secret.',
      fix: 'Nothing to fix here: if your handler rejects it, compare how it passes the body and the secret.',
    }
  const code = first.code!

  if (code === 'missing_signature' || code === 'missing_timestamp' || code === 'malformed_signature' || code === 'malformed_timestamp') {
    const others = detectProviders(headers).filter((name) => name !== cli.name)
    if (others.length > 0) {
      return {
        ok: false,
        code,
        cause: 'other_provider',
        explanation: `These headers are ${others.join(' or ')}'s, not ${cli.name}'s.`,
        fix: `Verify with hookproof/${others[0]} (\`hookproof verify ${others[0]} …\`), or check which provider points at this endpoint.`,
      }
    }
    if (code === 'missing_signature') {
      return {
        ok: false,
        code,
        cause: 'signing_off',
        explanation: `The delivery carries no ${cli.name} signature header: the provider sends it only when a signing secret is configured.`,
        fix: `Turn on webhook signing (create a signing secret) in the ${cli.name} dashboard, or check that a proxy does not strip the header.`,
      }
    }
    return {
      ok: false,
      code,
      cause: 'headers_altered',
      explanation: first.message ?? code,
      fix: 'Check that a proxy, a logger or a copy-paste did not change the header values.',
    }
  }

  if (code === 'timestamp_too_old' || code === 'timestamp_too_new') {
    const unchecked = await attempt(cli, headers, body, secret, { tolerance: false, now })
    const time = await timestampOf(cli, headers)
    const skew = time === undefined ? undefined : Math.round((now - time) / 1000)
    if (unchecked.ok && skew !== undefined) {
      return code === 'timestamp_too_old'
        ? {
            ok: false,
            code,
            cause: 'stale',
            explanation: `The signature is valid, but the delivery was signed ${skew} s ago: a stale or replayed delivery, or your clock is ${skew} s ahead.`,
            fix: 'For a captured delivery, pass --now with the time it arrived. Otherwise check the server clock (NTP); raise tolerance only if deliveries really arrive that late.',
          }
        : {
            ok: false,
            code,
            cause: 'clock_skew',
            explanation: `The signature is valid, but the delivery is dated ${-skew} s in the future: your clock is ${-skew} s behind the provider's.`,
            fix: 'Synchronize the server clock (NTP).',
          }
    }
  }

  if (code === 'invalid_payload') {
    return {
      ok: false,
      code,
      cause: 'invalid_payload',
      explanation: `The signature is valid, but: ${first.message}`,
      fix: 'The delivery is authentic; check what the provider sent (the body is not the JSON object it documents).',
    }
  }

  // signature_mismatch (or a timestamp error whose signature fails too): try what usually changed.
  for (const [how, variant] of bodyVariants(body)) {
    if ((await attempt(cli, headers, variant, secret, { tolerance: false, now })).ok) {
      return {
        ok: false,
        code,
        cause: 'body_changed',
        explanation: `The signature matches the body ${how}. The body reached verify changed.`,
        fix: 'Pass verify the raw request bytes: express.raw({ type: () => true }) instead of express.json(), request.arrayBuffer()/text() before any JSON parsing, and no middleware that rewrites the body.',
      }
    }
  }
  for (const [how, variant] of secretVariants(secret)) {
    if ((await attempt(cli, headers, body, variant, { tolerance: false, now })).ok) {
      return {
        ok: false,
        code,
        cause: 'secret_prefix',
        explanation: `The delivery verifies with the secret ${how}.`,
        fix: "Use the secret exactly as the provider's dashboard shows it, prefix included: it is the whole key.",
      }
    }
  }
  for (const name of providerNames.filter((other) => other !== cli.name)) {
    if ((await attempt(providerNamed(name)!, headers, body, secret, { tolerance: false, now })).ok) {
      return {
        ok: false,
        code,
        cause: 'other_provider',
        explanation: `This is a ${name} delivery, not ${cli.name}.`,
        fix: `Verify with hookproof/${name}.`,
      }
    }
  }
  return {
    ok: false,
    code,
    cause: 'unknown',
    explanation:
      'No secret variant, body re-serialization or other provider explains the mismatch: most likely this is not the secret that signed the delivery.',
    fix: 'Copy the signing secret again from the dashboard (the right endpoint or API key, test or live), and make sure nothing changes the body before verify.',
  }
}
