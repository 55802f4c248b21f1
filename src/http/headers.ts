/** Anything with a Fetch-style `get`: `Headers`, `Request.headers`, undici, Hono. */
export interface HeadersLike {
  get(name: string): string | null
}

/**
 * Headers as Node's `http` module, Express, Fastify, Koa or an AWS Lambda event
 * give them: a plain object, names in any case, values a string or an array of
 * strings (repeated headers).
 */
export type HeaderRecord = Readonly<Record<string, string | readonly string[] | undefined>>

/** Either kind of header collection `verify` accepts. */
export type HeaderSource = HeadersLike | HeaderRecord

/** A case-insensitive reader over one header collection. */
export type HeaderLookup = (name: string) => string | undefined

function isHeadersLike(headers: object): headers is HeadersLike {
  return typeof (headers as { get?: unknown }).get === 'function'
}

// HTTP field values carry no leading or trailing spaces or tabs (RFC 9110
// §5.5); Fetch `Headers` strips them, so the plain-object path does too, and a
// value reads the same whichever form the framework hands over. A loop, not a
// regex: /[\t ]+$/ backtracks quadratically over a long run of inner spaces.
function trimOws(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isOws(value.charCodeAt(start))) start++
  while (end > start && isOws(value.charCodeAt(end - 1))) end--
  return value.slice(start, end)
}

function isOws(code: number): boolean {
  return code === 32 || code === 9
}

function fieldValue(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return trimOws(value)
  if (Array.isArray(value)) {
    // A header sent more than once reads as its values joined by ", ", as
    // Fetch `Headers.get` reads it, so both forms fail or pass alike.
    return value.map((item) => fieldValue(item, name) ?? '').join(', ')
  }
  throw new TypeError(
    `hookproof: header "${name}" has a value of type ${typeof value}; header values must be strings or arrays of strings, as Node and Fetch give them.`,
  )
}

/**
 * A lookup over `headers` that ignores the case of names. An absent header
 * and an empty one both read as `undefined`: to every check, "missing".
 */
export function headerLookup(headers: HeaderSource): HeaderLookup {
  if (isHeadersLike(headers)) {
    return (name) => headers.get(name) || undefined
  }
  const record = headers as Readonly<Record<string, unknown>>
  return (name) => {
    const lower = name.toLowerCase()
    // Node lowercases names, so the direct hit is the common case.
    if (Object.hasOwn(record, lower)) return fieldValue(record[lower], lower) || undefined
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() === lower) return fieldValue(record[key], key) || undefined
    }
    return undefined
  }
}
