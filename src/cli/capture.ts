/**
 * Captured deliveries, as people copy them: headers as a JSON object or as
 * raw `Name: value` lines from a log or a request inspector (a request line
 * such as `POST /webhook HTTP/1.1` and HTTP/2 pseudo-headers such as
 * `:authority: example.com` are skipped).
 */
import { InputError } from './input-error.js'

// RFC 9110 §5.1: a field name is a token.
const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/[\d.]+$/
const PSEUDO_HEADER = /^:[a-z]+:/
// RFC 9110 §5.5: a field value holds no control character but the tab.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/
// CRLF, LF, or the CR alone of old Mac files: a CR is never part of a header line.
const LINE_BREAK = /\r\n|\r|\n/
const NOT_A_NAME = "the header name holds a character header names cannot (they are letters, digits and !#$%&'*+-.^_`|~)"
const CONTROL_IN_VALUE = 'the header value holds a control character'

/**
 * The headers of a captured delivery, from the text of a headers file. A
 * malformed file is an `InputError` that says which line (or JSON entry) and
 * what is wrong with it, never what it holds: a header value may be a secret
 * or a signature.
 *
 * @example
 * parseHeaders('POST /hook HTTP/1.1\nX-Signature: sha256=ab12…') // { 'X-Signature': 'sha256=ab12…' }
 */
export function parseHeaders(text: string): Record<string, string> {
  // No header line starts with [ or {: such a file is JSON, or meant to be.
  return /^\s*[[{]/.test(text) ? fromJson(text) : fromLines(text)
}

function fromJson(text: string): Record<string, string> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    // V8's message quotes the text around the error: only its position is kept.
    const position = /at position (\d+)/.exec((error as Error).message)?.[1]
    const line = position === undefined ? '' : ` (line ${text.slice(0, Number(position)).split(LINE_BREAK).length})`
    throw new InputError(`not valid JSON${line}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('JSON, but not an object of header names and values')
  }
  // A Map, then own properties: a header named __proto__ or constructor is a header like any other.
  const headers = new Map<string, string>()
  let entry = 0
  for (const [name, value] of Object.entries(parsed)) {
    entry++
    if (!NAME.test(name)) throw new InputError(`entry ${entry} of the JSON object: ${NOT_A_NAME}`)
    const values = Array.isArray(value) ? value : [value]
    if (!values.every((item) => typeof item === 'string' || typeof item === 'number')) {
      throw new InputError(`entry ${entry} of the JSON object: the value is not a string, a number or an array of them`)
    }
    const joined = values.map(String).join(', ')
    if (CONTROL.test(joined)) throw new InputError(`entry ${entry} of the JSON object: ${CONTROL_IN_VALUE}`)
    headers.set(name, joined)
  }
  return Object.fromEntries(headers)
}

function fromLines(text: string): Record<string, string> {
  const headers = new Map<string, string>()
  const lines = text.split(LINE_BREAK)
  for (const [index, raw] of lines.entries()) {
    const where = `line ${index + 1}`
    const line = raw.trim()
    if (line === '' || REQUEST_LINE.test(line) || PSEUDO_HEADER.test(line)) continue
    const colon = line.indexOf(':')
    if (colon === -1) throw new InputError(`${where}: not a "Name: value" header line (no colon)`)
    const name = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (name === '') throw new InputError(`${where}: no header name before the colon`)
    if (!NAME.test(name)) throw new InputError(`${where}: ${NOT_A_NAME}`)
    if (CONTROL.test(value)) throw new InputError(`${where}: ${CONTROL_IN_VALUE}`)
    const earlier = headers.get(name)
    headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`)
  }
  return Object.fromEntries(headers)
}
