// Hono on Node (@hono/node-server): a RemoveBGVideo webhook route. Hono hands
// over a Fetch Request, which verify reads as is, whatever its Content-Type.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { DEFAULT_MAX_BODY_BYTES, isWebhookVerificationError } from 'hookproof'
import { idempotencyKey, verify } from 'hookproof/removebgvideo'

/**
 * The most bytes a delivery may hold. Hono buffers nothing of its own: verify
 * reads the body as a stream and stops at the first byte past the bound.
 */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/**
 * @param {{ onEvent?: (event: import('hookproof').RemoveBGVideoEvent, key: string | undefined) => void, maxBodyBytes?: number }} [options]
 *   where the work goes, after the response, with the event's de-duplication key (from the signed body:
 *   X-Webhook-Delivery-Id is not signed); the body bound, if not MAX_BODY_BYTES
 */
export function createApp({ onEvent = () => {}, maxBodyBytes = MAX_BODY_BYTES } = {}) {
  const app = new Hono()
  app.post('/webhooks/removebgvideo', async (c) => {
    try {
      const event = await verify(c.req.raw, { secret: process.env.REMOVEBGVIDEO_WEBHOOK_SECRET, maxBodyBytes })
      setImmediate(() => onEvent(event, idempotencyKey(event)))
      return c.body(null, 200)
    } catch (error) {
      if (isWebhookVerificationError(error)) return c.text(error.code, error.status)
      throw error // Hono answers 500
    }
  })
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = createApp({ onEvent: (event, id) => console.log(event.status, id) })
  serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) })
}
