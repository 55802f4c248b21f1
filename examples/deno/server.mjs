// Deno.serve: a VideoPilot webhook. Run: deno run --allow-net --allow-env server.mjs
// (import from 'npm:hookproof/videopilot' outside this repository).
import { isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/videopilot'

Deno.serve({ port: Number(Deno.env.get('PORT') ?? 3000), hostname: '127.0.0.1' }, async (request) => {
  try {
    const event = await verify(request, { secret: Deno.env.get('VIDEOPILOT_WEBHOOK_SECRET') })
    queueMicrotask(() => console.log(event.event))
    return new Response(null, { status: 200 })
  } catch (error) {
    if (isWebhookVerificationError(error)) return new Response(error.code, { status: error.status })
    return new Response('misconfigured', { status: 500 })
  }
})
