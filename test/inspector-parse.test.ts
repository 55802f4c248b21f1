/** How the inspector reads a pasted delivery: raw HTTP, or a curl command as shells quote it. */
import { describe, expect, it } from 'vitest'
import { parseCaptured, shellWords } from '../inspector/parse.js'

describe('shellWords', () => {
  it("reads '…', \"…\", $'…' (with UTF-8 \\xHH bytes) and backslashes as a POSIX shell does", () => {
    expect(shellWords(`a 'b c' "d \\"e\\" \\$f" $'g\\nh\\xc3\\xa9' i\\ j`)).toEqual(['a', 'b c', 'd "e" $f', 'g\nhé', 'i j'])
    expect(shellWords("curl \\\n  -H 'X: 1'")).toEqual(['curl', '-H', 'X: 1'])
    expect(shellWords(`'it'\\''s'`)).toEqual(["it's"])
    expect(() => shellWords("'open")).toThrow(/not closed/)
    // As Chrome's "Copy as cURL (bash)" writes ! and controls, and bash's other escapes.
    expect(shellWords(String.raw`$'Done\u0021 \U0001F600' $'\101\x9\e[0m\a' $'\q'`)).toEqual(['Done! 😀', 'A\t\x1b[0m\x07', '\\q'])
    // A no-break space is a character of the word, not a separator.
    expect(shellWords('a\u00a0b c')).toEqual(['a\u00a0b', 'c'])
  })
})

describe('parseCaptured', () => {
  it('takes a raw request apart at the first blank line, the body kept byte for byte', () => {
    expect(parseCaptured('POST /hook HTTP/1.1\nX-Sig: v1\nContent-Type: application/json\n\n{"a": 1}\n\n')).toEqual({
      headers: { 'X-Sig': 'v1', 'Content-Type': 'application/json' },
      body: '{"a": 1}\n\n',
    })
    expect(parseCaptured('X-Sig: v1\r\n\r\n{}')).toEqual({ headers: { 'X-Sig': 'v1' }, body: '{}' })
  })

  it('reads the headers and the body of a curl command, and refuses what it cannot see', () => {
    expect(parseCaptured(`curl -X POST 'http://x/hook' -H 'X-Sig: v1' --header "X-Id: 2" --data-binary '{"a": 1}'`)).toEqual({
      headers: { 'X-Sig': 'v1', 'X-Id': '2' },
      body: '{"a": 1}',
    })
    expect(parseCaptured(`curl http://x -d a=1 -d b=2`).body).toBe('a=1&b=2')
    expect(parseCaptured(`curl http://x -H 'X-Sig: a' -H 'x-sig: b'`).headers).toEqual({ 'X-Sig': 'a, b' })
    expect(() => parseCaptured('curl http://x --data-binary @body.json')).toThrow(/paste the body itself/)
    expect(() => parseCaptured("curl http://x -H 'no colon'")).toThrow(/not a "Name: value" header/)
  })
})
