/**
 * Mutations of a signed delivery, as a hostile sender or a mangling proxy
 * makes them: bytes of the body; characters of header values (flipped,
 * inserted, deleted, case, whitespace, unicode, huge); the signature header's
 * items (duplicated, extra, other versions, other encodings); the timestamp
 * (the tolerance's edges, signs, exponents, other digits); headers removed,
 * repeated, renamed. Each names itself, so a failure says what was done.
 */
import type { Reference } from '../reference/signers.js'
import type { Original } from './deliveries.js'
import type { Random } from './random.js'

/** A header value as a framework hands it over: one string, or the values of a repeated header. */
export type HeaderValue = string | string[]

/** A delivery as it arrives, before a framework puts it into a form. */
export interface Wire {
  /** In order; names may repeat in other cases, as a hand-built header object can have them. */
  headers: [name: string, value: HeaderValue][]
  body: Uint8Array
  /** A string body with no UTF-8 of its own (a lone surrogate), which only a string form carries; `body` is then its UTF-8. */
  text?: string
}

export function wireOf(original: Original): Wire {
  return { headers: Object.entries(original.headers), body: Uint8Array.from(original.body) }
}

type Mutation = (wire: Wire, reference: Reference, random: Random) => string | undefined

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
const find = (wire: Wire, name: string): number => wire.headers.findIndex(([key]) => same(key, name))
const joined = (value: HeaderValue): string => (typeof value === 'string' ? value : value.join(', '))

const CHARS = [
  ...'09afAFgz=,;: \t+/-_.tv1"',
  '\0',
  '\r',
  '\n',
  '\x7f',
  '\x80',
  'é',
  '\u00ff',
  '\u0100',
  '\u2028',
  '\ufeff',
  '\ud800',
  '😀',
  '１',
  '٣',
]

function insertAt(value: string, at: number, text: string): string {
  return value.slice(0, at) + text + value.slice(at)
}

/** Changes to any text: what a header value is put through. */
const textChanges: readonly (readonly [number, string, (value: string, random: Random) => string])[] = [
  [4, 'flip a character', (v, r) => flip(v, r.int(v.length), r.between(1, 127))],
  [2, 'change the case of a character', (v, r) => flip(v, r.int(v.length), 0x20)],
  [3, 'insert a character', (v, r) => insertAt(v, r.int(v.length + 1), r.pick(CHARS))],
  [3, 'delete a character', (v, r) => deleteAt(v, r.int(v.length))],
  [2, 'truncate', (v, r) => v.slice(0, r.int(v.length))],
  [1, 'uppercase', (v) => v.toUpperCase()],
  [1, 'lowercase', (v) => v.toLowerCase()],
  [2, 'spaces or tabs around', (v, r) => r.pick(['', ' ', '\t', '  \t'])! + v + r.pick([' ', '\t', ' \t ', ''])],
  [1, 'whitespace inside', (v, r) => insertAt(v, r.int(v.length + 1), r.pick([' ', '\t', '  ']))],
  [1, 'empty', () => ''],
  [0.5, 'whitespace only', (_v, r) => r.pick([' ', '\t', '   '])],
  [0.3, 'huge', (v, r) => (v || 'a').repeat(Math.ceil(r.pick([70_000, 300_000]) / Math.max(1, v.length)))],
  [1, 'doubled', (v) => v + v],
  [1, 'junk after', (v, r) => v + r.pick([',', ';', ' x', '\0', '=', '%00', '\u2028'])],
  [1, 'junk before', (v, r) => r.pick(['x', '=', ',', '\ufeff', '"'])! + v],
  [0.5, 'a digit as a look-alike', (v) => v.replace(/[0-9]/, (d) => String.fromCharCode(0xff10 + Number(d)))],
]

function flip(value: string, at: number, xor: number): string {
  if (value.length === 0) return String.fromCharCode(xor)
  return value.slice(0, at) + String.fromCharCode(value.charCodeAt(at) ^ xor) + value.slice(at + 1)
}

function deleteAt(value: string, at: number): string {
  return value.slice(0, at) + value.slice(at + 1)
}

function changeText(value: string, random: Random): [label: string, changed: string] {
  const [, label, change] = random.weighted(textChanges.map((entry) => [entry[0], entry] as const))
  return [label, change(value, random)]
}

