/**
 * Every file the command line reads (a body, a payload, a headers file, or
 * stdin for `-`), read with a bound: a path to /dev/zero, a FIFO or a huge
 * log costs at most the limit (plus one chunk, for stdin), then a one-line
 * error.
 */
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { InputError } from './input-error.js'
import { printable } from './terminal.js'

const KIB = 1024
const MIB = 1024 * KIB

/**
 * The default limit on a body or a payload, in MiB. Webhook bodies are JSON
 * notifications of a few KiB; the largest these providers send carry media
 * inline (ElevenLabs' `post_call_audio` has the call's audio in base64), and
 * 32 MiB holds about 24 MiB of it. `doctor` tries a dozen re-serializations
 * of the body and peaks at about 20 times its size (670 MB for 31 MiB of JSON).
 */
export const DEFAULT_BODY_MIB = 32

/**
 * The most `--max-body` may raise it to, in MiB: `doctor` decodes the body to
 * one string, and V8 strings stop at about 512 Mi characters; at 120 MiB (a
 * base64 audio body) `doctor` already takes 1.6 GB.
 */
export const MAX_BODY_MIB = 256

/** How much of a file the command line reads, and what its error adds. */
export interface Limit {
  readonly bytes: number
  /** Said after the limit when a file exceeds it. */
  readonly note: string
}

/**
 * The limit on a headers file: a request's headers are far smaller (Node's
 * HTTP server refuses more than 16 KiB of them by default), so a larger file
 * is not a headers file.
 */
export const HEADERS_LIMIT: Limit = { bytes: 64 * KIB, note: 'for a headers file' }

/**
 * The limit on a body or a payload, from `--max-body` in MiB.
 *
 * @example
 * bodyLimit(DEFAULT_BODY_MIB).bytes // 33554432
 */
export function bodyLimit(mib: number): Limit {
  return { bytes: mib * MIB, note: '(raise it with --max-body MIB)' }
}

/**
 * `bytes` as people read a limit.
 *
 * @example
 * sizeOf(HEADERS_LIMIT.bytes) // '64 KiB'
 */
export function sizeOf(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes / KIB} KiB`
}

/** What a failed read says, from Node's error code: never the file's content. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EISDIR':
      return 'is a directory, not a file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ELOOP':
      return 'too many symbolic links'
    case 'ENAMETOOLONG':
      return 'the path is too long'
    default:
      return `cannot be read${typeof code === 'string' && /^E[A-Z]+$/.test(code) ? ` (${code})` : ''}`
  }
}

/**
 * `flag path`, as the messages name a file, printable.
 *
 * @example
 * named('--body', '-') // '--body - (stdin)'
 */
export function named(flag: string, path: string): string {
  return path === '-' ? `${flag} - (stdin)` : `${flag} ${printable(path)}`
}

/**
 * The bytes of `path` (stdin for `-`), or an `InputError` when it cannot be
 * read or holds more than the limit. A file is read to `limit.bytes + 1` bytes
 * at most, whatever it says its size is (/dev/zero and FIFOs say 0).
 *
 * @example
 * const body = await readBytes('--body', 'body.json', bodyLimit(DEFAULT_BODY_MIB))
 */
export async function readBytes(flag: string, path: string, limit: Limit): Promise<Buffer> {
  const source: Readable = path === '-' ? process.stdin : createReadStream(path, { end: limit.bytes, highWaterMark: 64 * KIB })
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length
      // Leaving the loop destroys the stream: nothing more is read.
      if (total > limit.bytes) break
      chunks.push(chunk)
    }
  } catch (error) {
    throw new InputError(`${named(flag, path)}: ${reason(error)}`)
  }
  if (total > limit.bytes) throw new InputError(`${named(flag, path)}: larger than the ${sizeOf(limit.bytes)} limit ${limit.note}`)
  return Buffer.concat(chunks, total)
}

/**
 * The text of `path` (stdin for `-`), which must be UTF-8 (a byte order mark
 * is dropped), with the bounds and errors of `readBytes`.
 *
 * @example
 * const headers = parseHeaders(await readText('--headers', 'headers.txt', HEADERS_LIMIT))
 */
export async function readText(flag: string, path: string, limit: Limit): Promise<string> {
  const bytes = await readBytes(flag, path, limit)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new InputError(`${named(flag, path)}: not UTF-8 text`)
  }
}
