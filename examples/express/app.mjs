// Express 5: a Magic Hour webhook route. express.raw() keeps the exact bytes
// the signature covers; express.json() would re-serialize them.
import express from 'express'
import { DEFAULT_MAX_BODY_BYTES, isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/magichour'

/** The most bytes a delivery may hold: express.raw() and verify are given the same bound. */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/**
 * @param {{ onEvent?: (event: import('hookproof').MagicHourDelivery) => void, maxBodyBytes?: number }} [options]
 *   where the work goes, after the response; the body bound, if not MAX_BODY_BYTES
 */
export function createApp({ onEvent = () => {}, maxBodyBytes = MAX_BODY_BYTES } = {}) {
  const app = express()
  // Every Content-Type, not just application/json: the sender chooses the
  // header, and a body left unread reaches verify as undefined (a 500).
  const rawBody = express.raw({ type: () => true, limit: maxBodyBytes })
  app.post('/webhooks/magichour', rawBody, async (req, res, next) => {
    try {
      // A POST without a body leaves req.body undefined: an empty body, which no signature covers.
      const body = req.body ?? ''
      const event = await verify({ headers: req.headers, body }, { secret: process.env.MAGIC_HOUR_WEBHOOK_SECRET, maxBodyBytes })
      // Answer within Magic Hour's 10 s, then do the work.
      res.sendStatus(200)
      setImmediate(() => onEvent(event))
    } catch (error) {
      if (isWebhookVerificationError(error)) return res.status(error.status).send(error.code)
      next(error) // a TypeError: our misconfiguration (e.g. the secret is unset), a 500
    }
  })
  // express.raw()'s own refusals carry their status: 413 past `limit` (once
  // it has read and dropped the rest, holding none of it), 400 for a body
  // cut short. Answered here, a refusal the sender provokes is not logged as
  // the app's error.
  app.use((error, _req, res, next) => {
    if (!(error.expose && error.status < 500)) return next(error)
    res.status(error.status).send(error.type)
  })
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) {
  createApp({ onEvent: (event) => console.log(event.type, event.payload.id) }).listen(3000)
}
