/** Answers on a Node `ServerResponse` (Express's, Fastify's raw one), structurally: the adapters import no Node types. */
import type { Problem } from '../http/problem.js'
import type { Claim } from '../once/once.js'
import { settleClaim } from './accept.js'

/** A Node `ServerResponse`, structurally. */
export interface ServerResponseLike {
  statusCode: number
  readonly headersSent: boolean
  readonly writableFinished?: boolean
  /** Sets a header of the answer. */
  setHeader(name: string, value: string): unknown
  /** Sends the answer. */
  end(body?: string): unknown
  /** Listens to the answer sent (`finish`), or the connection closed first. */
  on(event: 'finish' | 'close', listener: () => void): unknown
}

/**
 * Writes `problem` as `application/problem+json`, or an empty 200 without
 * one. `close` asks the connection closed after it: a body left unread (one
 * over the bound) is then not read to its end.
 */
export function writeProblem(res: ServerResponseLike, problem: Problem | undefined, close = false): void {
  if (res.headersSent) return
  res.statusCode = problem?.status ?? 200
  res.setHeader('cache-control', 'no-store')
  if (close) res.setHeader('connection', 'close')
  if (!problem) {
    res.end()
    return
  }
  res.setHeader('content-type', 'application/problem+json')
  res.end(JSON.stringify(problem))
}

/** Settles `claim` when the answer is sent: done on 2xx, released on anything else or a connection closed first. */
export function settleOnFinish(res: ServerResponseLike, claim: Claim | undefined): void {
  if (!claim) return
  res.on('finish', () => void settleClaim(claim, res.statusCode))
  res.on('close', () => {
    if (!res.writableFinished) void settleClaim(claim, undefined)
  })
}
