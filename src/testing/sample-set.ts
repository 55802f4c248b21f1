/**
 * Sample events as factories: each call returns a fresh copy of the sample
 * with the caller's overrides merged in, so a test can change one field
 * without touching the shared sample or restating the other fields.
 */
import { isPlainObject } from '../encoding/json.js'

/**
 * What a test may change in a sample: any field, at any depth, left out
 * where it keeps the sample's value. Arrays are replaced whole.
 */
export type Overrides<T> = T extends readonly unknown[] ? T : T extends object ? { readonly [Key in keyof T]?: Overrides<T[Key]> } : T

/**
 * A sample event: `sample()` is the documented example, `sample({ id })`
 * the same with `id` replaced.
 */
export type SampleFactory<Event> = (overrides?: Overrides<Event>) => Event

/** The names in `Value` that are literals: an open union's `string & {}` names no sample. */
type LiteralNames<Value> = Value extends string ? (string extends Value ? never : Value) : never

/** The members of `Event` whose `Field` may be `Name`, with `Field` narrowed to it. */
type Named<Event, Field extends keyof Event, Name> = Event extends unknown
  ? Name extends Event[Field]
    ? Event & { readonly [Key in Field]: Name }
    : never
  : never

/** The samples of a provider whose bodies name their event: one factory per event name, and `all`. */
export type SamplesByEvent<Event, Field extends keyof Event> = {
  readonly [Name in LiteralNames<Event[Field]>]: SampleFactory<Named<Event, Field, Name>>
} & {
  /** A fresh copy of every sample, one per event. */
  readonly all: () => Event[]
}

/** The samples of a provider whose bodies name no event: `delivery` (the first documented example), and `all`. */
export interface SampleSet<Event> {
  /** The first sample. */
  readonly delivery: SampleFactory<Event>
  /** A fresh copy of every sample. */
  readonly all: () => Event[]
}

function merged(base: unknown, overrides: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides
  const result: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(overrides)) {
    result[key] = Object.hasOwn(base, key) ? merged(base[key], value) : value
  }
  return result
}

function factory<Event>(sample: Event): SampleFactory<Event> {
  return (overrides) => {
    const copy = structuredClone(sample)
    return (overrides === undefined ? copy : merged(copy, structuredClone(overrides))) as Event
  }
}

/** @internal The factories of `list`, by the value of `field` in each (the first sample of a name wins). */
export function byEvent<Event, Field extends keyof Event & string>(list: readonly Event[], field: Field): SamplesByEvent<Event, Field> {
  const set: Record<string, unknown> = { all: () => structuredClone([...list]) }
  for (const sample of list) {
    const name = (sample as Record<string, unknown>)[field]
    if (typeof name === 'string' && name !== 'all' && !Object.hasOwn(set, name)) set[name] = factory(sample)
  }
  return set as SamplesByEvent<Event, Field>
}

/** @internal The factories of a list whose bodies name no event. */
export function sampleSet<Event>(list: readonly Event[]): SampleSet<Event> {
  return { delivery: factory(list[0] as Event), all: () => structuredClone([...list]) }
}
