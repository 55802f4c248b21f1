/**
 * hookproof end to end: a real HTTP receiver on 127.0.0.1 verifies deliveries
 * from every provider, then a sender posts each provider's events signed
 * with `sign()`, plus forged, tampered, stale and malformed ones.
 *
 *   npm run demo
 *
 * Prints one row per delivery and exits 0 only if every outcome is the
 * expected one.
 *
 *   npm run demo -- --serve
 *
 * keeps only the receiver running (port 8787, or HOOKPROOF_DEMO_PORT), with
 * one secret for every provider (HOOKPROOF_SECRET, default whsec_demo), for
 * `npx hookproof send <provider> --all --to …` to deliver to.
 */
import { createPrivateKey } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isWebhookVerificationError, type SignedDelivery, type WebhookVerificationErrorCode } from 'hookproof'
import { providers } from '../src/cli/providers.js'
import { RSA_TEST_CERTIFICATES } from '../test/reference/rsa-certificates.js'
import { RSA_TEST_KEYS } from '../test/reference/rsa-keys.js'
import { samples } from '../test/reference/samples.js'

type Name = keyof typeof samples
type Options = Record<string, unknown>
interface AnyProvider {
  verify(input: Parameters<typeof providers.adsumo.verify>[0], options: Options): Promise<object>
  sign(payload: unknown, options: Options): Promise<SignedDelivery>
}

/** What the demo knows of a provider: where its signature and timestamp travel, and its event field. */
interface Demo {
  readonly module: AnyProvider
  readonly signatureHeader: string
  /** `header`: its own header; `inline`: `t=` in the signature header; `token`: in a JWT's claims; `opaque`: signed but not read as a time; `none`. */
  readonly timestamp: 'header' | 'inline' | 'token' | 'opaque' | 'none'
  readonly eventField?: string
  /** A delivery this old is refused (past the provider's default tolerance). */
  readonly staleMinutes?: number
  /** The tag of an `inline` timestamp, when not `t` (`time=`, `v=`). */
  readonly timestampTag?: string
  /** The secret is Standard Webhooks' `whsec_` + base64 of the key bytes. */
  readonly base64Secret?: true
  /**
   * Signed with a private key and checked against its public key in a JWKS,
   * not a secret: Ed25519 (fal, Ideogram) or RSA (Pub/Sub's ID tokens, whose
   * audience and service account go with it).
   */
  readonly keyPair?: 'ed25519' | 'rsa' | 'certificate'
  /** What both sides name beside an RSA key: the token's audience and identity. */
  readonly claims?: Options
  /** A token that does not cover the body (Pub/Sub): a changed body passes. */
  readonly bodyUnbound?: true
  /** The signature covers one field of the body, not the body (Kie.ai's task id): the rest may change, the field may not. */
  readonly signedField?: { readonly name: string; readonly path: readonly [string, string] }
  /**
   * Nothing signed: a static credential in a header (Cartesia, AssemblyAI,
   * Deepgram), so a changed body passes. `basic`: a `user:password` pair;
   * `header`: the header the receiver names (AssemblyAI).
   */
  readonly credential?: { readonly basic?: true; readonly header?: string }
  /** The API key a JWT's issuer names, beside the secret (LiveKit). */
  readonly apiKey?: string
  /**
   * The URL the provider is configured to post to, which its signature
   * covers along with the body's form parameters (Twilio): both sides pass it.
   */
  readonly signedUrl?: string
  /** The body fields that name what a delivery is, tried in order, where there is no event field. */
  readonly labelFields?: readonly string[]
}

