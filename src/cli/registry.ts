/**
 * The providers as the command line sees them, built only on the public API:
 * each provider's headers are read off what its own `sign()` sends.
 */
import { adsumo, eversince, magichour, removebgvideo, videopilot, type SignedDelivery, type VerifyOptions, type WebhookInput } from 'hookproof'
import { samples } from './samples.js'

export interface CliProvider {
  readonly name: ProviderName
  readonly eventField: string
  readonly events: readonly string[]
  verify(input: WebhookInput, options: VerifyOptions): Promise<Record<string, unknown>>
  sign(payload: unknown, options: { secret: string; timestamp?: number; event?: string }): Promise<SignedDelivery>
  /** The sample body of an event. */
  sample(event: string): Record<string, unknown> | undefined
}

export type ProviderName = 'eversince' | 'magichour' | 'videopilot' | 'adsumo' | 'removebgvideo'

const modules = { eversince, magichour, videopilot, adsumo, removebgvideo } as const
export const providerNames: readonly ProviderName[] = ['eversince', 'magichour', 'videopilot', 'adsumo', 'removebgvideo']

export function provider(name: string): CliProvider | undefined {
  if (!providerNames.includes(name as ProviderName)) return undefined
  const key = name as ProviderName
  const eventField = key === 'magichour' ? 'type' : 'event'
  const list = samples[key] as readonly Record<string, unknown>[]
  const module = modules[key] as unknown as Pick<CliProvider, 'verify' | 'sign'>
  return {
    name: key,
    eventField,
    events: list.map((sample) => String(sample[eventField])),
    verify: module.verify,
    sign: module.sign,
    sample: (event) => list.find((sample) => sample[eventField] === event),
  }
}

const sent = new Map<ProviderName, Promise<Record<string, string>>>()

/** The headers a provider sends, lowercased, with the values of a sample delivery (signed once per provider). */
export function headersOf(cli: CliProvider): Promise<Record<string, string>> {
  let headers = sent.get(cli.name)
  if (!headers) {
    const event = cli.events[0]!
    headers = cli.sign(cli.sample(event), { secret: 'probe', event }).then((delivery) =>
      Object.fromEntries(Object.entries(delivery.headers).map(([name, value]) => [name.toLowerCase(), value])),
    )
    sent.set(cli.name, headers)
  }
  return headers
}
