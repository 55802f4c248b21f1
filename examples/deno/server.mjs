// Deno.serve: a VideoPilot webhook. Run: deno run --allow-net --allow-env server.mjs
// (import from 'npm:hookproof/videopilot' outside this repository). verify
// reads the Request body itself, whatever its Content-Type.
import { DEFAULT_MAX_BODY_BYTES, isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/videopilot'

/**
 * The most bytes a delivery may hold, unless MAX_BODY_BYTES says otherwise.
 * Deno.serve buffers nothing of its own: verify reads the body as a stream
 * and stops at the first byte past the bound.
 */
const MAX_BODY_BYTES = Number(Deno.env.get('MAX_BODY_BYTES') ?? DEFAULT_MAX_BODY_BYTES)

Deno.serve({ port: Number(Deno.env.get('PORT') ?? 3000), hostname: '127.0.0.1' }, async (request) => {
  try {
    const event = await verify(request, { secret: Deno.env.get('VIDEOPILOT_WEBHOOK_SECRET'), maxBodyBytes: MAX_BODY_BYTES })
    queueMicrotask(() => console.log(event.event))
    return new Response(null, { status: 200 })
  } catch (error) {
    if (isWebhookVerificationError(error)) return new Response(error.code, { status: error.status })
    return new Response('misconfigured', { status: 500 })
  }
})
