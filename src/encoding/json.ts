/** A body read as the JSON a provider sends: the one rule for its text, and for what counts as an object. */
import { decodeUtf8, isWellFormed } from './utf8.js'

/**
 * The text of a body: bytes as UTF-8, strictly (no replacement, a leading
 * BOM kept); a string as it is, unless it holds a lone surrogate, which no
 * UTF-8 encodes (the hash saw U+FFFD in its place). `undefined` for either
 * kind of text no sender can send.
 */
export function bodyText(body: string | Uint8Array): string | undefined {
  return typeof body === 'string' ? (isWellFormed(body) ? body : undefined) : decodeUtf8(body)
}

/** Whether `value` is a JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The body as a JSON object, or `undefined` when it is not UTF-8 text, not JSON, or not an object. */
export function jsonObjectOf(body: string | Uint8Array): Record<string, unknown> | undefined {
  const text = bodyText(body)
  if (text === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  return isPlainObject(value) ? value : undefined
}
