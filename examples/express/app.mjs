// Express 5: a Magic Hour webhook route on hookproof/express. The middleware
// reads the raw body itself, with the bound, so the route needs no
// express.raw() (and must not sit behind express.json()).
import express from 'express'
import { DEFAULT_MAX_BODY_BYTES } from 'hookproof'
import { webhook } from 'hookproof/express'
import * as magichour from 'hookproof/magichour'

/** The most bytes a delivery may hold; verify reads no further. */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/**
 * @param {{ onEvent?: (event: import('hookproof').MagicHourDelivery) => void, maxBodyBytes?: number }} [options]
 *   where the work goes, after the response; the body bound, if not MAX_BODY_BYTES
 */
export function createApp({ onEvent = () => {}, maxBodyBytes = MAX_BODY_BYTES } = {}) {
  const app = express()
  const magicHour = webhook(magichour, {
    // Read at each delivery: the environment is where a deploy sets and rotates it.
    get secret() {
      return process.env.MAGIC_HOUR_WEBHOOK_SECRET
    },
    maxBodyBytes,
  })
  // Refusals are answered 400/401/413 as problem+json; a secret unset goes to
  // Express's error handling, a 500.
  app.post('/webhooks/magichour', magicHour, (req, res) => {
    const event = magicHour.event(req)
    // Answer within Magic Hour's 10 s, then do the work.
    res.sendStatus(200)
    setImmediate(() => onEvent(event))
  })
  app.use(express.json()) // the app's other routes: after the webhook route
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) {
  createApp({ onEvent: (event) => console.log(event.type, event.payload.id) }).listen(3000)
}
