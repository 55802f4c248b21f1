/**
 * A wire delivery in the form a framework hands it to verify: the body as a
 * string, Buffer, a view at an offset, Uint8Array, ArrayBuffer, or a Fetch
 * `Request` (bytes, text, a stream of chunks, one that fails); the headers as a plain object,
 * Node's lowercase object, or Fetch `Headers`. Fetch refuses some header
 * values (a character above U+00FF, NUL, CR, LF): such a delivery falls back
 * to a plain object, as only a hand-built object can carry it.
 */
import type { WebhookInput } from '../../src/index.js'
import { slice } from '../forms.js'
import type { HeaderValue, Wire } from './mutations.js'
import type { Random } from './random.js'

export type BodyForm =
  | 'string'
  | 'Buffer'
  | 'Buffer slice'
  | 'Uint8Array'
  | 'ArrayBuffer'
  | 'Request'
  | 'Request, text'
  | 'Request, stream'
  | 'Request, failing stream'
export type HeaderForm = 'object' | 'Node object' | 'Headers'

// A Request costs several times what the rest of a delivery does: one in five is one.
const BODY_FORMS: readonly (readonly [number, BodyForm])[] = [
  [2, 'string'],
  [2, 'Buffer'],
  [1, 'Buffer slice'],
  [1, 'Uint8Array'],
  [1, 'ArrayBuffer'],
  [1, 'Request'],
  [0.5, 'Request, text'],
  [0.5, 'Request, stream'],
  // The sender hangs up mid-body: body_unreadable, once the headers pass.
  [0.2, 'Request, failing stream'],
]
const HEADER_FORMS: readonly HeaderForm[] = ['object', 'Node object', 'Headers']

export interface Form {
  readonly body: BodyForm
  readonly headers: HeaderForm
  /** Where the stream form cuts the body. */
  readonly cuts: readonly number[]
  /** The body as text, when some string carries exactly it. */
  readonly text: string | undefined
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The body as text, when some string carries exactly it. */
function textOf(wire: Wire): string | undefined {
  if (wire.text !== undefined) return wire.text
  try {
    return decoder.decode(wire.body)
  } catch {
    return undefined
  }
}

export function pickForm(wire: Wire, random: Random): Form {
  const cuts = Array.from({ length: random.int(4) }, () => random.int(wire.body.length + 1)).sort((a, b) => a - b)
  return { body: random.weighted(BODY_FORMS), headers: random.pick(HEADER_FORMS), cuts, text: textOf(wire) }
}

function define(record: Record<string, HeaderValue>, name: string, value: HeaderValue): void {
  const existing = Object.hasOwn(record, name) ? record[name] : undefined
  // Defined, not assigned: "__proto__" is then a header like any other.
  const merged = existing === undefined ? value : [...[existing].flat(), ...[value].flat()]
  Object.defineProperty(record, name, { value: merged, enumerable: true, writable: true, configurable: true })
}

function record(wire: Wire, lowercase: boolean): Record<string, HeaderValue> {
  const out: Record<string, HeaderValue> = {}
  for (const [name, value] of wire.headers) define(out, lowercase ? name.toLowerCase() : name, value)
  return out
}

/** Fetch `Headers`, or `undefined` where Fetch refuses a name or value. */
function fetchHeaders(wire: Wire): Headers | undefined {
  try {
    const headers = new Headers()
    for (const [name, value] of wire.headers) for (const item of [value].flat()) headers.append(name, item)
    return headers
  } catch {
    return undefined
  }
}

/** The body in chunks cut at `cuts`; with `fails`, only up to the first cut, then the stream errors. */
function stream(bytes: Uint8Array, cuts: readonly number[], fails: boolean): ReadableStream<Uint8Array> {
  const sent = fails ? bytes.subarray(0, cuts[0] ?? 0) : bytes
  const ends = [...cuts.filter((cut) => cut <= sent.length), sent.length]
  const chunks = ends.map((end, i) => sent.slice(i === 0 ? 0 : ends[i - 1], end))
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks.shift()
      if (chunk !== undefined) controller.enqueue(chunk)
      else if (fails) controller.error(new Error('socket hang up'))
      else controller.close()
    },
  })
}

export interface Built {
  readonly input: WebhookInput
  /** The form it took, after any fallback. */
  readonly form: string
  /** Whether Fetch `Headers` carried the headers, which trims CR and LF off the ends of a value too. */
  readonly fetch: boolean
  /** The text, when the body is a string. */
  readonly text?: string
  /** How many bytes a failing stream sends before it fails. */
  readonly failsAfter?: number
}

/**
 * The input verify is given, the form it really took (after any fallback),
 * and the text when the body is a string. Built anew for each call: a Request
 * is read once.
 */
export function build(wire: Wire, form: Form): Built {
  const { text } = form
  const bodyForm: BodyForm = (form.body === 'string' || form.body === 'Request, text') && text === undefined ? 'Buffer' : form.body
  const headers = form.headers === 'Headers' || bodyForm.startsWith('Request') ? fetchHeaders(wire) : undefined
  const fellBack = headers === undefined && (form.headers === 'Headers' || bodyForm.startsWith('Request'))
  if (bodyForm.startsWith('Request') && headers) {
    const streamed = bodyForm === 'Request, stream' || bodyForm === 'Request, failing stream'
    const fails = bodyForm === 'Request, failing stream'
    const body =
      bodyForm === 'Request' ? Uint8Array.from(wire.body) : bodyForm === 'Request, text' ? text! : stream(wire.body, form.cuts, fails)
    const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers, body, ...(streamed ? { duplex: 'half' } : {}) }
    const request = new Request('https://example.test/webhook', init)
    return { input: request, form: bodyForm, fetch: true, ...(fails ? { failsAfter: Math.min(form.cuts[0] ?? 0, wire.body.length) } : {}) }
  }
  const plain = bodyForm.startsWith('Request') ? 'Buffer' : bodyForm
  const parts = headers ?? record(wire, form.headers === 'Node object')
  const body =
    plain === 'string'
      ? text!
      : plain === 'Buffer slice'
        ? slice(Buffer.from(wire.body))
        : plain === 'Uint8Array'
          ? Uint8Array.from(wire.body)
          : plain === 'ArrayBuffer'
            ? Uint8Array.from(wire.body).buffer
            : Buffer.from(wire.body)
  const headerForm = headers ? 'Headers' : form.headers === 'Node object' ? 'Node object' : 'object'
  const name = `${plain}, ${headerForm}${fellBack ? ' (Fetch refused a header)' : ''}`
  return { input: { headers: parts, body }, form: name, fetch: headers !== undefined, ...(plain === 'string' ? { text: text! } : {}) }
}
