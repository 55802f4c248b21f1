/**
 * The body, read with a bound. A sender chooses how much it sends, and a
 * `Request` body read to its end holds all of it in memory: the bound is
 * checked against `Content-Length` before anything is read, and again while
 * the body streams, the stream cancelled at the first byte over it. A body
 * handed over already read (a string, bytes) is held to the same bound, so
 * every form of one delivery gets one answer.
 */
import { type ByteStreamReader, declaredLength, type ReadShort, readAtMost } from '../bounded-read.js'
import { utf8Length } from '../encoding/utf8.js'
import { WebhookVerificationError } from '../errors.js'
import type { HeaderLookup } from './headers.js'
import type { RequestLike } from './input.js'
import type { ObserveOptions } from './observe.js'

/** The body option of every provider's `verify` (and `observe`, which every `verify` takes too). */
export interface BodyOptions extends ObserveOptions {
  /**
   * The most bytes a body may hold; a larger one is `body_too_large` (answer
   * 413), refused before it is read when `Content-Length` says so, and
   * otherwise as soon as the stream passes the bound. Default
   * {@link DEFAULT_MAX_BODY_BYTES} (32 MiB).
   */
  readonly maxBodyBytes?: number
}

/**
 * The default bound on a body: 32 MiB. The largest payload a supported
 * provider documents is ElevenLabs' `post_call_audio`, the whole call as
 * base64 MP3: a call of the default 600 s at 128 kbit/s is 9.6 MB of MP3 and
 * 12.8 MB of base64, and the bound leaves room for calls 2.6 times as long.
 * Every other provider's deliveries are JSON events of a few KiB.
 *
 * @example
 * ```ts
 * // Hour-long ElevenLabs calls: 60 min × 128 kbit/s = 57.6 MB of MP3, 76.8 MB as base64.
 * await verify(request, { secret, maxBodyBytes: 96 * 1024 * 1024 })
 * ```
 */
export const DEFAULT_MAX_BODY_BYTES: number = 32 * 1024 * 1024

/** `options.maxBodyBytes`, or a `TypeError` naming the fix. */
export function maxBodyBytes(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_BODY_BYTES
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new TypeError(
      `hookproof: options.maxBodyBytes must be a positive whole number of bytes, e.g. ${DEFAULT_MAX_BODY_BYTES} (32 MiB, the default), got ${typeof value === 'number' ? value : typeof value}.`,
    )
  }
  return value
}

function tooLarge(name: string, limit: number): WebhookVerificationError {
  return new WebhookVerificationError(
    'body_too_large',
    `The ${name} body is larger than ${limit} bytes (options.maxBodyBytes). Raise the bound if the provider sends bodies this large.`,
  )
}

function unreadable(name: string, cause: unknown): WebhookVerificationError {
  return new WebhookVerificationError(
    'body_unreadable',
    `The ${name} body could not be read to its end (the sender closed the connection, or the stream failed).`,
    { cause },
  )
}

/** `body` if it holds at most `limit` bytes (a string as its UTF-8); `body_too_large` otherwise. */
export function boundedBody<Body extends string | Uint8Array>(name: string, body: Body, limit: number): Body {
  // A string's UTF-8 is at least one byte per code unit and at most three:
  // only one near the bound is counted.
  const size = typeof body !== 'string' ? body.byteLength : body.length * 3 <= limit ? 0 : utf8Length(body)
  if (size > limit) throw tooLarge(name, limit)
  return body
}

function readerOf(request: RequestLike): ByteStreamReader | undefined {
  const body = (request as { readonly body?: unknown }).body
  if (typeof body !== 'object' || body === null) return undefined
  const getReader = (body as { getReader?: unknown }).getReader
  return typeof getReader === 'function' ? (getReader.call(body) as ByteStreamReader) : undefined
}

/**
 * The body of `request`, at most `limit` bytes: `body_too_large` past it,
 * `body_unreadable` when the stream fails (a client that aborts mid-body).
 */
export async function readBody(name: string, request: RequestLike, header: HeaderLookup, limit: number): Promise<Uint8Array> {
  const declared = declaredLength(header('content-length'))
  if (declared !== undefined && declared > limit) {
    readerOf(request)
      ?.cancel('too large')
      .catch(() => {})
    throw tooLarge(name, limit)
  }
  // A declared length within the bound is read whole: the server framed the
  // body by it (HTTP/1.1 and HTTP/2 read no byte past it), so no more can
  // arrive, and arrayBuffer() is several times faster than a stream read
  // where the Request wraps a Node stream (@hono/node-server). A Request-like
  // object without a body stream (some adapters build their own) can only be
  // read whole too. Either way its size is checked after.
  const reader = declared === undefined ? readerOf(request) : undefined
  if (!reader) {
    let buffer: ArrayBuffer
    try {
      buffer = await request.arrayBuffer()
    } catch (error) {
      throw unreadable(name, error)
    }
    return boundedBody(name, new Uint8Array(buffer), limit)
  }
  let read: Uint8Array | ReadShort
  try {
    read = await readAtMost(reader, limit)
  } catch (error) {
    throw unreadable(name, error)
  }
  if (read === 'too large') throw tooLarge(name, limit)
  if (read === 'not bytes') throw unreadable(name, new TypeError('a body chunk is not a Uint8Array'))
  return read
}
