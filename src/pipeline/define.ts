import type { DefinitionFields, EventsCheck, Provider, ProviderDefinition } from './definition.js'
import { createIsKnownEvent } from './known.js'
import { createSign } from './sign.js'
import { createVerify } from './verify.js'

/**
 * Builds a provider's `verify`, `sign` and `isKnownEvent` from its
 * description: a scheme, the field that names the event and every event name
 * the type knows. The options of `verify` and `sign` are inferred from the
 * scheme: a secret for HMAC schemes, `tolerance` only where a timestamp is
 * signed. Curried, so that you give the event type and the rest is inferred.
 *
 * @example
 * ```ts
 * import { defineProvider, hmacScheme, unixSeconds } from 'hookproof'
 *
 * type AcmeEvent = { event: 'render.done'; id: string } | { event: 'render.failed'; id: string; error: string }
 *
 * export const { verify, sign, isKnownEvent } = defineProvider<AcmeEvent>()({
 *   name: 'Acme',
 *   scheme: hmacScheme({
 *     signatureHeader: 'X-Acme-Signature',
 *     prefix: 'sha256=',
 *     timestamp: { header: 'X-Acme-Timestamp', format: unixSeconds },
 *   }),
 *   eventField: 'event',
 *   events: { 'render.done': true, 'render.failed': true },
 * })
 * ```
 */
export function defineProvider<Event extends object, Unknown extends object | undefined = undefined>(): <
  const Definition extends DefinitionFields<Event>,
>(
  definition: Definition & EventsCheck<Event, Definition>,
) => Provider<ProviderDefinition<Event, Unknown, Definition>> {
  return ((definition: ProviderDefinition) => ({
    verify: createVerify(definition),
    sign: createSign(definition),
    isKnownEvent: createIsKnownEvent(definition),
  })) as never
}
