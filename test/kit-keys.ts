/**
 * The options each provider signs and verifies with in the round-trip tests
 * of the testing kit and the command line: the secret and options of its
 * first vector, or, where it verifies with a key set, a fresh key pair and
 * its JWKS (and AWS SNS's fixed test certificate).
 */
import { readFileSync } from 'node:fs'

// What the providers' docs say their signatures cover, written once for the
// tests of the kit, the diagnosis and the command line (ids, as subpaths).

/**
 * The providers whose signature does not cover the body: a static
 * credential in a header (AssemblyAI, Cartesia, Deepgram's Basic callback
 * credentials), Pub/Sub's OIDC token, which names the push endpoint and not
 * the message, and Kie's HMAC of the task id and the timestamp. Any body
 * passes with their headers.
 */
export const BODY_UNSIGNED: readonly string[] = ['assemblyai', 'cartesia', 'deepgram', 'kie', 'pubsub']

/**
 * The providers whose signature does not cover the body's bytes: those
 * above, and AWS SNS, which signs a canonical string of the message's fields
 * (a re-serialized body verifies), and Twilio, which signs the form's
 * parameters after the URL (the same parameters re-encoded verify).
 */
export const BODY_BYTES_UNSIGNED: readonly string[] = [...BODY_UNSIGNED, 'sns', 'twilio']

/** The providers whose signature covers the URL a delivery is posted to: verify is told it (`url`). */
export const SIGNED_URL: readonly string[] = ['twilio']

/**
 * The providers that sign a timestamp but give no window to check it against
 * (their modules say why): replays are stopped by de-duplication.
 */
export const UNCHECKED_TIME: readonly string[] = ['apivideo', 'baseten', 'livepeer', 'synthesia', 'vapi']

export interface Keys {
  readonly sign: Record<string, unknown>
  readonly verify: Record<string, unknown>
  /** The family of the key, as the command line names it. */
  readonly kind: 'secret' | 'ed25519' | 'rsa' | 'certificate'
}

interface VectorFile {
  readonly signer?: { readonly privateKey: unknown; readonly certificateUrl: string }
  readonly vectors: readonly { readonly secret?: string; readonly options?: Record<string, unknown> }[]
}

export async function keysFor(id: string): Promise<Keys> {
  const file = JSON.parse(readFileSync(new URL(`vectors/${id}.json`, import.meta.url), 'utf8')) as VectorFile
  const [first] = file.vectors
  const { jwks, ...others } = first?.options ?? {}
  if (file.signer) {
    return { sign: { privateKey: file.signer.privateKey, certificateUrl: file.signer.certificateUrl }, verify: others, kind: 'certificate' }
  }
  const keys = jwks as { keys: { kty: string }[] } | undefined
  if (keys?.keys[0]?.kty === 'RSA') {
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
    const pair = (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair
    const { key_ops: _ops, ...publicJwk } = await crypto.subtle.exportKey('jwk', pair.publicKey)
    return {
      sign: { ...others, privateKey: pair.privateKey, keyId: 'kit' },
      verify: { ...others, jwks: { keys: [{ ...publicJwk, kid: 'kit' }] } },
      kind: 'rsa',
    }
  }
  if (keys) {
    const pair = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair
    return {
      sign: { ...others, privateKey: pair.privateKey },
      verify: { ...others, jwks: { keys: [await crypto.subtle.exportKey('jwk', pair.publicKey)] } },
      kind: 'ed25519',
    }
  }
  return { sign: { ...others, secret: first?.secret }, verify: { ...others, secret: first?.secret }, kind: 'secret' }
}
