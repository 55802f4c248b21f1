// Fastify 5: an Eversince webhook route. The content-type parser keeps the raw
// Buffer for this route's JSON, so verify hashes exactly what was sent.
import Fastify from 'fastify'
import { isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/eversince'

/** @param {{ onEvent?: (event: import('hookproof').EversinceDelivery) => void }} [options] where the work goes, after the response */
export function createApp({ onEvent = () => {} } = {}) {
  const app = Fastify()
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body))
  app.post('/webhooks/eversince', async (request, reply) => {
    try {
      const event = await verify({ headers: request.headers, body: request.body }, { secret: process.env.EVERSINCE_WEBHOOK_SECRET })
      setImmediate(() => onEvent(event)) // answer within Eversince's 10 s; work after
      return reply.code(200).send()
    } catch (error) {
      if (isWebhookVerificationError(error)) return reply.code(error.status).send(error.code)
      throw error // misconfiguration: Fastify answers 500
    }
  })
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await createApp({ onEvent: (event) => console.log(event.event, event.id) }).listen({ port: 3000 })
}
