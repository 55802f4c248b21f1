/**
 * The providers as the command line sees them, built only on the public API
 * from the list of providers (providers.ts, written from src/providers/):
 * each provider's headers are read off what its own `sign()` sends.
 */
import type { SignedDelivery, WebhookInput } from 'hookproof'
import { eventFields, type ProviderName, providers } from './providers.js'
import { samples } from 'hookproof/testing'

export type { ProviderName } from './providers.js'

export interface CliProvider {
  readonly name: ProviderName
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
    events: list.map((sample) => eventOf(key, sample) ?? 'object'),
    verify: module.verify,
    sign: module.sign,
    sample: (event) => list.find((sample) => (eventOf(key, sample) ?? 'object') === event),
  }
}

/** How the command line can deliver for a provider. */
export type KeyUse =
  /** Signed with a text secret. */
  | 'secret'
  /** Signed with a private key (fal's and Ideogram's Ed25519, Pub/Sub's RSA): for `sign()` in code. */
  | 'private key'
  /** Nothing signed: the secret itself travels in a header (a static credential), which the command line never prints. */
  | 'credential'
  /** A secret and the API key it belongs to (LiveKit's tokens): for `sign()` in code, until the command line takes an API key. */
  | 'api key'

interface Probe {
  /** The headers of a sample delivery, lowercased. */
  readonly headers: Record<string, string>
  readonly use: KeyUse
}

const probes = new Map<ProviderName, Promise<Probe>>()

const lower = (delivery: SignedDelivery): Record<string, string> =>
  Object.fromEntries(Object.entries(delivery.headers).map(([name, value]) => [name.toLowerCase(), value]))

const PROBE_SECRET = 'whsec_cHJvYmU='

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
      [() => ({ secret: PROBE_SECRET, apiKey: 'APIprobe', event }), 'api key'],
      [() => ({ privateKey: new Uint8Array(32) }), 'private key'],
      // An RSA key is made only for the providers nothing above signs for (Pub/Sub's ID tokens).
      [
        async () => ({
          privateKey: await rsaProbeKey(),
          audience: 'https://probe.test',
          email: 'probe@probe.test',
          // AWS SNS names the certificate in the message.
          certificateUrl: 'https://sns.us-east-1.amazonaws.com/probe.pem',
        }),
        'private key',
      ],
    ]
    found = (async () => {
      for (const [optionsOf, use] of attempts) {
        const options = await optionsOf()
        try {
          const headers = lower(await cli.sign(payload, options))
          const secret = String(options['secret'])
          const carried = Object.values(headers).some((value) => value.includes(secret) || value.includes(btoa(secret)))
          return { headers, use: use === 'secret' && carried ? 'credential' : use }
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

/** How the provider's deliveries are keyed: only `secret` providers are the command line's; the others are for `sign()` in code. */
export async function keyUseOf(cli: CliProvider): Promise<KeyUse> {
  return (await probe(cli)).use
}
