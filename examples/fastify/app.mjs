// Fastify 5: an Eversince webhook route on hookproof/fastify. The plugin
// serves the route with a content-type parser of its own (every
// Content-Type, the raw stream read by verify with the bound); the app's
// other routes keep Fastify's JSON parsing.
import Fastify from 'fastify'
import { DEFAULT_MAX_BODY_BYTES } from 'hookproof'
import * as eversince from 'hookproof/eversince'
import { webhook } from 'hookproof/fastify'

/** The most bytes a delivery may hold; verify reads no further. */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/**
 * @param {{ onEvent?: (event: import('hookproof').EversinceDelivery) => void, maxBodyBytes?: number }} [options]
 *   where the work goes, after the response; the body bound, if not MAX_BODY_BYTES
 */
export function createApp({ onEvent = () => {}, maxBodyBytes = MAX_BODY_BYTES } = {}) {
  const app = Fastify()
  // Refusals are answered 400/401/413 as problem+json; a secret unset goes to Fastify: a 500.
  app.register(
    webhook(
      eversince,
      {
        url: '/webhooks/eversince',
        // Read at each delivery: the environment is where a deploy sets and rotates it.
        get secret() {
          return process.env.EVERSINCE_WEBHOOK_SECRET
        },
        maxBodyBytes,
      },
      async (event, _request, reply) => {
        setImmediate(() => onEvent(event)) // answer within Eversince's 10 s; work after
        reply.code(200)
        return ''
      },
    ),
  )
  return app
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await createApp({ onEvent: (event) => console.log(event.event, event.id) }).listen({ port: 3000 })
}
