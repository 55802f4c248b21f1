/**
 * Requests as `verify` reads them, built from what a framework hands over,
 * recording the body's bytes as `verify` reads them: the key of a delivery
 * whose provider has no idempotency key is the hash of those bytes, and
 * reading them a second time is not possible.
 */
import type { ByteStreamReader } from '../bounded-read.js'
import { copyBytes } from '../encoding/bytes.js'
import type { HeaderRecord, HeadersLike } from '../http/headers.js'
import type { RequestLike } from '../http/input.js'

/** A request whose body's bytes, once `verify` has read them to the end, are kept. */
export interface Recorded {
  readonly request: RequestLike
  /** The body as read, or `undefined` before it was read to its end. */
  bytes(): Uint8Array | undefined
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const all = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    all.set(chunk, at)
    at += chunk.byteLength
  }
  return all
}

function recorded(
  headers: HeadersLike | HeaderRecord,
  open: () => ByteStreamReader | undefined,
  whole: () => Promise<ArrayBuffer>,
): Recorded {
  const chunks: Uint8Array[] = []
  let ended = false
  let used = false
  const reader = (): ByteStreamReader => {
    used = true
    // No body at all (a POST without one) reads as empty.
    const inner = open() ?? { read: async () => ({ done: true }), cancel: async () => {} }
    return {
      async read() {
        const result = await inner.read()
        if (result.done) ended = true
        else if (result.value instanceof Uint8Array) chunks.push(result.value)
        return result
      },
      cancel: (reason) => inner.cancel(reason),
    }
  }
  const request = {
    headers,
    get bodyUsed() {
      return used
    },
    body: { getReader: reader },
    // What verify reads a body of a declared length with.
    async arrayBuffer(): Promise<ArrayBuffer> {
      used = true
      const buffer = await whole()
      chunks.push(new Uint8Array(buffer))
      ended = true
      return buffer
    },
  }
  return { request: request as unknown as RequestLike, bytes: () => (ended ? concat(chunks) : undefined) }
}

/** A Node `IncomingMessage`, structurally: the adapters import no Node types. */
export interface IncomingMessageLike extends AsyncIterable<unknown> {
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>
  /** Whether the body has been read to its end by something else (a body parser). */
  readonly readableEnded?: boolean
  /** Stops reading the body, leaving the socket open for the answer. */
  pause?(): unknown
  /** Listens to the body's chunks, its end, and a sender hanging up. */
  on?(event: 'data' | 'end' | 'error' | 'close', listener: (chunk?: unknown) => void): unknown
}

/**
 * A Node request as `verify` reads it: its headers, and its body as a stream
 * read with verify's bound. Cancelling stops reading without destroying the
 * socket, so that the answer (a 413) still reaches the sender.
 */
export function nodeRequest(req: IncomingMessageLike): Recorded {
  if (req.readableEnded) {
    throw new TypeError(
      'hookproof: the request body was already read (a body parser ran first). Mount the webhook handler before any body parser, or use express.raw({ type: () => true }) on this route.',
    )
  }
  const whole = async (): Promise<ArrayBuffer> => {
    const parts: Uint8Array[] = []
    if (typeof req.on === 'function') {
      // Events, not the async iterator: a third faster per request, as body parsers read.
      let ended = false
      await new Promise<void>((resolve, reject) => {
        req.on!('data', (chunk) =>
          chunk instanceof Uint8Array ? parts.push(chunk) : reject(new TypeError('a body chunk is not a Uint8Array')),
        )
        req.on!('end', () => {
          ended = true
          resolve()
        })
        req.on!('error', reject)
        // A sender that hangs up: 'aborted' on Node 20, then 'close' without
        // 'end'. Every request closes, so the error is made only when it did
        // not end: an Error's stack costs as much as the rest of the read.
        req.on!('close', () => {
          if (!ended) reject(new Error('the request closed before its end'))
        })
      })
    } else {
      for await (const chunk of req) {
        if (!(chunk instanceof Uint8Array)) throw new TypeError('a body chunk is not a Uint8Array')
        parts.push(chunk)
      }
    }
    const all = concat(parts)
    return all.byteOffset === 0 && all.byteLength === all.buffer.byteLength
      ? (all.buffer as ArrayBuffer)
      : (copyBytes(all).buffer as ArrayBuffer)
  }
  return recorded(
    req.headers as HeaderRecord,
    () => {
      let iterator: AsyncIterator<unknown> | undefined
      return {
        read: async () => {
          iterator ??= req[Symbol.asyncIterator]()
          const { done, value } = await iterator.next()
          return done ? { done: true } : { done: false, value }
        },
        // Not iterator.return(): that destroys the request, and its socket with it.
        cancel: async () => {
          req.pause?.()
        },
      }
    },
    whole,
  )
}

/** A Fetch `Request`, structurally. */
export interface FetchRequestLike {
  readonly headers: HeadersLike
  readonly bodyUsed: boolean
  readonly body: { getReader(): unknown } | null
  arrayBuffer(): Promise<ArrayBuffer>
}

/** A Fetch `Request` as `verify` reads it, its body recorded. */
export function fetchRequest(request: FetchRequestLike): Recorded {
  if (request.bodyUsed) {
    throw new TypeError('hookproof: the request body was already read. Verify before request.json()/text(), or pass request.clone().')
  }
  return recorded(
    request.headers,
    () => request.body?.getReader() as ByteStreamReader | undefined,
    () => request.arrayBuffer(),
  )
}
