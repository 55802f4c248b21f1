/**
 * A provider's namespace in the root export, by the module name its
 * reference gives: the `verify` and `sign` the property tests and the
 * differential corpus call, whichever provider it is.
 */
import * as hookproof from '../src/index.js'
import type { SignedDelivery, WebhookInput } from '../src/index.js'
import type { Reference } from './reference/signers.js'

export interface AnyProvider {
  verify(input: WebhookInput, options: Record<string, unknown>): Promise<Record<string, unknown>>
  sign(payload: unknown, options: Record<string, unknown>): Promise<SignedDelivery>
}

export const providerOf = (reference: Reference): AnyProvider => {
  const provider = (hookproof as unknown as Record<string, AnyProvider | undefined>)[reference.provider]
  if (!provider) throw new Error(`the root export has no ${reference.provider} namespace`)
  return provider
}
