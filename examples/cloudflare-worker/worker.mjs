// Cloudflare Worker: an Eversince webhook. No node:crypto needed; with
// nodejs_compat hookproof uses it, without it Web Crypto. verify reads the
// Request body itself, whatever its Content-Type.
import { DEFAULT_MAX_BODY_BYTES, isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/eversince'

/**
 * The most bytes a delivery may hold, unless a MAX_BODY_BYTES variable
 * (wrangler [vars]) says otherwise. Cloudflare refuses bodies past its plan's
 * limit (100 MB at least) before the Worker runs; below it, verify reads the
 * body as a stream and stops at the first byte past this bound.
 */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

export default {
  async fetch(request, env, ctx) {
    const maxBodyBytes = env.MAX_BODY_BYTES === undefined ? MAX_BODY_BYTES : Number(env.MAX_BODY_BYTES)
    try {
      const event = await verify(request, { secret: env.EVERSINCE_WEBHOOK_SECRET, maxBodyBytes })
      ctx.waitUntil(Promise.resolve(event)) // answer now; the work continues after the response
      return new Response(null, { status: 200 })
    } catch (error) {
      if (isWebhookVerificationError(error)) return new Response(error.code, { status: error.status })
      return new Response('misconfigured', { status: 500 })
    }
  },
}