/** A header to aim at: the signature most, then the timestamp and the other signed headers, then any. */
function target(wire: Wire, reference: Reference, random: Random): number {
  const names = [
    [4, reference.signature.header],
    [2, reference.timestamp?.header],
    [1.5, reference.headers.signed ? random.pick(reference.headers.signed) : undefined],
    [1, wire.headers.length ? random.pick(wire.headers)[0] : undefined],
  ] as const
  const name = random.weighted(names.filter(([, name]) => name !== undefined).map(([weight, name]) => [weight, name!] as const))
  return find(wire, name)
}

const headerText: Mutation = (wire, reference, random) => {
  const i = target(wire, reference, random)
  if (i < 0) return undefined
  const [name, value] = wire.headers[i]!
  const [label, changed] = changeText(joined(value), random)
  wire.headers[i] = [name, changed]
  return `header ${name}: ${label}`
}

const headerShape: Mutation = (wire, reference, random) => {
  const i = target(wire, reference, random)
  if (i < 0) return undefined
  const [name, value] = wire.headers[i]!
  const text = joined(value)
  switch (random.int(7)) {
    case 0:
      wire.headers.splice(i, 1)
      return `header ${name}: removed`
    case 1:
      wire.headers[i] = [name, [text, text]]
      return `header ${name}: repeated`
    case 2: {
      const [label, changed] = changeText(text, random)
      wire.headers[i] = [name, random.chance(0.5) ? [text, changed] : [changed, text]]
      return `header ${name}: repeated, one ${label}`
    }
    case 3: {
      const renamed = random.pick([name.toUpperCase(), name.toLowerCase(), flip(name, random.int(name.length), 0x20)])
      wire.headers[i] = [renamed, value]
      return `header ${name}: name in another case`
    }
    case 4: {
      // Two names that differ in case: a hand-built object can hold both.
      const [label, changed] = changeText(text, random)
      const twin = name === name.toLowerCase() ? name.toUpperCase() : name.toLowerCase()
      wire.headers.splice(random.int(wire.headers.length + 1), 0, [twin, changed])
      return `header ${name}: a twin in another case, ${label}`
    }
    case 5:
      wire.headers[i] = [flip(name, random.int(name.length), random.between(1, 31)), value]
      return `header ${name}: renamed`
    default:
      wire.headers[i] = [name, []]
      return `header ${name}: an empty list`
  }
}

const extraHeader: Mutation = (wire, _reference, random) => {
  const name = random.pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x-other', 'Content-Length', 'get'])
  wire.headers.push([name, random.pick(['', '1', '{}', 'x'.repeat(100), '[object Object]'])])
  return `extra header ${name}`
}

// What a Request body is read against: a lie, a list, a number past any bound.
const contentLength: Mutation = (wire, _reference, random) => {
  const length = wire.body.length
  const value = random.pick([
    String(length + 1),
    String(Math.max(0, length - 1)),
    '0',
    String(length + 1_000_000),
    '99999999999999999',
    '-1',
    `${length}, ${length}`,
    `${length}, ${length + 1}`,
    '0x10',
    ` ${length} `,
  ])
  const i = find(wire, 'Content-Length')
  if (i < 0) wire.headers.push(['Content-Length', value])
  else wire.headers[i] = [wire.headers[i]![0], value]
  return 'a Content-Length that lies'
}

// ---------------------------------------------------------------------------
// The signature header, by format

function randomHex(random: Random, bytes: number): string {
  return Buffer.from(random.bytes(bytes)).toString('hex')
}

function randomBase64(random: Random, bytes: number): string {
  return Buffer.from(random.bytes(bytes)).toString('base64')
}

const hexChanges: readonly ((value: string, prefix: string, random: Random, bytes: number) => [string, string])[] = [
  (v, p) => ['hex in uppercase', p + v.slice(p.length).toUpperCase()],
  (v, p, r) => ['another prefix', r.pick(['SHA256=', 'sha256:', 'sha1=', 'sha256=sha256=', '', 'sha256 =', 'v1='])! + v.slice(p.length)],
  (v, _p, r) => ['two signatures', v + r.pick([',', ', ', ' '])! + v],
  (v) => ['quoted', `"${v}"`],
  (v, _p, r) => ['hex of another length', r.chance(0.5) ? v + r.pick(['0', '00', 'ab']) : v.slice(0, -r.between(1, 2))],
  (_v, p, r, bytes) => ['another signature', p + randomHex(r, bytes)],
]

