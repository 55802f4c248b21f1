// Next.js App Router route handler: app/api/webhooks/adsumo/route.(js|ts).
// The same file runs on the Node and the edge runtime
// (export const runtime = 'edge'); verify reads the Request body itself,
// whatever its Content-Type.
import { DEFAULT_MAX_BODY_BYTES, isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/adsumo'

/**
 * The most bytes a delivery may hold. A route handler's body is a stream
 * Next.js does not buffer (unless a proxy, formerly middleware, runs first:
 * then it buffers up to experimental.proxyClientMaxBodySize, 10 MB): verify
 * reads it and stops at the first byte past the bound.
 */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/** Where the work goes; replaced in tests. Adsumo sends once and waits 10 s at most. */
export const work = { handle: async (_event) => {} }

export async function POST(request) {
  try {
    const event = await verify(request, { secret: process.env.ADSUMO_WEBHOOK_SECRET, maxBodyBytes: MAX_BODY_BYTES })
    // Adsumo signs no timestamp: processing each generation_id once is what stops replays.
    void work.handle(event)
    return new Response(null, { status: 200 })
  } catch (error) {
    if (isWebhookVerificationError(error)) return new Response(error.code, { status: error.status })
    throw error // Next.js answers 500
  }
}
