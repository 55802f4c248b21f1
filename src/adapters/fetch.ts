/** The adapters for Fetch frameworks (Hono, Next.js App Router): a `Request` in, a `Response` out. */
import { problemResponse, toResponse } from '../http/problem.js'
import { type AcceptInput, type Accepted, accept, answersItself, duplicateProblem, settleClaim, type WebhookProvider } from './accept.js'
import { type FetchRequestLike, fetchRequest } from './request.js'
import type { Claim, OnceOptions } from '../once/once.js'

/**
 * @internal Verifies `request` (a Fetch request, or a delivery another
 * framework's way of holding it gave): the accepted delivery, or the
 * `Response` to answer a refusal or a duplicate with. The caller's mistakes
 * are thrown, for the framework's error handling (a 500).
 */
export async function acceptFetch<Event>(
  provider: WebhookProvider,
  verify: object,
  once: OnceOptions | undefined,
  request: FetchRequestLike | AcceptInput,
): Promise<Extract<Accepted<Event>, { state: 'accepted' }> | Response> {
  let accepted: Accepted<Event>
  try {
    // Recorded only where a key may be the body's hash; otherwise verify reads the Request as it is.
    const input = !('arrayBuffer' in request) ? request : once ? fetchRequest(request) : { request, bytes: () => undefined }
    accepted = await accept<Event>(provider, verify, once, input)
  } catch (error) {
    if (answersItself(error)) return toResponse(error) as Response
    throw error
  }
  if (accepted.state !== 'accepted') return problemResponse(duplicateProblem(accepted.state))
  return accepted
}

/** @internal Settles the accepted delivery's claim, where it has one, by the status answered. */
export async function settle(accepted: { readonly claim?: Claim | undefined }, status: number | undefined): Promise<void> {
  if (accepted.claim) await settleClaim(accepted.claim, status)
}
