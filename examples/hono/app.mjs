// Hono on Node (@hono/node-server): a RemoveBGVideo webhook route. Hono hands
// over a Fetch Request, which verify reads as is.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/removebgvideo'

const UNAUTHORIZED = new Set(['signature_mismatch', 'timestamp_too_old', 'timestamp_too_new'])

/** @param {{ onEvent?: (event: import('hookproof').RemoveBGVideoEvent, deliveryId: string | undefined) => void }} [options] where the work goes, after the response */
export function createApp({ onEvent = () => {} } = {}) {
  const app = new Hono()
  app.post('/webhooks/removebgvideo', async (c) => {
    try {
      const event = await verify(c.req.raw, { secret: process.env.REMOVEBGVIDEO_WEBHOOK_SECRET })
      setImmediate(() => onEvent(event, c.req.header('X-Webhook-Delivery-Id')))
      return c.body(null, 200)
    } catch (error) {
      if (isWebhookVerificationError(error)) return c.text(error.code, UNAUTHORIZED.has(error.code) ? 401 : 400)
      throw error // Hono answers 500
    }
  })
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve({ fetch: createApp({ onEvent: (event, id) => console.log(event.event, id) }).fetch, port: 3000 })
}
