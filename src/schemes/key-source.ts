/**
 * Where a JWKS scheme's keys come from: the caller's own set
 * (`options.jwks`), or the sender's, fetched from `options.jwksUrl` (default:
 * the sender's URL) with `options.fetch` (default: the global `fetch`). One
 * reading of those options for every JWKS scheme, whatever its key type.
 */
import { type JwksSource, RemoteJwks } from '../crypto/jwks.js'
import type { FetchLike } from '../crypto/jwks-body.js'
import { JWKS_MAX_KEYS, type KeyType, readKeySet } from '../crypto/key-set.js'
import { isPromiseLike } from '../promise.js'

/** The keys deliveries are checked against: the caller's JWKS (`fixed`), or one fetched from a URL. */
export type KeySource<Key> = { readonly fixed: readonly Key[] } | JwksSource<Key>

/**
 * @internal The key source the caller's options name; a `TypeError` saying
 * how to fix them. `options.secret` is refused: the keys are public ones.
 */
export function readKeySource<Key, Flaw extends string>(
  options: Readonly<Record<string, unknown>>,
  defaultUrl: string,
  type: KeyType<Key, Flaw>,
): KeySource<Key> {
  if (options['secret'] !== undefined) {
    throw new TypeError(
      `hookproof: this sender signs with ${type.name} keys from its JWKS, not a secret. Remove options.secret (pass options.jwks only to pin the keys).`,
    )
  }
  if (options['jwks'] !== undefined) {
    const reading = readKeySet(options['jwks'], type)
    // The caller's own keys, unlike a sender's JWKS: a flawed one is a
    // mistake to fix now, not one to work around.
    const [flawed] = reading.degenerate
    if (flawed !== undefined) {
      throw new TypeError(
        `hookproof: options.jwks.keys[${flawed.index}] is an ${type.name} public key ${type.describe(flawed.flaw)}. Remove it; pass the sender's published keys.`,
      )
    }
    if (reading.problem !== undefined) {
      throw new TypeError(
        `hookproof: options.jwks must be a JWKS ({ keys: [...] }) of at most ${JWKS_MAX_KEYS} keys with at least one ${type.name} public key (${type.shape}); this one ${reading.problem}.`,
      )
    }
    return { fixed: reading.keys }
  }
  const url = options['jwksUrl'] ?? defaultUrl
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new TypeError('hookproof: options.jwksUrl must be an http(s) URL.')
  const fetch = options['fetch'] ?? (globalThis as { fetch?: unknown }).fetch
  if (typeof fetch !== 'function') {
    throw new TypeError(
      options['fetch'] === undefined
        ? 'hookproof: there is no global fetch here to load the JWKS. Pass options.fetch, or the keys as options.jwks.'
        : 'hookproof: options.fetch must be a function, (url, init) => Promise<Response>, like the global fetch.',
    )
  }
  return new RemoteJwks(url, fetch as FetchLike, type)
}

/**
 * @internal Whether `check` accepts any of the source's keys: the cached (or
 * pinned) ones first, then, for a fetched set, the keys of a refetch (the
 * sender may have rotated; at most once a minute, a fetch in flight waited
 * for). Synchronous while the keys are cached and the engine is.
 */
export function withKeys<Key>(
  source: KeySource<Key>,
  check: (keys: readonly Key[]) => boolean | Promise<boolean>,
): boolean | Promise<boolean> {
  if ('fixed' in source) return check(source.fixed)
  const retry = async (): Promise<boolean> => {
    const fresh = await source.refresh()
    return fresh !== undefined && check(fresh)
  }
  const cached = source.keys()
  const first = isPromiseLike(cached) ? Promise.resolve(cached).then(check) : check(cached)
  if (first === true) return true
  return Promise.resolve(first).then((ok) => ok || retry())
}
