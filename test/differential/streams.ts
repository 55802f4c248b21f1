/**
 * Hostile request bodies, as a sender controls them: slow (chunks with
 * delays), never ending, failing mid-body, stalling until the server gives
 * up, larger than the bound, with a Content-Length that lies, streaming
 * something other than bytes. Each is a `Request` for a genuinely signed
 * delivery of a provider (round robin over all of them), verified on both
 * engines, and must settle within a deadline with the answer its signing
 * predicts (test/differential/deliveries.ts), the same on both; a body
 * refused on its headers must not be read at all, and one read past the
 * bound no further than a chunk beyond it.
 */
import { isDeepStrictEqual } from 'node:util'
import { providerOf } from '../provider-of.js'
import { checkedBeforeBody, coversBody, type Reference, references } from '../reference/signers.js'
import { itemRandom, type Outcome, settle } from './corpus.js'
import { type Original, original } from './deliveries.js'
import { onEachEngine } from './batches.js'
import type { Random } from './random.js'

const KINDS = [
  'slow',
  'never ending, no signature header',
  'never ending, refused headers',
  'never ending, well-formed headers',
  'fails mid-body',
  'stalls until the server gives up',
  'stalls, no signature header',
  'Content-Length past the bound',
  'Content-Length that lies',
  'larger than the bound',
  'chunks that are not bytes',
] as const

export type StreamKind = (typeof KINDS)[number]

/** A body stream and what was taken from it. */
interface Source {
  readonly stream: ReadableStream<unknown>
  readonly state: { pulled: number; bytes: number; cancelled: boolean }
  /** What the server does when it gives up on a stalled body: the stream fails. */
  giveUp(): void
}

/** One hostile input: how to make its body (anew for each engine), the options, and what must come of it. */
interface Hostile {
  readonly kind: StreamKind
  readonly signed: Original
  readonly headers: Record<string, string>
  readonly options: Record<string, unknown>
  source(): Source
  /** The outcome's label it must have, `accepted` or a code; or any refusal on the headers. */
  readonly expect: readonly string[] | 'a refusal on the headers'
  /** Whether the body streamed is the one signed, whole: only then may it be accepted. */
  readonly genuine: boolean
  /** Whether nothing of the body may be read: refused on its headers alone. */
  readonly unread: boolean
  /** The most body bytes verify may pull. */
  readonly maxPulled: number
  /** Milliseconds after which the server gives up on the body, for a stall. */
  readonly giveUpAfter?: number
}

// A refusal on the headers alone: which one depends on the scheme's order of checks.
const HEADER_REFUSAL = /^(missing|malformed)_(signature|timestamp)$|^timestamp_too_(old|new)$/

/**
 * A stream whose `pull` (nothing read ahead: highWaterMark 0) hands out
 * `next(n)` for the n-th chunk: bytes or anything else, 'stall' to hang,
 * 'end', or 'fail'.
 */
