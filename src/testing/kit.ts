/**
 * A test kit bound to one provider and one signing key: genuine deliveries
 * with a body re-serialization changes, and the deliveries a handler must
 * refuse (tampered, stale, signed with another key) or accept while keys
 * rotate.
 */
import { encodeBase64 } from '../encoding/base64.js'
import { toHex } from '../encoding/hex.js'
import type { Sign, SignedDelivery } from '../pipeline/definition.js'
import { bodyFormatOf } from '../pipeline/sign.js'
import { type BodyFormat, serialize } from './format.js'

/**
 * A provider: `hookproof/mux`'s module, the root's `mux`, a `defineProvider`
 * result. Its `verify`, where given, tells the kit's types whether a stale
 * delivery can be refused.
 */
export interface Signer<Payload, Options, VerifyOptions = unknown> {
  /** Signs a payload as the provider does. */
  readonly sign: Sign<Payload, Options>
  /** The provider's verify, read for its options' type only: the kit never calls it. */
  readonly verify?: (input: never, options: VerifyOptions) => Promise<unknown>
}

// Whether verify takes a tolerance other than `false`: it checks a timestamp.
// A verify whose options are all optional takes them as `options?`: `undefined` is left out, undistributed.
type ChecksTime<VerifyOptions> = unknown extends VerifyOptions
  ? true
  : [NonNullable<VerifyOptions>] extends [{ readonly tolerance?: infer Tolerance }]
    ? [Exclude<Tolerance, false | undefined>] extends [never]
      ? false
      : true
    : false

/** How a kit writes its deliveries. */
export interface TestKitOptions {
  /** How payload objects become bodies: `spaced` (the default) exposes a handler that re-serializes; `compact` is `JSON.stringify`. */
  readonly format?: BodyFormat
  /**
   * Where {@link TestKit.request} posts: default `https://hookproof.test/webhook`.
   * A provider that signs the URL (Twilio) is signed for it too.
   */
  readonly url?: string | URL
}

/** What {@link testKit} returns. */
export interface TestKit<Payload, Options, VerifyOptions = unknown> {
  /** The options the kit signs with (the key a handler under test verifies with). */
  readonly options: Options
  /** A genuine delivery of `payload` (an object, written in the kit's format, or a raw body sent as it is). */
  sign(payload: Payload | string, options?: Partial<Options>): Promise<SignedDelivery>
  /**
   * A delivery whose body was changed after signing (still JSON): a handler
   * must refuse it. Only for providers that sign the body (a static
   * credential, a token not bound to the body or a signature over a few
   * fields lets the rest of the body change).
   */
  tampered(payload: Payload | string): Promise<SignedDelivery>
  /**
   * A delivery signed `seconds` ago (default: a day, past every provider's
   * window): a handler must refuse it as stale. Only for providers whose
   * `verify` checks a timestamp; one that signs none is a `TypeError`.
   */
  readonly stale: 'timestamp' extends keyof Options
    ? ChecksTime<VerifyOptions> extends true
      ? (payload: Payload | string, seconds?: number) => Promise<SignedDelivery>
      : never
    : never
  /** A delivery signed with a fresh key of the same kind: a handler must refuse it. */
  wrongKey(payload: Payload | string): Promise<SignedDelivery>
  /**
   * A kit for the next key (fresh, of the same kind, or the key options
   * given): a handler configured with both keys must accept both kits'
   * deliveries while the secret rotates.
   */
  rotate(next?: Partial<Options>): Promise<TestKit<Payload, Options, VerifyOptions>>
  /** `delivery` as the `Request` the provider would send to the kit's URL. */
  request(delivery: SignedDelivery): Request
}

const DEFAULT_URL = 'https://hookproof.test/webhook'

/**
 * `delivery` as a `Request`: a POST with its headers and body, for a Fetch
 * handler or `verify` itself.
 *
 * @example
 * ```ts
 * import { toRequest } from 'hookproof/testing'
 *
 * const response = await POST(toRequest(await sign(payload, { secret }), 'http://localhost/webhooks/mux'))
 * ```
 */
export function toRequest(delivery: SignedDelivery, url: string | URL = DEFAULT_URL): Request {
  return new Request(url, { method: 'POST', headers: delivery.headers, body: delivery.body })
}

/**
 * Where the first string value of an object member ends in JSON text (the
 * index of its closing quote), read string by string so that a quote or a
 * colon inside a string is never taken for one.
 */
