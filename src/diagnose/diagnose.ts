/**
 * Why a delivery fails verification, found by trying what usually went
 * wrong — a body the framework changed, a secret pasted with whitespace or
 * without its prefix, a clock off or a stale delivery, another provider's
 * headers, signing not turned on, a key set that cannot be loaded — and
 * answered as data: the cause, a message and a fix, never the secret.
 */
import { isWebhookVerificationError, type WebhookVerificationErrorCode } from '../errors.js'
import { DEFAULT_MAX_BODY_BYTES, maxBodyBytes, readBody } from '../http/body.js'
import type { WebhookInput } from '../http/input.js'
import { readDelivery } from '../http/input.js'
import { identityOf } from '../pipeline/identity.js'
import { detectProviders, providerName } from '../receive/detect.js'
import { type ProviderId, registry } from '../registry.js'
import { bodyVariants, secretVariants } from './variants.js'

/** What {@link diagnose} found: the one most likely cause. */
export type DiagnosisCause =
  /** The delivery verifies as given. */
  | 'verified'
  /** The secret starts or ends with whitespace; without it, the delivery verifies. */
  | 'secret_whitespace'
  /** The delivery verifies with the secret's `whsec_` prefix added or removed. */
  | 'secret_prefix'
  /** The signature matches the body as the sender wrote it, not as it reached verify. */
  | 'body_changed'
  /** The signature is valid, but the delivery is older than the tolerance: stale, replayed, or the clock is ahead. */
  | 'stale'
  /** The signature is valid, but the delivery is dated in the future: the clock is behind. */
  | 'clock_skew'
  /** The headers, or the signature, are another provider's. */
  | 'other_provider'
  /** No signature header: the provider signs only once a secret is configured. */
  | 'signing_off'
  /** A header is there but malformed: changed by a proxy, a logger or a copy-paste. */
  | 'headers_altered'
  /** The signature is valid, but the body is not the JSON object the provider documents. */
  | 'invalid_payload'
  /** The body is larger than the bound, or could not be read to the end. */
  | 'body_unreadable'
  /** The public keys (a JWKS) could not be loaded. */
  | 'key_set_unavailable'
  /** The options are wrong (no secret, a key of the wrong kind): verify throws a `TypeError`. */
  | 'misconfigured'
  /** None of the above: most likely not the secret that signed the delivery. */
  | 'unknown'

/** What {@link diagnose} resolves to. Nothing in it reveals the secret. */
export interface Diagnosis {
  /** Whether the delivery verifies as given. */
  readonly ok: boolean
  /** The provider diagnosed, by name: `Magic Hour`. */
  readonly provider: string
  /** The cause. */
  readonly cause: DiagnosisCause
  /** The error code verify gave, where it refused the delivery. */
  readonly code?: WebhookVerificationErrorCode
  /** What happened, in plain words. */
  readonly message: string
  /** What to change. */
  readonly fix: string
  /** The verified event, when `ok`. */
  readonly event?: unknown
  /** For `stale` and `clock_skew`: how many seconds the delivery's time is behind (positive) or ahead of (negative) the clock. */
  readonly skewSeconds?: number
  /** For `other_provider`: the providers whose delivery it is, best match first. */
  readonly providers?: readonly ProviderId[]
}

/** A provider to diagnose for: one hookproof ships (by id), or any `verify` (a module, a `defineProvider` result). */
export interface DiagnosableProvider<Options> {
  /** The provider's verify. */
  readonly verify: (input: WebhookInput, options: Options) => Promise<unknown>
}

type OptionsOf<Verify> = Verify extends (input: WebhookInput, options: infer Options) => Promise<unknown> ? NonNullable<Options> : never

type Outcome =
  | { readonly ok: true; readonly event: unknown }
  | { readonly ok: false; readonly code?: WebhookVerificationErrorCode; readonly error: unknown }

