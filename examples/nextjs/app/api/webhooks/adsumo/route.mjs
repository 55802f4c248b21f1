// Next.js App Router route handler on hookproof/next:
// app/api/webhooks/adsumo/route.(js|ts). The same file runs on the Node and
// the edge runtime (export const runtime = 'edge'); verify reads the Request
// body itself, whatever its Content-Type.
import { DEFAULT_MAX_BODY_BYTES } from 'hookproof'
import * as adsumo from 'hookproof/adsumo'
import { withWebhook } from 'hookproof/next'

/**
 * The most bytes a delivery may hold. A route handler's body is a stream
 * Next.js does not buffer (unless a proxy, formerly middleware, runs first:
 * then it buffers up to experimental.proxyClientMaxBodySize, 10 MB): verify
 * reads it and stops at the first byte past the bound.
 */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/** Where the work goes; replaced in tests. Adsumo sends once and waits 10 s at most. */
export const work = { handle: async (_event) => {} }

// Refusals are answered 400/401/413 as problem+json; a secret unset is thrown to Next.js: a 500.
export const POST = withWebhook(
  adsumo,
  {
    // Read at each delivery: the environment is where a deploy sets and rotates it.
    get secret() {
      return process.env.ADSUMO_WEBHOOK_SECRET
    },
    maxBodyBytes: MAX_BODY_BYTES,
  },
  (event) => {
    // Adsumo signs no timestamp: processing each generation_id once is what stops replays.
    void work.handle(event)
    return new Response(null, { status: 200 })
  },
)
