/**
 * What to tell a caller who handed `verify` a framework's own request object
 * instead of a Fetch `Request` or `{ headers, body }`: the fix in that
 * framework's terms. Recognised by shape, never by import, so nothing here
 * depends on a framework.
 */

/** The members of a request object the shapes below look at. */
interface Shape {
  readonly raw?: unknown
  readonly header?: unknown
  readonly arrayBuffer?: unknown
  readonly pipe?: unknown
  readonly rawHeaders?: unknown
  readonly app?: unknown
}

const has = (value: object, name: string): boolean => name in value
const isFunction = (value: unknown): boolean => typeof value === 'function'

// Hono's `c.req`: a wrapper with `header()` and `raw`, the Fetch Request.
function isHonoRequest(value: Shape): boolean {
  const raw = value.raw
  return isFunction(value.header) && typeof raw === 'object' && raw !== null && isFunction((raw as Shape).arrayBuffer)
}

// Fastify's request: `raw` is node's IncomingMessage, and it knows its route.
function isFastifyRequest(value: Shape): boolean {
  const raw = value.raw
  return typeof raw === 'object' && raw !== null && isFunction((raw as Shape).pipe) && (has(value, 'routeOptions') || has(value, 'server'))
}

// node:http's IncomingMessage: a readable stream with the raw header list.
function isIncomingMessage(value: Shape): boolean {
  return isFunction(value.pipe) && Array.isArray(value.rawHeaders)
}

// Express adds `app` and `res` to node's request.
function isExpressRequest(value: Shape): boolean {
  return isIncomingMessage(value) && isFunction(value.app) && has(value, 'res')
}

/**
 * @internal The fix for a framework request object passed as the delivery,
 * or `undefined` when `input` is not one hookproof recognises.
 */
export function frameworkFix(input: object): string | undefined {
  const value = input as Shape
  if (isHonoRequest(value)) {
    return "this is Hono's c.req, not a Fetch Request: pass c.req.raw, e.g. verify(c.req.raw, { secret })."
  }
  if (isFastifyRequest(value)) {
    return 'this is a Fastify request: register a content-type parser that keeps the raw bytes, e.g. app.addContentTypeParser("*", { parseAs: "buffer" }, (req, body, done) => done(null, body)), and pass { headers: request.headers, body: request.body }.'
  }
  if (isExpressRequest(value)) {
    return 'this is an Express request: use express.raw({ type: () => true }) on this route (not express.json()), and pass { headers: req.headers, body: req.body }.'
  }
  if (isIncomingMessage(value)) {
    return "this is node:http's IncomingMessage, whose body is still a stream: read it first, e.g. const body = Buffer.concat(await req.toArray()), and pass { headers: req.headers, body }."
  }
  return undefined
}
