// Astro endpoint: src/pages/webhooks/retell.(js|ts), rendered on demand
// (prerender off, with a server adapter). An endpoint receives the Fetch
// Request: verify reads its body itself, whatever its Content-Type.
import { DEFAULT_MAX_BODY_BYTES, toResponse } from 'hookproof'
import { verify } from 'hookproof/retell'

/** Not built ahead of time: a webhook is a request, not a page. */
export const prerender = false

/** The most bytes a delivery may hold: verify reads the body as a stream and stops at the first byte past it. */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/** Where the work goes; replaced in tests. Retell waits 10 s for an answer. */
export const work = { handle: async (_event) => {} }

/** @type {import('astro').APIRoute} */
export async function POST({ request }) {
  let event
  try {
    // Retell signs with the API key that carries the webhook badge.
    event = await verify(request, { secret: process.env.RETELL_API_KEY, maxBodyBytes: MAX_BODY_BYTES })
  } catch (error) {
    // 400, 401 or 413 as problem+json; a secret unset is a 500 that says nothing of it.
    return toResponse(error)
  }
  void work.handle(event)
  return new Response(null, { status: 200 })
}
