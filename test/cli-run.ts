/**
 * Runs the built command line (node dist/cli.js) as a user runs it, in a
 * child process of its own, for the tests of the command line.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as hookproof from '../src/index.js'

const cli = new URL('../dist/cli.js', import.meta.url).pathname

/** A folder of this test file's own, for the files the command line reads. */
export const dir = mkdtempSync(join(tmpdir(), 'hookproof-cli-'))

/**
 * Whether the command line must never print this character raw, listed here
 * on its own rather than read from terminal.ts: C0, DEL, C1, the bidi
 * controls, U+2028 and U+2029. (Lone surrogates too, which a string can hold
 * but output cannot: written raw they become U+FFFD.)
 */
export function unsafe(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x2028 ||
    code === 0x2029
  )
}

export interface Run {
  /** The exit code; -1 when the process was killed (by the timeout). */
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** Added to the environment, where HOOKPROOF_SECRET is otherwise empty. */
  readonly env?: Record<string, string>
  /** What stdin reads: text, an open file descriptor, or nothing (/dev/null). */
  readonly stdin?: string | number
  /** Node options before the script (`--import` of a probe). */
  readonly node?: readonly string[]
  /** Run as this user (with its group), to be refused a file even as root. */
  readonly uid?: number
  /** Killed after this many ms; 30 s unless told. */
  readonly timeout?: number
}

export function run(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const stdin = options.stdin === undefined ? 'ignore' : typeof options.stdin === 'number' ? options.stdin : 'pipe'
    const child = spawn(process.execPath, [...(options.node ?? []), cli, ...args], {
      env: { ...process.env, HOOKPROOF_SECRET: '', ...options.env },
      stdio: [stdin, 'pipe', 'pipe'],
      timeout: options.timeout ?? 30_000,
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    })
    if (typeof options.stdin === 'string') child.stdin!.end(options.stdin)
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      resolve({ code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') })
    })
  })
}

/** Writes `content` to a file of `dir` and gives its path. */
export function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

type AnyVerify = (input: hookproof.WebhookInput, options: hookproof.VerifyOptions) => Promise<unknown>

export interface Receiver {
  /** `http://127.0.0.1:<port>/webhooks`: POST to `${base}/<provider>`, or `${base}/anything` to be accepted unchecked. */
  readonly base: string
  close(): void
}

/**
 * A handler for every provider on 127.0.0.1: 204 when verify passes with
 * `secret` (or the options `optionsOf` gives for the provider), 401 with the
 * problem document when not.
 */
export async function startReceiver(secret: string | ((provider: string) => Record<string, unknown>)): Promise<Receiver> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      const name = (request.url ?? '').split('/').pop()!
      try {
        if (name !== 'anything')
          await (hookproof as unknown as Record<string, { verify: AnyVerify }>)[name]!.verify(
            { headers: request.headers, body: Buffer.concat(chunks) },
            // The URL posted to, for a provider that signs it (Twilio); the others take no url.
            {
              url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${request.url}`,
              ...(typeof secret === 'string' ? { secret } : secret(name)),
            } as unknown as hookproof.VerifyOptions,
          )
        response.writeHead(204).end()
      } catch (error) {
        if (!hookproof.isWebhookVerificationError(error)) response.writeHead(500).end()
        else response.writeHead(401, { 'content-type': 'application/problem+json' }).end(JSON.stringify(hookproof.toProblem(error)))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`, close: () => server.close() }
}
