// SvelteKit endpoint: src/routes/webhooks/mux/+server.(js|ts). A SvelteKit
// request handler is a Fetch handler: verify reads event.request's body
// itself, whatever its Content-Type, on every adapter (Node, Vercel,
// Cloudflare, Netlify).
import { DEFAULT_MAX_BODY_BYTES, toResponse } from 'hookproof'
import { verify } from 'hookproof/mux'

/**
 * The most bytes a delivery may hold. adapter-node refuses a body past its
 * BODY_SIZE_LIMIT (512 kB unless set) before the endpoint runs: set it above
 * this bound, or to this bound.
 */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/** Where the work goes; replaced in tests. Mux retries for 24 hours until it gets a 2xx. */
export const work = { handle: async (_event) => {} }

/** @type {import('@sveltejs/kit').RequestHandler} */
export async function POST({ request }) {
  let event
  try {
    // Read at each delivery: the environment is where a deploy sets and rotates it
    // ($env/dynamic/private in SvelteKit; process.env on adapter-node).
    event = await verify(request, { secret: process.env.MUX_WEBHOOK_SECRET, maxBodyBytes: MAX_BODY_BYTES })
  } catch (error) {
    // 400, 401 or 413 as problem+json; a secret unset is a 500 that says nothing of it.
    return toResponse(error)
  }
  void work.handle(event)
  return new Response(null, { status: 200 })
}
