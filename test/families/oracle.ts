/**
 * The seven newer providers' signing, written the way each one's own docs or
 * SDK write it, on node:crypto: the independent side their test vectors are
 * computed with. Nothing here imports hookproof.
 */
import { createHash, createHmac, createPrivateKey, createPublicKey, sign as ed25519Sign, type KeyObject } from 'node:crypto'

export type Body = string | Buffer

export type FamilyName = 'standardwebhooks' | 'replicate' | 'fal' | 'elevenlabs' | 'mux' | 'openrouter' | 'synthesia'

/** What one delivery is signed with and at. */
export interface Signing {
  /** The secret (HMAC families) or the Ed25519 seed, base64 (fal, v1a). */
  readonly key: string
  /** Unix seconds, as the header carries it. */
  readonly ts: string
  /** Standard Webhooks' webhook-id. */
  readonly id?: string
}

export interface FamilyOracle {
  readonly provider: FamilyName
  readonly reference: string
  /** The body field naming the event, when there is one. */
  readonly eventField?: string
  /** The headers of a delivery of `body`, as the provider sends them. */
  deliver(body: Body, signing: Signing): Record<string, string>
}

const concat = (head: string, body: Body): Buffer => Buffer.concat([Buffer.from(head, 'utf8'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body])

/**
 * standard-webhooks libraries/javascript/src/index.ts, `sign`:
 *   this.key = base64.decode(secret.startsWith("whsec_") ? secret.substring(6) : secret)
 *   const toSign = encoder.encode(`${msgId}.${timestampNumber}.${payload}`)
 *   return `v1,${base64.encode(sha256.hmac(this.key, toSign))}`
 */
export function standardV1(secret: string, id: string, ts: string, body: Body): string {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.substring(6) : secret, 'base64')
  return `v1,${createHmac('sha256', key).update(concat(`${id}.${ts}.`, body)).digest('base64')}`
}

/** An Ed25519 private key from its 32-byte seed (RFC 8410 PKCS #8). */
export function ed25519Key(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' })
}

/** The public JWK of a seed. */
export function publicJwk(seedBase64: string): JsonWebKey {
  return createPublicKey(ed25519Key(Buffer.from(seedBase64, 'base64'))).export({ format: 'jwk' })
}

/** The spec's `v1a`: Ed25519 over the same content, base64 (standard-webhooks PR #253, Go `SignAsymmetric`). */
export function standardV1a(seedBase64: string, id: string, ts: string, body: Body): string {
  return `v1a,${ed25519Sign(null, concat(`${id}.${ts}.`, body), ed25519Key(Buffer.from(seedBase64, 'base64'))).toString('base64')}`
}

function standardWebhooks(provider: 'standardwebhooks' | 'replicate', reference: string, eventField?: string): FamilyOracle {
  return {
    provider,
    reference,
    ...(eventField ? { eventField } : {}),
    deliver(body, { key, ts, id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W' }) {
      return { 'Content-Type': 'application/json', 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': standardV1(key, id, ts, body) }
    },
  }
}

/** fal's docs (webhooks, "Verifying signatures", JavaScript), with node:crypto's Ed25519 for libsodium's. */
const fal: FamilyOracle = {
  provider: 'fal',
  reference: 'fal.ai docs, Webhooks: Ed25519 over requestId\\nuserId\\ntimestamp\\nsha256hex(body), hex signature',
  eventField: 'status',
  deliver(body, { key, ts, id = 'req_01HZX8D6Q9' }) {
    const userId = 'user_4421'
    // const messageParts = [requestId, userId, timestamp, crypto.createHash('sha256').update(body).digest('hex')]
    // const messageToVerify = messageParts.join('\n')
    const bodyHash = createHash('sha256').update(body).digest('hex')
    const message = [id, userId, ts, bodyHash].join('\n')
    const signature = ed25519Sign(null, Buffer.from(message, 'utf8'), ed25519Key(Buffer.from(key, 'base64'))).toString('hex')
    return {
      'Content-Type': 'application/json',
      'X-Fal-Webhook-Request-Id': id,
      'X-Fal-Webhook-User-Id': userId,
      'X-Fal-Webhook-Timestamp': ts,
      'X-Fal-Webhook-Signature': signature,
    }
  },
}

/** elevenlabs-js src/wrapper/webhooks.ts: `const message = `${timestamp}.${rawBody}``; `"v0=" + createHmac("sha256", secret).update(message).digest("hex")`. */
const elevenlabs: FamilyOracle = {
  provider: 'elevenlabs',
  reference: 'elevenlabs-js src/wrapper/webhooks.ts constructEvent, reversed into the sender',
  eventField: 'type',
  deliver(body, { key, ts }) {
    const digest = 'v0=' + createHmac('sha256', key).update(concat(`${ts}.`, body)).digest('hex')
    return { 'Content-Type': 'application/json', 'ElevenLabs-Signature': `t=${ts},${digest}` }
  },
}

/** mux-node-sdk src/resources/webhooks.ts: `createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')`. */
const mux: FamilyOracle = {
  provider: 'mux',
  reference: 'muxinc/mux-node-sdk src/resources/webhooks.ts verifySignature, reversed into the sender',
  eventField: 'type',
  deliver(body, { key, ts }) {
    return { 'Content-Type': 'application/json', 'mux-signature': `t=${ts},v1=${createHmac('sha256', key).update(concat(`${ts}.`, body)).digest('hex')}` }
  },
}

/** OpenRouter's video webhooks cookbook, local test sender: `createHmac("sha256", secret).update(`${timestamp},${body}`).digest("hex")`. */
const openrouter: FamilyOracle = {
  provider: 'openrouter',
  reference: "OpenRouter docs, video generation webhooks (guide and cookbook): HMAC-SHA256 of '<t>,<raw body>', hex",
  eventField: 'type',
  deliver(body, { key, ts }) {
    const signature = createHmac('sha256', key).update(concat(`${ts},`, body)).digest('hex')
    return { 'Content-Type': 'application/json', 'X-OpenRouter-Signature': `t=${ts},v1=${signature}`, 'X-OpenRouter-Idempotency-Key': 'job_test-completed' }
  },
}

/** docs.synthesia.io "Verifying Synthesia signatures": `message = ".".join((request_timestamp, request_body))`; `hmac.new(key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest()`. */
const synthesia: FamilyOracle = {
  provider: 'synthesia',
  reference: 'docs.synthesia.io, Verifying Synthesia signatures (Python), ported to node:crypto',
  eventField: 'type',
  deliver(body, { key, ts }) {
    const message = concat(`${ts}.`, body)
    return { 'Content-Type': 'application/json', 'Synthesia-Timestamp': ts, 'Synthesia-Signature': createHmac('sha256', Buffer.from(key, 'utf8')).update(message).digest('hex') }
  },
}

export const familyOracles: readonly FamilyOracle[] = [
  standardWebhooks('standardwebhooks', 'standard-webhooks libraries/javascript/src/index.ts sign(), on node:crypto'),
  standardWebhooks('replicate', "Replicate's webhook docs (Standard Webhooks) and standard-webhooks' JavaScript sign()", 'status'),
  fal,
  elevenlabs,
  mux,
  openrouter,
  synthesia,
]
