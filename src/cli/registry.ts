/**
 * The providers as the command line sees them, built only on the public API
 * from the list of providers (providers.ts, written from src/providers/):
 * each provider's headers are read off what its own `sign()` sends.
 */
import type { SignedDelivery, WebhookInput } from 'hookproof'
import { eventFields, type ProviderName, providers, titles } from './providers.js'
import { samples } from 'hookproof/testing'

export type { ProviderName } from './providers.js'

export interface CliProvider {
  readonly name: ProviderName
  /** The name as the provider writes it, for messages: `Magic Hour`. */
  readonly title: string
  readonly events: readonly string[]
  verify(input: WebhookInput, options: Record<string, unknown>): Promise<Record<string, unknown>>
  sign(payload: unknown, options: Record<string, unknown>): Promise<SignedDelivery>
  /** The sample body of an event. */
  sample(event: string): Record<string, unknown> | undefined
}

export const providerNames: readonly ProviderName[] = Object.keys(providers) as ProviderName[]

/**
 * The event a body of `provider` names, for listing and printing: its value
 * of the provider's event field, or `undefined` where the provider's bodies
 * name none (or this one does not).
 */
export function eventOf(provider: ProviderName, body: Record<string, unknown>): string | undefined {
  const field = eventFields[provider]
  const value = field === undefined ? undefined : body[field]
  return typeof value === 'string' ? value : undefined
}

export function provider(name: string): CliProvider | undefined {
  if (!providerNames.includes(name as ProviderName)) return undefined
  const key = name as ProviderName
  const list = (samples[key] as { all(): Record<string, unknown>[] }).all()
  // Typed per provider; the command line passes options it read from flags.
  const module = providers[key] as unknown as Pick<CliProvider, 'verify' | 'sign'>
  return {
    name: key,
    title: titles[key],
    events: list.map((sample) => eventOf(key, sample) ?? 'object'),
    verify: module.verify,
    sign: module.sign,
    sample: (event) => list.find((sample) => (eventOf(key, sample) ?? 'object') === event),
  }
}

/** How a provider's deliveries are keyed. */
export type KeyUse =
  /** Signed with a text secret. */
  | 'secret'
  /** Signed with a private key (fal's and Ideogram's Ed25519, Pub/Sub's RSA), verified with its public key. */
  | 'private key'
  /** Nothing signed: the secret itself travels in a header (a static credential). */
  | 'credential'
  /** A secret and the API key it belongs to (LiveKit's tokens). */
  | 'api key'

interface Probe {
  /** The headers of a sample delivery, lowercased. */
  readonly headers: Record<string, string>
  readonly use: KeyUse
  /** The sign options that signed it: the shape of the provider's key, and what else it signs with. */
  readonly options: Readonly<Record<string, unknown>>
}

const probes = new Map<ProviderName, Promise<Probe>>()

const lower = (delivery: SignedDelivery): Record<string, string> =>
  Object.fromEntries(Object.entries(delivery.headers).map(([name, value]) => [name.toLowerCase(), value]))

const PROBE_SECRET = 'whsec_cHJvYmU='
/** The URL a probe signs for, where the provider signs the URL it posts to. */
export const PROBE_URL = 'https://localhost/webhook'

let rsaKey: Promise<CryptoKey> | undefined
function rsaProbeKey(): Promise<CryptoKey> {
  rsaKey ??= crypto.subtle
    .generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ])
    .then((pair) => pair.privateKey)
  return rsaKey
}

// Signed once per provider: with a text secret where the provider takes one
// (a user:password pair for Basic credentials; the header named where the
// receiver names it), else with a throwaway Ed25519 key (the option every
// Ed25519 + JWKS scheme takes), else with a throwaway RSA key and the claims
// a JWT + JWKS scheme takes. A delivery whose headers carry the secret itself
// is a static credential's.
function probe(cli: CliProvider): Promise<Probe> {
  let found = probes.get(cli.name)
  if (!found) {
    const event = cli.events[0]!
    const payload = cli.sample(event)
    const attempts: readonly [() => Record<string, unknown> | Promise<Record<string, unknown>>, KeyUse][] = [
      [() => ({ secret: PROBE_SECRET, event }), 'secret'],
      [() => ({ secret: PROBE_SECRET, header: 'X-Webhook-Secret', event }), 'secret'],
      [() => ({ secret: `probe:${PROBE_SECRET}`, event }), 'secret'],
      [() => ({ secret: PROBE_SECRET, apiKey: 'APIhookproof', event }), 'api key'],
      // A provider that signs the URL it posts to (Twilio).
      [() => ({ secret: PROBE_SECRET, url: PROBE_URL, event }), 'secret'],
      [() => ({ privateKey: new Uint8Array(32) }), 'private key'],
      // An RSA key is made only for the providers nothing above signs for: Pub/Sub's ID tokens, AWS SNS's messages.
      [
        async () => ({ privateKey: await rsaProbeKey(), audience: 'https://localhost/webhook', email: 'push@hookproof.test' }),
        'private key',
      ],
      // AWS SNS names the certificate in the message.
      [async () => ({ privateKey: await rsaProbeKey(), certificateUrl: 'https://sns.us-east-1.amazonaws.com/probe.pem' }), 'private key'],
    ]
    found = (async () => {
      for (const [optionsOf, use] of attempts) {
        const options = await optionsOf()
        try {
          const headers = lower(await cli.sign(payload, options))
          const secret = String(options['secret'])
          const carried = Object.values(headers).some((value) => value.includes(secret) || value.includes(btoa(secret)))
          return { headers, use: use === 'secret' && carried ? 'credential' : use, options }
        } catch (error) {
          if (!(error instanceof TypeError)) throw error
        }
      }
      throw new TypeError(`hookproof: the command line cannot sign for ${cli.name} with a secret or a private key.`)
    })()
    probes.set(cli.name, found)
  }
  return found
}

/** The headers a provider sends, lowercased, with the values of a sample delivery. */
export async function headersOf(cli: CliProvider): Promise<Record<string, string>> {
  return (await probe(cli)).headers
}

/** Whether the provider signs the URL a delivery is posted to (Twilio): sign and send sign for their target. */
export async function signsUrl(cli: CliProvider): Promise<boolean> {
  return 'url' in (await probe(cli)).options
}

/** How the provider's deliveries are keyed. */
export async function keyUseOf(cli: CliProvider): Promise<KeyUse> {
  return (await probe(cli)).use
}

/** The sign options a sample delivery was signed with: what `keygen` makes fresh keys in the shape of. */
export async function signShapeOf(cli: CliProvider): Promise<Readonly<Record<string, unknown>>> {
  return (await probe(cli)).options
}
