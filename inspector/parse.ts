/**
 * A captured delivery as people paste it: a raw HTTP request (an optional
 * request line, `Name: value` header lines, a blank line, the body), or a
 * curl command (`-H 'Name: value'`, `--data-binary`/`--data-raw`/`--data`/`-d`),
 * as `hookproof sign --curl` and browsers' "Copy as cURL" write them.
 */
import { parseHeaders } from '../src/cli/capture.js'

export interface Captured {
  readonly headers: Record<string, string>
  readonly body: string
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
}

/**
 * A `$'…'` word from `start` (after the quote) as bash reads it: the simple
 * escapes, `\xH`/`\xHH` and octal `\NNN` bytes (joined as UTF-8), `\uHHHH` and
 * `\UHHHHHHHH` code points (as Chrome's "Copy as cURL" writes `!` and
 * controls). Resolves to the text and the index of the closing quote.
 */
function ansiC(command: string, start: number): [string, number] {
  let text = ''
  const bytes: number[] = []
  const flush = (): void => {
    if (bytes.length) text += new TextDecoder().decode(new Uint8Array(bytes.splice(0)))
  }
  let j = start
  while (j < command.length && command[j] !== "'") {
    if (command[j] !== '\\') {
      flush()
      text += command[j]
      j++
      continue
    }
    const rest = command.slice(j + 1)
    const byte = /^x([0-9a-fA-F]{1,2})/.exec(rest) ?? /^([0-7]{1,3})/.exec(rest)
    const point = /^u([0-9a-fA-F]{1,4})/.exec(rest) ?? /^U([0-9a-fA-F]{1,8})/.exec(rest)
    if (byte) {
      bytes.push(Number.parseInt(byte[1]!, byte[0].startsWith('x') ? 16 : 8) & 0xff)
      j += 1 + byte[0].length
    } else if (point) {
      flush()
      const code = Number.parseInt(point[1]!, 16)
      text += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
      j += 1 + point[0].length
    } else {
      flush()
      const next = rest[0] ?? ''
      text += SIMPLE_ESCAPES[next] ?? `\\${next}`
      j += 2
    }
  }
  flush()
  if (j >= command.length) throw new Error("a $'…' quote is not closed")
  return [text, j]
}

/** The words of a shell command line: '…', "…", $'…' and backslash escapes, line continuations joined. */
export function shellWords(command: string): string[] {
  const words: string[] = []
  let word: string | undefined
  let i = 0
  const push = (text: string): void => {
    word = (word ?? '') + text
  }
  while (i < command.length) {
    const char = command[i]!
    if (char === '\\' && command[i + 1] === '\n') {
      i += 2
    } else if (char === ' ' || char === '\t' || char === '\n') {
      if (word !== undefined) words.push(word)
      word = undefined
      i++
    } else if (char === "'") {
      const end = command.indexOf("'", i + 1)
      if (end < 0) throw new Error('a quote (\') is not closed')
      push(command.slice(i + 1, end))
      i = end + 1
    } else if (char === '$' && command[i + 1] === "'") {
      const [text, end] = ansiC(command, i + 2)
      push(text)
      i = end + 1
    } else if (char === '"') {
      let j = i + 1
      let text = ''
      while (j < command.length && command[j] !== '"') {
        if (command[j] === '\\' && /["\\$`\n]/.test(command[j + 1] ?? '')) {
          if (command[j + 1] !== '\n') text += command[j + 1]
          j += 2
        } else {
          text += command[j]
          j++
        }
      }
      if (j >= command.length) throw new Error('a quote (") is not closed')
      push(text)
      i = j + 1
    } else if (char === '\\') {
      push(command[i + 1] ?? '')
      i += 2
    } else {
      push(char)
      i++
    }
  }
  if (word !== undefined) words.push(word)
  return words
}

const DATA_FLAGS = new Set(['-d', '--data', '--data-binary', '--data-raw', '--data-ascii'])

function fromCurl(command: string): Captured {
  const words = shellWords(command)
  const headers: Record<string, string> = {}
  const data: string[] = []
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    const value = words[i + 1]
    if (word === '-H' || word === '--header') {
      if (value === undefined) throw new Error(`${word} has no header after it`)
      const colon = value.indexOf(':')
      if (colon <= 0) throw new Error(`-H "${value.slice(0, 40)}" is not a "Name: value" header`)
      // A header named twice is sent twice, which a receiver reads as one value joined by ", ".
      for (const [name, text] of Object.entries(parseHeaders(value))) {
        const earlier = Object.keys(headers).find((known) => known.toLowerCase() === name.toLowerCase())
        if (earlier === undefined) headers[name] = text
        else headers[earlier] = `${headers[earlier]}, ${text}`
      }
      i++
    } else if (DATA_FLAGS.has(word)) {
      if (value === undefined) throw new Error(`${word} has no body after it`)
      if (value.startsWith('@')) throw new Error(`${word} @file reads a file: paste the body itself`)
      data.push(value)
      i++
    } else if (word === '-X' || word === '--request' || word === '-u' || word === '--user') {
      i++
    }
  }
  // curl joins several -d values with &, as it sends them.
  return { headers, body: data.join('&') }
}

function fromHttp(text: string): Captured {
  const normalized = text.replace(/^\s+/, '')
  const split = /\r?\n\r?\n/.exec(normalized)
  const head = split ? normalized.slice(0, split.index) : normalized
  const body = split ? normalized.slice(split.index + split[0].length) : ''
  return { headers: parseHeaders(head), body }
}

/**
 * The headers and body of a pasted delivery.
 *
 * @example
 * parseCaptured("curl -X POST 'http://x' -H 'X-Sig: v1' --data-binary '{}'") // { headers: { 'X-Sig': 'v1' }, body: '{}' }
 */
export function parseCaptured(text: string): Captured {
  return /^\s*curl\s/.test(text) ? fromCurl(text.trim()) : fromHttp(text)
}
