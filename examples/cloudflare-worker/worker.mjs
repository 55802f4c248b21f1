// Cloudflare Worker: an Eversince webhook. No node:crypto needed; with
// nodejs_compat hookproof uses it, without it Web Crypto.
import { isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/eversince'

export default {
  async fetch(request, env, ctx) {
    try {
      const event = await verify(request, { secret: env.EVERSINCE_WEBHOOK_SECRET })
      ctx.waitUntil(Promise.resolve(event)) // answer now; the work continues after the response
      return new Response(null, { status: 200 })
    } catch (error) {
      if (isWebhookVerificationError(error)) return new Response(error.code, { status: error.status })
      return new Response('misconfigured', { status: 500 })
    }
  },
}
