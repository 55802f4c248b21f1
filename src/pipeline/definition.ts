/**
 * A provider, as data, and the types its `verify`, `sign` and
 * `isKnownEvent` are inferred from: the options come from the scheme, the
 * event names from the event type, so a wrong call does not compile.
 */
import type { BodyFormat } from '../encoding/body-format.js'
import type { BodyOptions } from '../http/body.js'
import type { WebhookInput } from '../http/input.js'
import type { AnyScheme, SignKeysOf, VerifyKeysOf } from '../schemes/scheme.js'
import type { TimestampFormat } from '../time/formats.js'
import type { CheckOptions, NoTimestampOptions, SignTimeOptions } from '../time/tolerance.js'

declare const EVENT: unique symbol

/**
 * The string fields every event of `Event` has: the candidates for the field
 * that names the event (and for a timestamp signed in the body). A field that
 * is not a string could never name one: every delivery would be refused.
 */
export type EventKey<Event> = CommonKeys<Event> & string

// The declared keys of one event type, leaving out an index signature (whose
// `string` key would admit any name).
type DeclaredKeys<T> = keyof { [Key in keyof T as string extends Key ? never : number extends Key ? never : Key]: unknown }
type StringFields<T> = { [Key in DeclaredKeys<T>]-?: T[Key] extends string ? Key : never }[DeclaredKeys<T>]
// The string fields of every member of a union: the intersection of each member's.
type CommonKeys<Event> = (Event extends unknown ? (keys: StringFields<Event>) => void : never) extends (keys: infer Common) => void
  ? Common
  : never

/** What a provider definition may say; `defineProvider` checks it against the event type. */
export interface DefinitionFields<Event> {
  /** The provider's name, for messages: `Eversince`. */
  readonly name: string
  /** The environment variable the examples in messages suggest: `EVERSINCE_WEBHOOK_SECRET`. */
  readonly secretEnv?: string
  /** How deliveries are signed. */
  readonly scheme: AnyScheme
  /**
   * The body field that names the event, which the event type discriminates
   * on. Left out for senders whose bodies follow no one shape: any JSON
   * object passes.
   */
  readonly eventField?: EventKey<Event>
  /**
   * Every event name the event type knows, each `true`; with `eventField`.
   * `isKnownEvent` answers from it, so it must match the type exactly.
   */
  readonly events?: Readonly<Record<string, true>>
  /**
   * A header that names the event, which `sign` sends: `options.event`, or
   * the payload's `field`. It is not covered by the signature, so `verify`
   * never reads it.
   */
  readonly eventHeader?: { readonly header: string; readonly field: string }
  /** A header carrying a unique id per delivery, which `sign` sends (a random UUID unless given); unsigned too. */
  readonly deliveryIdHeader?: string
  /**
   * A signed timestamp inside the body, checked only when the caller passes a
   * `tolerance` (retries resend the same body later, so it is opt-in).
   */
  readonly bodyTimestamp?: { readonly field: EventKey<Event>; readonly format: TimestampFormat }
  /** How the body is written, where it is not JSON (a form, for Twilio): what `sign` sends and `verify` returns. */
  readonly bodyFormat?: BodyFormat
}

/** Any definition, whatever its event type: what the pipeline reads. */
export interface AnyDefinition extends Omit<DefinitionFields<never>, 'eventField' | 'bodyTimestamp'> {
  readonly eventField?: string
  readonly bodyTimestamp?: { readonly field: string; readonly format: TimestampFormat }
}

/** The event names of `Event` in `Field`. */
export type EventNames<Event, Field> = Field extends keyof Event ? Extract<Event[Field], string> : never

/** Checks `events`: it names every event the type knows, and nothing else. */
export type EventsCheck<Event, Definition> = Definition extends { readonly eventField: infer Field extends EventKey<Event> }
  ? {
      readonly events: { readonly [Name in EventNames<Event, Field>]: true } & {
        readonly [Extra in Exclude<keyof Definition['events' & keyof Definition], EventNames<Event, Field>>]: never
      }
    }
  : { readonly events?: undefined }

/**
 * A body of an event the provider added after the event type was written:
 * its event field is a string, and nothing else is known. `verify` delivers
 * these (refusing them would lose real events, and the provider would retry);
 * `isKnownEvent` tells them apart.
 */
export type UnknownEvent<Field extends string> = { [Name in Field]: string } & { [field: string]: unknown }

