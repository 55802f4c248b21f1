/**
 * Answering through a Fastify reply, for the Fastify plugin and the NestJS
 * guard on Nest's Fastify platform: structural, so neither imports Fastify
 * at run time.
 */
import type { Problem } from '../http/problem.js'

/** The part of a Fastify reply an answer is written with. */
export interface FastifyReplyLike {
  code(status: number): FastifyReplyLike
  header(name: string, value: string): FastifyReplyLike
  send(body?: string): unknown
}

/**
 * Sends `problem` as problem+json with its status, or an empty 200 without
 * one; never cached, and with `close` the connection closed after it (a
 * sender whose body was cut short).
 */
export function replyProblem<Reply extends FastifyReplyLike>(reply: Reply, problem: Problem | undefined, close = false): Reply {
  reply.code(problem?.status ?? 200).header('cache-control', 'no-store')
  if (close) reply.header('connection', 'close')
  if (!problem) reply.send()
  else reply.header('content-type', 'application/problem+json').send(JSON.stringify(problem))
  return reply
}
