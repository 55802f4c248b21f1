/**
 * A NestJS guard: verifies the delivery on the Express or the Fastify
 * platform, from the raw body Nest keeps with `rawBody: true`, and hands the
 * typed event to the route's handler.
 *
 * @example
 * ```ts
 * import { Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common'
 * import { webhookGuard } from 'hookproof/nestjs'
 * import * as mux from 'hookproof/mux'
 *
 * const muxWebhook = webhookGuard(mux, { secret: process.env.MUX_WEBHOOK_SECRET! })
 *
 * @Controller('webhooks')
 * export class WebhooksController {
 *   @Post('mux')
 *   @HttpCode(204)
 *   @UseGuards(muxWebhook)
 *   mux(@Req() req: object) {
 *     const event = muxWebhook.event(req) // typed: a Mux delivery
 *   }
 * }
 * // main.ts: NestFactory.create(AppModule, { rawBody: true })
 * ```
 *
 * @module
 */
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
import { type FastifyReplyLike, replyProblem } from '../adapters/fastify-reply.js'
import { type ServerResponseLike, settleOnFinish, writeProblem } from '../adapters/node-response.js'
import { type IncomingMessageLike, nodeRequest, type Recorded } from '../adapters/request.js'
import { type Problem, toProblem } from '../http/problem.js'

export type { AdapterOptions, WebhookEventOf, WebhookOptions, WebhookProvider } from '../adapters/accept.js'

/** Nest's `ExecutionContext`, structurally: hookproof imports nothing of Nest's. */
export interface ExecutionContextLike {
  /** The HTTP request and response of the call. */
  switchToHttp(): {
    /** The platform's request (Express's, or Fastify's). */
    getRequest(): unknown
    /** The platform's response (Express's, or Fastify's reply). */
    getResponse(): unknown
  }
}

/** What the guard takes besides the provider's verify options. */
export interface NestWebhookOptions {
  /**
   * Takes every failure instead of the guard answering it: throw an
   * `HttpException` of yours, or return `false` (Nest's 403). Left out, a
   * refusal is answered as problem+json (400/401/413) and anything else is
   * thrown, for Nest's exception filters (a 500).
   */
  readonly onError?: (error: unknown) => boolean | Promise<boolean>
}

/** The guard {@link webhookGuard} builds: give it to `@UseGuards`, read the event with {@link WebhookGuard.event}. */
export interface WebhookGuard<Event> {
  /** Verifies the call's delivery: `true` to run the handler, `false` when the guard has answered (a refusal, a duplicate). */
  canActivate(context: ExecutionContextLike): Promise<boolean>
  /**
   * The verified event the guard set on the request (`req.webhook`), typed; a
   * `TypeError` on a request the guard did not verify.
   */
  event(req: object): Event
}

/** A request as either platform hands it over: Express's (a Node request) or Fastify's. */
interface NestRequestLike {
  readonly headers: IncomingMessageLike['headers']
  readonly rawBody?: unknown
  readonly body?: unknown
  /** Fastify's: the Node request under it. */
  readonly raw?: IncomingMessageLike
  readonly readableEnded?: boolean
  webhook?: unknown
}

/** A Fastify reply, structurally. */
interface NestFastifyReply extends FastifyReplyLike {
  readonly raw: ServerResponseLike
  readonly sent: boolean
}

const PARSED_WITHOUT_RAW =
  "hookproof: Nest parsed this request's body and kept no raw bytes, which the signature covers. Create the app with NestFactory.create(AppModule, { rawBody: true }) (or with the FastifyAdapter and { rawBody: true })."

function inputOf(req: NestRequestLike): Recorded | { headers: object; body: string | Uint8Array } {
  const { rawBody, body } = req
  // rawBody: true, and Nest's parser ran (a JSON or form body): the bytes it read.
  if (rawBody instanceof Uint8Array || typeof rawBody === 'string') return { headers: req.headers, body: rawBody }
  if (req.raw) {
    // Fastify parses every body before a guard runs; with no body at all there is nothing to parse.
    if (body === undefined || body === null) return { headers: req.headers, body: '' }
    // Fastify's own text/plain parser: the body as text, the UTF-8 it came as.
    if (typeof body === 'string') return { headers: req.headers, body }
    throw new TypeError(PARSED_WITHOUT_RAW)
  }
  // Express with no parser for this Content-Type: the body is still in the stream.
  if (!req.readableEnded) return nodeRequest(req as NestRequestLike & IncomingMessageLike)
  throw new TypeError(PARSED_WITHOUT_RAW)
}

