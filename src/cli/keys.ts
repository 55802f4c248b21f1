/**
 * The keys the command line signs and verifies with, for every family: a
 * secret from --secret, a key file (`hookproof keygen`'s, or one written by
 * hand) holding what `sign` and `verify` each take, and --option name=value
 * for what else a provider signs with (LiveKit's API key, the header
 * AssemblyAI's receiver names). No provider needs code of its own here.
 */
import type { SignedDelivery, WebhookInput } from 'hookproof'
import { InputError } from './input-error.js'
import { readText } from './files.js'
import { type CliProvider, signShapeOf } from './registry.js'

/** What a key file holds: the options of `sign`, and of `verify`, for one provider. */
export interface KeyFile {
  readonly provider?: string
  readonly sign: Record<string, unknown>
  readonly verify: Record<string, unknown>
}

/** A key file is JSON of a few KiB (an RSA JWK pair, a certificate): 1 MiB is far past any. */
const KEY_FILE_LIMIT = { bytes: 1024 * 1024, note: 'for a key file' }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads `--key FILE`: `{ "sign": {…}, "verify": {…} }`, either side optional. */
export async function readKeyFile(path: string): Promise<KeyFile> {
  const text = await readText('--key', path, KEY_FILE_LIMIT)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new InputError(`--key ${path}: not JSON (a key file is { "sign": {…}, "verify": {…} }, as hookproof keygen writes it)`)
  }
  if (!isObject(parsed) || !(isObject(parsed['sign']) || isObject(parsed['verify']))) {
    throw new InputError(`--key ${path}: not a key file: it needs a "sign" or a "verify" object, as hookproof keygen writes it`)
  }
  return {
    sign: isObject(parsed['sign']) ? parsed['sign'] : {},
    verify: isObject(parsed['verify']) ? parsed['verify'] : {},
    ...(typeof parsed['provider'] === 'string' ? { provider: parsed['provider'] } : {}),
  }
}

/** Options the flags give themselves: --secret, --key, --now, --timestamp. */
const OWN_FLAGS: Readonly<Record<string, string>> = {
  secret: '--secret',
  privateKey: '--key FILE',
  now: '--now',
  timestamp: '--timestamp',
}

/**
 * `--option name=value`, each: a JSON value where the text is one (`300`,
 * `true`, `{"a":1}`), else the text.
 *
 * @example
 * parseOptions(['apiKey=APIabc', 'tolerance=600']) // { apiKey: 'APIabc', tolerance: 600 }
 */
export function parseOptions(list: readonly string[] | undefined): Record<string, unknown> {
  const options: Record<string, unknown> = {}
  for (const item of list ?? []) {
    const equals = item.indexOf('=')
    const name = equals > 0 ? item.slice(0, equals) : ''
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name))
      throw new InputError('--option takes name=value, with a name of letters and digits (e.g. --option apiKey=APIabc)')
    if (Object.hasOwn(OWN_FLAGS, name)) throw new InputError(`--option ${name}: pass it with ${OWN_FLAGS[name]}`)
    const text = item.slice(equals + 1)
    let value: unknown = text
    if (/^[[{"\d-]|^(true|false|null)$/.test(text)) {
      try {
        value = JSON.parse(text)
      } catch {
        // Not JSON: the text itself.
      }
      // A number JSON cannot hold exactly (a numeric token) stays the text.
      if (typeof value === 'number' && String(value) !== text) value = text
    }
    options[name] = value
  }
  return options
}

const random = (bytes: number): Uint8Array => crypto.getRandomValues(new Uint8Array(bytes))
const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
const base64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes))
const publicOf = ({ d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, key_ops: _ops, ext: _ext, ...rest }: JsonWebKey): JsonWebKey => rest

// The options a sample was signed with that name no key: what both sides keep.
function extrasOf(shape: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // The URL a provider signs is no key: sign and send sign for their target, verify is told it (--option url=…).
  const { secret: _secret, privateKey: _privateKey, event: _event, url: _url, ...extras } = shape
  return extras
}

