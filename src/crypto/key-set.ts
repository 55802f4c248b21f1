/**
 * Reading the signing keys of one type out of a JSON Web Key Set, bounded:
 * the sender (or whoever answers at its URL) writes the set.
 */
import { publicKeyOfJwk } from './ed25519.js'
import { describeEd25519KeyFlaw, type Ed25519KeyFlaw, ed25519KeyFlaw } from './ed25519-key.js'
import type { Jwk } from './jwk.js'
import { describeRsaKeyFlaw, type RsaKeyFlaw, type RsaPublicKey, rsaKeyOfJwk } from './rsa-key.js'

/** A JSON Web Key Set, as served at a `/.well-known/jwks.json` URL. */
export interface JsonWebKeySet {
  readonly keys: readonly Jwk[]
}

/**
 * The most entries a JWKS may list, counted whatever their type (keys of
 * other types or uses are ignored but count). A delivery's signature is
 * tried against every key that may have made it, so this bounds the
 * verifications a forged delivery costs: 32 against the cached keys, and 32
 * more when it brings a refetch (at most once a minute per URL). At most
 * `KEY_CACHE_LIMIT` (128): the keys of a maximal set fit in the engines'
 * cache of prepared public keys at once, where more would evict each other on
 * every delivery, each verification paying for an import again.
 *
 * A JWKS of signing keys holds one to three (the current key, the next or
 * the last while rotating): 32 leaves a margin of ten times.
 */
export const JWKS_MAX_KEYS = 32

/** A JWKS as read; see {@link readKeySet}. */
export interface JwksReading<Key, Flaw extends string> {
  /** Its signing keys of the type read. */
  readonly keys: readonly Key[]
  /** Its keys of that type that must not be used, left out of `keys`: their index in the set, and why. */
  readonly degenerate: readonly { readonly index: number; readonly flaw: Flaw }[]
  /** Why the set cannot be used, phrased to follow "the JWKS …": too many entries, or no usable key. */
  readonly problem?: string
}

/** How one type of key is read from a JWKS. */
export interface KeyType<Key, Flaw extends string> {
  /** Its name in messages, and what keeps the caches of two types at one URL apart: `Ed25519`, `RSA`. */
  readonly name: string
  /** The key of a JWK, a flaw that keeps it from being used, or `undefined` when the JWK is not of this type. */
  read(jwk: unknown): { readonly key: Key } | { readonly flaw: Flaw } | undefined
  /** What a set holding only flawed keys has, to follow "only keys …". */
  readonly flawed: string
  /** "… is an <name> public key <this>", for a flawed key in the caller's own set. */
  describe(flaw: Flaw): string
  /** The members a JWK of this type has, for messages: `kty "OKP", crv "Ed25519", x`. */
  readonly shape: string
}

/**
 * The signing keys of one type in a set: entries of other types or for other
 * uses (`use` other than `sig`) are skipped, flawed ones left out and
 * listed. More than {@link JWKS_MAX_KEYS} entries is a `problem` (nothing is
 * read), and so is a set with no usable key of the type.
 */
export function readKeySet<Key, Flaw extends string>(set: unknown, type: KeyType<Key, Flaw>): JwksReading<Key, Flaw> {
  const listed = (set as { keys?: unknown } | null)?.keys
  const entries = Array.isArray(listed) ? listed : []
  if (entries.length > JWKS_MAX_KEYS) {
    return { keys: [], degenerate: [], problem: `has ${entries.length} keys; hookproof reads at most ${JWKS_MAX_KEYS}` }
  }
  const keys: Key[] = []
  const degenerate: { index: number; flaw: Flaw }[] = []
  entries.forEach((jwk, index) => {
    const use = (jwk as { use?: unknown } | null)?.use
    const read = use === undefined || use === 'sig' ? type.read(jwk) : undefined
    if (read === undefined) return
    if ('key' in read) keys.push(read.key)
    else degenerate.push({ index, flaw: read.flaw })
  })
  if (keys.length > 0) return { keys, degenerate }
  const problem =
    degenerate.length > 0 ? `has no usable ${type.name} signing key, only keys ${type.flawed}` : `has no ${type.name} signing key`
  return { keys, degenerate, problem }
}

/** Ed25519 keys (`kty: 'OKP'`, `crv: 'Ed25519'`), raw; those of small order or not canonically encoded (`ed25519-key.ts`) are flawed. */
export const ED25519_KEYS: KeyType<Uint8Array, Ed25519KeyFlaw> = {
  name: 'Ed25519',
  read(jwk) {
    const key = publicKeyOfJwk(jwk)
    if (key === undefined) return undefined
    const flaw = ed25519KeyFlaw(key)
    return flaw === undefined ? { key } : { flaw }
  },
  flawed: 'of small order or not canonically encoded, which would verify forgeries',
  describe: describeEd25519KeyFlaw,
  shape: 'kty "OKP", crv "Ed25519", x',
}

/** An RSA signing key of a JWKS, and the `kid` that a token's header selects it by. */
export interface RsaSigningKey {
  readonly kid: string | undefined
  readonly key: RsaPublicKey
}

/** RSA keys (`kty: 'RSA'`) with their `kid`; those outside `rsa-key.ts`'s bounds are flawed. */
export const RSA_KEYS: KeyType<RsaSigningKey, RsaKeyFlaw> = {
  name: 'RSA',
  read(jwk) {
    const read = rsaKeyOfJwk(jwk)
    if (read === undefined || 'flaw' in read) return read
    const kid = (jwk as Jwk).kid
    return { key: { kid: typeof kid === 'string' ? kid : undefined, key: read.key } }
  },
  flawed: 'of fewer than 2048 bits, more than 8192, even, or with another exponent than 65537',
  describe: describeRsaKeyFlaw,
  shape: 'kty "RSA", n, e',
}

/** The Ed25519 signing keys of a set, as raw bytes; see {@link readKeySet}. */
export function readJwks(set: unknown): JwksReading<Uint8Array, Ed25519KeyFlaw> {
  return readKeySet(set, ED25519_KEYS)
}
