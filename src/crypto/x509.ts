/**
 * The public key of an X.509 certificate, read from its PEM text: just
 * enough DER to find the `subjectPublicKeyInfo`, which Web Crypto imports as
 * `spki`. The certificate's own signature and chain are not checked here:
 * the certificate is trusted for where it was fetched from (HTTPS, a host the
 * scheme allows), as the provider's own validators trust it.
 */
import { decodeBase64 } from '../encoding/base64.js'

/** The largest certificate read, in PEM characters; an RSA-4096 certificate is about 2 KiB. */
export const MAX_CERTIFICATE_CHARS: number = 16 * 1024

const BEGIN = '-----BEGIN CERTIFICATE-----'
const END = '-----END CERTIFICATE-----'

/** One DER element: where its contents start and end, and where the element itself ends. */
interface Element {
  readonly tag: number
  readonly start: number
  readonly end: number
}

/** The DER element at `at` inside `der` (up to `limit`), or `undefined` when it is not one. */
function elementAt(der: Uint8Array, at: number, limit: number): Element | undefined {
  if (at + 2 > limit) return undefined
  const tag = der[at]!
  // Multi-byte tags do not occur in a certificate's outer structure.
  if ((tag & 0x1f) === 0x1f) return undefined
  let length = der[at + 1]!
  let start = at + 2
  if (length & 0x80) {
    const count = length & 0x7f
    // DER: the shortest form, at most 4 length bytes (a certificate is far smaller).
    if (count === 0 || count > 4 || start + count > limit) return undefined
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i]!
    if (der[start] === 0 || length < 0x80) return undefined
    start += count
  }
  const end = start + length
  return end > limit ? undefined : { tag, start, end }
}

/** The DER bytes of the certificate in `pem`, or `undefined` when it holds no one certificate. */
function derOf(pem: string): Uint8Array | undefined {
  if (pem.length > MAX_CERTIFICATE_CHARS) return undefined
  const text = pem.trim()
  if (!text.startsWith(BEGIN) || !text.endsWith(END)) return undefined
  const inner = text.slice(BEGIN.length, -END.length)
  // Lines of base64 (RFC 7468): line breaks and spaces between them, nothing else.
  if (!/^[A-Za-z0-9+/=\s]*$/.test(inner)) return undefined
  return decodeBase64(inner.replace(/\s+/g, ''))
}

/**
 * The DER `subjectPublicKeyInfo` of the one certificate in `pem` (a PEM
 * `CERTIFICATE` block), or `undefined` when the text is no such certificate.
 *
 * @example
 * ```ts
 * const spki = spkiOfCertificate(pem)
 * if (spki) await crypto.subtle.importKey('spki', spki, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify'])
 * ```
 */
export function spkiOfCertificate(pem: string): Uint8Array | undefined {
  const der = derOf(pem)
  if (!der) return undefined
  const SEQUENCE = 0x30
  // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
  const certificate = elementAt(der, 0, der.length)
  if (certificate?.tag !== SEQUENCE || certificate.end !== der.length) return undefined
  const tbs = elementAt(der, certificate.start, certificate.end)
  if (tbs?.tag !== SEQUENCE) return undefined
  // TBSCertificate ::= SEQUENCE { [0] version (optional), serialNumber,
  // signature, issuer, validity, subject, subjectPublicKeyInfo, … }
  let at = tbs.start
  let field = elementAt(der, at, tbs.end)
  if (field?.tag === 0xa0) {
    at = field.end
    field = elementAt(der, at, tbs.end)
  }
  const expected = [0x02, SEQUENCE, SEQUENCE, SEQUENCE, SEQUENCE] // serialNumber, signature, issuer, validity, subject
  for (const tag of expected) {
    if (field?.tag !== tag) return undefined
    at = field.end
    field = elementAt(der, at, tbs.end)
  }
  if (field?.tag !== SEQUENCE) return undefined
  return der.slice(at, field.end)
}
