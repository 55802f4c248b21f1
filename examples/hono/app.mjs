// Hono on Node (@hono/node-server): a RemoveBGVideo webhook route. Hono hands
// over a Fetch Request, which verify reads as is.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { isWebhookVerificationError } from 'hookproof'
import { idempotencyKey, verify } from 'hookproof/removebgvideo'

/**
 * @param {{ onEvent?: (event: import('hookproof').RemoveBGVideoEvent, key: string | undefined) => void }} [options]
 *   where the work goes, after the response, with the event's de-duplication key (from the signed body:
 *   X-Webhook-Delivery-Id is not signed)
 */
export function createApp({ onEvent = () => {} } = {}) {
  const app = new Hono()
  app.post('/webhooks/removebgvideo', async (c) => {
    try {
      const event = await verify(c.req.raw, { secret: process.env.REMOVEBGVIDEO_WEBHOOK_SECRET })
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
  serve({ fetch: createApp({ onEvent: (event, id) => console.log(event.status, id) }).fetch, port: 3000 })
}