type AnyVerify = (input: WebhookInput, options: Record<string, unknown>) => Promise<unknown>

async function attempt(verify: AnyVerify, headers: unknown, body: Uint8Array | string, options: Record<string, unknown>): Promise<Outcome> {
  try {
    return { ok: true, event: await verify({ headers, body } as WebhookInput, options) }
  } catch (error) {
    return isWebhookVerificationError(error) ? { ok: false, code: error.code, error } : { ok: false, error }
  }
}

/**
 * Whether a guess made the signature match: verified, or refused only for
 * its body's shape (an `invalid_payload` is checked after the signature).
 */
const matches = (outcome: Outcome): boolean => outcome.ok || outcome.code === 'invalid_payload'

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
// A key set that could not be loaded is the operator's failure (a plain Error from verify), named so in its message.
const isKeySetFailure = (error: unknown): boolean =>
  error instanceof Error && !(error instanceof TypeError) && /^hookproof: (could not load the JWKS|the JWKS at)/.test(error.message)

const DAY = 86_400
const FAR = 100 * 365 * DAY

/**
 * The seconds between the delivery's signed time and `now`, found by
 * verifying with tolerances narrowed in halves (so no provider's time format
 * needs knowing): positive when the delivery is older than `now`.
 */
async function skewOf(
  verify: AnyVerify,
  headers: unknown,
  body: Uint8Array,
  options: Record<string, unknown>,
  ahead: boolean,
): Promise<number | undefined> {
  const passes = async (seconds: number): Promise<boolean> =>
    matches(
      await attempt(verify, headers, body, {
        ...options,
        tolerance: ahead ? { past: FAR, future: seconds } : { past: seconds, future: FAR },
      }),
    )
  if (!(await passes(FAR))) return undefined
  let low = 0
  let high = FAR
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (await passes(middle)) high = middle
    else low = middle
  }
  return ahead ? -high : high
}

/** Reads a Request's body once, within the bound, so that every guess verifies the same bytes. */
async function partsOf(input: WebhookInput, options: Record<string, unknown>): Promise<{ headers: unknown; body: Uint8Array | string }> {
  const delivery = readDelivery(input)
  const headers = (input as { headers: unknown }).headers
  if (delivery.request === undefined) return { headers, body: delivery.body }
  const limit = options['maxBodyBytes'] === undefined ? DEFAULT_MAX_BODY_BYTES : maxBodyBytes(options['maxBodyBytes'])
  return { headers, body: await readBody('request', delivery.request, delivery.header, limit) }
}

const bytesOf = (body: Uint8Array | string): Uint8Array => (typeof body === 'string' ? new TextEncoder().encode(body) : body)

/**
 * Diagnoses one delivery: whether it verifies with `options` and, where it
 * does not, the most likely cause, with what to fix. The same diagnosis as
 * `hookproof doctor`, from code: for a log line, an admin page, or a test.
 * Never reveals the secret, and never throws for anything the delivery holds
 * (a `TypeError` only for an input that cannot be a delivery).
 *
 * It verifies many times (each guess is one verify), so run it on a
 * delivery that failed, not on every delivery.
 *
 * @example
 * ```ts
 * import { diagnose } from 'hookproof/diagnose'
 * import { verify } from 'hookproof/mux'
 *
 * const copy = request.clone()
 * try {
 *   await verify(request, { secret })
 * } catch (error) {
 *   const diagnosis = await diagnose(copy, 'mux', { secret })
 *   console.warn(`${diagnosis.cause}: ${diagnosis.message} Fix: ${diagnosis.fix}`)
 * }
 * ```
 */
