import type { AnyDefinition, EventOf, IsKnownEvent, VerifiedOf } from './definition.js'

/** @internal A provider's `isKnownEvent`: whether a verified body names one of the events its type knows. */
export function createIsKnownEvent<const Definition extends AnyDefinition>(
  definition: Definition,
): IsKnownEvent<EventOf<Definition>, VerifiedOf<Definition>> {
  const { eventField, events } = definition
  return ((event: unknown): boolean => {
    if (eventField === undefined) return true
    const name = (event as Record<string, unknown> | null)?.[eventField]
    // Listed as `true`: an own entry, never one inherited (`toString`, `__proto__`).
    return typeof name === 'string' && events !== undefined && Object.hasOwn(events, name) && events[name] === true
  }) as IsKnownEvent<EventOf<Definition>, VerifiedOf<Definition>>
}
