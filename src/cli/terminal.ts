/**
 * What the command line prints, made safe for a terminal. Event names, ids,
 * error messages, file paths and arguments reach the output, and a delivery
 * or a file may hold characters a terminal obeys rather than shows: escape
 * sequences that retitle the window or clear the screen, carriage returns
 * that overwrite a line, bidi overrides that reorder what is read.
 */

/**
 * The characters never printed raw: controls (C0, DEL, C1), bidi marks,
 * embeddings, overrides and isolates, the line and paragraph separators, and
 * lone surrogates (which a terminal would show as U+FFFD, hiding what was
 * there).
 */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]|\p{Cs}/gu

// `\uXXXX` is also a JSON escape: JSON.stringify leaves DEL, C1, bidi controls
// and U+2028/2029 raw in its strings, and escaping them this way after it
// keeps the output valid JSON that parses to the same value.
const unicodeEscape = (character: string): string => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`

/**
 * `text` with every unsafe character (newlines included) written as a
 * `\uXXXX` escape: for a value put into a line of output.
 *
 * @example
 * printable('\u001b]0;PWNED\u0007') // '\\u001b]0;PWNED\\u0007'
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, unicodeEscape)
}

/**
 * Writes `text` and a newline to `stream`, every line of it through
 * `printable`: the newlines between lines are the only controls that reach
 * the terminal. Every output of the command line goes through here.
 *
 * @example
 * print(process.stdout, `ok: ${name}`)
 */
export function print(stream: NodeJS.WritableStream, text: string): void {
  stream.write(`${text.split('\n').map(printable).join('\n')}\n`)
}

const hex = (byte: number): string => `\\x${byte.toString(16).padStart(2, '0')}`

/**
 * `value` quoted for a POSIX shell, so that a printed command passes it
 * exactly: in single quotes when it holds nothing unsafe but newlines, else
 * as `$'…'` with the unsafe characters as their UTF-8 bytes (`\xHH`), which
 * bash, zsh, ksh and recent POSIX shells read back to the same bytes.
 *
 * @example
 * shellQuote("it's") // `'it'\\''s'`
 * shellQuote('a\r\n') // `$'a\\x0d\\x0a'`
 */
export function shellQuote(value: string): string {
  if (value.replace(/\n/g, '').search(UNSAFE) === -1) return `'${value.replace(/'/g, `'\\''`)}'`
  const encoder = new TextEncoder()
  const quoted = value
    .replace(/[\\']/g, (character) => `\\${character}`)
    .replace(UNSAFE, (character) => Array.from(encoder.encode(character), hex).join(''))
  return `$'${quoted}'`
}