export function diagnose<Id extends ProviderId>(
  input: WebhookInput,
  provider: Id,
  options: OptionsOf<(typeof registry)[Id]['verify']>,
): Promise<Diagnosis>
export function diagnose<Options>(
  input: WebhookInput,
  provider: DiagnosableProvider<Options>,
  options: NonNullable<Options>,
): Promise<Diagnosis>
export async function diagnose(
  input: WebhookInput,
  provider: ProviderId | DiagnosableProvider<unknown>,
  options: unknown,
): Promise<Diagnosis> {
  const own = typeof provider === 'string' ? (Object.hasOwn(registry, provider) ? provider : undefined) : undefined
  if (typeof provider === 'string' && own === undefined) {
    throw new TypeError(
      `hookproof: diagnose needs a provider hookproof ships (${Object.keys(registry).join(', ')}), or a provider with verify.`,
    )
  }
  const verify = (own ? registry[own].verify : (provider as DiagnosableProvider<unknown>)?.verify) as AnyVerify | undefined
  if (typeof verify !== 'function') throw new TypeError('hookproof: diagnose needs a provider id (`mux`) or a provider with verify.')
  if (typeof options !== 'object' || options === null)
    throw new TypeError('hookproof: diagnose needs the options verify takes, e.g. { secret }.')
  const name = own ? providerName(own) : (identityOf(verify)?.name ?? 'the provider')
  const found = (fields: Omit<Diagnosis, 'provider' | 'ok'> & { ok?: boolean }): Diagnosis => ({ ok: false, provider: name, ...fields })
  // A body past the bound or cut short, found reading a Request or by verify.
  const unreadable = (code: WebhookVerificationErrorCode, message: string): Diagnosis =>
    found({
      code,
      cause: 'body_unreadable',
      message,
      fix: 'Raise maxBodyBytes if the provider really sends bodies this large; otherwise the sender hung up or a proxy cut the body.',
    })

  let given = options as Record<string, unknown>
  let parts: { headers: unknown; body: Uint8Array | string }
  try {
    parts = await partsOf(input, given)
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error
    return unreadable(error.code, error.message)
  }
  const { headers } = parts
  const body = bytesOf(parts.body)

  // A secret with whitespace at an end is a TypeError from verify: the most common mistake, tried first.
  const secret = given['secret']
  const trimmed =
    typeof secret === 'string' ? secret.trim() : Array.isArray(secret) ? secret.map((s) => (typeof s === 'string' ? s.trim() : s)) : secret
  if (JSON.stringify(trimmed) !== JSON.stringify(secret)) {
    given = { ...given, secret: trimmed }
    if (matches(await attempt(verify, headers, body, given))) {
      return found({
        cause: 'secret_whitespace',
        message:
          'The secret starts or ends with whitespace (usually a newline from a secrets file or a copy-paste). Without it, the delivery verifies.',
        fix: 'Trim the secret where you store it.',
      })
    }
  }

  const first = await attempt(verify, headers, body, given)
  if (first.ok) {
    return {
      ok: true,
      provider: name,
      cause: 'verified',
      event: first.event,
      message: `The delivery verifies as a ${name} delivery with these options.`,
      fix: 'Nothing to fix in the delivery: if your handler refuses it, compare how it passes the body and the secret.',
    }
  }
  const { code, error } = first
  if (code === undefined) {
    if (isKeySetFailure(error)) {
      return found({
        cause: 'key_set_unavailable',
        message: messageOf(error),
        fix: "Check that this server can reach the key set's URL (egress rules, DNS, a proxy), or pass the keys themselves (options.jwks).",
      })
    }
    return found({ cause: 'misconfigured', message: messageOf(error), fix: 'Fix the options as the message says.' })
  }

  const untimed = { ...given, tolerance: false }
  if (code === 'missing_signature' || code === 'missing_timestamp' || code === 'malformed_signature' || code === 'malformed_timestamp') {
    const others = otherProviders(headers, own, name)
    if (others.length > 0) {
      return found({
        code,
        cause: 'other_provider',
        providers: others,
        message: `These headers are ${others.map(providerName).join(' or ')}'s, not ${name}'s.`,
        fix: `Verify with hookproof/${others[0]}, or check which provider points at this endpoint.`,
      })
    }
    if (code === 'missing_signature') {
      return found({
        code,
        cause: 'signing_off',
        message: `The delivery carries no ${name} signature header: the provider sends it only when a signing secret is configured.`,
        fix: `Turn on webhook signing (create a signing secret) in the ${name} dashboard, or check that a proxy does not strip the header.`,
      })
    }
    return found({
      code,
      cause: 'headers_altered',
      message: messageOf(error),
      fix: 'Check that a proxy, a logger or a copy-paste did not change the header values.',
    })
  }

  if (code === 'timestamp_too_old' || code === 'timestamp_too_new') {
    const ahead = code === 'timestamp_too_new'
    const skew = await skewOf(verify, headers, body, given, ahead)
    if (skew !== undefined) {
      return ahead
        ? found({
            code,
            cause: 'clock_skew',
            skewSeconds: skew,
            message: `The signature is valid, but the delivery is dated ${-skew} s in the future: this clock is ${-skew} s behind the provider's.`,
            fix: 'Synchronize the server clock (NTP).',
          })
        : found({
            code,
            cause: 'stale',
            skewSeconds: skew,
            message: `The signature is valid, but the delivery was signed ${skew} s ago: a stale or replayed delivery, or this clock is ${skew} s ahead.`,
            fix: 'For a captured delivery, check it against the time it arrived (the now option). Otherwise check the server clock (NTP); raise tolerance only if deliveries really arrive that late.',
          })
    }
  }

  if (code === 'invalid_payload') {
    return found({
      code,
      cause: 'invalid_payload',
      message: `The signature is valid, but: ${messageOf(error)}`,
      fix: 'The delivery is authentic; check what the provider sent (the body is not the JSON object it documents).',
    })
  }
  if (code === 'body_too_large' || code === 'body_unreadable') return unreadable(code, messageOf(error))

  // signature_mismatch (or a timestamp error whose signature fails too): try what usually changed.
  for (const [how, variant] of bodyVariants(body)) {
    if (matches(await attempt(verify, headers, variant, untimed))) {
      return found({
        code,
        cause: 'body_changed',
        message: `The signature matches the body ${how}. The body reached verify changed.`,
        fix: 'Pass verify the raw request bytes: express.raw({ type: () => true }) instead of express.json(), request.arrayBuffer()/text() before any JSON parsing, and no middleware that rewrites the body.',
      })
    }
  }
  const key = given['secret']
  if (typeof key === 'string') {
    for (const [how, variant] of secretVariants(key)) {
      if (matches(await attempt(verify, headers, body, { ...untimed, secret: variant }))) {
        return found({
          code,
          cause: 'secret_prefix',
          message: `The delivery verifies with the secret ${how}.`,
          fix: "Use the secret exactly as the provider's dashboard shows it, prefix included: it is the whole key.",
        })
      }
    }
  }
  for (const other of Object.keys(registry) as ProviderId[]) {
    if (other === own || providerName(other) === name) continue
    if (matches(await attempt(registry[other].verify as AnyVerify, headers, body, untimed))) {
      return found({
        code,
        cause: 'other_provider',
        providers: [other],
        message: `This is a ${providerName(other)} delivery, not ${name}'s.`,
        fix: `Verify with hookproof/${other}.`,
      })
    }
  }
  return found({
    code,
    cause: 'unknown',
    message:
      'No secret variant, body re-serialization or other provider explains the mismatch: most likely this is not the secret that signed the delivery.',
    fix: 'Copy the signing secret again from the dashboard (the right endpoint or API key, test or live), and make sure nothing changes the body before verify.',
  })
}

// The headers passed readDelivery's checks, so detectProviders takes them.
function otherProviders(headers: unknown, own: ProviderId | undefined, name: string): ProviderId[] {
  return detectProviders(headers as Parameters<typeof detectProviders>[0]).filter((id) => id !== own && providerName(id) !== name)
}
