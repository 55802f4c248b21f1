/** Anything with a Fetch-style `get`: `Headers`, `Request.headers`, undici, Hono. */
export interface HeadersLike {
  /** The value of header `name` (any case), or `null`. */
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
export interface HeaderLookup {
  (name: string): string | undefined
  /**
   * The names of the headers present that look like a signature header (a
   * name of letters, digits and dashes with `signature` in it), at most
   * three: what a message about a missing signature can point to.
   */
  readonly signatureNames?: () => readonly string[]
}

const SIGNATURE_NAME = /^[a-z0-9-]{0,48}signature[a-z0-9-]{0,48}$/i

function signatureNames(names: Iterable<string>): readonly string[] {
  const found: string[] = []
  for (const name of names) {
    if (SIGNATURE_NAME.test(name)) found.push(name.toLowerCase())
    if (found.length === 3) break
  }
  return found
}

function isHeadersLike(headers: object): headers is HeadersLike {
  return typeof (headers as { get?: unknown }).get === 'function'
}

/**
 * `value` without leading and trailing spaces and tabs, the only whitespace
 * HTTP allows around a field value or a list item (RFC 9110 §5.5, §5.6.1).
 * Fetch `Headers` strips them, so the plain-object path does too, and a value
 * reads the same whichever form the framework hands over; items inside a
 * value are trimmed by the same rule. A loop, not a regex: /[\t ]+$/
 * backtracks quadratically over a long run of inner spaces.
 */
export function trimOws(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isOws(value.charCodeAt(start))) start++
  while (end > start && isOws(value.charCodeAt(end - 1))) end--
  return value.slice(start, end)
}

function isOws(code: number): boolean {
  return code === 32 || code === 9
}

type Field = string | null | undefined

// What Node, Express, Fastify and Lambda put in a header object. Absent or
// null reads as missing (svix #981: null values must not crash).
function isField(value: unknown): value is Field {
  return value === undefined || value === null || typeof value === 'string'
}

function isFieldValue(value: unknown): value is Field | readonly Field[] {
  return isField(value) || (Array.isArray(value) && value.every(isField))
}

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

function fieldValue(value: Field | readonly Field[]): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return trimOws(value)
  // A header sent more than once reads as its values joined by ", ", as
  // Fetch `Headers.get` reads it, so both forms fail or pass alike.
  return value.map((item) => fieldValue(item) ?? '').join(', ')
}

/**
 * A lookup over `headers` that ignores the case of names. An absent header
 * and an empty one both read as `undefined`: to every check, "missing".
 */
export function headerLookup(headers: HeaderSource): HeaderLookup {
  if (isHeadersLike(headers)) {
    const keys = (headers as { keys?: unknown }).keys
    const lookup: HeaderLookup = (name) => {
      const value: unknown = headers.get(name)
      if (value === null || value === undefined || typeof value === 'string') return value || undefined
      throw new TypeError(
        `hookproof: headers.get("${name}") returned a non-string (${kind(value)}); a Headers object's get returns a string or null. Pass a Fetch Headers object or a plain object of header values.`,
      )
    }
    // Only a real Headers (Fetch, undici) lists its names; a bare `get` cannot.
    if (typeof keys !== 'function') return lookup
    return Object.assign(lookup, { signatureNames: () => signatureNames(keys.call(headers) as Iterable<string>) })
  }
  const record = headers as Readonly<Record<string, unknown>>
  // Every value, before any header is read: a wrong one is the caller's
  // mistake whichever header it is, and is named before any crypto runs.
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (!isFieldValue(value)) {
      const what = Array.isArray(value)
        ? `an array value with a non-string item (${kind(value.find((item) => !isField(item)))})`
        : `a value of type ${typeof value}`
      throw new TypeError(
        `hookproof: header "${key}" has ${what}; header values must be strings or arrays of strings, as Node and Fetch give them.`,
      )
    }
  }
  const values = record as Readonly<Record<string, Field | readonly Field[]>>
  const lookup: HeaderLookup = (name) => {
    const lower = name.toLowerCase()
    // Node lowercases names, so the direct hit is the common case.
    if (Object.hasOwn(values, lower)) return fieldValue(values[lower]) || undefined
    for (const key of Object.keys(values)) {
      if (key.toLowerCase() === lower) return fieldValue(values[key]) || undefined
    }
    return undefined
  }
  return Object.assign(lookup, { signatureNames: () => signatureNames(Object.keys(values).filter((key) => fieldValue(values[key]))) })
}