function firstMemberStringEnd(text: string): number | undefined {
  let previous = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '"') {
      let end = i + 1
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      if (end >= text.length) return undefined
      if (previous === ':') return end
      previous = '"'
      i = end
    } else if (!/\s/.test(char)) {
      previous = char
    }
  }
  return undefined
}

const parses = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * `delivery` with its body changed after signing, and still JSON (so only
 * the signature can catch it): `-tampered` appended to the first string
 * value, a key `"tampered": true` added to an object without one, or a space
 * appended to any other body.
 *
 * @example
 * ```ts
 * import { tamper } from 'hookproof/testing'
 *
 * const forged = tamper(await sign(payload, { secret }))
 * ```
 */
export function tamper(delivery: SignedDelivery): SignedDelivery {
  const { body } = delivery
  const end = firstMemberStringEnd(body)
  const open = /^\s*\{\s*/.exec(body)
  const rest = open ? body.slice(open[0].length) : ''
  const candidates = [
    end === undefined ? undefined : `${body.slice(0, end)}-tampered${body.slice(end)}`,
    open ? `${open[0]}"tampered": true${rest.startsWith('}') ? '' : ', '}${rest}` : undefined,
  ]
  // The first change that is still JSON where the body was; a body that was not JSON gets a space.
  const json = parses(body)
  const changed = candidates.find((candidate) => candidate !== undefined && (!json || parses(candidate))) ?? `${body} `
  return { headers: { ...delivery.headers }, body: changed }
}

/** Whether two deliveries are the same bytes: headers and body. */
const sameDelivery = (one: SignedDelivery, other: SignedDelivery): boolean =>
  JSON.stringify(one.headers) === JSON.stringify(other.headers) && one.body === other.body

const random = (bytes: number): Uint8Array => crypto.getRandomValues(new Uint8Array(bytes))

/** A fresh secret shaped as `secret` is: a `whsec_` key stays one, a `user:password` pair keeps its user, a prefix stays. */
function freshSecret(secret: string): string {
  if (secret.startsWith('whsec_')) return `whsec_${encodeBase64(random(24))}`
  // A Standard Webhooks Ed25519 private key: a 32-byte seed.
  if (secret.startsWith('whsk_')) return `whsk_${encodeBase64(random(32))}`
  const colon = secret.indexOf(':')
  if (colon > 0) return `${secret.slice(0, colon + 1)}${toHex(random(16))}`
  const prefix = /^[A-Za-z]+_/.exec(secret)?.[0] ?? ''
  return prefix + toHex(random(16))
}

/** A fresh key of the kind `key` is. */
async function freshKey(key: unknown, option: string): Promise<unknown> {
  if (typeof key === 'string' && option === 'secret') return freshSecret(key)
  if (key instanceof Uint8Array) return random(key.length)
  if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) {
    const made = await crypto.subtle.generateKey(key.algorithm as RsaHashedKeyGenParams, true, key.usages)
    return 'privateKey' in made ? made.privateKey : made
  }
  const jwk = key as { readonly kty?: unknown; readonly crv?: unknown; readonly n?: unknown; readonly kid?: unknown }
  if (typeof key === 'object' && key !== null && (jwk.kty === 'OKP' || jwk.kty === 'RSA')) {
    // A private JWK: a fresh pair of the same kind, exported the same way (with a kid of its own where it had one).
    const algorithm =
      jwk.kty === 'OKP'
        ? { name: String(jwk.crv ?? 'Ed25519') }
        : {
            name: 'RSASSA-PKCS1-v1_5',
            // n is base64url, 6 bits a character: the modulus, to the nearest 1024 bits.
            modulusLength: typeof jwk.n === 'string' ? Math.round((jwk.n.length * 6) / 1024) * 1024 : 2048,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: 'SHA-256',
          }
    const made = (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair
    const fresh = await crypto.subtle.exportKey('jwk', made.privateKey)
    return jwk.kid === undefined ? fresh : { ...fresh, kid: toHex(random(8)) }
  }
  throw new TypeError(`hookproof: the kit cannot make another key like options.${option}: pass the next key to rotate({ ${option} }).`)
}

const KEY_OPTIONS = ['secret', 'privateKey'] as const

/**
 * A test kit for `provider`, signing with `options` (the provider's `sign`
 * options: the secret or key, and anything else it signs with). Payload
 * objects are written `spaced` by default, so a handler that parses and
 * re-serializes the body before verifying fails its test as it would fail in
 * production; `format: 'compact'` opts out.
 *
 * @example
 * ```ts
 * import * as eversince from 'hookproof/eversince'
 * import { samples, testKit } from 'hookproof/testing'
 *
 * const kit = testKit(eversince, { secret: 'whsec_test' })
 * const idle = samples.eversince.idle({ id: 'proj_1' })
 * expect((await POST(kit.request(await kit.sign(idle)))).status).toBe(204)
 * expect((await POST(kit.request(await kit.tampered(idle)))).status).toBe(401)
 * expect((await POST(kit.request(await kit.stale(idle)))).status).toBe(401)
 * ```
 */
export function testKit<Payload, Options extends object, VerifyOptions = unknown>(
  provider: Signer<Payload, Options, VerifyOptions>,
  options: NoInfer<Options> & TestKitOptions,
): TestKit<Payload, Options, VerifyOptions> {
  if (typeof provider?.sign !== 'function')
    throw new TypeError('hookproof: testKit needs a provider with sign, e.g. testKit(mux, { secret }).')
  if (typeof options !== 'object' || options === null)
    throw new TypeError('hookproof: testKit needs the options to sign with, e.g. testKit(mux, { secret }).')
  const { format = 'spaced', url = DEFAULT_URL, ...signing } = options
  serialize({}, format)
  // The URL the kit posts to is the one a provider that signs it signs; the others ignore it.
  const base = ('url' in options ? { ...signing, url } : signing) as unknown as Options
  // A provider whose bodies are not JSON (a form) writes payload objects itself.
  const ownFormat = bodyFormatOf(provider.sign) !== undefined

  const sign = (payload: Payload | string, extra?: Partial<Options>): Promise<SignedDelivery> =>
    provider.sign(typeof payload === 'string' || ownFormat ? payload : serialize(payload, format), { ...base, ...extra })

  async function rotate(next?: Partial<Options>): Promise<TestKit<Payload, Options, VerifyOptions>> {
    const keys: Record<string, unknown> = {}
    for (const option of KEY_OPTIONS) {
      if (next && option in next) keys[option] = (next as Record<string, unknown>)[option]
      else if (option in base) keys[option] = await freshKey((base as Record<string, unknown>)[option], option)
    }
    if (Object.keys(keys).length === 0) throw new TypeError('hookproof: the kit signs with no secret or privateKey option to rotate.')
    return testKit(provider, { ...base, ...next, ...keys, format, url } as NoInfer<Options> & TestKitOptions)
  }

  async function stale(payload: Payload | string, seconds = 86_400): Promise<SignedDelivery> {
    if (!(Number.isFinite(seconds) && seconds > 0)) throw new TypeError('hookproof: stale needs a positive number of seconds.')
    const then = Date.now() - seconds * 1000
    const [old, now] = await Promise.all([
      sign(payload, { timestamp: then } as unknown as Partial<Options>),
      sign(payload, { timestamp: then + 1000 } as unknown as Partial<Options>),
    ])
    // A provider that signs no timestamp sends the same delivery whenever it was made.
    if (sameDelivery(old, now)) {
      throw new TypeError('hookproof: this provider signs no timestamp, so no delivery of it is stale: de-duplicate replays instead.')
    }
    return old
  }

  async function tampered(payload: Payload | string): Promise<SignedDelivery> {
    // One time and delivery id for both deliveries: only the body differs.
    const given = base as { readonly timestamp?: unknown; readonly deliveryId?: unknown }
    const fixed = {
      timestamp: given.timestamp ?? Date.now(),
      deliveryId: given.deliveryId ?? crypto.randomUUID(),
    } as unknown as Partial<Options>
    const genuine = await sign(payload, fixed)
    const forged = tamper(genuine)
    // A body the provider could not have sent (sign refuses it) is refused by verify too.
    const resigned = await sign(forged.body, fixed).catch((error: unknown) => {
      if (error instanceof TypeError) return undefined
      throw error
    })
    if (resigned && sameDelivery(resigned, { headers: genuine.headers, body: forged.body })) {
      throw new TypeError(
        'hookproof: this provider does not sign the body (a static credential, a token not bound to the body, or a signature over a few fields), so a tampered delivery verifies.',
      )
    }
    return forged
  }

  return {
    options: base,
    sign,
    tampered,
    stale: stale as TestKit<Payload, Options, VerifyOptions>['stale'],
    wrongKey: async (payload) => (await rotate()).sign(payload),
    rotate,
    request: (delivery) => toRequest(delivery, url),
  }
}
