/**
 * What usually happened to a delivery between the sender and `verify`: the
 * body re-serialized or its line endings changed, the secret pasted without
 * its prefix. Each variant is one guess to verify with.
 */
import { serialize } from '../testing/format.js'

/** A changed copy of the body, and how a delivery's body would have come to differ from it. */
export type Variant<Value> = readonly [how: string, value: Value]

const BOM = '\uFEFF'

/**
 * How deep a parsed value nests, counted up to `limit` (iteratively: a
 * hostile body may nest deeper than the call stack).
 */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[value, 1]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (typeof item !== 'object' || item === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return deepest
}

/**
 * Past this nesting, a body is not re-serialized: an indented copy grows with
 * the square of the depth (1,500 levels of `[[…]]` in 111 KB would take a
 * gigabyte), a recursive writer would run out of stack, and no sender's
 * webhook nests so deep.
 */
const MAX_DEPTH = 64

/**
 * The bodies the sender may have signed, when `bytes` is what reached
 * `verify`: made one at a time as they are tried, so no more than one
 * changed copy is held at once.
 */
export function* bodyVariants(bytes: Uint8Array): Generator<Variant<string>> {
  let text: string
  try {
    // ignoreBOM keeps a byte order mark in the text, where the variants can see it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return
  }
  const differs = function* (how: string, variant: () => string): Generator<Variant<string>> {
    const value = variant()
    if (value !== text) yield [how, value]
  }
  let parsed: unknown
  let json = false
  try {
    parsed = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text)
    json = true
  } catch {
    // Not JSON: only the byte-level variants below apply.
  }
  // No re-serialization of a body nested past the bound: see MAX_DEPTH.
  if (json && depthOf(parsed, MAX_DEPTH) <= MAX_DEPTH) {
    const compact = JSON.stringify(parsed)
    yield* differs('as compact JSON (the sender sent it compact; something pretty-printed or re-serialized it)', () => compact)
    yield* differs(
      'with ", " and ": " between items and non-ASCII \\u-escaped (as Python\'s json.dumps writes it; something re-serialized it)',
      () => serialize(parsed),
    )
    yield* differs('as JSON indented by 2 spaces (something re-serialized it)', () => JSON.stringify(parsed, null, 2))
    yield* differs('as JSON indented by 4 spaces (something re-serialized it)', () => JSON.stringify(parsed, null, 4))
    yield* differs('with non-ASCII characters \\u-escaped (the sender escapes them; something unescaped them)', () =>
      compact.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    )
  }
  if (text.endsWith('\n')) yield* differs('without the trailing newline (something added one)', () => text.replace(/\r?\n$/, ''))
  else yield* differs('with a trailing newline (something removed it)', () => `${text}\n`)
  if (text.includes('\r\n')) yield* differs('with LF line endings (something turned them into CRLF)', () => text.replace(/\r\n/g, '\n'))
  else if (text.includes('\n')) yield* differs('with CRLF line endings (something turned them into LF)', () => text.replace(/\n/g, '\r\n'))
  if (text.startsWith(BOM)) yield* differs('without the byte order mark (something added one)', () => text.slice(1))
  else yield* differs('with a byte order mark (something stripped it)', () => BOM + text)
}

/** The secrets the user may have meant, when `secret` is what they passed. */
export function secretVariants(secret: string): Variant<string>[] {
  return secret.startsWith('whsec_')
    ? [['without its whsec_ prefix', secret.slice('whsec_'.length)]]
    : [['with a whsec_ prefix', `whsec_${secret}`]]
}
