/**
 * Signing certificates fetched from a URL the delivery names (AWS SNS's
 * `SigningCertURL`), cached by that URL. The scheme checks the URL before it
 * comes here; what is bounded here is what a stream of forgeries naming such
 * URLs can cost: fetches of new URLs are rationed, a failed URL is not asked
 * again within the minute, and the cache holds a few dozen certificates.
 */
import { type FetchLike, fetchText } from './jwks-body.js'
import { MAX_CERTIFICATE_CHARS, spkiOfCertificate } from './x509.js'

/** How long a fetched certificate is used before it is fetched again: 24 h. */
export const CERTIFICATE_MAX_AGE: number = 24 * 60 * 60 * 1000
/** A URL whose fetch failed is not fetched again for a minute. */
export const CERTIFICATE_RETRY_INTERVAL: number = 60 * 1000
/** A certificate request that has not answered by then is abandoned. */
export const CERTIFICATE_TIMEOUT: number = 10 * 1000
/** How many certificate URLs are cached at once; the least recently used is dropped first. SNS signs with one per region. */
export const CERTIFICATE_CACHE_LIMIT: number = 32
/**
 * How many URLs not in the cache may be fetched per minute, all URLs
 * together. The URL comes from the delivery: without a ration, forgeries
 * naming a new path each time would each cost a request.
 */
export const CERTIFICATE_NEW_FETCHES_PER_MINUTE: number = 8

interface Entry {
  spki?: Uint8Array
  loadedAt: number
  triedAt: number
  pending?: Promise<Uint8Array | string> | undefined
  failure?: string | undefined
}

const entries = /* @__PURE__ */ new Map<string, Entry>()
let rationStart = Number.NEGATIVE_INFINITY
let rationUsed = 0

/** @internal Forgets every certificate fetched and the ration, so that each test starts with none. */
export function forgetCertificates(): void {
  entries.clear()
  rationStart = Number.NEGATIVE_INFINITY
  rationUsed = 0
}

function rationed(now: number): boolean {
  if (now - rationStart >= 60_000) {
    rationStart = now
    rationUsed = 0
  }
  if (rationUsed >= CERTIFICATE_NEW_FETCHES_PER_MINUTE) return false
  rationUsed++
  return true
}

async function load(url: string, fetch: FetchLike, entry: Entry): Promise<Uint8Array | string> {
  entry.triedAt = Date.now()
  let text: string
  try {
    const limits = { accept: 'application/x-pem-file', limit: MAX_CERTIFICATE_CHARS, what: 'a certificate', timeout: CERTIFICATE_TIMEOUT }
    text = await fetchText(fetch, url, limits)
  } catch (cause) {
    // The caller's fetch answered with something that is not a response: theirs to fix.
    if (cause instanceof TypeError && cause.message.startsWith('hookproof:')) throw cause
    const why = cause instanceof Error ? cause.message : ''
    return (entry.failure = why.startsWith('HTTP ')
      ? `the certificate URL answered ${why}`
      : `the certificate could not be fetched${why.startsWith('the response') ? ` (${why})` : ''}`)
  }
  const spki = spkiOfCertificate(text)
  if (!spki) return (entry.failure = 'the certificate URL did not answer with one PEM certificate')
  entry.spki = spki
  entry.failure = undefined
  entry.loadedAt = Date.now()
  return spki
}

/**
 * The `subjectPublicKeyInfo` of the certificate at `url`, from the cache or
 * fetched; a string saying why there is none (a failed fetch, a response that
 * is no certificate, the ration spent). Never throws for what the URL
 * answers; a `TypeError` only when the caller's `fetch` resolves to
 * something that is not a response.
 */
export function certificateKey(url: string, fetch: FetchLike): Uint8Array | Promise<Uint8Array | string> | string {
  const now = Date.now()
  let entry = entries.get(url)
  if (entry) {
    entries.delete(url)
    entries.set(url, entry)
  } else {
    if (!rationed(now)) return `more than ${CERTIFICATE_NEW_FETCHES_PER_MINUTE} new certificate URLs this minute`
    entry = { loadedAt: Number.NEGATIVE_INFINITY, triedAt: Number.NEGATIVE_INFINITY }
    if (entries.size >= CERTIFICATE_CACHE_LIMIT) entries.delete(entries.keys().next().value as string)
    entries.set(url, entry)
  }
  if (entry.spki && now - entry.loadedAt < CERTIFICATE_MAX_AGE) return entry.spki
  if (entry.pending) return entry.pending
  if (entry.failure !== undefined && now - entry.triedAt < CERTIFICATE_RETRY_INTERVAL) return entry.failure
  const pending = load(url, fetch, entry).finally(() => {
    entry.pending = undefined
  })
  entry.pending = pending
  return pending
}
