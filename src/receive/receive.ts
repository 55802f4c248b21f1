import { WebhookVerificationError } from '../errors.js'
import { readDelivery, type WebhookInput } from '../http/input.js'
import { type ProviderId, registry } from '../registry.js'
import { providerName, shippedCandidates, shippedIdentity } from './detect.js'
import { type Candidate, matching, sharedHeaders } from './match.js'

type Registry = typeof registry

/** The options `verify` of provider `Id` takes: `{ secret }` for Mux, `{}` or `{ jwks }` for fal. */
export type ReceiveOptionsOf<Id extends ProviderId> = NonNullable<Parameters<Registry[Id]['verify']>[1]>

/** What `receive` verifies deliveries of: each provider by its subpath name, with the options its `verify` takes. */
export type ReceiveProviders = { readonly [Id in ProviderId]?: ReceiveOptionsOf<Id> }

/** What `receive` resolves to: which provider sent the delivery, and its verified body, typed for that provider. */
export type Received<Providers> = {
  [Id in keyof Providers & ProviderId]: { readonly provider: Id; readonly event: Awaited<ReturnType<Registry[Id]['verify']>> }
}[keyof Providers & ProviderId]

/** The options of {@link receive}. */
export interface ReceiveOptions<Providers extends ReceiveProviders> {
  /** The providers this endpoint receives, each with its `verify` options: `{ mux: { secret }, fal: {} }`. */
  readonly providers: Providers & { readonly [Other in Exclude<keyof Providers, ProviderId>]: never }
}

const shown = (ids: readonly string[]): string => ids.map(providerName as (id: string) => string).join(', ')

function configured(providers: unknown): Candidate<ProviderId>[] {
  if (typeof providers !== 'object' || providers === null) {
    throw new TypeError(
      'hookproof: receive needs options.providers, the providers this endpoint receives with their verify options, e.g. receive(request, { providers: { mux: { secret: process.env.MUX_WEBHOOK_SECRET } } }).',
    )
  }
  const ids = Object.keys(providers)
  if (ids.length === 0) throw new TypeError('hookproof: options.providers names no provider; name at least one, e.g. { mux: { secret } }.')
  const candidates: Candidate<ProviderId>[] = []
  for (const id of ids) {
    if (!Object.hasOwn(registry, id)) {
      throw new TypeError(
        `hookproof: options.providers names ${JSON.stringify(id)}, which is not a provider hookproof ships (${Object.keys(registry).join(', ')}).`,
      )
    }
    const options = (providers as Record<string, unknown>)[id]
    if (typeof options !== 'object' || options === null) {
      throw new TypeError(
        `hookproof: options.providers.${id} must be the options ${providerName(id as ProviderId)}'s verify takes (an object, {} when it needs none).`,
      )
    }
    const sets = shippedIdentity(id as ProviderId).headers(options as Record<string, unknown>)
    if (!sets.some((set) => set.length > 0)) {
      throw new TypeError(
        `hookproof: ${providerName(id as ProviderId)} deliveries carry no header of their own until you name it: pass options.providers.${id}.header.`,
      )
    }
    const candidate = { id: id as ProviderId, sets }
    for (const other of candidates) {
      const shared = sharedHeaders(other, candidate)
      if (shared) {
        throw new TypeError(
          `hookproof: ${providerName(other.id)} and ${providerName(candidate.id)} deliveries carry the same headers (${shared.join(', ')}), so nothing in a delivery tells them apart: receive them at separate endpoints.`,
        )
      }
    }
    candidates.push(candidate)
  }
  return candidates
}

/**
 * One endpoint for several providers: finds which of the configured
 * providers sent the delivery from its signature headers (never by trying
 * keys), verifies it with that provider's `verify` and options, and resolves
 * to `{ provider, event }`, typed per provider so that switching on
 * `provider` narrows `event`.
 *
 * A delivery that carries no configured provider's headers is refused with
 * `missing_signature`, naming the provider whose headers it does carry; one
 * that carries two configured providers' headers alike with
 * `malformed_signature`. Configuration errors are `TypeError`s: an unknown
 * provider, and two providers whose deliveries carry the same headers (Replicate
 * and Lumenfall both send Standard Webhooks'), which one endpoint cannot tell
 * apart.
 *
 * @example
 * ```ts
 * import { receive } from 'hookproof'
 *
 * export async function POST(request: Request) {
 *   const delivery = await receive(request, {
 *     providers: { mux: { secret: process.env.MUX_WEBHOOK_SECRET! }, fal: {} },
 *   })
 *   if (delivery.provider === 'mux') console.log(delivery.event.type) // a Mux event
 *   else console.log(delivery.event.request_id) // a fal delivery
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export async function receive<const Providers extends ReceiveProviders>(
  input: WebhookInput,
  options: ReceiveOptions<Providers>,
): Promise<Received<Providers>> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('hookproof: receive needs options, e.g. receive(request, { providers: { mux: { secret } } }).')
  }
  const candidates = configured(options.providers)
  const { header } = readDelivery(input)
  const found = matching(header, candidates)
  const [best, next] = found
  if (best === undefined) {
    const carried = matching(header, shippedCandidates())
    const expected = candidates
      .map((candidate) => `${providerName(candidate.id)} (${candidate.sets.map((set) => set.join(', ')).join(' or ')})`)
      .join('; ')
    if (carried.length === 0) {
      throw new WebhookVerificationError(
        'missing_signature',
        `The delivery carries the signature headers of none of the providers configured here: ${expected}.`,
      )
    }
    const names = shown(carried.map((candidate) => candidate.id))
    const whose = carried.length === 1 ? `${names}'s headers, and ${names} is not` : `the headers of ${names}, and none of them is`
    throw new WebhookVerificationError(
      'missing_signature',
      `The delivery carries ${carried[0]!.headers.join(', ')}, ${whose} configured here. Configured: ${expected}.`,
    )
  }
  if (next !== undefined && next.headers.length === best.headers.length) {
    throw new WebhookVerificationError(
      'malformed_signature',
      `The delivery carries the headers of both ${providerName(best.id)} and ${providerName(next.id)}; one sender signs one way.`,
    )
  }
  const verify = registry[best.id].verify as (input: WebhookInput, options: unknown) => Promise<unknown>
  const event = await verify(input, (options.providers as Record<string, unknown>)[best.id])
  return { provider: best.id, event } as Received<Providers>
}