function isFastifyReply(res: unknown): res is NestFastifyReply {
  return typeof res === 'object' && res !== null && 'raw' in res && typeof (res as NestFastifyReply).code === 'function'
}

/**
 * Answers `problem` (an empty 200 without one) on either platform's
 * response: through Fastify's reply where there is one, so that Fastify and
 * Nest see it sent, and the `ForbiddenException` Nest raises when the guard
 * refuses finds the answer already written.
 */
function answer(res: unknown, problem: Problem | undefined, close = false): void {
  if (isFastifyReply(res)) {
    if (!res.sent) replyProblem(res, problem, close)
    return
  }
  writeProblem(res as ServerResponseLike, problem, close)
}

/**
 * A NestJS guard verifying deliveries of `provider`, on the Express and the
 * Fastify platforms. The raw body is the one Nest keeps with
 * `rawBody: true` (for the JSON and form bodies it parses), or on Express
 * the request stream when no parser took the body, read with the provider's
 * bound; without either it is a `TypeError` that says to set `rawBody`. Nest's
 * own body limit applies first to the bodies it parses: 100 kB on Express
 * unless set with `app.useBodyParser('json', { limit })`, Fastify's
 * `bodyLimit` (1 MiB) on Fastify.
 *
 * A refusal is answered as problem+json (400/401/413) by the guard itself,
 * and the handler does not run; with `once`, a duplicate of a handled
 * delivery is answered 200 without it, and a claim is settled when the answer
 * is sent: done on 2xx, released otherwise.
 *
 * @example
 * ```ts
 * import { memoryStore } from 'hookproof'
 * import { webhookGuard } from 'hookproof/nestjs'
 * import * as replicate from 'hookproof/replicate'
 *
 * export const replicateWebhook = webhookGuard(replicate, {
 *   secret: process.env.REPLICATE_WEBHOOK_SECRET!,
 *   once: { store: memoryStore() },
 * })
 * // @UseGuards(replicateWebhook) on the route; replicateWebhook.event(req) in it.
 * ```
 */
export function webhookGuard<const P extends WebhookProvider>(
  provider: P,
  options: WebhookOptions<P> & NestWebhookOptions,
): WebhookGuard<WebhookEventOf<P>> {
  const { own, verify } = splitOptions<NestWebhookOptions>(options, ['onError'])
  // A mark of this guard's own on the requests it verified.
  const verified: unique symbol = Symbol('hookproof.nestjs')
  return {
    async canActivate(context: ExecutionContextLike): Promise<boolean> {
      const http = context.switchToHttp()
      const req = http.getRequest() as NestRequestLike
      const res = http.getResponse()
      let accepted: Awaited<ReturnType<typeof accept<WebhookEventOf<P>>>>
      try {
        accepted = await accept<WebhookEventOf<P>>(provider, verify, own.once, inputOf(req))
      } catch (error) {
        if (own.onError) return own.onError(error)
        if (!answersItself(error)) throw error
        answer(res, toProblem(error), closesConnection(error))
        return false
      }
      if (accepted.state !== 'accepted') {
        answer(res, duplicateProblem(accepted.state))
        return false
      }
      req.webhook = accepted.event
      ;(req as unknown as Record<symbol, unknown>)[verified] = true
      settleOnFinish(isFastifyReply(res) ? res.raw : (res as ServerResponseLike), accepted.claim)
      return true
    },
    event(req: object): WebhookEventOf<P> {
      if ((req as Record<symbol, unknown>)[verified] !== true) {
        throw new TypeError('hookproof: this request did not pass the webhook guard; give it to @UseGuards on the route.')
      }
      return (req as NestRequestLike).webhook as WebhookEventOf<P>
    },
  }
}