const demos: Record<Name, Demo> = {
  eversince: {
    module: providers.eversince as unknown as AnyProvider,
    signatureHeader: 'X-Eversince-Signature',
    timestamp: 'header',
    eventField: 'event',
  },
  magichour: {
    module: providers.magichour as unknown as AnyProvider,
    signatureHeader: 'magic-hour-event-signature',
    timestamp: 'header',
    eventField: 'type',
  },
  videopilot: {
    module: providers.videopilot as unknown as AnyProvider,
    signatureHeader: 'X-VideoPilot-Signature',
    timestamp: 'none',
    eventField: 'event',
  },
  adsumo: {
    module: providers.adsumo as unknown as AnyProvider,
    signatureHeader: 'X-Adsumo-Signature',
    timestamp: 'none',
    eventField: 'event',
  },
  removebgvideo: {
    module: providers.removebgvideo as unknown as AnyProvider,
    signatureHeader: 'X-Webhook-Signature',
    timestamp: 'header',
    eventField: 'event',
  },
  standardwebhooks: {
    module: providers.standardwebhooks as unknown as AnyProvider,
    signatureHeader: 'webhook-signature',
    timestamp: 'header',
    base64Secret: true,
  },
  replicate: {
    module: providers.replicate as unknown as AnyProvider,
    signatureHeader: 'webhook-signature',
    timestamp: 'header',
    eventField: 'status',
    base64Secret: true,
  },
  fal: {
    module: providers.fal as unknown as AnyProvider,
    signatureHeader: 'X-Fal-Webhook-Signature',
    timestamp: 'header',
    eventField: 'status',
    keyPair: 'ed25519',
  },
  elevenlabs: {
    module: providers.elevenlabs as unknown as AnyProvider,
    signatureHeader: 'ElevenLabs-Signature',
    timestamp: 'inline',
    eventField: 'type',
    staleMinutes: 40,
  },
  mux: { module: providers.mux as unknown as AnyProvider, signatureHeader: 'mux-signature', timestamp: 'inline', eventField: 'type' },
  openrouter: {
    module: providers.openrouter as unknown as AnyProvider,
    signatureHeader: 'X-OpenRouter-Signature',
    timestamp: 'inline',
    eventField: 'type',
  },
  synthesia: {
    module: providers.synthesia as unknown as AnyProvider,
    signatureHeader: 'Synthesia-Signature',
    timestamp: 'opaque',
    eventField: 'type',
  },
  syncso: {
    module: providers.syncso as unknown as AnyProvider,
    signatureHeader: 'Sync-Signature',
    timestamp: 'inline',
    eventField: 'status',
  },
  twelvelabs: {
    module: providers.twelvelabs as unknown as AnyProvider,
    signatureHeader: 'TL-Signature',
    timestamp: 'inline',
    eventField: 'type',
  },
  cloudflarestream: {
    module: providers.cloudflarestream as unknown as AnyProvider,
    signatureHeader: 'Webhook-Signature',
    timestamp: 'inline',
    timestampTag: 'time',
  },
  retell: {
    module: providers.retell as unknown as AnyProvider,
    signatureHeader: 'x-retell-signature',
    timestamp: 'inline',
    timestampTag: 'v',
    eventField: 'event',
  },
  hume: {
    module: providers.hume as unknown as AnyProvider,
    signatureHeader: 'X-Hume-AI-Webhook-Signature',
    timestamp: 'header',
    eventField: 'event_name',
  },
  baseten: {
    module: providers.baseten as unknown as AnyProvider,
    signatureHeader: 'X-BASETEN-SIGNATURE',
    timestamp: 'none',
    eventField: 'type',
  },
  lumenfall: {
    module: providers.lumenfall as unknown as AnyProvider,
    signatureHeader: 'webhook-signature',
    timestamp: 'header',
    eventField: 'type',
    base64Secret: true,
  },
  bfl: { module: providers.bfl as unknown as AnyProvider, signatureHeader: 'X-BFL-Signature', timestamp: 'none', eventField: 'status' },
  bunny: { module: providers.bunny as unknown as AnyProvider, signatureHeader: 'X-BunnyStream-Signature', timestamp: 'none' },
  uploadcare: { module: providers.uploadcare as unknown as AnyProvider, signatureHeader: 'X-Uc-Signature', timestamp: 'none' },
  wavespeed: {
    module: providers.wavespeed as unknown as AnyProvider,
    signatureHeader: 'webhook-signature',
    timestamp: 'header',
    eventField: 'status',
  },
  pollo: {
    module: providers.pollo as unknown as AnyProvider,
    signatureHeader: 'X-Webhook-Signature',
    timestamp: 'header',
    eventField: 'status',
    base64Secret: true,
  },
  imagekit: {
    module: providers.imagekit as unknown as AnyProvider,
    signatureHeader: 'webhook-signature',
    timestamp: 'header',
    eventField: 'type',
  },
  apivideo: {
    module: providers.apivideo as unknown as AnyProvider,
    signatureHeader: 'X-Api-Video-Signature',
    timestamp: 'none',
    eventField: 'type',
  },
  cloudinary: {
    module: providers.cloudinary as unknown as AnyProvider,
    signatureHeader: 'X-Cld-Signature',
    timestamp: 'header',
    eventField: 'notification_type',
    staleMinutes: 130,
  },
  livepeer: {
    module: providers.livepeer as unknown as AnyProvider,
    signatureHeader: 'Livepeer-Signature',
    timestamp: 'none',
    eventField: 'event',
  },
  ideogram: {
    module: providers.ideogram as unknown as AnyProvider,
    signatureHeader: 'X-Ideogram-Webhook-Signature',
    timestamp: 'header',
    keyPair: 'ed25519',
  },
  kie: {
    module: providers.kie as unknown as AnyProvider,
    signatureHeader: 'X-Webhook-Signature',
    timestamp: 'header',
    signedField: { name: 'task id', path: ['data', 'taskId'] },
  },
  remotion: {
    module: providers.remotion as unknown as AnyProvider,
    signatureHeader: 'X-Remotion-Signature',
    timestamp: 'none',
    eventField: 'type',
  },
  cartesia: {
    module: providers.cartesia as unknown as AnyProvider,
    signatureHeader: 'X-Webhook-Secret',
    timestamp: 'none',
    eventField: 'type',
    credential: {},
  },
  assemblyai: {
    module: providers.assemblyai as unknown as AnyProvider,
    signatureHeader: 'X-Webhook-Secret',
    timestamp: 'none',
    credential: { header: 'X-Webhook-Secret' },
  },
  vapi: {
    module: providers.vapi as unknown as AnyProvider,
    signatureHeader: 'x-signature',
    timestamp: 'opaque',
  },
  livekit: {
    module: providers.livekit as unknown as AnyProvider,
    signatureHeader: 'Authorization',
    timestamp: 'token',
    eventField: 'event',
    apiKey: 'APIdemo',
  },
  deepgram: {
    module: providers.deepgram as unknown as AnyProvider,
    signatureHeader: 'Authorization',
    timestamp: 'none',
    credential: { basic: true },
  },
  gemini: {
    module: providers.gemini as unknown as AnyProvider,
    signatureHeader: 'webhook-signature',
    timestamp: 'header',
    eventField: 'type',
    base64Secret: true,
  },
  sns: {
    module: providers.sns as unknown as AnyProvider,
    signatureHeader: 'x-amz-sns-message-type',
    // Timestamp is signed, checked only when a tolerance is asked for (retries keep it).
    timestamp: 'none',
    eventField: 'Type',
    keyPair: 'certificate',
  },
  twilio: {
    module: providers.twilio as unknown as AnyProvider,
    signatureHeader: 'X-Twilio-Signature',
    timestamp: 'none',
    // The public URL as configured on the number; behind a proxy the server sees another.
    signedUrl: 'https://demo.test/webhooks/twilio',
    labelFields: ['CallStatus', 'SmsStatus'],
  },
  pubsub: {
    module: providers.pubsub as unknown as AnyProvider,
    signatureHeader: 'Authorization',
    timestamp: 'token',
    // Tokens live an hour; an hour and ten minutes is past it.
    staleMinutes: 70,
    keyPair: 'rsa',
    claims: { audience: 'https://demo.test/pubsub', email: 'push@demo-project.iam.gserviceaccount.com' },
    bodyUnbound: true,
  },
}
const allSamples = samples as Record<Name, readonly object[]>

