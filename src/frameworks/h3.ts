/**
 * An h3 event handler (Nuxt and Nitro server routes, h3 1 and 2): verifies
 * the delivery and calls your handler with the typed event.
 *
 * @example
 * ```ts
 * // server/api/webhooks/mux.post.ts (Nuxt)
 * import { defineWebhookHandler } from 'hookproof/h3'
 * import * as mux from 'hookproof/mux'
 *
 * export default defineWebhookHandler(mux, { secret: process.env.MUX_WEBHOOK_SECRET! }, async (event) => {
 *   if (event.type === 'video.asset.ready') console.log(event.data.id)
 * })
 * ```
 *
 * @module
 */
import { splitOptions, type WebhookEventOf, type WebhookOptions, type WebhookProvider } from '../adapters/accept.js'
import { acceptFetch, settle } from '../adapters/fetch.js'
import type { AcceptInput } from '../adapters/accept.js'
import { type FetchRequestLike, type IncomingMessageLike, nodeRequest } from '../adapters/request.js'
import type { HeaderRecord } from '../http/headers.js'

export type { AdapterOptions, WebhookEventOf, WebhookOptions, WebhookProvider } from '../adapters/accept.js'

/**
 * An h3 event, structurally, either major: h3 2's carries the Fetch request
 * (`event.req`), h3 1's (Nuxt 3 and 4) the Node request (`event.node.req`)
 * and, on Nitro's edge presets, the body it was given (`_requestBody`).
 */
export interface H3EventLike {
  readonly req?: unknown
  readonly node?: { readonly req: IncomingMessageLike; readonly res?: { readonly statusCode?: number } | undefined } | undefined
  readonly web?: { readonly request?: unknown } | undefined
  readonly _requestBody?: unknown
  readonly res?: unknown
}

/** An h3 1 handler's mark, which h3 1 reads to tell an event handler from a Node middleware. */
export interface H3Handler<E extends H3EventLike> {
  (event: E): Promise<unknown>
  readonly __is_handler__: true
}

const NO_CONTENT = (): Response => new Response(null, { status: 204 })

function isFetchRequest(value: unknown): value is FetchRequestLike {
  if (typeof value !== 'object' || value === null) return false
  const { headers, arrayBuffer } = value as { headers?: { get?: unknown }; arrayBuffer?: unknown }
  return typeof arrayBuffer === 'function' && typeof headers?.get === 'function'
}

/** A body h3 1 holds as a Fetch stream (Nitro's edge presets), as a Request to read it from. */
function streamRequest(headers: HeaderRecord, stream: ReadableStream<Uint8Array>): FetchRequestLike {
  return {
    headers: new Headers(headers as Record<string, string>),
    bodyUsed: false,
    body: stream,
    arrayBuffer: () => new Response(stream).arrayBuffer(),
  }
}

/** The request of `event` as the Fetch adapter reads it, or its body's bytes where h3 or Nitro already hold them. */
async function requestOf(event: H3EventLike): Promise<FetchRequestLike | AcceptInput> {
  if (isFetchRequest(event.req)) return event.req
  if (isFetchRequest(event.web?.request)) return event.web.request
  const req = event.node?.req
  if (!req)
    throw new TypeError('hookproof: defineWebhookHandler was given something that is not an h3 event (no event.req, no event.node.req).')
  const headers = req.headers as HeaderRecord
  const given = event._requestBody
  if (typeof given === 'string' || given instanceof Uint8Array) return { headers, body: given }
  if (typeof (given as ReadableStream | undefined)?.getReader === 'function')
    return streamRequest(headers, given as ReadableStream<Uint8Array>)
  // Something called h3's readRawBody first: the bytes it read, kept on the request.
  const read = (req as unknown as Record<symbol, unknown>)[Symbol.for('h3RawBody')]
  if (read !== undefined) {
    const body = await read
    if (typeof body === 'string' || body instanceof Uint8Array) return { headers, body }
  }
  const { rawBody, body } = req as { rawBody?: unknown; body?: unknown }
  for (const held of [rawBody, body]) if (typeof held === 'string' || held instanceof Uint8Array) return { headers, body: held }
  return nodeRequest(req)
}

function statusOf(event: H3EventLike, value: unknown): number {
  if (value instanceof Response) return value.status
  const status = (event.res as { status?: unknown } | undefined)?.status ?? event.node?.res?.statusCode
  return typeof status === 'number' ? status : 200
}

/**
 * An h3 event handler verifying deliveries of `provider`, then calling
 * `handler` with the typed event and the h3 event. A refusal is answered as
 * problem+json (400/401/413); the caller's mistakes (an unset secret) are
 * thrown, for h3's error handling (a 500). What `handler` returns is the
 * answer, as h3 sends it; nothing at all is answered 204. With `once`, a
 * duplicate of a handled delivery is answered 200 without calling `handler`.
 *
 * @example
 * ```ts
 * import { createRouter } from 'h3'
 * import { defineWebhookHandler } from 'hookproof/h3'
 * import * as fal from 'hookproof/fal'
 *
 * const router = createRouter().post('/webhooks/fal', defineWebhookHandler(fal, {}, (result) => {
 *   console.log(result.request_id, result.status)
 * }))
 * ```
 */
export function defineWebhookHandler<const P extends WebhookProvider, E extends H3EventLike = H3EventLike>(
  provider: P,
  options: WebhookOptions<P>,
  handler: (event: WebhookEventOf<P>, h3: E) => unknown,
): H3Handler<E> {
  const { own, verify } = splitOptions(options, [])
  const handle = async (h3: E): Promise<unknown> => {
    const accepted = await acceptFetch<WebhookEventOf<P>>(provider, verify, own.once, await requestOf(h3))
    if (accepted instanceof Response) return accepted
    let value: unknown
    try {
      value = await handler(accepted.event, h3)
    } catch (error) {
      await settle(accepted, undefined)
      throw error
    }
    await settle(accepted, statusOf(h3, value))
    return value === undefined ? NO_CONTENT() : value
  }
  return Object.assign(handle, { __is_handler__: true as const })
}
