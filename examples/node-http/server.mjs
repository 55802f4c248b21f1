// node:http, no framework: an ElevenLabs webhook on hookproof/node.
// createHandler reads the body itself, with the bound, after the headers are
// checked: ElevenLabs sends post_call_audio (the whole call as base64 MP3)
// chunked, without a Content-Length, and the count while reading holds the
// bound. A sender that hangs up mid-body is answered 400 (to no one).
import { createServer } from 'node:http'
import { DEFAULT_MAX_BODY_BYTES } from 'hookproof'
import * as elevenlabs from 'hookproof/elevenlabs'
import { createHandler as webhookHandler } from 'hookproof/node'

/** The most bytes a delivery may hold; verify reads no further. */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/**
 * @param {{ onEvent?: (event: import('hookproof').ElevenLabsDelivery) => void, maxBodyBytes?: number }} [options]
 *   where the work goes, after the response; the body bound, if not MAX_BODY_BYTES
 * @returns {import('node:http').RequestListener}
 */
export function createHandler({ onEvent = () => {}, maxBodyBytes = MAX_BODY_BYTES } = {}) {
  const handle = webhookHandler(
    elevenlabs,
    {
      // Read at each delivery: the environment is where a deploy sets and rotates it.
      get secret() {
        return process.env.ELEVENLABS_WEBHOOK_SECRET
      },
      maxBodyBytes,
      // A secret unset, answered 500: the operator sees what to fix here.
      onError: (error) => console.error(error),
    },
    (event, { res }) => {
      res.writeHead(200).end()
      setImmediate(() => onEvent(event)) // answer first, then do the work
    },
  )
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== '/webhooks/elevenlabs') return void res.writeHead(404).end()
    void handle(req, res)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const handler = createHandler({ onEvent: (event) => console.log(event.type) })
  createServer(handler).listen(Number(process.env.PORT ?? 3000))
}