function taggedChange(value: string, version: string, t: string, random: Random): [string, string] {
  const items = value.split(',')
  const signature = items.find((item) => item.startsWith(`${version}=`)) ?? `${version}=`
  switch (random.int(12)) {
    case 0:
      return ['a signature item repeated', `${value},${signature}`]
    case 1: {
      const extra = Array.from({ length: random.between(1, 20) }, () => `${version}=${randomHex(random, 32)}`)
      return [`${extra.length} more signature items`, [...items, ...extra].join(',')]
    }
    case 2:
      return ['items of other versions', `${value},${random.pick(['v0', 'v2', 'V1', 'v1 ', 'v10'])}=${randomHex(random, 32)}`]
    case 3:
      return ['items reordered', [...items].reverse().join(',')]
    case 4:
      return ['spaces around items', items.map((item) => ` ${item}\t`).join(',')]
    case 5:
      return ['a second t', `${value},${t}=${random.pick([items[0]!.slice(t.length + 1), '1', '0'])}`]
    case 6:
      return ['no t', items.filter((item) => !item.startsWith(`${t}=`)).join(',')]
    case 7:
      return ['empty items', items.join(random.pick([',,', ', ,', ',=,']))]
    case 8:
      return ['items without a key', `${value},${random.pick(['=abc', 'abc', '=', 'v1'])}`]
    case 9:
      return ['the version in uppercase', value.replace(`${version}=`, `${version.toUpperCase()}=`)]
    case 10:
      return ['the signature in uppercase', value.replace(signature, signature.toUpperCase())]
    default:
      return ['a signature of another length', value.replace(signature, signature + random.pick(['0', '00', 'a']))]
  }
}

function standardChange(value: string, random: Random): [string, string] {
  const entries = value.split(' ')
  const first = entries[0]!
  switch (random.int(11)) {
    case 0:
      return ['an entry repeated', `${value} ${first}`]
    case 1: {
      const extra = Array.from({ length: random.between(1, 20) }, () =>
        random.chance(0.7) ? `v1,${randomBase64(random, 32)}` : `v1a,${randomBase64(random, 64)}`,
      )
      return [`${extra.length} more entries`, [...extra.slice(0, random.int(extra.length)), ...entries, ...extra].join(' ')]
    }
    case 2:
      return ['entries of other versions', `${random.pick(['v2', 'v1b', 'V1', 'v'])},${randomBase64(random, 32)} ${value}`]
    case 3:
      return ['two spaces between entries', `${value}  ${first}`]
    case 4:
      return ['padding stripped', value.replace(/=+$/, '')]
    case 5:
      return ['the base64url alphabet', value.replaceAll('+', '-').replaceAll('/', '_')]
    case 6:
      return ['no comma', value.replace(',', random.pick(['', ' ', '=', ';']))]
    case 7:
      return ['base64 of another length', `v1,${randomBase64(random, random.pick([0, 16, 31, 33, 64]))}`]
    case 8: {
      // The same bytes, written with unused trailing bits set: Node's decoder reads it, a strict one does not.
      const bare = first.slice(first.indexOf(',') + 1)
      const at = bare.indexOf('=') - 1
      if (at < 0) return ['padding stripped', value.replace(/=+$/, '')]
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
      const sextet = alphabet.indexOf(bare[at]!) | 1
      return ['unused base64 bits set', value.replace(bare, bare.slice(0, at) + alphabet[sextet] + bare.slice(at + 1))]
    }
    case 9:
      return ['tabs between entries', `${value}\t${first}`]
    default:
      return ['a comma list, not spaces', `${value},${first}`]
  }
}

