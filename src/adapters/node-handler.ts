/** A whole Node request listener for one provider: what `hookproof/node`'s `createHandler` and Next.js's Pages Router adapter serve. */
import { toProblem } from '../http/problem.js'
import {
  accept,
  answersItself,
  closesConnection,
  duplicateProblem,
  splitOptions,
  type WebhookEventOf,
  type WebhookOptions,
  type WebhookProvider,
} from './accept.js'
import { type ServerResponseLike, settleOnFinish, writeProblem } from './node-response.js'
import { type IncomingMessageLike, nodeRequest } from './request.js'

/** What a Node handler is given besides the event. */
export interface HandlerContext<Req, Res> {
  readonly req: Req
  readonly res: Res
}

/** @internal Answers `error`: a refusal as problem+json with its status, anything else 500 with nothing of it. */
export function sendProblem(res: ServerResponseLike, error: unknown): void {
  writeProblem(res, toProblem(error), closesConnection(error))
}

/** @internal See `createHandler` in `hookproof/node`. */
export function nodeHandler<const P extends WebhookProvider, Req extends IncomingMessageLike, Res extends ServerResponseLike>(
  provider: P,
  options: WebhookOptions<P> & { readonly onError?: (error: unknown) => void },
  handle: (event: WebhookEventOf<P>, context: HandlerContext<Req, Res>) => unknown,
): (req: Req, res: Res) => Promise<void> {
  const { own, verify } = splitOptions<{ onError: (error: unknown) => void }>(options, ['onError'])
  return async (req, res) => {
    let accepted: Awaited<ReturnType<typeof accept<WebhookEventOf<P>>>>
    try {
      accepted = await accept<WebhookEventOf<P>>(provider, verify, own.once, nodeRequest(req))
    } catch (error) {
      if (!answersItself(error)) own.onError?.(error)
      sendProblem(res, error)
      return
    }
    if (accepted.state !== 'accepted') {
      writeProblem(res, duplicateProblem(accepted.state))
      return
    }
    settleOnFinish(res, accepted.claim)
    try {
      await handle(accepted.event, { req, res })
    } catch (error) {
      own.onError?.(error)
      sendProblem(res, error)
      return
    }
    if (!res.headersSent) {
      res.statusCode = 204
      res.end()
    }
  }
}
