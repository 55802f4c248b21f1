import { frameworkFix } from './framework.js'
import { headerLookup, type HeaderLookup, type HeadersLike, type HeaderSource } from './headers.js'

/**
 * The part of a Fetch `Request` that `verify` reads: Next.js route handlers,
 * Hono, Cloudflare Workers, Deno.serve, Bun.serve and the edge runtimes hand
 * one over.
 */
export interface RequestLike {
  readonly headers: HeadersLike
  readonly bodyUsed: boolean
  /** The whole body, for a request without a body stream. */
  arrayBuffer(): Promise<ArrayBuffer>
}

/**
 * The raw body exactly as received. A string is hashed as its UTF-8 bytes; a
 * `Uint8Array` (a Node `Buffer` is one) or `ArrayBuffer` is hashed as is.
 */
export type RawBody = string | Uint8Array | ArrayBuffer

/** A delivery taken apart: what Express with `express.raw()`, Fastify or Lambda give. */
export interface WebhookParts {
  readonly headers: HeaderSource
  readonly body: RawBody
}

/** What `verify` accepts: a Fetch `Request`, or its headers and raw body. */
export type WebhookInput = RequestLike | WebhookParts

/**
 * A delivery, taken apart: a header lookup, and the body as given or the
 * request it is still to be read from (after the headers are checked). A
 * string body stays a string, so it is encoded once (inside the hash) and
 * parsed without a round trip through bytes.
 */
export type Delivery =
  | { readonly header: HeaderLookup; readonly body: string | Uint8Array; readonly request?: undefined }
  | { readonly header: HeaderLookup; readonly body?: undefined; readonly request: RequestLike }

function isRequestLike(input: object): input is RequestLike {
  return typeof (input as { arrayBuffer?: unknown }).arrayBuffer === 'function' && 'headers' in input
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value !== 'object') return typeof value
  return value.constructor?.name ?? 'object'
}

// Each of these would read as a collection without the signature header, a
// missing_signature that blames the sender for the caller's mistake.
function readHeaders(headers: unknown): HeaderLookup {
  if (typeof headers !== 'object' || headers === null) {
    throw new TypeError(`hookproof: headers must be a Headers object or a plain object of header values, got ${describe(headers)}.`)
  }
  if (Array.isArray(headers)) {
    throw new TypeError(
      "hookproof: headers is an array, as Node's req.rawHeaders is. Pass req.headers (the object of header values), not req.rawHeaders, or a Fetch Headers object.",
    )
  }
  // The tag, not instanceof: it holds across realms and for subclasses.
  if (Object.prototype.toString.call(headers) === '[object Map]') {
    throw new TypeError(
      'hookproof: headers is a Map, whose keys are case-sensitive. Pass a plain object, Object.fromEntries(map), or new Headers(map).',
    )
  }
  // A `get` that is a header value is a header called "get"; anything else
  // is a Headers-like object gone wrong.
  const get = (headers as { get?: unknown }).get
  if (get !== undefined && get !== null && typeof get !== 'function' && typeof get !== 'string' && !Array.isArray(get)) {
    throw new TypeError(
      `hookproof: headers has a get that is ${describe(get)}, not a function. Pass a Fetch Headers object (request.headers) or a plain object of header values.`,
    )
  }
  return headerLookup(headers as HeaderSource)
}

/** The body as text or as bytes viewed without copying. */
export function rawBody(body: unknown): string | Uint8Array {
  if (typeof body === 'string') return body
  // isView and the tag work across realms (vm contexts, edge sandboxes), where
  // instanceof does not.
  if (ArrayBuffer.isView(body)) {
    return body instanceof Uint8Array ? body : new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
  }
  if (Object.prototype.toString.call(body) === '[object ArrayBuffer]') return new Uint8Array(body as ArrayBuffer)
  // One fix for both mistakes: a JSON parser that ran first leaves an object.
  throw new TypeError(
    `hookproof: the body is ${body === undefined || body === null ? 'missing' : `${describe(body)}, not the raw bytes`}. Signatures cover the exact bytes sent: pass the raw body (string, Uint8Array/Buffer or ArrayBuffer), e.g. express.raw({ type: () => true }) (every Content-Type) instead of express.json() on this route.`,
  )
}

/**
 * Takes a `Request` or `{ headers, body }` apart into a header lookup and the
 * body (or the request to read it from); a `TypeError` for what cannot be a
 * delivery. Reads no body.
 */
export function readDelivery(input: WebhookInput): Delivery {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError(`hookproof: verify expects a Request or { headers, body }, got ${describe(input)}.`)
  }
  if (isRequestLike(input)) {
    if (input.bodyUsed) {
      throw new TypeError(
        'hookproof: the request body was already read. Call verify before request.json()/text(), or pass request.clone().',
      )
    }
    return { header: readHeaders(input.headers), request: input }
  }
  const { headers, body } = input as Partial<WebhookParts>
  try {
    return { header: readHeaders(headers), body: rawBody(body) }
  } catch (error) {
    // A framework's own request object: its fix says more than the generic one.
    const fix = frameworkFix(input)
    throw fix ? new TypeError(`hookproof: ${fix}`) : error
  }
}
