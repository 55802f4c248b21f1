/**
 * Hono middleware: verifies the delivery from `c.req.raw` (the `Request`,
 * not Hono's wrapper) and sets `c.get('webhook')`, typed through Hono's
 * `Variables`.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono'
 * import { webhook } from 'hookproof/hono'
 * import * as mux from 'hookproof/mux'
 *
 * const app = new Hono()
 * app.post('/webhooks/mux', webhook(mux, { secret: process.env.MUX_WEBHOOK_SECRET! }), (c) => {
 *   const event = c.get('webhook') // a Mux delivery
 *   return c.body(null, 204)
 * })
 * ```
 *
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import { splitOptions, type WebhookEventOf, type WebhookOptions, type WebhookProvider } from '../adapters/accept.js'
import { acceptFetch, settle } from '../adapters/fetch.js'

export type { AdapterOptions, WebhookEventOf, WebhookOptions, WebhookProvider } from '../adapters/accept.js'

/** The Hono environment the middleware gives the handlers after it: `c.get('webhook')` is the event. */
export interface WebhookEnv<Event> {
  Variables: { webhook: Event }
}

/**
 * Hono middleware verifying deliveries of `provider`. A refusal is answered
 * as problem+json (400/401/413); the caller's mistakes (a secret unset) are
 * thrown to Hono's error handling (`app.onError`, a 500). With `once`, a
 * duplicate of a handled delivery is answered 200 without running the
 * handler, and the claim is settled by the handler's answer: done on 2xx,
 * released otherwise.
 *
 * @example
 * ```ts
 * import { memoryStore } from 'hookproof'
 * import { webhook } from 'hookproof/hono'
 * import * as replicate from 'hookproof/replicate'
 *
 * app.post('/webhooks/replicate', webhook(replicate, { secret: process.env.REPLICATE_WEBHOOK_SECRET!, once: { store: memoryStore() } }), (c) => {
 *   const prediction = c.get('webhook')
 *   return c.body(null, 204)
 * })
 * ```
 */
export function webhook<const P extends WebhookProvider>(
  provider: P,
  options: WebhookOptions<P>,
): MiddlewareHandler<WebhookEnv<WebhookEventOf<P>>> {
  const { own, verify } = splitOptions(options, [])
  return async (c, next) => {
    const accepted = await acceptFetch<WebhookEventOf<P>>(provider, verify, own.once, c.req.raw)
    if (accepted instanceof Response) return accepted
    c.set('webhook', accepted.event)
    try {
      await next()
    } catch (error) {
      await settle(accepted, undefined)
      throw error
    }
    await settle(accepted, c.error ? undefined : c.res.status)
    return undefined
  }
}
