/**
 * Reading a JWKS response with a limit on its size. The sender (or whoever
 * answers at its URL) chooses the response: read whole, a 300 MB JWKS cost
 * 10 s and 1.2 GB of memory before a single key was looked at.
 */
import { decodeUtf8, utf8 } from '../encoding/utf8.js'

/** A chunk reader, structurally (so the types need no DOM library): what `ReadableStream#getReader()` returns. */
export interface ByteStreamReader {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array | undefined }>
  cancel(reason?: unknown): Promise<void>
}

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
  readonly headers?: { get(name: string): string | null } | undefined
  readonly body?: { getReader(): ByteStreamReader } | null | undefined
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

function tooLarge(limit: number): Error {
  return new Error(`the response is more than ${limit} bytes, the most a JWKS may be`)
}

/**
 * The text of `response`, at most `limit` bytes of it: refused from its
 * `Content-Length` alone when that says more; otherwise read chunk by chunk
 * and the stream cancelled as soon as the count passes the limit. A response
 * without a body stream is read with `text()` and its length checked after.
 * An `Error` when it is too large or not UTF-8; a `TypeError` when the
 * caller's `fetch` gave something that is not a response.
 */
export async function readJwksText(response: JwksResponse, limit: number): Promise<string> {
  const body = response.body
  const stream = typeof body?.getReader === 'function' ? body : undefined
  const declared = typeof response.headers?.get === 'function' ? response.headers.get('content-length') : null
  // A compressed response declares its compressed size: the stream's count
  // below is what bounds what is decoded, this only refuses early.
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    stream
      ?.getReader()
      .cancel()
      .catch(() => {})
    throw new Error(`the response declares ${declared.trim()} bytes (Content-Length); a JWKS is at most ${limit}`)
  }
  if (stream) {
    const reader = stream.getReader()
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (!ArrayBuffer.isView(value)) {
        reader.cancel().catch(() => {})
        throw new Error('the response body is not a stream of bytes')
      }
      total += value.byteLength
      if (total > limit) {
        reader.cancel().catch(() => {})
        throw tooLarge(limit)
      }
      chunks.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
    }
    const bytes = new Uint8Array(total)
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.byteLength
    }
    const text = decodeUtf8(bytes)
    if (text === undefined) throw new Error('the response is not UTF-8 text')
    return text
  }
  if (typeof response.text !== 'function') {
    throw new TypeError(
      'hookproof: options.fetch must resolve to a Response (or an object with ok, status and text(), and body when it streams); hookproof reads the JWKS itself, with a size limit.',
    )
  }
  const text = await response.text()
  // UTF-16 code units never outnumber UTF-8 bytes: the first test is exact
  // enough to refuse early, the second is exact.
  if (typeof text !== 'string') throw new Error('the response text() is not a string')
  if (text.length > limit || utf8(text).byteLength > limit) throw tooLarge(limit)
  return text
}
