// Express 5: a Magic Hour webhook route. express.raw() keeps the exact bytes
// the signature covers; express.json() would re-serialize them.
import express from 'express'
import { isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/magichour'

/** @param {{ onEvent?: (event: import('hookproof').MagicHourDelivery) => void }} [options] where the work goes, after the response */
export function createApp({ onEvent = () => {} } = {}) {
  const app = express()
  app.post('/webhooks/magichour', express.raw({ type: 'application/json' }), async (req, res, next) => {
    try {
      const event = await verify({ headers: req.headers, body: req.body }, { secret: process.env.MAGIC_HOUR_WEBHOOK_SECRET })
      // Answer within Magic Hour's 10 s, then do the work.
      res.sendStatus(200)
      setImmediate(() => onEvent(event))
    } catch (error) {
      if (isWebhookVerificationError(error)) return res.status(error.status).send(error.code)
      next(error) // a TypeError: our misconfiguration (e.g. the secret is unset), a 500
    }
  })
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) {
  createApp({ onEvent: (event) => console.log(event.type, event.payload.id) }).listen(3000)
}