const serving = process.argv.includes('--serve')
const servedSecret = process.env['HOOKPROOF_SECRET'] || 'whsec_demo'
const servedPort = Number(process.env['HOOKPROOF_DEMO_PORT'] ?? 8787)
// The command line (`hookproof send`) signs with a secret: every provider but those that sign with an
// Ed25519 key, and those that send a static credential (the command line prints no secret).
const servedNames: readonly Name[] = (Object.keys(demos) as Name[]).filter(
  (name) => !demos[name].keyPair && !demos[name].credential && !demos[name].apiKey,
)

// fal and Ideogram sign with Ed25519: the demo's sender holds a private key,
// the receiver trusts its public key as the provider's JWKS would list it.
const falPair = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair
const falJwks = { keys: [await crypto.subtle.exportKey('jwk', falPair.publicKey)] }
const attackerPair = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair
// Pub/Sub's tokens are Google's, RS256: the same, with an RSA key pair.
const rsa = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
const googlePair = (await crypto.subtle.generateKey(rsa, true, ['sign', 'verify'])) as CryptoKeyPair
const googleJwks = { keys: [{ ...(await crypto.subtle.exportKey('jwk', googlePair.publicKey)), kid: 'demo-key' }] }
const googleKey = { ...(await crypto.subtle.exportKey('jwk', googlePair.privateKey)), kid: 'demo-key' }
const attackerRsa = (await crypto.subtle.generateKey(rsa, true, ['sign', 'verify'])) as CryptoKeyPair
// SNS names its certificate in the message: the receiver trusts the test certificate at that URL
// (in production it fetches it from sns.<region>.amazonaws.com); the topic is the samples'.
const snsCertificateUrl = 'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-demo.pem'
const snsKey = createPrivateKey(RSA_TEST_KEYS[0]).export({ format: 'jwk' })
const snsAttacker = createPrivateKey(RSA_TEST_KEYS[1]).export({ format: 'jwk' })
const snsTopic = 'arn:aws:sns:us-west-2:123456789012:MyTopic'

