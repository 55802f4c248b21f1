// node:http, no framework: an ElevenLabs webhook. The handler reads the body
// itself, with the bound, and passes the bytes to verify with the headers.
// ElevenLabs sends post_call_audio (the whole call as base64 MP3) chunked,
// without a Content-Length: the count while reading is what holds the bound.
import { createServer } from 'node:http'
import { DEFAULT_MAX_BODY_BYTES, isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/elevenlabs'

/** The most bytes a delivery may hold: the handler reads no further, and verify is given the same bound. */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

const TOO_LARGE = Symbol('body too large')

/**
 * The body of `req`, or TOO_LARGE as soon as it is known to hold more than
 * `limit` bytes (from Content-Length before anything is read, else from the
 * count), or undefined when the sender hangs up before its end.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer | typeof TOO_LARGE | undefined>}
 */
function readBody(req, limit) {
  if (Number(req.headers['content-length']) > limit) return Promise.resolve(TOO_LARGE)
  return new Promise((resolve) => {
    const chunks = []
    let size = 0
    const onData = (chunk) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData).pause() // read no more of it
      resolve(TOO_LARGE)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks, size)))
    // An abort destroys the request: 'error' (aborted), then 'close' without 'end'.
    req.on('error', () => resolve(undefined))
    req.on('close', () => resolve(undefined))
  })
}

/**
 * @param {{ onEvent?: (event: import('hookproof').ElevenLabsDelivery) => void, maxBodyBytes?: number }} [options]
 *   where the work goes, after the response; the body bound, if not MAX_BODY_BYTES
 * @returns {import('node:http').RequestListener}
 */
export function createHandler({ onEvent = () => {}, maxBodyBytes = MAX_BODY_BYTES } = {}) {
  return async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/webhooks/elevenlabs') return void res.writeHead(404).end()
    const body = await readBody(req, maxBodyBytes)
    if (body === undefined) return // the sender is gone: there is no one to answer
    // Closing the connection is what stops the rest of the body being read.
    if (body === TOO_LARGE) return void res.writeHead(413, { connection: 'close' }).end('body_too_large')
    try {
      const event = await verify({ headers: req.headers, body }, { secret: process.env.ELEVENLABS_WEBHOOK_SECRET, maxBodyBytes })
      res.writeHead(200).end()
      setImmediate(() => onEvent(event)) // answer first, then do the work
    } catch (error) {
      if (isWebhookVerificationError(error)) return void res.writeHead(error.status).end(error.code)
      // A TypeError: our misconfiguration (e.g. the secret is unset). Thrown
      // here it would be an unhandled rejection, which ends the process.
      console.error(error)
      res.writeHead(500).end()
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const handler = createHandler({ onEvent: (event) => console.log(event.type) })
  createServer(handler).listen(Number(process.env.PORT ?? 3000))
}