/** A static credential changed as a sender might: one character, its case, its length, the word before it. */
function credentialChange(value: string, random: Random): [string, string] {
  const at = random.int(value.length)
  switch (random.int(7)) {
    case 0:
      return ['a character changed', value.slice(0, at) + (value[at] === 'x' ? 'y' : 'x') + value.slice(at + 1)]
    case 1:
      return ['in upper case', value.toUpperCase()]
    case 2:
      return ['a character more', `${value}x`]
    case 3:
      return ['cut short', value.slice(0, at)]
    case 4:
      return ['the word dropped', value.slice(value.indexOf(' ') + 1)]
    case 5:
      return ['Bearer in front', `Bearer ${value}`]
    default:
      return ['a second value', `${value}, ${value}`]
  }
}

const signatureFormat: Mutation = (wire, reference, random) => {
  const format = reference.signature
  const i = find(wire, format.header)
  if (i < 0) return undefined
  const [name, value] = wire.headers[i]!
  const text = joined(value)
  const [label, changed] =
    format.encoding === 'hex'
      ? random.pick(hexChanges)(text, format.prefix, random, format.bytes)
      : format.encoding === 'tagged'
        ? taggedChange(text, format.version, format.timestampKey ?? 't', random)
        : format.encoding === 'credential' || format.encoding === 'jwt' || format.encoding === 'base64' || format.encoding === 'sns'
          ? credentialChange(text, random)
          : standardChange(text, random)
  wire.headers[i] = [name, changed]
  return `signature: ${label}`
}

// ---------------------------------------------------------------------------
// The timestamp

