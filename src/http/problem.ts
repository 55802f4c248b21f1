/**
 * A refusal as an HTTP answer: RFC 9457 problem details, with the status of
 * the one mapping ({@link WebhookVerificationError.status}). What every
 * adapter answers with, and what a Fetch handler returns.
 */
import { isWebhookVerificationError, type WebhookVerificationErrorCode } from '../errors.js'

/** RFC 9457 problem details, as hookproof answers a refused delivery (or a failure that is not the delivery's). */
export interface Problem {
  /**
   * `urn:hookproof:problem:<code>` for a refused delivery, one type per
   * {@link WebhookVerificationErrorCode}; `about:blank` otherwise.
   */
  readonly type: string
  /** The status's reason phrase: `Unauthorized`. */
  readonly title: string
  readonly status: number
  /** What failed, for a refused delivery: the error's message, which never holds a key, a signature or the body. Absent otherwise. */
  readonly detail?: string
  /** The refusal's code, for a refused delivery. */
  readonly code?: WebhookVerificationErrorCode
}

/**
 * What {@link toResponse} returns: the Fetch `Response` of the types in scope
 * (the DOM lib's, or `@types/node`'s), and where neither is, the part of one
 * a handler reads.
 */
export type ProblemResponse = typeof globalThis extends { readonly Response: { readonly prototype: infer R } }
  ? R
  : {
      readonly status: number
      readonly headers: {
        /** The value of header `name`, or `null`. */
        get(name: string): string | null
      }
      /** The body as text. */
      text(): Promise<string>
      /** The body parsed as JSON. */
      json(): Promise<unknown>
    }

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  413: 'Content Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/**
 * The problem details to answer `error` with. A `WebhookVerificationError`
 * is the sender's: its status (400, 401 or 413), code and message. Anything
 * else (a missing secret, a JWKS that could not be fetched, a bug) is the
 * receiver's: 500 with nothing of the error in it, so that nothing about the
 * receiver's setup reaches the sender, and the sender retries; 503 for
 * exactly-once handling's store being down.
 *
 * @example
 * ```ts
 * import { toProblem } from 'hookproof'
 *
 * app.setErrorHandler((error, request, reply) => {
 *   const problem = toProblem(error)
 *   reply.code(problem.status).type('application/problem+json').send(problem)
 * })
 * ```
 */
export function toProblem(error: unknown): Problem {
  if (!isWebhookVerificationError(error)) {
    // Exactly-once handling's store down, with onStoreError 'refuse': the provider retries later.
    const unavailable = (error as { name?: unknown } | null)?.name === 'StoreUnavailableError'
    return unavailable
      ? { type: 'about:blank', title: TITLES[503]!, status: 503 }
      : { type: 'about:blank', title: TITLES[500]!, status: 500 }
  }
  const { status, code, message } = error
  return { type: `urn:hookproof:problem:${code}`, title: TITLES[status]!, status, detail: message, code }
}

/**
 * `error` as a Fetch `Response`: {@link toProblem}'s details as
 * `application/problem+json`, never cached.
 *
 * @example
 * ```ts
 * import { verify } from 'hookproof/mux'
 * import { toResponse } from 'hookproof'
 *
 * export async function POST(request: Request) {
 *   try {
 *     const event = await verify(request, { secret: process.env.MUX_WEBHOOK_SECRET! })
 *     return new Response(null, { status: 204 })
 *   } catch (error) {
 *     return toResponse(error) // 400, 401 or 413 for the sender; 500 for a mistake of ours
 *   }
 * }
 * ```
 */
export function toResponse(error: unknown): ProblemResponse {
  return problemResponse(toProblem(error)) as ProblemResponse
}

/** @internal `problem` as a never-cached `application/problem+json` Response; without one, an empty 200. */
export function problemResponse(problem: Problem | undefined): Response {
  if (!problem) return new Response(null, { status: 200, headers: { 'cache-control': 'no-store' } })
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
  })
}
