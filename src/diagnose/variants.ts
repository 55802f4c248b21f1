/**
 * What usually happened to a delivery between the sender and `verify`: the
 * body re-serialized or its line endings changed, the secret pasted without
 * its prefix. Each variant is one guess to verify with.
 */
import { serialize } from '../testing/format.js'

/** A changed copy of the body, and how a delivery's body would have come to differ from it. */
export type Variant<Value> = readonly [how: string, value: Value]

const BOM = '\uFEFF'

/** The bodies the sender may have signed, when `bytes` is what reached `verify`. */
export function bodyVariants(bytes: Uint8Array): Variant<string>[] {
  let text: string
  try {
    // ignoreBOM keeps a byte order mark in the text, where the variants can see it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return []
  }
  const variants: Variant<string>[] = []
  try {
    const parsed = JSON.parse(text.startsWith(BOM) ? text.slice(1) : text) as unknown
    const compact = JSON.stringify(parsed)
    variants.push(['as compact JSON (the sender sent it compact; something pretty-printed or re-serialized it)', compact])
    variants.push([
      'with ", " and ": " between items and non-ASCII \\u-escaped (as Python\'s json.dumps writes it; something re-serialized it)',
      serialize(parsed),
    ])
    variants.push(['as JSON indented by 2 spaces (something re-serialized it)', JSON.stringify(parsed, null, 2)])
    variants.push(['as JSON indented by 4 spaces (something re-serialized it)', JSON.stringify(parsed, null, 4)])
    variants.push([
      'with non-ASCII characters \\u-escaped (the sender escapes them; something unescaped them)',
      compact.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    ])
  } catch {
    // Not JSON: only the byte-level variants below apply.
  }
  if (text.endsWith('\n')) variants.push(['without the trailing newline (something added one)', text.replace(/\r?\n$/, '')])
  else variants.push(['with a trailing newline (something removed it)', `${text}\n`])
  if (text.includes('\r\n')) variants.push(['with LF line endings (something turned them into CRLF)', text.replace(/\r\n/g, '\n')])
  else if (text.includes('\n')) variants.push(['with CRLF line endings (something turned them into LF)', text.replace(/\n/g, '\r\n')])
  if (text.startsWith(BOM)) variants.push(['without the byte order mark (something added one)', text.slice(1)])
  else variants.push(['with a byte order mark (something stripped it)', BOM + text])
  return variants.filter(([, variant]) => variant !== text)
}

/** The secrets the user may have meant, when `secret` is what they passed. */
export function secretVariants(secret: string): Variant<string>[] {
  return secret.startsWith('whsec_')
    ? [['without its whsec_ prefix', secret.slice('whsec_'.length)]]
    : [['with a whsec_ prefix', `whsec_${secret}`]]
}
