/**
 * Bodies as a sender's JSON library writes them, rather than as
 * `JSON.stringify` does: a handler that parses and re-serializes the body
 * before verifying (the most common webhook bug) gets different bytes, and
 * its test fails the way production would.
 */

/** How the testing kit writes a payload object: `spaced` exposes re-serialization, `compact` is `JSON.stringify`'s. */
export type BodyFormat = 'spaced' | 'compact'

// Every code unit outside printable ASCII as \uXXXX, the way Python's
// json.dumps (ensure_ascii) and many other senders write them.
const NON_ASCII = /[\u007f-\uffff]/g
const escaped = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

// Written as JSON.stringify writes (toJSON called once, with its key; boxed
// primitives unwrapped; holes and what JSON cannot hold as null in arrays,
// left out of objects), with Python's separators and escapes.
function spaced(raw: unknown, key: string): string | undefined {
  let value = raw
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(key: string): unknown }).toJSON(key)
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) value = value.valueOf()
  if (value !== null && typeof value === 'object') {
    if (Array.isArray(value)) {
      const items: string[] = []
      for (let i = 0; i < value.length; i++) items.push(spaced(value[i], String(i)) ?? 'null')
      return `[${items.join(', ')}]`
    }
    const members: string[] = []
    for (const [name, item] of Object.entries(value)) {
      const text = spaced(item, name)
      if (text !== undefined) members.push(`${JSON.stringify(name).replace(NON_ASCII, escaped)}: ${text}`)
    }
    return `{${members.join(', ')}}`
  }
  const text = JSON.stringify(value) as string | undefined
  return typeof value === 'string' ? text!.replace(NON_ASCII, escaped) : text
}

/**
 * `payload` as JSON text. `spaced` (the default) writes `", "` and `": "`
 * between items and escapes non-ASCII characters, as Python's `json.dumps`
 * does: valid JSON that `JSON.stringify(JSON.parse(body))` does not give back.
 * `compact` is `JSON.stringify(payload)`.
 *
 * @example
 * ```ts
 * import { serialize } from 'hookproof/testing'
 *
 * serialize({ id: 'proj_1', title: 'Café' }) // '{"id": "proj_1", "title": "Caf\\u00e9"}'
 * ```
 */
export function serialize(payload: unknown, format: BodyFormat = 'spaced'): string {
  if (format !== 'spaced' && format !== 'compact')
    throw new TypeError(`hookproof: format must be 'spaced' or 'compact', not ${String(format)}.`)
  const text = format === 'spaced' ? spaced(payload, '') : (JSON.stringify(payload) as string | undefined)
  if (text === undefined)
    throw new TypeError('hookproof: the payload must be a value JSON can write (an object, usually), not undefined or a function.')
  return text
}