/** A checked provider definition, carrying its event types. */
export type ProviderDefinition<
  Event = unknown,
  Unknown = unknown,
  Definition extends DefinitionFields<Event> = DefinitionFields<Event>,
> = Definition & {
  /** Types only, never set. */
  readonly [EVENT]?: { readonly event: Event; readonly unknown: Unknown }
}

/**
 * @internal Checks a provider definition against its event type and keeps
 * both: `providerDefinition<AcmeEvent>()({ … })`. Curried, so that the event
 * type is given and everything else is inferred.
 */
export function providerDefinition<Event extends object, Unknown extends object | undefined = undefined>(): <
  const Definition extends DefinitionFields<Event>,
>(
  definition: Definition & EventsCheck<Event, Definition>,
) => ProviderDefinition<Event, Unknown, Definition> {
  return (definition) => definition
}

type SchemeOf<Definition> = Definition extends { readonly scheme: infer Scheme } ? Scheme : never
type FieldOf<Definition> = Definition extends { readonly eventField: infer Field extends string } ? Field : never
type SchemeSignsTime<Definition> = SchemeOf<Definition> extends { readonly signsTime: infer SignsTime } ? SignsTime : boolean
// A timestamp `tolerance` can bound: signed in a header, or in the body.
type ChecksTime<Definition> = Definition extends { readonly bodyTimestamp: object } ? true : SchemeSignsTime<Definition>

/** The known events of a definition. */
export type EventOf<Definition> = Definition extends { readonly [EVENT]?: { readonly event: infer Event } } ? Event : never

/** What `verify` resolves to: a known event, or, where the provider names its events, an {@link UnknownEvent}. */
export type VerifiedOf<Definition> = [FieldOf<Definition>] extends [never]
  ? EventOf<Definition>
  :
      | EventOf<Definition>
      | (Definition extends { readonly [EVENT]?: { readonly unknown: infer Unknown extends object } }
          ? Unknown
          : UnknownEvent<FieldOf<Definition>>)

/** The options of `verify`: the scheme's keys, and `tolerance`/`now` where a timestamp is signed. */
export type VerifyOptionsOf<Definition> = VerifyKeysOf<SchemeOf<Definition>> &
  BodyOptions &
  ([ChecksTime<Definition>] extends [false] ? NoTimestampOptions : CheckOptions)

/** The options of `sign`: the scheme's keys, the time where it signs one, and the provider's extra headers. */
export type SignOptionsOf<Definition> = SignKeysOf<SchemeOf<Definition>> &
  ([SchemeSignsTime<Definition>] extends [false] ? unknown : SignTimeOptions) &
  (Definition extends { readonly eventHeader: object }
    ? { /** The event name to send; default: the payload's event field. */ readonly event?: string }
    : unknown) &
  (Definition extends { readonly deliveryIdHeader: string }
    ? { /** The delivery id to send; default: a random UUID. */ readonly deliveryId?: string }
    : unknown)

/** A signed delivery, ready for `fetch(url, { method: 'POST', ...delivery })` or `new Request`. */
export interface SignedDelivery {
  /** Every header the provider sends, `Content-Type` included. */
  readonly headers: Record<string, string>
  /** The exact body that was signed. */
  readonly body: string
}

/**
 * A provider's `verify`: resolves to the parsed, typed body, rejects with
 * `WebhookVerificationError` when any check fails. The options may be left
 * out where none is required.
 */
export type Verify<Result, Options> = object extends Options
  ? (input: WebhookInput, options?: Options) => Promise<Result>
  : (input: WebhookInput, options: Options) => Promise<Result>

/** A provider's `sign`: `payload` as an object (serialized with `JSON.stringify`) or a raw string. */
export type Sign<Payload, Options> = (payload: Payload | string, options: Options) => Promise<SignedDelivery>

/** A provider's `isKnownEvent`: whether a verified body is one of the events its type knows. */
export type IsKnownEvent<Event, Verified = Event> = (event: Verified | Event) => event is Event

/** What {@link defineProvider} builds: the functions every provider module exports. */
export interface Provider<Definition> {
  readonly verify: Verify<VerifiedOf<Definition>, VerifyOptionsOf<Definition>>
  readonly sign: Sign<EventOf<Definition>, SignOptionsOf<Definition>>
  readonly isKnownEvent: IsKnownEvent<EventOf<Definition>, VerifiedOf<Definition>>
}