function source(
  next: (n: number) => unknown,
  { failure = () => undefined, delay = 0 }: { failure?: () => unknown; delay?: number } = {},
): Source {
  const state = { pulled: 0, bytes: 0, cancelled: false }
  let controller: ReadableStreamDefaultController<unknown> | undefined
  let stalled: (() => void) | undefined
  const stream = new ReadableStream<unknown>(
    {
      start(given) {
        controller = given
      },
      async pull(given) {
        const n = state.pulled++
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
        const chunk = next(n)
        if (chunk === 'end') given.close()
        else if (chunk === 'fail') given.error(failure())
        else if (chunk === 'stall') await new Promise<void>((resolve) => (stalled = resolve))
        else {
          if (chunk instanceof Uint8Array) state.bytes += chunk.byteLength
          given.enqueue(chunk)
        }
      },
      cancel() {
        state.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  const giveUp = (): void => {
    try {
      controller?.error(Object.assign(new Error('request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }))
    } catch {
      // Already closed or errored.
    }
    stalled?.()
  }
  return { stream, state, giveUp }
}

/** `bytes` in chunks cut at random places. */
function cutsOf(bytes: Uint8Array, random: Random): Uint8Array[] {
  const cuts = Array.from({ length: random.int(6) }, () => random.int(bytes.length + 1)).sort((a, b) => a - b)
  return [...cuts, bytes.length].map((end, i, ends) => bytes.slice(i === 0 ? 0 : ends[i - 1], end))
}

const FAILURES: readonly (() => unknown)[] = [
  () => Object.assign(new Error('aborted'), { code: 'ECONNRESET' }),
  () => 'a string',
  () => undefined,
  () => null,
  // Thrown by the sender's side of the stream, shaped like hookproof's own refusal.
  () => ({ name: 'WebhookVerificationError', code: 'signature_mismatch', status: 401, message: 'forged' }),
  () => new TypeError('hookproof: not really'),
]

const NOT_BYTES: readonly (() => unknown)[] = [
  () => 'text',
  () => new ArrayBuffer(8),
  () => new DataView(new ArrayBuffer(8)),
  () => 42,
  () => ({ byteLength: 3 }),
  () => [1, 2, 3],
  () => new Uint16Array(4),
]

function withoutSignature(reference: Reference, headers: Record<string, string>): Record<string, string> {
  const name = reference.signature.header.toLowerCase()
  return Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name))
}

function hostile(reference: Reference, random: Random, kind: StreamKind): Hostile {
  const signed = original(reference, random)
  const { body } = signed
  // Each kind sets its own bound, or none.
  const { maxBodyBytes: _bound, ...options } = signed.options
  const none = { maxBodyBytes: Number.POSITIVE_INFINITY }
  const expected = (how: { readonly failsAfter?: number; readonly maxBodyBytes?: number } = {}): string =>
    signed.expected({ ...none, ...how })
  // What verify answers before it reads the body: a refusal on the headers, or undefined.
  const first = expected({ failsAfter: 0 })
  const late = first === 'body_unreadable' ? undefined : first
  const base = { kind, signed, headers: { ...signed.headers }, options, genuine: false, unread: false, maxPulled: body.length }
  const chunks = cutsOf(body, random)
  const whole = (): Source => source((n) => chunks[n] ?? 'end')
  const endless = (size: number): Source => source(() => new Uint8Array(size).fill(0x7b))
  switch (kind) {
    case 'slow': {
      // Sometimes a byte changed on the way: never accepted then. Nothing is
      // signed under a static credential, so its body is sent as is.
      const changed = random.chance(0.3) && body.length > 0 && coversBody(reference)
      const sent = changed ? chunks.map((chunk) => Uint8Array.from(chunk)) : chunks
      if (changed) {
        const at = random.int(sent.length)
        const chunk = sent.find((each, i) => i >= at && each.length > 0) ?? sent.find((each) => each.length > 0)!
        chunk[random.int(chunk.length)]! ^= 1 << random.int(8)
      }
      const wait = random.between(0, 15)
      const refused = late ?? 'signature_mismatch'
      return {
        ...base,
        source: () => source((n) => sent[n] ?? 'end', { delay: wait }),
        expect: [changed ? refused : expected()],
        genuine: !changed,
      }
    }
    case 'never ending, no signature header':
      return {
        ...base,
        headers: withoutSignature(reference, base.headers),
        source: () => endless(64 * 1024),
        expect: ['missing_signature'],
        unread: true,
        maxPulled: 0,
      }
    case 'never ending, refused headers': {
      const headers = { ...base.headers }
      const name = Object.keys(headers).find((key) => key.toLowerCase() === reference.signature.header.toLowerCase())!
      headers[name] = random.pick(['x', 'sha256=', 'v1,', 't=1,v1=zz', '0'.repeat(200), 'v1a,AAAA'])
      return { ...base, headers, source: () => endless(64 * 1024), expect: 'a refusal on the headers', unread: true, maxPulled: 0 }
    }
    case 'never ending, well-formed headers': {
      const limit = random.between(1, 512) * 1024
      const size = random.pick([512, 4096, 16 * 1024, 64 * 1024, 128 * 1024])
      return {
        ...base,
        options: { ...base.options, maxBodyBytes: limit },
        source: () => endless(size),
        expect: [late ?? 'body_too_large'],
        unread: late !== undefined,
        maxPulled: late ? 0 : limit + size,
      }
    }
    case 'fails mid-body': {
      const at = random.int(body.length + 1)
      const failure = random.pick(FAILURES)
      const prefix = cutsOf(body.subarray(0, at), random)
      return {
        ...base,
        source: () => source((n) => prefix[n] ?? 'fail', { failure }),
        expect: [expected({ failsAfter: at })],
        unread: late !== undefined,
        maxPulled: late ? 0 : at,
      }
    }
    case 'stalls until the server gives up': {
      const at = random.int(body.length + 1)
      const prefix = cutsOf(body.subarray(0, at), random)
      return {
        ...base,
        source: () => source((n) => prefix[n] ?? 'stall'),
        expect: [expected({ failsAfter: at })],
        unread: late !== undefined,
        maxPulled: late ? 0 : at,
        giveUpAfter: random.between(5, 100),
      }
    }
    case 'stalls, no signature header':
      return {
        ...base,
        headers: withoutSignature(reference, base.headers),
        source: () => source(() => 'stall'),
        expect: ['missing_signature'],
        unread: true,
        maxPulled: 0,
        giveUpAfter: 1000,
      }
    case 'Content-Length past the bound': {
      const limit = random.between(1, 4096)
      // Past 16 digits a Content-Length says nothing (no body is that long): the stream's own count refuses it.
      const declared = random.pick([String(limit + 1), String(limit * 2), String(2 ** 40), '9'.repeat(16), '9'.repeat(20)])
      const believed = declared.length <= 16
      return {
        ...base,
        headers: { ...base.headers, 'Content-Length': declared },
        options: { ...base.options, maxBodyBytes: limit },
        source: () => endless(1024),
        expect: [late ?? 'body_too_large'],
        unread: believed || late !== undefined,
        maxPulled: believed || late ? 0 : limit + 1024,
      }
    }
    case 'Content-Length that lies': {
      // Digits the bound is not passed by, or text that says nothing: the bytes that arrive decide.
      const declared = random.pick(['0', '1', String(Math.max(0, body.length - 1)), String(body.length + 1), 'abc', '-1', '1e3', ''])
      return { ...base, headers: { ...base.headers, 'Content-Length': declared }, source: whole, expect: [expected()], genuine: true }
    }
    case 'larger than the bound': {
      const limit = Math.max(1, body.length - random.between(1, 64))
      const largest = Math.max(...chunks.map((chunk) => chunk.length))
      return {
        ...base,
        options: { ...base.options, maxBodyBytes: limit },
        source: whole,
        expect: [expected({ maxBodyBytes: limit })],
        genuine: true,
        maxPulled: Math.min(body.length, limit + largest),
      }
    }
    default: {
      const chunk = random.pick(NOT_BYTES)
      return {
        ...base,
        source: () => source((n) => (n === 0 ? chunk() : 'end')),
        expect: [late ?? 'body_unreadable'],
        maxPulled: 0,
      }
    }
  }
}

export interface StreamsReport {
  readonly inputs: number
  readonly verifies: number
  readonly byKind: Record<StreamKind, number>
  readonly byProvider: Record<string, number>
  readonly byOutcome: Record<string, number>
  /** Anything but an event or a WebhookVerificationError. */
  readonly escapes: number
  /** Not settled within the deadline. */
  readonly hangs: number
  /** Accepted with a body other than the one signed, whole. */
  readonly forgeries: number
  /** Another answer than predicted, another on each engine, or more of the body read than allowed. */
  readonly wrong: number
  /** The slowest verify, in milliseconds. */
  readonly slowest: number
  readonly examples: string[]
}

type Result = { readonly outcome: Outcome | { readonly kind: 'hang' }; readonly ms: number; readonly state: Source['state'] }

async function run(input: Hostile, deadline: number): Promise<Result> {
  const made = input.source()
  const request = new Request('https://hooks.test/webhook', {
    method: 'POST',
    headers: input.headers,
    body: made.stream,
    duplex: 'half',
  } as RequestInit)
  const started = performance.now()
  const timer = input.giveUpAfter === undefined ? undefined : setTimeout(made.giveUp, input.giveUpAfter)
  let expire: ReturnType<typeof setTimeout> | undefined
  const hang = new Promise<{ readonly kind: 'hang' }>((resolve) => {
    expire = setTimeout(() => resolve({ kind: 'hang' }), deadline)
  })
  const outcome = await Promise.race([settle(providerOf(input.signed.reference).verify(request, input.options)), hang])
  const ms = performance.now() - started
  clearTimeout(expire)
  clearTimeout(timer)
  // A stream verify left unread is the server's to close.
  made.giveUp()
  // Cancellation is not awaited by verify: one turn for it to arrive.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return { outcome, ms, state: made.state }
}

const label = (outcome: Result['outcome']): string =>
  outcome.kind === 'accepted' ? 'accepted' : outcome.kind === 'rejected' ? outcome.code : outcome.kind === 'hang' ? 'hang' : 'escaped'

export async function runHostileStreams({
  count,
  seed,
  deadline = 2000,
  providers = references(),
}: {
  readonly count: number
  readonly seed: number
  /** Milliseconds each verify has to settle. */
  readonly deadline?: number
  readonly providers?: readonly Reference[]
}): Promise<StreamsReport> {
  const report = {
    inputs: 0,
    verifies: 0,
    byKind: Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<StreamKind, number>,
    byProvider: Object.fromEntries(providers.map((reference) => [reference.provider, 0])) as Record<string, number>,
    byOutcome: {} as Record<string, number>,
    escapes: 0,
    hangs: 0,
    forgeries: 0,
    wrong: 0,
    slowest: 0,
    examples: [] as string[],
  }
  const check = ({ index, input }: { readonly index: number; readonly input: Hostile }, got: readonly Result[]): void => {
    const problems: string[] = []
    const labels = got.map(({ outcome }) => label(outcome))
    report.inputs++
    report.verifies += got.length
    report.byKind[input.kind]++
    report.byProvider[input.signed.reference.provider]!++
    report.byOutcome[labels[0]!] = (report.byOutcome[labels[0]!] ?? 0) + 1
    for (const { outcome, ms, state } of got) {
      report.slowest = Math.max(report.slowest, ms)
      if (outcome.kind === 'escaped') {
        report.escapes++
        problems.push(`escaped: ${outcome.error}`)
      } else if (outcome.kind === 'hang') {
        report.hangs++
        problems.push(`no answer within ${deadline} ms`)
      } else if (outcome.kind === 'accepted' && !input.genuine) {
        report.forgeries++
        problems.push('accepted a body other than the one signed')
      }
      if (input.unread && state.pulled > 0) problems.push(`refused on its headers, yet ${state.pulled} chunks were pulled`)
      if (state.bytes > input.maxPulled) problems.push(`${state.bytes} bytes pulled, more than the ${input.maxPulled} allowed`)
      if (outcome.kind === 'rejected' && outcome.code === 'body_too_large' && input.kind.startsWith('never ending') && !state.cancelled)
        problems.push('the stream was not cancelled past the bound')
    }
    // A static credential is the header: its mismatch is a refusal on the headers too.
    const credential = checkedBeforeBody(input.signed.reference) && labels[0] === 'signature_mismatch'
    const allowed =
      input.expect === 'a refusal on the headers' ? HEADER_REFUSAL.test(labels[0]!) || credential : input.expect.includes(labels[0]!)
    if (!allowed)
      problems.push(`expected ${typeof input.expect === 'string' ? input.expect : input.expect.join(' or ')}, got ${labels.join(' / ')}`)
    const [a, b] = got.map(({ outcome }) => outcome)
    if (!isDeepStrictEqual(a, b)) problems.push(`node and webcrypto differ: ${labels.join(' / ')}`)
    if (problems.length === 0) return
    if (!problems.some((problem) => /^(escaped|no answer|accepted)/.test(problem))) report.wrong++
    if (report.examples.length < 10)
      report.examples.push(`seed ${seed} #${index} ${input.signed.reference.provider} (${input.kind}): ${problems.join('; ')}`)
  }
  await onEachEngine(
    count,
    32,
    (index) => {
      const kind = KINDS[Math.floor(index / providers.length) % KINDS.length]!
      return { index, input: hostile(providers[index % providers.length]!, itemRandom(seed ^ 0x57e4a11, index), kind) }
    },
    ({ input }) => run(input, deadline),
    check,
  )
  return report
}
