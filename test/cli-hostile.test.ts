/**
 * The command line on hostile input, run as a user runs it (node dist/cli.js):
 * signed deliveries whose fields hold terminal escape sequences, files that
 * never end, directories, unreadable and malformed files. Each is a clear
 * line of output at most, never raw control characters or a stack trace.
 */
import { spawn } from 'node:child_process'
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dir, file, type Receiver, type Run, run, startReceiver, unsafe } from './cli-run.js'
import { referenceOf, stamp } from './reference/signers.js'

const SECRET = 'hostile-input-secret'

/** The reproduction from the review, and the other characters a terminal obeys or reorders. */
const PWNED = '\u001b]0;PWNED\u0007\u001b[2J'
const HOSTILE = `${PWNED}\r\u009b31m\u007f\u202eevil\u2066\u2028\ud800`

/** A RemoveBGVideo delivery of `body`, signed by the reference signer (from its docs, on node:crypto). */
function delivery(body: string, name: string): string[] {
  const headers = referenceOf('removebgvideo').deliver(body, { key: SECRET, timestamp: stamp('iso', Date.now()) })
  return ['--headers', file(`${name}.json`, JSON.stringify(headers)), '--body', file(`${name}.body`, body), '--secret', SECRET]
}

// U+FFFD is what a lone surrogate becomes when written raw.
const rawIn = (text: string): boolean => [...text].some((c) => c !== '\n' && (unsafe(c.codePointAt(0)!) || c === '\ufffd'))

function expectClean(result: Run): void {
  expect(rawIn(result.stdout)).toBe(false)
  expect(rawIn(result.stderr)).toBe(false)
}

/** The one line of an error: exit 2, nothing on stdout, no stack trace. */
function expectOneLineError(result: Run, message: string | RegExp): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(message)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expectClean(result)
}

let receiver: Receiver
beforeAll(async () => {
  receiver = await startReceiver(SECRET)
})
afterAll(() => receiver.close())

describe('escape sequences in a signed delivery are printed escaped', () => {
  // The event field and the id the summary shows; the JSON escape \ud800 parses to a lone surrogate.
  const body = `{"event":${JSON.stringify(HOSTILE).replace('\ud800', '\\ud800')},"id":"job\\u001b[31m_1"}`

  it('verify: as \\uXXXX escapes, on one line', async () => {
    const result = await run(['verify', 'removebgvideo', ...delivery(body, 'pwned')])
    expect(result.code).toBe(0)
    expectClean(result)
    expect(result.stdout).toBe(
      'ok: RemoveBGVideo \\u001b]0;PWNED\\u0007\\u001b[2J\\u000d\\u009b31m\\u007f\\u202eevil\\u2066\\u2028\\ud800 (job\\u001b[31m_1)\n',
    )
  })

  it('verify --json: valid JSON that parses to the very field, with nothing raw', async () => {
    const result = await run(['verify', 'removebgvideo', ...delivery(body, 'pwned-json'), '--json'])
    expect(result.code).toBe(0)
    expectClean(result)
    const printed = JSON.parse(result.stdout) as { event: string; body: { id: string } }
    expect(printed.event).toBe(HOSTILE)
    expect(printed.body.id).toBe('job\u001b[31m_1')
  })

  it('send: an event name that fetch refuses as a header value', async () => {
    const payload = file('pwned-payload.json', '{"event":"x"}')
    const result = await run([
      'send',
      'removebgvideo',
      '--to',
      `${receiver.base}/anything`,
      '--payload',
      payload,
      '--event',
      PWNED,
      '--secret',
      SECRET,
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('FAIL RemoveBGVideo \\u001b]0;PWNED\\u0007\\u001b[2J')
    expectClean(result)
  })

  it("sign --curl: a payload with controls is quoted as $'…', and bash reads back the exact payload", async () => {
    const payload = `{"event":${JSON.stringify(PWNED).replace(/\\u001b/g, '\u001b')},\r\n"x":"it's"}`
    const result = await run([
      'sign',
      'adsumo',
      '--secret',
      SECRET,
      '--curl',
      'http://127.0.0.1:1/hook',
      '--payload',
      file('curl.json', payload),
    ])
    expect(result.code).toBe(0)
    expectClean(result)
    // A curl stand-in prints the argument of --data-binary as the shell passed it.
    const shell = spawn('bash', [
      '-c',
      `curl() { while [ $# -gt 0 ]; do [ "$1" = --data-binary ] && printf %s "$2"; shift; done; }\n${result.stdout}`,
    ])
    const chunks: Buffer[] = []
    shell.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    await new Promise((resolve) => shell.on('close', resolve))
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(payload))
  })

  it.each([
    ['an unknown command', [PWNED]],
    ['an unknown provider', ['verify', PWNED]],
    ['an unknown option', [`--${PWNED}`]],
    ['an unknown event', ['sign', 'adsumo', '--event', PWNED, '--secret', SECRET]],
    ['a file name', ['verify', 'adsumo', '--headers', join(dir, `${PWNED}\nfake: line`), '--body', '-']],
  ])('stderr too: %s', async (_label, args) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('\\u001b]0;PWNED\\u0007\\u001b[2J')
    expectClean(result)
  })
})

