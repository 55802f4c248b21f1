import { headerLookup, type HeaderSource } from '../http/headers.js'
import { type Identity, identityOf } from '../pipeline/identity.js'
import { type ProviderId, registry } from '../registry.js'
import { type Candidate, matching } from './match.js'

let shipped: readonly Candidate<ProviderId>[] | undefined

/** @internal Every provider hookproof ships, with the headers its deliveries carry (none for one whose header the caller names). */
export function shippedCandidates(): readonly Candidate<ProviderId>[] {
  shipped ??= (Object.keys(registry) as ProviderId[]).map((id) => ({ id, sets: shippedIdentity(id).headers() }))
  return shipped
}

/** @internal The identity of a provider hookproof ships: every one's verify is built by createVerify, so has one. */
export function shippedIdentity(id: ProviderId): Identity {
  return identityOf(registry[id].verify)!
}

/** @internal The name a provider's messages use: `Mux`. */
export function providerName(id: ProviderId): string {
  return shippedIdentity(id).name
}

/**
 * The providers hookproof ships whose signature headers a delivery carries,
 * best match first: those whose deliveries carry more of the headers present
 * come before those that carry fewer. Reads headers only, never a body or a
 * key, so it answers "who sent this?" and not "is it authentic?": verify
 * with the provider it names. Providers whose header the receiver names
 * (AssemblyAI) are never detected.
 *
 * @example
 * ```ts
 * import { detectProviders } from 'hookproof'
 *
 * detectProviders(request.headers) // ['mux']
 * detectProviders({ 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,…' })
 * // ['gemini', 'lumenfall', 'replicate', 'standardwebhooks']: Standard Webhooks senders look alike
 * ```
 */
export function detectProviders(headers: HeaderSource): ProviderId[] {
  if (typeof headers !== 'object' || headers === null) {
    throw new TypeError(`hookproof: detectProviders expects a Headers object or a plain object of header values, got ${headers}.`)
  }
  return matching(headerLookup(headers), shippedCandidates()).map((candidate) => candidate.id)
}
