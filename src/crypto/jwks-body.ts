/**
 * Fetching a key document (a JWKS, a signing certificate) with a limit on its
 * size. The sender (or whoever answers at its URL) chooses the response: read
 * whole, a 300 MB JWKS cost 10 s and 1.2 GB of memory before a single key was
 * looked at.
 */
import { type ByteStreamReader, declaredLength, readAtMost } from '../bounded-read.js'
import { decodeUtf8, utf8Length } from '../encoding/utf8.js'

/**
 * The response a {@link FetchLike} resolves to: a Fetch `Response`, or as
 * much of one as hookproof reads. `text()` is required; `body`, when there is
 * one, is read as a stream instead, so that an oversized JWKS is cut off
 * without being held; `headers` gives the `Content-Length` checked first.
 *
 * @example
 * ```ts
 * const response: JwksResponse = { ok: true, status: 200, text: async () => JSON.stringify({ keys: [publicJwk] }) }
 * ```
 */
export interface JwksResponse {
  readonly ok: boolean
  readonly status: number
  readonly headers?:
    | {
        /** The value of header `name`, or `null`: `Content-Length` is read, to refuse a body too large before it streams. */
        get(name: string): string | null
      }
    | undefined
  readonly body?:
    | {
        /** A reader of the body, read up to the bound. */
        getReader(): ByteStreamReader
      }
    | null
    | undefined
  /** The whole body as text, for a response without a stream. */
  text(): Promise<string>
}

/**
 * The part of `fetch` hookproof uses to load a JWKS; inject your own (a test
 * double, a proxy, a cache). `init` also carries a 10 s timeout `signal`
 * where the runtime has `AbortSignal.timeout`. It resolves to a `Response`
 * (or a {@link JwksResponse}); hookproof reads the body itself, at most
 * 64 KiB of it.
 *
 * @example
 * ```ts
 * const fetchThroughProxy: FetchLike = (url, init) => fetch(`https://proxy.internal/?url=${encodeURIComponent(url)}`, init)
 * await verify(request, { fetch: fetchThroughProxy })
 * ```
 */
export type FetchLike = (url: string, init: { readonly headers: Record<string, string> }) => Promise<JwksResponse>

function tooLarge(limit: number, what: string): Error {
  return new Error(`the response is more than ${limit} bytes, the most ${what} may be`)
}

/**
 * The text of `response`, at most `limit` bytes of it: refused from its
 * `Content-Length` alone when that says more; otherwise read chunk by chunk
 * and the stream cancelled as soon as the count passes the limit. A response
 * without a body stream is read with `text()` and its length checked after.
 * An `Error` when it is too large or not UTF-8; a `TypeError` when the
 * caller's `fetch` gave something that is not a response.
 */
async function readResponseText(response: JwksResponse, limit: number, what: string): Promise<string> {
  const body = response.body
  const reader = typeof body?.getReader === 'function' ? body.getReader() : undefined
  const declared = declaredLength(typeof response.headers?.get === 'function' ? response.headers.get('content-length') : null)
  // A compressed response declares its compressed size: the count while
  // reading is what bounds what is decoded, this only refuses early.
  if (declared !== undefined && declared > limit) {
    reader?.cancel('too large').catch(() => {})
    throw new Error(`the response declares ${declared} bytes (Content-Length); ${what} is at most ${limit}`)
  }
  if (reader) {
    const read = await readAtMost(reader, limit)
    if (read === 'too large') throw tooLarge(limit, what)
    if (read === 'not bytes') throw new Error('the response body is not a stream of bytes')
    const text = decodeUtf8(read)
    if (text === undefined) throw new Error('the response is not UTF-8 text')
    return text
  }
  if (typeof response.text !== 'function') {
    throw new TypeError(
      'hookproof: options.fetch must resolve to a Response (or an object with ok, status and text(), and body when it streams); hookproof reads the response itself, with a size limit.',
    )
  }
  const text = await response.text()
  if (typeof text !== 'string') throw new Error('the response text() is not a string')
  // UTF-16 code units never outnumber UTF-8 bytes: the first test refuses
  // early, the second is exact.
  if (text.length > limit || utf8Length(text) > limit) throw tooLarge(limit, what)
  return text
}

/**
 * @internal GETs `url` with `fetch` and reads the text of a 2xx answer, at
 * most `limit` bytes of it (see `readResponseText`), within `timeout` ms
 * where the runtime has `AbortSignal.timeout`. An `Error` (`HTTP <status>`,
 * or from the read) when there is no such text; a `TypeError` when the
 * caller's `fetch` gave something that is not a response.
 */
export async function fetchText(
  fetch: FetchLike,
  url: string,
  { accept, limit, what, timeout }: { readonly accept: string; readonly limit: number; readonly what: string; readonly timeout: number },
): Promise<string> {
  const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(timeout) : undefined
  const response = await fetch(url, { headers: { accept }, ...(signal ? { signal } : {}) })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return readResponseText(response, limit, what)
}