describe('every file is read with a bound', () => {
  // A probe the command line loads first: it writes the process's peak memory (KiB) to a file on exit.
  const probe = file(
    'rss.mjs',
    "import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)))\n",
  )
  const headers = file('bound-headers.json', '{"Content-Type": "application/json"}')

  async function bounded(args: string[], stdin?: number): Promise<{ result: Run; ms: number; mib: number }> {
    const rss = join(dir, `rss-${Math.random()}`)
    const started = performance.now()
    const result = await run(args, {
      node: ['--import', probe],
      env: { RSS_FILE: rss },
      timeout: 20_000,
      ...(stdin === undefined ? {} : { stdin }),
    })
    return { result, ms: performance.now() - started, mib: Number(readFileSync(rss, 'utf8')) / 1024 }
  }

  it('--body /dev/zero: the size error, quickly, in bounded memory', async () => {
    const { result, ms, mib } = await bounded(['verify', 'adsumo', '--headers', headers, '--body', '/dev/zero', '--secret', SECRET])
    expectOneLineError(result, 'hookproof verify: --body /dev/zero: larger than the 32 MiB limit (raise it with --max-body MIB)')
    // Node itself takes about 50 MiB; the read holds 32 MiB and a chunk.
    expect(mib).toBeLessThan(160)
    expect(ms).toBeLessThan(15_000)
  })

  it('--body - from /dev/zero on stdin: the same', async () => {
    const zero = openSync('/dev/zero', 'r')
    try {
      const { result, mib } = await bounded(['doctor', 'adsumo', '--headers', headers, '--body', '-', '--secret', SECRET], zero)
      expectOneLineError(result, 'hookproof doctor: --body - (stdin): larger than the 32 MiB limit')
      expect(mib).toBeLessThan(160)
    } finally {
      closeSync(zero)
    }
  })

  it('--headers /dev/zero and --payload /dev/zero', async () => {
    const { result, mib } = await bounded(['verify', 'adsumo', '--headers', '/dev/zero', '--body', headers, '--secret', SECRET])
    expectOneLineError(result, 'hookproof verify: --headers /dev/zero: larger than the 64 KiB limit for a headers file')
    expect(mib).toBeLessThan(100)
    expectOneLineError(
      (await bounded(['sign', 'adsumo', '--payload', '/dev/zero', '--secret', SECRET])).result,
      'hookproof sign: --payload /dev/zero: larger than the 32 MiB limit',
    )
  })

  it('a FIFO that a writer fills without end', async () => {
    const fifo = join(dir, 'endless.fifo')
    await new Promise((resolve) => spawn('mkfifo', [fifo]).on('close', resolve))
    // `yes` writes until the reader closes the FIFO, then dies of SIGPIPE.
    const writer = spawn('sh', ['-c', `exec yes > '${fifo}'`])
    const result = await run(['verify', 'adsumo', '--headers', fifo, '--body', headers, '--secret', SECRET], { timeout: 20_000 })
    writer.kill()
    expectOneLineError(result, 'larger than the 64 KiB limit for a headers file')
  })

  it('the limits hold at the byte: a file of the limit is read, one byte more is refused', async () => {
    const MiB = 1024 * 1024
    const args = (body: string) => ['verify', 'adsumo', '--headers', headers, '--body', body, '--secret', SECRET, '--max-body', '1']
    const atLimit = await run(args(file('1mib.body', Buffer.alloc(MiB, 0x20))))
    expect(atLimit.code).toBe(1)
    expect(atLimit.stdout).toContain('missing_signature')
    expectOneLineError(await run(args(file('1mib+1.body', Buffer.alloc(MiB + 1, 0x20)))), 'larger than the 1 MiB limit')

    const line = 'X-Filler: '
    const headersOf = (bytes: number) => `${line}${'a'.repeat(bytes - line.length)}`
    const headerArgs = (path: string) => ['verify', 'adsumo', '--headers', path, '--body', headers, '--secret', SECRET]
    expect((await run(headerArgs(file('64kib.txt', headersOf(64 * 1024))))).code).toBe(1)
    expectOneLineError(await run(headerArgs(file('64kib+1.txt', headersOf(64 * 1024 + 1)))), 'larger than the 64 KiB limit')
  })

  it.each([['0'], ['257'], ['1.5'], ['lots']])('--max-body %s is a usage error', async (value) => {
    const result = await run(['verify', 'adsumo', '--headers', headers, '--body', headers, '--secret', SECRET, '--max-body', value])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--max-body must be a whole number of MiB from 1 to 256')
  })
})

