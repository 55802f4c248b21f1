/**
 * The shapes a framework hands a delivery over in. Every vector runs through
 * each, so a body or header form that hookproof mishandles fails a test.
 */
import type { WebhookInput } from '../src/index.js'

export interface Delivery {
  readonly headers: Readonly<Record<string, string>>
  /** The body as text, when it is text. */
  readonly text?: string
  /** The body bytes. */
  readonly bytes: Buffer
}

export interface Form {
  readonly name: string
  make(delivery: Delivery): WebhookInput
}

const lowercased = (headers: Readonly<Record<string, string>>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), [value]]))

/** A view at a non-zero offset into a larger buffer, as Node's pooled Buffers are. */
export function slice(bytes: Buffer): Buffer {
  const padded = Buffer.concat([Buffer.from('GARBAGE-BEFORE'), bytes, Buffer.from('GARBAGE-AFTER')])
  return padded.subarray(14, 14 + bytes.length)
}

export const forms: readonly Form[] = [
  { name: 'string body', make: (d) => ({ headers: d.headers, body: d.text ?? d.bytes.toString('latin1') }) },
  { name: 'Buffer body', make: (d) => ({ headers: d.headers, body: d.bytes }) },
  { name: 'Buffer slice at an offset', make: (d) => ({ headers: d.headers, body: slice(d.bytes) }) },
  { name: 'plain Uint8Array body', make: (d) => ({ headers: d.headers, body: new Uint8Array(d.bytes) }) },
  { name: 'ArrayBuffer body, Fetch Headers', make: (d) => ({ headers: new Headers(d.headers), body: new Uint8Array(d.bytes).buffer }) },
  { name: 'Node header object (lowercase, array values)', make: (d) => ({ headers: lowercased(d.headers), body: slice(d.bytes) }) },
  {
    name: 'Request',
    make: (d) => new Request('https://example.test/webhook', { method: 'POST', headers: d.headers, body: new Uint8Array(d.bytes) }),
  },
]

/** The forms a delivery can take: a string body only carries text. */
export function formsFor(delivery: Delivery): readonly Form[] {
  return delivery.text === undefined ? forms.filter((form) => form.name !== 'string body') : forms
}
