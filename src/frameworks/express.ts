/**
 * Express middleware: verifies the delivery, with or without `express.raw()`
 * on the route, and hands the typed event to the next handler.
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { webhook } from 'hookproof/express'
 * import * as mux from 'hookproof/mux'
 *
 * const app = express()
 * const muxWebhook = webhook(mux, { secret: process.env.MUX_WEBHOOK_SECRET! })
 * app.post('/webhooks/mux', muxWebhook, (req, res) => {
 *   const event = muxWebhook.event(req) // typed: a Mux delivery
 *   res.sendStatus(204)
 * })
 * ```
 *
 * @module
 */
import {
  accept,
  answersItself,
  duplicateProblem,
  splitOptions,
  type WebhookEventOf,
  type WebhookOptions,
  type WebhookProvider,
} from '../adapters/accept.js'
import { sendProblem } from '../adapters/node-handler.js'
import { type IncomingMessageLike, nodeRequest, type Recorded } from '../adapters/request.js'
import { type ServerResponseLike, settleOnFinish, writeProblem } from '../adapters/node-response.js'

export type { AdapterOptions, WebhookEventOf, WebhookOptions, WebhookProvider } from '../adapters/accept.js'

/** An Express request, structurally: a Node request that a body parser may have given a `body`. */
export interface ExpressRequestLike extends IncomingMessageLike {
  body?: unknown
  webhook?: unknown
}

/** An Express error handler's shape, for {@link ExpressWebhookOptions.onError}. */
export type ExpressErrorHandler = (
  error: unknown,
  req: ExpressRequestLike,
  res: ServerResponseLike,
  next: (error?: unknown) => void,
) => void

/** What the Express middleware takes besides the provider's verify options. */
export interface ExpressWebhookOptions {
  /**
   * Takes every failure instead of the middleware answering: a refused
   * delivery (`WebhookVerificationError`, with its `status`), and the
   * caller's mistakes. Left out, a refusal is answered as problem+json
   * (400/401/413) and anything else goes to Express's error handling
   * (`next(error)`: a 500).
   */
  readonly onError?: ExpressErrorHandler
}

/** The middleware {@link webhook} builds, with {@link WebhookMiddleware.event} to read the typed event back. */
export interface WebhookMiddleware<Event> {
  (req: ExpressRequestLike, res: ServerResponseLike, next: (error?: unknown) => void): void
  /**
   * The verified event the middleware set on `req.webhook`, typed; a
   * `TypeError` on a request the middleware did not verify.
   */
  event(req: object): Event
}

function inputOf(req: ExpressRequestLike): Recorded | { headers: object; body: string | Uint8Array } {
  const { body } = req
  // express.raw() or express.text() ran: the raw body, as the parser read it.
  if (typeof body === 'string' || body instanceof Uint8Array) return { headers: req.headers, body }
  if (req.readableEnded && body !== undefined) {
    throw new TypeError(
      'hookproof: a body parser (express.json()?) read this request first, and the raw bytes the signature covers are gone. Mount the webhook route before app.use(express.json()), or give the route express.raw({ type: () => true }).',
    )
  }
  return nodeRequest(req)
}

/**
 * Express middleware verifying deliveries of `provider`: the raw body is
 * read from the stream with the provider's bound (`maxBodyBytes`) when no
 * parser ran, or taken from `express.raw()` when one did (whose own `limit`,
 * 100 kB unless set, then applies first). Sets `req.webhook` to the event and
 * calls the next handler; answers a refusal itself as problem+json
 * (400/401/413) unless `onError` is given. With `once`, a duplicate of a
 * handled delivery is answered 200 without calling the next handler, and a
 * claim is settled when the answer is sent: done on 2xx, released otherwise.
 *
 * @example
 * ```ts
 * import { memoryStore } from 'hookproof'
 * import { webhook } from 'hookproof/express'
 * import * as replicate from 'hookproof/replicate'
 *
 * const replicateWebhook = webhook(replicate, { secret: process.env.REPLICATE_WEBHOOK_SECRET!, once: { store: memoryStore() } })
 * app.post('/webhooks/replicate', replicateWebhook, (req, res) => {
 *   const prediction = replicateWebhook.event(req)
 *   res.sendStatus(204)
 * })
 * ```
 */
export function webhook<const P extends WebhookProvider>(
  provider: P,
  options: WebhookOptions<P> & ExpressWebhookOptions,
): WebhookMiddleware<WebhookEventOf<P>> {
  const { own, verify } = splitOptions<ExpressWebhookOptions>(options, ['onError'])
  // A mark of this middleware's own on the requests it verified, not a
  // WeakSet: one entry per request in a WeakSet costs the garbage collector
  // more than the rest of the middleware.
  const verified: unique symbol = Symbol('hookproof.webhook')

  function fail(error: unknown, req: ExpressRequestLike, res: ServerResponseLike, next: (error?: unknown) => void): void {
    if (own.onError) own.onError(error, req, res, next)
    else if (!answersItself(error)) next(error)
    else sendProblem(res, error)
  }

  const middleware = (req: ExpressRequestLike, res: ServerResponseLike, next: (error?: unknown) => void): void => {
    ;(async () => {
      const accepted = await accept<WebhookEventOf<P>>(provider, verify, own.once, inputOf(req))
      if (accepted.state !== 'accepted') {
        writeProblem(res, duplicateProblem(accepted.state))
        return
      }
      req.webhook = accepted.event
      ;(req as unknown as Record<symbol, unknown>)[verified] = true
      settleOnFinish(res, accepted.claim)
      next()
    })().catch((error: unknown) => fail(error, req, res, next))
  }
  return Object.assign(middleware, {
    event(req: object): WebhookEventOf<P> {
      if ((req as Record<symbol, unknown>)[verified] !== true) {
        throw new TypeError('hookproof: this request did not pass the webhook middleware; mount it on the route before the handler.')
      }
      return (req as ExpressRequestLike).webhook as WebhookEventOf<P>
    },
  })
}
