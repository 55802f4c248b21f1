/**
 * Reading a byte stream a sender controls with a bound: a request body, a
 * JWKS response. The one rule both follow: a declared `Content-Length` over
 * the bound refuses before anything is read, and otherwise the chunks are
 * counted and the stream cancelled at the first chunk past the bound, so
 * memory never holds more than the bound and one chunk.
 */

/**
 * A stream reader, structurally (so the types need no DOM library): what
 * `ReadableStream#getReader()` returns.
 *
 * @example
 * ```ts
 * const reader: ByteStreamReader = new Response('{"keys":[]}').body!.getReader()
 * ```
 */
export interface ByteStreamReader {
  /** The next chunk, or `done` at the end. */
  read(): Promise<{ readonly done: boolean; readonly value?: unknown }>
  /** Stops the stream: nothing more is read. */
  cancel(reason?: unknown): Promise<void>
}

/** Why {@link readAtMost} stopped short of the end. */
export type ReadShort = 'too large' | 'not bytes'

/**
 * The length a `Content-Length` value declares: 1*DIGIT (RFC 9110 §8.6), or
 * a list of equal values as some proxies repeat it. Anything else declares
 * nothing, and the count while reading still holds.
 */
export function declaredLength(value: string | null | undefined): number | undefined {
  if (typeof value !== 'string') return undefined
  const first = value.split(',')[0]!.trim()
  return /^\d{1,16}$/.test(first) ? Number(first) : undefined
}

function stop(reader: ByteStreamReader, why: ReadShort): ReadShort {
  // Not awaited: the refusal does not wait on the sender. A failed cancel
  // leaves nothing to do.
  reader.cancel(why).catch(() => {})
  return why
}

/**
 * The bytes of `reader` to its end, at most `limit` of them, or why it
 * stopped: `'too large'` past the limit, `'not bytes'` for a chunk that is
 * not a `Uint8Array` (the stream is cancelled either way). Rejects as the
 * stream does when it fails.
 */
export async function readAtMost(reader: ByteStreamReader, limit: number): Promise<Uint8Array | ReadShort> {
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    // The tag, not instanceof: a stream from another realm (a vm context, an
    // edge sandbox) yields that realm's Uint8Arrays.
    if (Object.prototype.toString.call(value) !== '[object Uint8Array]') return stop(reader, 'not bytes')
    const chunk = value as Uint8Array
    size += chunk.byteLength
    if (size > limit) return stop(reader, 'too large')
    chunks.push(chunk)
  }
  if (chunks.length === 1 && chunks[0] instanceof Uint8Array) return chunks[0]
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
