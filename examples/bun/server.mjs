// Bun.serve: a Magic Hour webhook. Run: bun server.mjs
import { isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/magichour'

const server = Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  hostname: '127.0.0.1',
  async fetch(request) {
    try {
      const event = await verify(request, { secret: Bun.env.MAGIC_HOUR_WEBHOOK_SECRET })
      queueMicrotask(() => console.log(event.type))
      return new Response(null, { status: 200 })
    } catch (error) {
      if (isWebhookVerificationError(error)) return new Response(error.code, { status: error.status })
      return new Response('misconfigured', { status: 500 })
    }
  },
})
console.log(`listening on ${server.url}`)
