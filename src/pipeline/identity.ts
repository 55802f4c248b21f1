/**
 * What a provider's `verify` carries besides the check: the provider's name
 * and the headers its deliveries carry. `receive`, `detectProviders` and the
 * adapters read it off whatever `verify` they are given (a subpath module, a
 * root namespace, a provider of the caller's own), so that no list of
 * providers is needed to tell them apart.
 */
import type { HeaderSets } from '../schemes/scheme.js'
import type { AnyDefinition } from './definition.js'

/** @internal A provider as detection sees it. */
export interface Identity {
  /** For messages: `Mux`. */
  readonly name: string
  /** The headers, lower case, its deliveries carry with these verify options, one list per way of signing; `[]` when the scheme does not say. */
  headers(options?: Readonly<Record<string, unknown>>): HeaderSets
}

// Symbol.for: one key for the ESM and the CJS copy of hookproof alike.
const IDENTITY: unique symbol = Symbol.for('hookproof.identity') as never

/** @internal `verify`, marked with its definition's identity. */
export function withIdentity<F extends object>(verify: F, definition: AnyDefinition): F {
  const { name, scheme } = definition
  const identity: Identity = { name, headers: (options) => scheme.headers?.(options) ?? [] }
  return Object.defineProperty(verify, IDENTITY, { value: identity })
}

/** @internal The identity a `verify` was built with, or `undefined` for a function hookproof did not build. */
export function identityOf(verify: unknown): Identity | undefined {
  if (typeof verify !== 'function') return undefined
  return (verify as { readonly [IDENTITY]?: Identity })[IDENTITY]
}
