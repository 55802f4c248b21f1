// Fastify 5: an Eversince webhook route. The route's content-type parser
// keeps the raw Buffer, so verify hashes exactly what was sent.
import Fastify from 'fastify'
import { DEFAULT_MAX_BODY_BYTES, isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/eversince'

/** The most bytes a delivery may hold: the route's bodyLimit and verify are given the same bound. */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/**
 * @param {{ onEvent?: (event: import('hookproof').EversinceDelivery) => void, maxBodyBytes?: number }} [options]
 *   where the work goes, after the response; the body bound, if not MAX_BODY_BYTES
 */
export function createApp({ onEvent = () => {}, maxBodyBytes = MAX_BODY_BYTES } = {}) {
  const app = Fastify()
  // A plugin of its own, so the raw parser holds for the webhook route alone.
  app.register(async (webhooks) => {
    // Every Content-Type, not just application/json: the sender chooses the
    // header, and Fastify answers 415 to one without a parser.
    webhooks.removeAllContentTypeParsers()
    webhooks.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body))
    // Past bodyLimit Fastify answers 413 itself, having read no more than the bound.
    webhooks.post('/webhooks/eversince', { bodyLimit: maxBodyBytes }, async (request, reply) => {
      try {
        // A POST without a body leaves request.body undefined: an empty body, which no signature covers.
        const body = request.body ?? ''
        const event = await verify({ headers: request.headers, body }, { secret: process.env.EVERSINCE_WEBHOOK_SECRET, maxBodyBytes })
        setImmediate(() => onEvent(event)) // answer within Eversince's 10 s; work after
        return reply.code(200).send()
      } catch (error) {
        if (isWebhookVerificationError(error)) return reply.code(error.status).send(error.code)
        throw error // misconfiguration: Fastify answers 500
      }
    })
  })
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await createApp({ onEvent: (event) => console.log(event.event, event.id) }).listen({ port: 3000 })
}