describe('a file that cannot be used is one line, exit 2', () => {
  const headers = file('ok-headers.json', '{"Content-Type": "application/json"}')
  const verify = (headersPath: string, body = headers) => ['verify', 'adsumo', '--headers', headersPath, '--body', body, '--secret', SECRET]

  it('a missing file', async () => {
    expectOneLineError(
      await run(verify(join(dir, 'missing.json'))),
      `hookproof verify: --headers ${join(dir, 'missing.json')}: no such file`,
    )
  })

  it('a directory, as headers and as body', async () => {
    const folder = join(dir, 'a-folder')
    mkdirSync(folder, { recursive: true })
    expectOneLineError(await run(verify(folder)), `--headers ${folder}: is a directory, not a file`)
    expectOneLineError(await run(verify(headers, folder)), `--body ${folder}: is a directory, not a file`)
    expectOneLineError(await run(['sign', 'adsumo', '--payload', folder, '--secret', SECRET]), `--payload ${folder}: is a directory`)
  })

  it('a path through a file', async () => {
    expectOneLineError(await run(verify(join(headers, 'x'))), 'a part of the path is not a directory')
  })

  it('an unreadable file (EACCES)', async () => {
    const locked = file('locked.json', '{}')
    chmodSync(locked, 0o000)
    // Root reads any file: the command line then runs as nobody, who cannot.
    const root = process.getuid?.() === 0
    expectOneLineError(await run(verify(locked), root ? { uid: 65534 } : {}), `--headers ${locked}: permission denied`)
  })

  it('not UTF-8 where text is required: a headers file, a payload', async () => {
    const latin1 = file('latin1.txt', Buffer.from('X-Name: caf\xe9', 'latin1'))
    expectOneLineError(await run(verify(latin1)), `--headers ${latin1}: not UTF-8 text`)
    expectOneLineError(await run(['sign', 'adsumo', '--payload', latin1, '--secret', SECRET]), `--payload ${latin1}: not UTF-8 text`)
  })

  it('a body need not be UTF-8: it is bytes', async () => {
    const result = await run(verify(headers, file('binary.body', Buffer.from([0xff, 0xfe, 0x00]))))
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('missing_signature')
  })

  it('a malformed headers file: its line number and what is wrong, never the line', async () => {
    const signature = 'sha256=0f1e2d3c4b5a69788796a5b4c3d2e1f0'
    const lines = file('malformed.txt', `POST /hook HTTP/1.1\nContent-Type: application/json\n${signature}\n`)
    const result = await run(verify(lines))
    expectOneLineError(result, `hookproof verify: --headers ${lines}: line 3: not a "Name: value" header line (no colon)`)
    expect(result.stderr).not.toContain('0f1e2d3c')
    const json = file('malformed.json', `{\n  "Content-Type": "application/json",\n  "X-Adsumo-Signature": ${signature}\n}`)
    const fromJson = await run(verify(json))
    expectOneLineError(fromJson, `--headers ${json}: not valid JSON`)
    expect(fromJson.stderr).not.toContain('0f1e2d3c')
  })

  it('stdin for both --headers and --body is a usage error', async () => {
    const result = await run(verify('-', '-'), { stdin: '' })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('only one of --headers and --body can be - (stdin)')
  })
})
