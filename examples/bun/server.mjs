// Bun.serve: a Magic Hour webhook. Run: bun server.mjs. verify reads the
// Request body itself, whatever its Content-Type.
import { DEFAULT_MAX_BODY_BYTES, isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/magichour'

/**
 * The most bytes a delivery may hold, unless MAX_BODY_BYTES says otherwise:
 * Bun.serve's maxRequestBodySize (128 MiB by default) and verify are given
 * the same bound.
 */
const MAX_BODY_BYTES = Number(Bun.env.MAX_BODY_BYTES ?? DEFAULT_MAX_BODY_BYTES)

const server = Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  hostname: '127.0.0.1',
  maxRequestBodySize: MAX_BODY_BYTES,
  async fetch(request) {
    try {
      const event = await verify(request, { secret: Bun.env.MAGIC_HOUR_WEBHOOK_SECRET, maxBodyBytes: MAX_BODY_BYTES })
      queueMicrotask(() => console.log(event.type))
      return new Response(null, { status: 200 })
    } catch (error) {
      if (isWebhookVerificationError(error)) return new Response(error.code, { status: error.status })
      return new Response('misconfigured', { status: 500 })
    }
  },
})
console.log(`listening on ${server.url}`)
