/**
 * `node:http` without a framework: verify a bare `IncomingMessage`, or serve
 * a whole webhook endpoint with one handler.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { createHandler } from 'hookproof/node'
 * import * as mux from 'hookproof/mux'
 *
 * createServer(
 *   createHandler(mux, { secret: process.env.MUX_WEBHOOK_SECRET! }, async (event) => {
 *     await queue.add(event) // answered 204 when this resolves; a refusal is answered 400/401/413
 *   }),
 * ).listen(3000)
 * ```
 *
 * @module
 */
import { splitOptions, accept, type WebhookEventOf, type WebhookOptions, type WebhookProvider } from '../adapters/accept.js'
import { type HandlerContext, nodeHandler, sendProblem as answer } from '../adapters/node-handler.js'
import type { ServerResponseLike } from '../adapters/node-response.js'
import { type IncomingMessageLike, nodeRequest } from '../adapters/request.js'

export type { AdapterOptions, WebhookEventOf, WebhookOptions, WebhookProvider } from '../adapters/accept.js'
export type { IncomingMessageLike } from '../adapters/request.js'
export type { ServerResponseLike } from '../adapters/node-response.js'
export type { HandlerContext } from '../adapters/node-handler.js'

/**
 * A verifier for bare Node requests: `(req) => Promise<event>`, reading the
 * body itself with the provider's bound (`maxBodyBytes`), after the headers
 * are checked. Rejects with `WebhookVerificationError` as `verify` does;
 * answer it with {@link sendProblem}. Exactly-once handling needs
 * {@link createHandler}, which knows when the handler is done.
 *
 * @example
 * ```ts
 * import { sendProblem, webhook } from 'hookproof/node'
 * import * as mux from 'hookproof/mux'
 *
 * const verifyMux = webhook(mux, { secret: process.env.MUX_WEBHOOK_SECRET! })
 * createServer(async (req, res) => {
 *   try {
 *     const event = await verifyMux(req)
 *     res.writeHead(204).end()
 *   } catch (error) {
 *     sendProblem(res, error)
 *   }
 * })
 * ```
 */
export function webhook<const P extends WebhookProvider>(
  provider: P,
  options: NonNullable<Parameters<P['verify']>[1]>,
): (req: IncomingMessageLike) => Promise<WebhookEventOf<P>> {
  const { verify } = splitOptions(options, [])
  return async (req) => (await accept<WebhookEventOf<P>>(provider, verify, undefined, nodeRequest(req))).event
}

/**
 * Answers `error` on `res`: a refused delivery as problem+json with its
 * status (400, 401, 413); anything else 500 with nothing of the error in it
 * (log it: it is a mistake of the receiver's, or a key set not fetched).
 *
 * @example
 * ```ts
 * catch (error) {
 *   sendProblem(res, error)
 * }
 * ```
 */
export function sendProblem(res: ServerResponseLike, error: unknown): void {
  answer(res, error)
}

/**
 * A whole `node:http` request listener for one provider: verifies the
 * delivery, runs `handle` with the typed event, and answers 204 when it
 * resolves (unless it answered itself), the refusal's problem+json
 * (400/401/413) when the delivery is refused, 500 when `handle` throws or
 * the options are wrong (and `onError` is told). With `once`, a duplicate
 * is answered without running `handle`.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { memoryStore } from 'hookproof'
 * import { createHandler } from 'hookproof/node'
 * import * as mux from 'hookproof/mux'
 *
 * const handler = createHandler(mux, { secret: process.env.MUX_WEBHOOK_SECRET!, once: { store: memoryStore() } }, async (event) => {
 *   if (mux.isKnownEvent(event) && event.type === 'video.asset.ready') await publish(event.data.id)
 * })
 * createServer(handler).listen(3000)
 * ```
 */
export function createHandler<const P extends WebhookProvider, Req extends IncomingMessageLike, Res extends ServerResponseLike>(
  provider: P,
  options: WebhookOptions<P> & { readonly onError?: (error: unknown) => void },
  handle: (event: WebhookEventOf<P>, context: HandlerContext<Req, Res>) => unknown,
): (req: Req, res: Res) => Promise<void> {
  return nodeHandler(provider, options, handle)
}
