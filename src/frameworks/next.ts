/**
 * Next.js: `withWebhook` for App Router route handlers (Node.js and Edge
 * runtimes), `withWebhookPages` for Pages Router API routes (with the body
 * parser turned off, so the raw bytes reach it).
 *
 * @example
 * ```ts
 * // app/api/webhooks/mux/route.ts
 * import { withWebhook } from 'hookproof/next'
 * import * as mux from 'hookproof/mux'
 *
 * export const POST = withWebhook(mux, { secret: process.env.MUX_WEBHOOK_SECRET! }, async (event) => {
 *   return new Response(null, { status: 204 })
 * })
 * ```
 *
 * @module
 */
import { splitOptions, type WebhookEventOf, type WebhookOptions, type WebhookProvider } from '../adapters/accept.js'
import { acceptFetch, settle } from '../adapters/fetch.js'
import { type HandlerContext, nodeHandler } from '../adapters/node-handler.js'
import type { ServerResponseLike } from '../adapters/node-response.js'
import type { IncomingMessageLike } from '../adapters/request.js'

export type { AdapterOptions, WebhookEventOf, WebhookOptions, WebhookProvider } from '../adapters/accept.js'
export type { HandlerContext } from '../adapters/node-handler.js'

/**
 * An App Router route handler verifying deliveries of `provider`, then
 * answering with what `handler` returns for the typed event (204 when it
 * returns nothing). A refusal is answered as problem+json (400/401/413); the
 * caller's mistakes, and a handler that throws, go to Next.js (a 500). With
 * `once`, a duplicate is answered without running `handler`, and the claim is
 * settled by its answer: done on 2xx, released otherwise.
 *
 * @example
 * ```ts
 * import { memoryStore } from 'hookproof'
 * import { withWebhook } from 'hookproof/next'
 * import * as replicate from 'hookproof/replicate'
 *
 * export const runtime = 'edge'
 * export const POST = withWebhook(replicate, { secret: process.env.REPLICATE_WEBHOOK_SECRET!, once: { store: memoryStore() } }, async (prediction) => {
 *   console.log(prediction.id, prediction.status)
 * })
 * ```
 */
export function withWebhook<const P extends WebhookProvider>(
  provider: P,
  options: WebhookOptions<P>,
  // biome-ignore lint/suspicious/noConfusingVoidType: a handler that returns nothing is answered 204
  handler: (event: WebhookEventOf<P>, request: Request) => Response | void | Promise<Response | void>,
): (request: Request) => Promise<Response> {
  const { own, verify } = splitOptions(options, [])
  return async (request) => {
    const accepted = await acceptFetch<WebhookEventOf<P>>(provider, verify, own.once, request)
    if (accepted instanceof Response) return accepted
    let response: Response
    try {
      response = (await handler(accepted.event, request)) ?? new Response(null, { status: 204 })
    } catch (error) {
      await settle(accepted, undefined)
      throw error
    }
    await settle(accepted, response.status)
    return response
  }
}

/**
 * A Pages Router API route verifying deliveries of `provider`: as
 * `createHandler` of `hookproof/node`. Turn Next.js's body parser off for
 * the route (`export const config = { api: { bodyParser: false } }`): the
 * signature covers the raw bytes.
 *
 * @example
 * ```ts
 * // pages/api/webhooks/mux.ts
 * import { withWebhookPages } from 'hookproof/next'
 * import * as mux from 'hookproof/mux'
 *
 * export const config = { api: { bodyParser: false } }
 * export default withWebhookPages(mux, { secret: process.env.MUX_WEBHOOK_SECRET! }, async (event, { res }) => {
 *   res.status(204).end()
 * })
 * ```
 */
export function withWebhookPages<const P extends WebhookProvider, Req extends IncomingMessageLike, Res extends ServerResponseLike>(
  provider: P,
  options: WebhookOptions<P> & { readonly onError?: (error: unknown) => void },
  handler: (event: WebhookEventOf<P>, context: HandlerContext<Req, Res>) => unknown,
): (req: Req, res: Res) => Promise<void> {
  return nodeHandler(provider, options, handler)
}