// A fetch that never goes out: a key pair is checked with its own keys, never with the network.
const offline = (): Promise<never> => Promise.reject(new Error('hookproof keygen checks keys offline'))

/** Whether a key file's sign side makes deliveries its verify side accepts. */
async function roundTrips(cli: CliProvider, keys: KeyFile, shape: Readonly<Record<string, unknown>>): Promise<boolean> {
  try {
    // Checked for the probe's URL where the provider signs one.
    const at = 'url' in shape ? { url: shape['url'] } : {}
    const delivery: SignedDelivery = await cli.sign(cli.sample(cli.events[0]!), { ...at, ...keys.sign })
    await cli.verify(delivery as WebhookInput, { ...at, ...keys.verify, fetch: offline })
    return true
  } catch {
    return false
  }
}

/**
 * A fresh test key file for `cli`, in the shape its sample was signed with:
 * a random secret (a `user:password` pair where the provider takes one), an
 * Ed25519 or RSA key pair with its JWKS; with `pair`, a key pair where the
 * provider takes one besides a secret (Standard Webhooks `whsk_`/`whpk_`,
 * Gemini's RSA tokens). Checked by a round trip before it is given.
 */
export async function keygen(cli: CliProvider, options: { readonly pair?: boolean } = {}): Promise<KeyFile> {
  const shape = await signShapeOf(cli)
  const extras = extrasOf(shape)
  const candidates: Array<() => Promise<KeyFile>> = []
  if (typeof shape['secret'] === 'string' && !options.pair) {
    candidates.push(async () => {
      const secret = (shape['secret'] as string).includes(':') ? `hookproof:${hex(random(16))}` : `whsec_${base64(random(24))}`
      return { provider: cli.name, sign: { ...extras, secret }, verify: { ...extras, secret } }
    })
  } else if (shape['privateKey'] instanceof Uint8Array) {
    candidates.push(async () => {
      const privateJwk = await crypto.subtle.exportKey('jwk', (await ed25519Pair()).privateKey)
      return { provider: cli.name, sign: { ...extras, privateKey: privateJwk }, verify: { jwks: { keys: [publicOf(privateJwk)] } } }
    })
  } else {
    // An RSA pair and its JWKS, with the claims a token names (an audience, a service account).
    candidates.push(async () => {
      const pair = (await crypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair
      const keyId = hex(random(8))
      const privateJwk = { ...(await crypto.subtle.exportKey('jwk', pair.privateKey)), kid: keyId }
      const jwks = { keys: [{ ...publicOf(privateJwk), alg: 'RS256', use: 'sig' }] }
      const claims = { ...TOKEN_CLAIMS, ...extras }
      return { provider: cli.name, sign: { ...claims, privateKey: privateJwk, keyId }, verify: { ...claims, jwks } }
    })
    if (typeof shape['secret'] === 'string') {
      // Standard Webhooks v1a: the private key signs (whsk_), the public one verifies (whpk_).
      candidates.push(async () => {
        const pair = await ed25519Pair()
        const seed = fromBase64Url((await crypto.subtle.exportKey('jwk', pair.privateKey)).d!)
        const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))
        return {
          provider: cli.name,
          sign: { ...extras, secret: `whsk_${base64(seed)}` },
          verify: { ...extras, secret: `whpk_${base64(raw)}` },
        }
      })
    }
  }
  for (const candidate of candidates) {
    const keys = await candidate()
    if (await roundTrips(cli, keys, shape)) return keys
  }
  throw new InputError(
    options.pair && typeof shape['secret'] === 'string'
      ? `${cli.title} takes no key pair the command line can make: keygen without --pair makes its secret`
      : `${cli.title} verifies with keys the command line cannot make (such as a certificate): write a key file by hand, { "sign": {…}, "verify": {…} } with the options sign() and verify() take`,
  )
}

const RSA = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
// What a token family names besides its key, for a test: the endpoint it is for, the account that sends.
const TOKEN_CLAIMS = { audience: 'https://localhost/webhook', email: 'push@hookproof.test' }

const ed25519Pair = async (): Promise<CryptoKeyPair> =>
  (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair
const fromBase64Url = (text: string): Uint8Array =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
