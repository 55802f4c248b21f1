/**
 * A passing test prints nothing: output on stderr (console.error, console.warn,
 * process.stderr) fails the test that wrote it, so an error a test provokes
 * is asserted, never left in the log where it reads as a failure.
 */
import { afterEach, beforeEach, expect } from 'vitest'

let written: string[] = []
const originalWrite = process.stderr.write.bind(process.stderr)
const originalError = console.error
const originalWarn = console.warn

function capture(chunk: unknown): void {
  written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString())
}

beforeEach(() => {
  written = []
  console.error = (...args: unknown[]) => capture(`${args.map(String).join(' ')}\n`)
  console.warn = (...args: unknown[]) => capture(`${args.map(String).join(' ')}\n`)
  process.stderr.write = ((chunk: unknown) => {
    capture(chunk)
    return true
  }) as typeof process.stderr.write
})

afterEach(() => {
  console.error = originalError
  console.warn = originalWarn
  process.stderr.write = originalWrite
  const output = written.join('')
  written = []
  expect(output, 'a passing test wrote to stderr: assert the error instead of printing it').toBe('')
})
