/**
 * What every framework adapter does with a delivery, whatever the framework:
 * verify it with the provider given, then, with `once`, claim its key. The
 * adapters differ only in how they read the request and write the answer.
 */
import { isWebhookVerificationError } from '../errors.js'
import type { WebhookInput } from '../http/input.js'
import { type Problem, toProblem } from '../http/problem.js'
import { type Claim, claimDelivery, deliveryKey, type OnceOptions } from '../once/once.js'
import type { Recorded } from './request.js'

/**
 * A provider as the adapters take it: a subpath module
 * (`import * as mux from 'hookproof/mux'`), a root namespace
 * (`import { mux } from 'hookproof'`), or a provider of your own from
 * `defineProvider`. Its `verify` types the event; its `idempotencyKey`, where
 * it has one, keys exactly-once handling.
 */
export interface WebhookProvider {
  /** The provider's `verify`: its options are the adapter's, its event the handler's. */
  // biome-ignore lint/suspicious/noExplicitAny: any provider's verify, whatever its options
  readonly verify: (input: WebhookInput, options?: any) => Promise<unknown>
  /** The provider's `idempotencyKey`, where it has one: the key of exactly-once handling. */
  readonly idempotencyKey?: (event: never) => string | undefined
}

/** The event a provider's `verify` resolves to. */
export type WebhookEventOf<P extends WebhookProvider> = Awaited<ReturnType<P['verify']>>

/** What the adapters add to a provider's verify options. */
export interface AdapterOptions {
  /**
   * Exactly-once handling: each delivery's key (the provider's
   * `idempotencyKey`, else the SHA-256 of the body) claimed in the store
   * before the handler runs, marked done when it answers 2xx, released
   * otherwise so that the provider's retry goes through. A duplicate of a
   * handled delivery is answered 200 without running the handler; one being
   * handled now 409 (the provider retries).
   */
  readonly once?: OnceOptions
}

/** The options an adapter takes for provider `P`: its verify options, and the adapter's. */
export type WebhookOptions<P extends WebhookProvider> = NonNullable<Parameters<P['verify']>[1]> & AdapterOptions

/** @internal A delivery the adapter verified: run the handler (`claim` settled after), or answer a duplicate. */
export type Accepted<Event> =
  | { readonly state: 'accepted'; readonly event: Event; readonly claim?: Claim | undefined }
  | { readonly state: 'done' | 'busy'; readonly event: Event; readonly claim?: undefined }

/** @internal An adapter's own options, read once, and the provider's verify options, read by `verify` at each delivery. */
export function splitOptions<Own extends object>(
  options: unknown,
  own: readonly (keyof Own)[],
): { own: Partial<Own> & AdapterOptions; verify: object } {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      "hookproof: the adapter needs the provider's verify options, e.g. webhook(mux, { secret: process.env.MUX_WEBHOOK_SECRET }).",
    )
  }
  const taken: Record<string, unknown> = {}
  for (const key of ['once', ...own] as string[]) taken[key] = (options as Record<string, unknown>)[key]
  // The caller's own object, not a copy: `verify` ignores the adapter's keys,
  // and reads the others (a getter of the secret, say) at every delivery.
  return { own: taken as Partial<Own> & AdapterOptions, verify: options }
}

/** @internal A delivery as an adapter hands it to {@link accept}: a request recorded as it is read, or the raw body a framework already holds. */
export type AcceptInput = Recorded | { readonly headers: object; readonly body: string | Uint8Array }

/** @internal Verifies `input` with `provider`, and claims its key when `once` is set. */
export async function accept<Event>(
  provider: WebhookProvider,
  verifyOptions: object,
  once: OnceOptions | undefined,
  input: AcceptInput,
): Promise<Accepted<Event>> {
  if (typeof provider?.verify !== 'function') {
    throw new TypeError(
      "hookproof: the adapter's provider must be a provider module or namespace with verify, e.g. import * as mux from 'hookproof/mux'.",
    )
  }
  const recorded = 'request' in input ? input : undefined
  const event = (await provider.verify(recorded ? recorded.request : (input as WebhookInput), verifyOptions)) as Event
  if (!once) return { state: 'accepted', event }
  const body = recorded ? recorded.bytes() : (input as { body: string | Uint8Array }).body
  const key = await deliveryKey(provider, event, body ?? new Uint8Array())
  const claim = await claimDelivery(key, once)
  if (claim.state === 'done' || claim.state === 'busy') return { state: claim.state, event }
  return { state: 'accepted', event, claim }
}

/** @internal The answer to a duplicate: 200 for one handled before (the provider stops), 409 for one being handled (it retries). */
export function duplicateProblem(state: 'done' | 'busy'): Problem | undefined {
  if (state === 'done') return undefined
  return {
    type: 'urn:hookproof:problem:in_progress',
    title: 'Conflict',
    status: 409,
    detail: 'This delivery is being handled now; retry later.',
  }
}

/**
 * @internal Whether the answer to `error` closes the connection: a body over
 * the bound was not read to its end, and closing is what stops the rest of it
 * being read.
 */
export function closesConnection(error: unknown): boolean {
  return isWebhookVerificationError(error) && error.code === 'body_too_large'
}

/** @internal Settles `claim` by the status answered: done on 2xx, released otherwise (or with no answer at all). */
export function settleClaim(claim: Claim, status: number | undefined): Promise<void> {
  return status !== undefined && status >= 200 && status < 300 ? claim.done() : claim.release()
}

/** @internal Whether an adapter answers `error` itself: a refused delivery, or a store that is down. The rest are the caller's. */
export function answersItself(error: unknown): boolean {
  return isWebhookVerificationError(error) || toProblem(error).status === 503
}