const unixChanges: readonly ((value: string, random: Random, tolerance: number) => [string, string])[] = [
  (v, r) => ['a second off', String(Number(v) + r.pick([-1, 1]))],
  (v, r, t) => ['the tolerance off', String(Number(v) + r.pick([-t, t, -t - 1, t + 1]))],
  (v) => ['a leading zero', `0${v}`],
  (v) => ['a plus sign', `+${v}`],
  (v) => ['an exponent', `${Number(v) / 1e9}e9`],
  (v, r) => ['a fraction', `${v}${r.pick(['.0', '.5', '.'])}`],
  (v) => ['negative', `-${v}`],
  (v) => ['hex', `0x${Number(v).toString(16)}`],
  (v) => ['milliseconds', `${v}000`],
  (v, r) => ['a letter', insertAt(v, r.int(v.length + 1), r.pick(['a', 'e', 'E', 'x', ' ', '_']))],
  (v) => ['13 digits', `1${v.padStart(12, '0')}`],
  (v) => ['look-alike digits', v.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
  () => ['zero', '0'],
  (v) => ['Infinity', v.length % 2 ? 'Infinity' : 'NaN'],
]

const isoChanges: readonly ((value: string, random: Random) => [string, string])[] = [
  (v) => ['Z as +00:00', v.replace('Z', '+00:00')],
  (v) => ['milliseconds dropped', v.replace(/\.\d+/, '')],
  (v) => ['lowercase t and z', v.replace('T', 't').replace('Z', 'z')],
  (v, r) => ['more fraction digits', v.replace(/(\.\d+)/, `$1${r.between(0, 999999)}`)],
  (v, r) => ['a date that does not exist', v.replace(/-\d\d-\d\dT/, r.pick(['-02-30T', '-13-01T', '-00-10T', '-04-31T']))],
  (v) => ['no zone', v.replace('Z', '')],
  (v) => ['the date alone', v.slice(0, 10)],
  (v) => ['a space for T', v.replace('T', ' ')],
  (v) => ['a leap second', v.replace(/:\d\d(\.|Z)/, ':60$1')],
  (v, r) => ['another offset', v.replace('Z', r.pick(['+01:00', '-00:00', '+24:00', '+0100', '+00:60']))],
  (v) => ['a second later', Number.isNaN(Date.parse(v)) ? `${v}0` : new Date(Date.parse(v) + 1000).toISOString()],
]

const timestamp: Mutation = (wire, reference, random) => {
  const signed = reference.timestamp
  if (!signed) return undefined
  const name = signed.header ?? reference.signature.header
  const i = find(wire, name)
  if (i < 0) return undefined
  const [key, value] = wire.headers[i]!
  const text = joined(value)
  // Its own header, or the `t=` of a Stripe-style one.
  const current = signed.header ? text : /(?:^|,)\s*t=([^,]*)/.exec(text)?.[1]
  if (current === undefined) return undefined
  const tolerance = signed.tolerance?.past ?? 300
  const [label, changed] =
    signed.format === 'iso' ? random.pick(isoChanges)(current, random) : random.pick(unixChanges)(current, random, tolerance)
  wire.headers[i] = [key, signed.header ? changed : text.replace(`t=${current}`, `t=${changed}`)]
  return `timestamp: ${label}`
}

// ---------------------------------------------------------------------------
// The body

const encoder = new TextEncoder()

function bodyChange(body: Uint8Array, random: Random): [string, Uint8Array] | [string, Uint8Array, string] {
  const at = random.int(body.length + 1)
  const splice = (insert: Uint8Array, remove = 0): Uint8Array =>
    Buffer.concat([body.subarray(0, at), insert, body.subarray(Math.min(body.length, at + remove))])
  switch (random.int(13)) {
    case 0: {
      if (body.length === 0) return ['a byte added to an empty body', Uint8Array.of(random.int(256))]
      const copy = Uint8Array.from(body)
      copy[random.int(copy.length)]! ^= 1 << random.int(8)
      return ['a bit flipped', copy]
    }
    case 1:
      return ['a byte inserted', splice(Uint8Array.of(random.int(256)))]
    case 2:
      return ['a byte deleted', splice(new Uint8Array(0), 1)]
    case 3:
      return ['truncated', body.subarray(0, random.int(body.length))]
    case 4:
      return ['whitespace after', Buffer.concat([body, encoder.encode(random.pick([' ', '\n', '\r\n', '\t']))])]
    case 5:
      return ['whitespace before', Buffer.concat([encoder.encode(random.pick([' ', '\n'])), body])]
    case 6: {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
      try {
        return ['re-serialized', encoder.encode(JSON.stringify(JSON.parse(text)))]
      } catch {
        return ['re-serialized (not JSON: unchanged)', body]
      }
    }
    case 7:
      return ['a character inserted', splice(encoder.encode(random.pick(['é', '𝄞', '\u2028', '\0', '"', '}'])))]
    case 8:
      return ['bytes that are not UTF-8', splice(Uint8Array.of(random.pick([0xff, 0xc3, 0xed, 0xa0, 0x80])))]
    case 9:
      return ['a byte order mark', Buffer.concat([Uint8Array.of(0xef, 0xbb, 0xbf), body])]
    case 10:
      return ['empty', new Uint8Array(0)]
    case 11:
      return ['doubled', Buffer.concat([body, body])]
    default: {
      // A lone surrogate is hashed as U+FFFD, the same bytes as a U+FFFD would be.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
      const lone = random.pick(['\ud800', '\udfff'])
      const changed = text.includes('\ufffd') ? text.replace('\ufffd', lone) : insertAt(text, random.int(text.length + 1), lone)
      return ['a lone surrogate in a string body', encoder.encode(changed), changed]
    }
  }
}

const body: Mutation = (wire, _reference, random) => {
  const [label, changed, text] = bodyChange(wire.body, random)
  wire.body = changed
  if (text === undefined) delete wire.text
  else wire.text = text
  return `body: ${label}`
}

const hugeBody: Mutation = (wire, _reference, random) => {
  wire.body = Buffer.concat([wire.body, new Uint8Array(random.pick([1 << 16, 1 << 20])).fill(0x20)])
  delete wire.text
  return 'body: huge'
}

const mutations: readonly (readonly [number, Mutation])[] = [
  [5, headerText],
  [2, headerShape],
  [0.5, extraHeader],
  [0.5, contentLength],
  [3, signatureFormat],
  [2.5, timestamp],
  [3, body],
  [0.05, hugeBody],
]

/** Mutates `wire` in place, 0 to 3 times (none 1 time in 16); returns what was done. */
export function mutate(wire: Wire, reference: Reference, random: Random): string[] {
  const count = random.weighted([
    [1, 0],
    [10, 1],
    [4, 2],
    [1, 3],
  ])
  const done: string[] = []
  for (let tries = 0; done.length < count && tries < 10; tries++) {
    const label = random.weighted(mutations)(wire, reference, random)
    if (label !== undefined) done.push(label)
  }
  return done
}
