/**
 * Each provider's signing as its own documentation writes it, on node:crypto:
 * the independent side that test vectors are computed with. Nothing here
 * imports hookproof.
 *
 * A body is text (signed the way the docs' snippets sign a string) or bytes
 * (for bodies that are not valid UTF-8, which the docs' string snippets cannot
 * express: the sender then signs the same construction over bytes).
 */
import { createHmac } from 'node:crypto'

export type Body = string | Buffer

export interface Oracle {
  /** The provider module name. */
  readonly provider: 'eversince' | 'magichour' | 'videopilot' | 'adsumo' | 'removebgvideo'
  readonly signatureHeader: string
  /** What precedes the hex, or ''. */
  readonly prefix: string
  /** The timestamp header and its format, when the provider signs one. */
  readonly timestamp?: { readonly header: string; readonly format: 'unix' | 'iso' }
  /** The body field naming the event. */
  readonly eventField: string
  /** The signature header value for `body`, as the provider computes it. */
  signature(secret: string, body: Body, timestamp?: string): string
}

function timestamped(timestamp: string | undefined, body: Body): Body {
  if (timestamp === undefined) throw new Error('this provider signs a timestamp')
  return typeof body === 'string' ? `${timestamp}.${body}` : Buffer.concat([Buffer.from(`${timestamp}.`), body])
}

/** docs/eversince-webhooks.txt, `verify_webhook` (Python), ported line by line. */
const eversince: Oracle = {
  provider: 'eversince',
  signatureHeader: 'X-Eversince-Signature',
  prefix: 'sha256=',
  timestamp: { header: 'X-Eversince-Timestamp', format: 'unix' },
  eventField: 'event',
  signature(signingSecret, body, timestamp) {
    // signed_content = f"{timestamp}.{body}"
    // expected = "sha256=" + hmac.new(signing_secret.encode(), signed_content.encode(), hashlib.sha256).hexdigest()
    const signedContent = timestamped(timestamp, body)
    return 'sha256=' + createHmac('sha256', Buffer.from(signingSecret, 'utf8')).update(signedContent).digest('hex')
  },
}

/** Magic Hour's "Securing your handler" page and Python SDK: hex HMAC of `<timestamp>.<raw body>`, no prefix. */
const magichour: Oracle = {
  provider: 'magichour',
  signatureHeader: 'magic-hour-event-signature',
  prefix: '',
  timestamp: { header: 'magic-hour-event-timestamp', format: 'unix' },
  eventField: 'type',
  signature(secret, body, timestamp) {
    const signedPayload = timestamped(timestamp, body)
    return createHmac('sha256', secret).update(signedPayload).digest('hex')
  },
}

/** docs/videopilot-webhooks.txt, `verifyWebhook` (Node.js/Express). */
const videopilot: Oracle = {
  provider: 'videopilot',
  signatureHeader: 'X-VideoPilot-Signature',
  prefix: 'sha256=',
  eventField: 'event',
  signature(secret, payload) {
    const hmac = createHmac('sha256', secret)
    if (typeof payload === 'string') hmac.update(payload, 'utf8')
    else hmac.update(payload)
    return 'sha256=' + hmac.digest('hex')
  },
}

/** docs/adsumo-webhooks.txt, `verifyWebhook` (TypeScript). */
const adsumo: Oracle = {
  provider: 'adsumo',
  signatureHeader: 'X-Adsumo-Signature',
  prefix: '',
  eventField: 'event',
  signature(secret, body) {
    return createHmac('sha256', secret).update(body).digest('hex')
  },
}

/** docs/removebgvideo-webhooks.txt, `verifyWebhook` (node:crypto). */
const removebgvideo: Oracle = {
  provider: 'removebgvideo',
  signatureHeader: 'X-Webhook-Signature',
  prefix: 'sha256=',
  timestamp: { header: 'X-Webhook-Timestamp', format: 'iso' },
  eventField: 'event',
  signature(secret, rawBody, timestamp) {
    const signed = timestamped(timestamp, rawBody)
    const digest = createHmac('sha256', secret).update(signed).digest('hex')
    return `sha256=${digest}`
  },
}

export const oracles: readonly Oracle[] = [eversince, magichour, videopilot, adsumo, removebgvideo]