// What the receiver knows, as a real app reads it from its environment, and what the sender signs with.
const keys: Record<Name, { readonly verifyWith: Options; readonly signWith: Options; readonly forgedWith: Options }> = Object.fromEntries(
  (Object.keys(demos) as Name[]).map((name) => {
    if (demos[name].keyPair === 'ed25519')
      return [
        name,
        {
          verifyWith: { jwks: falJwks },
          signWith: { privateKey: falPair.privateKey },
          forgedWith: { privateKey: attackerPair.privateKey },
        },
      ]
    if (demos[name].keyPair === 'certificate')
      return [
        name,
        {
          verifyWith: { topicArn: snsTopic, certificates: { [snsCertificateUrl]: RSA_TEST_CERTIFICATES[0] } },
          signWith: { privateKey: snsKey, certificateUrl: snsCertificateUrl },
          forgedWith: { privateKey: snsAttacker, certificateUrl: snsCertificateUrl },
        },
      ]
    if (demos[name].keyPair === 'rsa') {
      const { claims } = demos[name]
      return [
        name,
        {
          verifyWith: { ...claims, jwks: googleJwks },
          signWith: { ...claims, privateKey: googleKey },
          forgedWith: { ...claims, privateKey: attackerRsa.privateKey, keyId: 'demo-key' },
        },
      ]
    }
    const standard = demos[name].base64Secret === true
    const { credential } = demos[name]
    const text = serving ? servedSecret : standard ? `whsec_${btoa(`hookproof demo ${name} key`)}` : `whsec_demo_${name}_5f2b9c`
    // A Basic credential is a user:password pair; a named header goes with it.
    const secret = credential?.basic ? `demo:${text}` : text
    const { apiKey, signedUrl } = demos[name]
    // Served, the URL `hookproof send --to` posts to is the one configured with the sender.
    const url = serving ? `http://127.0.0.1:${servedPort}/webhooks/${name}` : signedUrl
    const extra = credential?.header ? { header: credential.header } : apiKey ? { apiKey } : signedUrl ? { url } : {}
    return [
      name,
      {
        verifyWith: { secret, ...extra },
        signWith: { secret, ...extra },
        forgedWith: {
          secret: standard ? `whsec_${btoa('an attacker guess')}` : credential?.basic ? 'attacker:guess' : 'attacker-guess',
          ...extra,
        },
      },
    ]
  }),
) as Record<Name, { verifyWith: Options; signWith: Options; forgedWith: Options }>

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

// The receiver: POST /webhooks/<provider> takes the Express-style path
// ({ headers, body: Buffer }); with ?fetch it builds a Fetch Request instead,
// as Next.js, Hono, Workers, Deno and Bun hand one over. ?unset plays a
// deployment whose secret environment variable is missing.
const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const name = url.pathname.replace('/webhooks/', '') as Name
  const demo = demos[name] as Demo | undefined
  if (request.method !== 'POST' || !demo) return reply(response, 404, { error: 'not found' })
  const body = await readBody(request)
  try {
    const input = url.searchParams.has('fetch')
      ? new Request(url, { method: 'POST', headers: request.headers as Record<string, string>, body: new Uint8Array(body) })
      : { headers: request.headers, body }
    const options = url.searchParams.has('unset') ? { secret: undefined } : keys[name].verifyWith
    const event = (await demo.module.verify(input, options)) as Record<string, unknown>
    return reply(response, 200, { received: demo.eventField ? event[demo.eventField] : 'object' })
  } catch (error) {
    if (isWebhookVerificationError(error)) {
      return reply(response, error.status, { code: error.code })
    }
    // A TypeError: the receiver's own mistake. 500, so the provider retries
    // once it is fixed, and the message goes to the logs, not the sender.
    return reply(response, 500, { code: 'misconfigured' })
  }
})

