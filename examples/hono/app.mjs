// Hono on Node (@hono/node-server): a RemoveBGVideo webhook route on
// hookproof/hono. The middleware reads c.req.raw, the Fetch Request, whatever
// its Content-Type, and sets c.get('webhook').
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { DEFAULT_MAX_BODY_BYTES } from 'hookproof'
import { webhook } from 'hookproof/hono'
import * as removebgvideo from 'hookproof/removebgvideo'

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
  const verified = webhook(removebgvideo, {
    // Read at each delivery: the environment is where a deploy sets and rotates it.
    get secret() {
      return process.env.REMOVEBGVIDEO_WEBHOOK_SECRET
    },
    maxBodyBytes,
  })
  // Refusals are answered 400/401/413 as problem+json; a secret unset is thrown to Hono: a 500.
  app.post('/webhooks/removebgvideo', verified, (c) => {
    const event = c.get('webhook')
    setImmediate(() => onEvent(event, removebgvideo.idempotencyKey(event)))
    return c.body(null, 200)
  })
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = createApp({ onEvent: (event, id) => console.log(event.status, id) })
  serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) })
}
