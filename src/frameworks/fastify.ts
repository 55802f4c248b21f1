/**
 * Fastify: a plugin that serves one webhook route, with a content-type
 * parser of its own for that route (every Content-Type, the raw stream read
 * by `verify` with its bound), so that the rest of the app keeps Fastify's
 * JSON parsing.
 *
 * @example
 * ```ts
 * import Fastify from 'fastify'
 * import { webhook } from 'hookproof/fastify'
 * import * as mux from 'hookproof/mux'
 *
 * const app = Fastify()
 * app.register(webhook(mux, { secret: process.env.MUX_WEBHOOK_SECRET!, url: '/webhooks/mux' }, async (event, request, reply) => {
 *   reply.code(204) // or return a body for Fastify to send
 * }))
 * ```
 *
 * @module
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { toProblem } from '../http/problem.js'
import type { Claim } from '../once/once.js'
import {
  accept,
  answersItself,
  closesConnection,
  duplicateProblem,
  splitOptions,
  type WebhookEventOf,
  type WebhookOptions,
  type WebhookProvider,
} from '../adapters/accept.js'
import { replyProblem } from '../adapters/fastify-reply.js'
import { settleOnFinish } from '../adapters/node-response.js'
import { type IncomingMessageLike, nodeRequest } from '../adapters/request.js'

export type { AdapterOptions, WebhookEventOf, WebhookOptions, WebhookProvider } from '../adapters/accept.js'

/** What the Fastify plugin takes besides the provider's verify options. */
export interface FastifyWebhookOptions {
  /** The route's path: `/webhooks/mux`. */
  readonly url: string
  /** The route's method. Default `POST`. */
  readonly method?: 'POST' | 'PUT'
}

/** A Fastify plugin, as `app.register` takes it. */
export type WebhookPlugin = (instance: FastifyInstance) => Promise<void>

const ACCEPTED = Symbol('hookproof.fastify')

interface Verified {
  readonly event: unknown
  readonly claim?: Claim | undefined
  readonly duplicate?: 'done' | 'busy'
}

/**
 * A Fastify plugin serving deliveries of `provider` at `options.url`: it
 * verifies the delivery (its own parser, for every Content-Type, reading the
 * raw body with `maxBodyBytes`), sets `request.webhook` and calls `handler`
 * with the typed event; what the handler returns is sent as Fastify sends a
 * handler's value, and nothing is a 204. A refusal is answered as
 * problem+json (400/401/413); the caller's mistakes go to Fastify's error
 * handling (a 500). With `once`, a duplicate is answered without running
 * `handler`, and the claim is settled when the answer is sent: done on 2xx,
 * released otherwise.
 *
 * @example
 * ```ts
 * import { memoryStore } from 'hookproof'
 * import { webhook } from 'hookproof/fastify'
 * import * as replicate from 'hookproof/replicate'
 *
 * app.register(webhook(replicate, { secret: process.env.REPLICATE_WEBHOOK_SECRET!, url: '/webhooks/replicate', once: { store: memoryStore() } }, async (prediction) => {
 *   console.log(prediction.id, prediction.status)
 * }))
 * ```
 */
export function webhook<const P extends WebhookProvider>(
  provider: P,
  options: WebhookOptions<P> & FastifyWebhookOptions,
  handler: (event: WebhookEventOf<P>, request: FastifyRequest, reply: FastifyReply) => unknown,
): WebhookPlugin {
  const { own, verify } = splitOptions<FastifyWebhookOptions>(options, ['url', 'method'])
  const { url } = own
  if (typeof url !== 'string' || !url.startsWith('/')) {
    throw new TypeError("hookproof: the Fastify webhook plugin needs options.url, the route's path, e.g. '/webhooks/mux'.")
  }

  async function verified(request: IncomingMessageLike | { headers: object; body: string }): Promise<Verified> {
    const input = 'body' in request ? request : nodeRequest(request)
    const accepted = await accept(provider, verify, own.once, input as never)
    return accepted.state === 'accepted' ? accepted : { event: accepted.event, duplicate: accepted.state }
  }

  return async (scope) => {
    // This plugin's scope only: the routes of the rest of the app keep their parsers.
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', async (request: FastifyRequest, payload: AsyncIterable<unknown> & { pause?(): unknown }) => {
      const stream: IncomingMessageLike = {
        headers: request.headers as IncomingMessageLike['headers'],
        [Symbol.asyncIterator]: () => payload[Symbol.asyncIterator](),
        pause: () => payload.pause?.(),
      }
      return { [ACCEPTED]: await verified(stream) }
    })
    scope.setErrorHandler(async (error: unknown, _request, reply) => {
      if (!answersItself(error)) throw error
      if (closesConnection(error)) reply.header('connection', 'close')
      return replyProblem(reply, toProblem(error))
    })
    scope.route({
      method: own.method ?? 'POST',
      url,
      handler: async (request, reply) => {
        // No body at all: the parser did not run, and the empty body is what is verified.
        const parsed = (request.body as { [ACCEPTED]?: Verified } | undefined)?.[ACCEPTED]
        const result = parsed ?? (await verified({ headers: request.headers, body: '' }))
        if (result.duplicate) return replyProblem(reply, duplicateProblem(result.duplicate))
        settleOnFinish(reply.raw, result.claim)
        ;(request as { webhook?: unknown }).webhook = result.event
        const value = await handler(result.event as WebhookEventOf<P>, request, reply)
        if (value !== undefined || reply.sent) return value
        return reply.code(reply.statusCode === 200 ? 204 : reply.statusCode).send()
      },
    })
  }
}