interface Case {
  readonly provider: Name
  readonly label: string
  readonly expected: number
  readonly code?: WebhookVerificationErrorCode | 'misconfigured'
  readonly delivery: SignedDelivery
  readonly query?: '?fetch' | '?unset'
}

function withHeader(delivery: SignedDelivery, name: string, value: string | undefined): SignedDelivery {
  const headers = { ...delivery.headers }
  if (value === undefined) delete headers[name]
  else headers[name] = value
  return { headers, body: delivery.body }
}

async function cases(): Promise<Case[]> {
  const list: Case[] = []
  for (const name of Object.keys(demos) as Name[]) {
    const {
      module: provider,
      signatureHeader,
      timestamp,
      eventField,
      staleMinutes = 10,
      timestampTag = 't',
      labelFields = [],
    } = demos[name]
    const { signWith, forgedWith } = keys[name]
    const events = allSamples[name] as readonly Record<string, unknown>[]
    // The event field, else a top-level or a message's type (Vapi's { message: { type } }).
    const label = (event: Record<string, unknown>): string =>
      eventField
        ? String(event[eventField])
        : String(
            labelFields.map((field) => event[field]).find((value) => value !== undefined) ??
              event['type'] ??
              (event['message'] as { type?: unknown } | undefined)?.type ??
              'event',
          )
    // One row per event: a second sample of an event (fal's OK without a
    // payload) is the tests' to check, not the table's to repeat.
    const shown = new Set<string>()
    for (const event of events) {
      if (shown.has(label(event))) continue
      shown.add(label(event))
      list.push({
        provider: name,
        label: label(event),
        expected: 200,
        delivery: await provider.sign(event, { ...signWith, event: label(event) }),
      })
    }
    const first = events[0]!
    const sign = (payload: unknown, extra: Options = {}): Promise<SignedDelivery> =>
      provider.sign(payload, { ...signWith, event: label(first), ...extra })
    const good = await sign(first)
    const signature = good.headers[signatureHeader]!
    list.push({ provider: name, label: 'as a Fetch Request', expected: 200, delivery: good, query: '?fetch' })
    list.push({
      provider: name,
      label: 'forged: wrong key',
      expected: 401,
      code: 'signature_mismatch',
      delivery: await provider.sign(first, { ...forgedWith, event: label(first) }),
    })
    const { credential, bodyUnbound, signedField, signedUrl } = demos[name]
    const inBody = demos[name].keyPair === 'certificate'
    if (signedUrl) {
      // Twilio signs the URL and the form parameters, not the body's bytes:
      // a changed value fails, so does another URL; the same parameters re-encoded pass.
      const params = new URLSearchParams(good.body)
      const edited = new URLSearchParams(params)
      edited.set('From', '+15550000000')
      list.push({
        provider: name,
        label: 'tampered parameter',
        expected: 401,
        code: 'signature_mismatch',
        delivery: { ...good, body: edited.toString() },
      })
      list.push({
        provider: name,
        label: 're-encoded: passes (params signed)',
        expected: 200,
        delivery: {
          ...good,
          body: [...params]
            .reverse()
            .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
            .join('&'),
        },
      })
      list.push({
        provider: name,
        label: 'signed for another URL',
        expected: 401,
        code: 'signature_mismatch',
        delivery: await sign(first, { url: 'https://demo.test/webhooks/other' }),
      })
    } else if (inBody) {
      // SNS: the signature is in the body, over its fields: a changed field fails,
      // a re-serialized body passes (SNS sends it pretty-printed anyway).
      const message = JSON.parse(good.body) as Record<string, unknown>
      const edited = (changes: Record<string, unknown>) => ({ ...good, body: JSON.stringify({ ...message, ...changes }) })
      list.push({
        provider: name,
        label: 'tampered Message',
        expected: 401,
        code: 'signature_mismatch',
        delivery: edited({ Message: 'Hello there!' }),
      })
      list.push({
        provider: name,
        label: 're-serialized body: passes (fields signed)',
        expected: 200,
        delivery: { ...good, body: JSON.stringify(message, null, 4) },
      })
      list.push({
        provider: name,
        label: 'from a topic not subscribed',
        expected: 401,
        code: 'signature_mismatch',
        delivery: edited({ TopicArn: 'arn:aws:sns:us-west-2:999999999999:Theirs' }),
      })
      list.push({
        provider: name,
        label: 'certificate on another host',
        expected: 400,
        code: 'malformed_signature',
        delivery: edited({ SigningCertURL: 'https://sns.us-west-2.amazonaws.com.evil.test/cert.pem' }),
      })
      list.push({
        provider: name,
        label: 'raw message delivery (unsigned)',
        expected: 400,
        code: 'missing_signature',
        delivery: {
          ...good,
          body: JSON.stringify({ ...message, Signature: undefined, SignatureVersion: undefined, SigningCertURL: undefined }),
        },
      })
    } else if (signedField) {
      // Only the field is signed (Kie.ai's task id): the rest of the body may
      // change and still pass, which the table shows; the field may not.
      const [outer, inner] = signedField.path
      const withField = (value: string) => JSON.stringify({ ...first, [outer]: { ...(first[outer] as object), [inner]: value } })
      list.push({
        provider: name,
        label: `body changed, ${signedField.name} kept: passes (only the ${signedField.name} is signed)`,
        expected: 200,
        delivery: { ...good, body: `${good.body.slice(0, -1)},"added":"in transit"}` },
      })
      list.push({
        provider: name,
        label: `${signedField.name} changed`,
        expected: 401,
        code: 'signature_mismatch',
        delivery: { ...good, body: withField('task_forged') },
      })
    } else if (credential || bodyUnbound) {
      // A static credential signs nothing, and Pub/Sub's token does not
      // cover the body: a changed body passes, as it would with any check of
      // a shared secret alone. The table shows it.
      list.push({
        provider: name,
        label: `tampered body: passes (${credential ? 'nothing signed' : 'not covered'})`,
        expected: 200,
        delivery: { ...good, body: `${good.body.slice(0, -1)},"added":"in transit"}` },
      })
      if (bodyUnbound)
        list.push({
          provider: name,
          label: 'malformed token',
          expected: 400,
          code: 'malformed_signature',
          delivery: withHeader(good, signatureHeader, 'Bearer not.a.token'),
        })
      if (credential?.basic)
        list.push({
          provider: name,
          label: 'malformed credential',
          expected: 400,
          code: 'malformed_signature',
          delivery: withHeader(good, signatureHeader, 'Basic !'),
        })
    } else {
      list.push({
        provider: name,
        label: 'tampered body',
        expected: 401,
        code: 'signature_mismatch',
        delivery: { ...good, body: good.body.replace('"', '"x') },
      })
      list.push({
        provider: name,
        label: 're-serialized body',
        expected: 401,
        code: 'signature_mismatch',
        delivery: { ...good, body: JSON.stringify(first, null, 2) },
      })
    }
    if (!credential && !bodyUnbound)
      list.push({
        provider: name,
        label: 'malformed signature',
        expected: 400,
        code: 'malformed_signature',
        delivery: withHeader(good, signatureHeader, `${signature.slice(0, -2)}zz`),
      })
    if (!inBody)
      list.push({
        provider: name,
        label: credential ? 'no credential header' : 'no signature (signing off)',
        expected: 400,
        code: 'missing_signature',
        delivery: withHeader(good, signatureHeader, undefined),
      })
    list.push({
      provider: name,
      label: signedUrl
        ? 'body not form-encoded (a bad % escape)'
        : inBody
          ? 'body not JSON'
          : signedField
            ? `signed headers, body not JSON (no ${signedField.name})`
            : credential
              ? 'right credential, body not JSON'
              : bodyUnbound
                ? 'valid token, body not JSON'
                : 'signed, but not JSON',
      expected: 400,
      code: 'invalid_payload',
      // A signed field must be in the body to be signed: the headers of a good delivery, another body.
      delivery: signedUrl
        ? { ...good, body: 'Body=100%zz' }
        : signedField || inBody
          ? { ...good, body: '<html>502 Bad Gateway</html>' }
          : await sign('<html>502 Bad Gateway</html>'),
    })
    // An Ed25519 provider's keys are public: there is no secret to leave unset.
    if (!demos[name].keyPair)
      list.push({ provider: name, label: 'receiver secret unset', expected: 500, code: 'misconfigured', delivery: good, query: '?unset' })
    if (demos[name].keyPair === 'rsa')
      list.push({ provider: name, label: 'receiver audience unset', expected: 500, code: 'misconfigured', delivery: good, query: '?unset' })
    if (inBody)
      list.push({ provider: name, label: 'receiver topic unset', expected: 500, code: 'misconfigured', delivery: good, query: '?unset' })
    if (timestamp === 'token') {
      // A token carries its own lifetime: an old one has expired.
      const old = await sign(first, { timestamp: Date.now() - staleMinutes * 60 * 1000 })
      list.push({
        provider: name,
        label: `expired token: ${staleMinutes} min old`,
        expected: 401,
        code: 'timestamp_too_old',
        delivery: old,
      })
    }
    if (timestamp === 'header' || timestamp === 'inline') {
      const stale = staleMinutes * 60 * 1000
      const old = await sign(first, { timestamp: Date.now() - stale })
      list.push({ provider: name, label: `stale: sent ${staleMinutes} min ago`, expected: 401, code: 'timestamp_too_old', delivery: old })
      list.push({
        provider: name,
        label: 'from 10 min in the future',
        expected: 401,
        code: 'timestamp_too_new',
        delivery: await sign(first, { timestamp: Date.now() + 10 * 60 * 1000 }),
      })
      // The old signature with the fresh timestamp in its place.
      const tagged = new RegExp(`(?<![\\w])${timestampTag}=\\d+`)
      const replayed =
        timestamp === 'inline'
          ? withHeader(old, signatureHeader, old.headers[signatureHeader]!.replace(tagged, tagged.exec(signature)![0]))
          : withHeader(old, ...Object.entries(good.headers).find(([header]) => /timestamp/i.test(header))!)
      list.push({
        provider: name,
        label: 'replay: old signature, new timestamp',
        expected: 401,
        code: 'signature_mismatch',
        delivery: replayed,
      })
    }
  }
  return list
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => cell.padEnd(widths[i]!))
    .join('  ')
    .trimEnd()
}

