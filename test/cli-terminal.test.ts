/**
 * What the command line prints is safe for a terminal (src/cli/terminal.ts),
 * and a malformed headers file is refused with its line, never its content
 * (src/cli/capture.ts).
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { parseHeaders } from '../src/cli/capture.js'
import { InputError } from '../src/cli/input-error.js'
import { print, printable, shellQuote } from '../src/cli/terminal.js'
import { unsafe } from './cli-run.js'

const hex4 = (code: number): string => code.toString(16).padStart(4, '0')

describe('printable', () => {
  it('escapes exactly the unsafe characters of the BMP, and every lone surrogate, as \\uXXXX', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      const lone = code >= 0xd800 && code <= 0xdfff
      const expected = unsafe(code) || lone ? `a\\u${hex4(code)}b` : `a${character}b`
      if (printable(`a${character}b`) !== expected) wrong.push(`U+${hex4(code)}`)
    }
    expect(wrong).toEqual([])
  })

  it('leaves paired surrogates (astral characters) alone', () => {
    expect(printable('😀 \u{1F469}\u200D\u{1F4BB}')).toBe('😀 \u{1F469}\u200D\u{1F4BB}')
    expect(printable('\uD83D\uDE00\uDE00')).toBe('😀\\ude00')
  })

  it('keeps JSON valid: every character, in JSON.stringify output, parses back to itself', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const value = `x${String.fromCharCode(code)}y`
      const printed = printable(JSON.stringify({ event: value }))
      const raw = [...printed].some((c) => unsafe(c.codePointAt(0)!))
      if (raw || (JSON.parse(printed) as { event: string }).event !== value) wrong.push(`U+${hex4(code)}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('print', () => {
  it('writes the lines of the text and a newline, every line printable', () => {
    const written: string[] = []
    const stream = { write: (text: string) => written.push(text) } as unknown as NodeJS.WritableStream
    print(stream, 'ok: \u001b]0;PWNED\u0007\r\nnext\u202e')
    expect(written).toEqual(['ok: \\u001b]0;PWNED\\u0007\\u000d\nnext\\u202e\n'])
  })
})

describe('shellQuote', () => {
  // What bash reads back from a quoted word: the test of the quoting is the shell itself.
  const echoed = (quoted: string): Buffer => execFileSync('bash', ['-c', `printf %s ${quoted}`])

  it.each([
    ['plain text', '{"event":"job.completed"}'],
    ['single quotes', "it's 'quoted'"],
    ['newlines', '{\n  "a": 1\n}\n'],
    ['CRLF', '{\r\n"a": 1\r\n}'],
    ['an escape sequence', '\u001b]0;PWNED\u0007\u001b[2J'],
    ['C1, DEL and bidi controls', 'a\u009b2Jb\u007fc\u202ed\u2066e\u2028f'],
    ['backslashes and quotes next to controls', "\\x41 '\u001b' \\'"],
  ])('%s: bash reads back the same bytes, and nothing unsafe is printed', (_label, value) => {
    const quoted = shellQuote(value)
    expect(echoed(quoted)).toEqual(Buffer.from(value, 'utf8'))
    expect([...quoted].every((c) => c === '\n' || !unsafe(c.codePointAt(0)!))).toBe(true)
  })
})

function refusal(text: string): string {
  try {
    parseHeaders(text)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('parseHeaders accepted a malformed headers file')
}

describe('parseHeaders', () => {
  // A value a headers file may hold and an error must never repeat.
  const SIGNATURE = 'sha256=5ec7e7deadbeef5ec7e7'

  it('reads raw lines: a request line and HTTP/2 pseudo-headers skipped, repeated headers joined, CR, LF or CRLF', () => {
    const lines = [
      'POST /webhooks/x HTTP/1.1',
      ':authority: example.com',
      'X-Signature:  a ',
      'x-signature: b',
      '',
      'Content-Type: application/json',
    ]
    for (const newline of ['\n', '\r\n', '\r']) {
      expect(parseHeaders(lines.join(newline))).toEqual({ 'X-Signature': 'a', 'x-signature': 'b', 'Content-Type': 'application/json' })
    }
  })

  it('a header named like a property of every object is a header like any other', () => {
    const parsed = parseHeaders('constructor: a\nconstructor: b\n__proto__: c\ntoString: d')
    expect(Object.entries(parsed)).toEqual([
      ['constructor', 'a, b'],
      ['__proto__', 'c'],
      ['toString', 'd'],
    ])
    expect(Object.entries(parseHeaders('{"__proto__": "x", "constructor": "y"}'))).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ])
  })

  it('reads a JSON object: arrays joined, numbers as text', () => {
    expect(parseHeaders('\n {"X-A": "1", "X-B": ["2", 3], "Content-Length": 12}')).toEqual({
      'X-A': '1',
      'X-B': '2, 3',
      'Content-Length': '12',
    })
  })

  it.each([
    ['a line without a colon', `X-A: 1\n\n${SIGNATURE}`, 'line 3: not a "Name: value" header line (no colon)'],
    ['an empty name', `X-A: 1\n: ${SIGNATURE}`, 'line 2: no header name before the colon'],
    ['a name with a space', `X Sig: ${SIGNATURE}`, 'line 1: the header name holds a character header names cannot'],
    ['a control character in a value', `X-Sig: ${SIGNATURE}\u0000`, 'line 1: the header value holds a control character'],
    ['an escape sequence in a value', `X-Sig: \u001b[2J${SIGNATURE}`, 'line 1: the header value holds a control character'],
    ['JSON that does not parse', `{\n"X-A": "1",\n"X-Sig": "${SIGNATURE}"\n"X-B": 2}`, 'not valid JSON (line 4)'],
    ['JSON with a bare word', `{"X-Sig": ${SIGNATURE}}`, 'not valid JSON'],
    ['a JSON array', `[{"X-Sig": "${SIGNATURE}"}]`, 'JSON, but not an object of header names and values'],
    [
      'a JSON value that is an object',
      `{"X-A": "1", "X-Sig": {"v": "${SIGNATURE}"}}`,
      'entry 2 of the JSON object: the value is not a string',
    ],
    ['a JSON name with a space', `{"X Sig": "${SIGNATURE}"}`, 'entry 1 of the JSON object: the header name holds a character'],
    [
      'a JSON value with a newline',
      `{"X-Sig": "${SIGNATURE}\\n"}`,
      'entry 1 of the JSON object: the header value holds a control character',
    ],
  ])('%s: says where and what, never the content', (_label, text, message) => {
    const said = refusal(text)
    expect(said).toContain(message)
    for (let i = 0; i + 8 <= SIGNATURE.length; i++) expect(said).not.toContain(SIGNATURE.slice(i, i + 8))
  })
})
