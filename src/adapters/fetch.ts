/** The adapters for Fetch frameworks (Hono, Next.js App Router): a `Request` in, a `Response` out. */
import type { Problem } from '../http/problem.js'
import { toResponse } from '../http/problem.js'
import { type Accepted, accept, answersItself, duplicateProblem, type WebhookProvider } from './accept.js'
import { type FetchRequestLike, fetchRequest } from './request.js'
import type { OnceOptions } from '../once/once.js'

/** @internal The answer to a duplicate, as a `Response`. */
export function duplicateResponse(state: 'done' | 'busy'): Response {
  const problem: Problem | undefined = duplicateProblem(state)
  if (!problem) return new Response(null, { status: 200, headers: { 'cache-control': 'no-store' } })
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
  })
}

/**
 * @internal Verifies `request`: the accepted delivery, or the `Response` to
 * answer a refusal or a duplicate with. The caller's mistakes are thrown, for
 * the framework's error handling (a 500).
 */
export async function acceptFetch<Event>(
  provider: WebhookProvider,
  verify: object,
  once: OnceOptions | undefined,
  request: FetchRequestLike,
): Promise<Extract<Accepted<Event>, { state: 'accepted' }> | Response> {
  let accepted: Accepted<Event>
  try {
    // Recorded only where a key may be the body's hash; otherwise verify reads the Request as it is.
    accepted = await accept<Event>(provider, verify, once, once ? fetchRequest(request) : { request, bytes: () => undefined })
  } catch (error) {
    if (answersItself(error)) return toResponse(error) as Response
    throw error
  }
  if (accepted.state !== 'accepted') return duplicateResponse(accepted.state)
  return accepted
}

/** @internal Settles a claim by the answer: done on 2xx, released otherwise. */
export async function settle(
  accepted: { readonly claim?: { done(): Promise<void>; release(): Promise<void> } | undefined },
  status: number | undefined,
): Promise<void> {
  if (!accepted.claim) return
  if (status !== undefined && status >= 200 && status < 300) await accepted.claim.done()
  else await accepted.claim.release()
}