async function serve(): Promise<void> {
  const port = servedPort
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  server.on('request', (request, response) => {
    response.on('finish', () => console.log(`${request.method} ${request.url} → ${response.statusCode}`))
  })
  console.log(`hookproof demo receiver on http://127.0.0.1:${port}/webhooks/<provider>, secret ${servedSecret}. Try:\n`)
  for (const name of servedNames) {
    console.log(`  HOOKPROOF_SECRET=${servedSecret} npx hookproof send ${name} --all --to http://127.0.0.1:${port}/webhooks/${name}`)
  }
  console.log('\nCtrl-C to stop.')
}

async function main(): Promise<void> {
  if (serving) return serve()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  console.log(`hookproof demo: receiver on http://127.0.0.1:${port}/webhooks/<provider>\n`)

  const widths = [16, 38, 30, 30, 7, 5]
  console.log(row(['provider', 'delivery', 'expected', 'outcome', 'ms', 'check'], widths))
  // ms: the whole HTTP round trip on loopback, not verify alone (npm run bench measures that).
  console.log(
    row(
      widths.map((w) => '-'.repeat(w)),
      widths,
    ),
  )
  let failures = 0
  const all = await cases()
  for (const c of all) {
    const started = performance.now()
    const response = await fetch(`http://127.0.0.1:${port}/webhooks/${c.provider}${c.query ?? ''}`, { method: 'POST', ...c.delivery })
    const result = (await response.json()) as { code?: string; received?: string }
    const ms = (performance.now() - started).toFixed(1)
    const expected = `${c.expected} ${c.code ?? 'accepted'}`
    const outcome = `${response.status} ${result.code ?? 'accepted'}`
    const ok = response.status === c.expected && result.code === c.code
    if (!ok) failures++
    console.log(row([c.provider, c.label, expected, outcome, ms.padStart(6), ok ? 'ok' : 'FAIL'], widths))
  }
  server.close()
  console.log(
    `\n${all.length - failures} of ${all.length} deliveries had the expected outcome across ${Object.keys(demos).length} providers.`,
  )
  if (failures > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  server.close()
  process.exitCode = 1
})
