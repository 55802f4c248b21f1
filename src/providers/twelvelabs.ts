/**
 * TwelveLabs: `TL-Signature: t=<unix seconds>,v1=<hex>`, the hex HMAC-SHA256
 * of `<t>.<raw body>` under the webhook secret key's UTF-8 bytes. Confirmed
 * from TwelveLabs' docs ("Requirements for processing notifications", with
 * its Go signing code, and "Notification schema"); its SDKs have no verify
 * helper. TwelveLabs suggests accepting deliveries less than five minutes
 * old: hookproof checks 300 s both ways.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { stripeStyleScheme } from '../schemes/stripe-style.js'

/**
 * The event types. `analyze.task.canceled` is left out: TwelveLabs' API
 * reference both promises and denies it, so one still verifies, as an event
 * added since.
 */
export type TwelveLabsEventName = 'index.task.ready' | 'index.task.failed' | 'analyze.task.ready' | 'analyze.task.failed'

/** A model an index task ran, with its options. */
export interface TwelveLabsModel {
  /** e.g. `marengo2.7`. */
  name: string
  /** e.g. `visual`, `audio`. */
  options: string[]
}

/** An indexing task, as `index.task.*` events carry it. */
export interface TwelveLabsIndexTask<Status extends string = string> {
  /** The indexing task's id. */
  id: string
  status: Status
  /** e.g. `{ duration: 30 }`. */
  metadata?: Record<string, unknown>
  /** Optional: older deliveries named these `engine`, `index_options` or `engines`. */
  models?: TwelveLabsModel[]
  tags?: string[]
}

/**
 * An analysis task, as `analyze.task.*` events carry it. The docs' field
 * list is cut off after `id` and `status`, so the rest is kept as sent.
 */
export interface TwelveLabsAnalyzeTask {
  /** The analysis task's id. */
  id: string
  /** e.g. `ready`; open. */
  status: string
  /** What was passed as `custom_id` when the task was created. */
  custom_id?: string
  /** ISO 8601. */
  created_at?: string
  [field: string]: unknown
}

/** The `data` of each event. */
export interface TwelveLabsEventMap {
  'index.task.ready': TwelveLabsIndexTask<'ready'>
  /** The docs list the failed task's fields with the ready one's, without quoting its status. */
  'index.task.failed': TwelveLabsIndexTask
  'analyze.task.ready': TwelveLabsAnalyzeTask
  'analyze.task.failed': TwelveLabsAnalyzeTask
}

/**
 * Every TwelveLabs webhook body, `{ id, created_at, type, data }`; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'index.task.ready') console.log(event.data.id, event.data.metadata)
 * ```
 */
export type TwelveLabsEvent = {
  [Name in TwelveLabsEventName]: {
    /** The notification's id, `whe_…`. */
    id: string
    /** RFC 3339; not the signature's `t`. */
    created_at: string
    type: Name
    data: TwelveLabsEventMap[Name]
  }
}[TwelveLabsEventName]

/**
 * What `verify` resolves to: a known TwelveLabs event, or one TwelveLabs added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type TwelveLabsDelivery = TwelveLabsEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<TwelveLabsEvent>()({
  name: 'TwelveLabs',
  scheme: stripeStyleScheme({ header: 'TL-Signature', version: 'v1', joiner: '.', tolerance: 300 }),
  eventField: 'type',
  events: {
    'index.task.ready': true,
    'index.task.failed': true,
    'analyze.task.ready': true,
    'analyze.task.failed': true,
  },
})

/**
 * Verifies a TwelveLabs delivery and resolves to its typed body. Checks the
 * `v1` signature over `<t>.<body>` and the timestamp (300 s both ways by
 * default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/twelvelabs'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.TWELVELABS_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'index.task.ready') console.log(event.data.id)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<TwelveLabsDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as TwelveLabs does, for testing a handler: resolves to
 * `{ headers, body }` with `TL-Signature`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/twelvelabs'
 *
 * const delivery = await sign(
 *   { id: 'whe_test', created_at: new Date().toISOString(), type: 'analyze.task.failed', data: { id: 'task_1', status: 'failed' } },
 *   { secret: 'test-secret' },
 * )
 * ```
 */
export const sign: Sign<TwelveLabsEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events TwelveLabs adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `type` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.type) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<TwelveLabsEvent, TwelveLabsDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: `<type>:<task id>`. A task
 * reaches each outcome once. The notification's own `id` (`whe_…`) is not
 * used: TwelveLabs does not say that a retry keeps it.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `index.task.ready:6298d673f1090f1100476d4c`
 * ```
 */
export function idempotencyKey(event: TwelveLabsEvent): string {
  return `${event.type}:${event.data.id}`
}
