/**
 * hookproof: verify signed webhooks from AI video and media generation APIs.
 *
 * Each provider has its own subpath (`hookproof/eversince`, …) exporting
 * `verify`, `sign` and its event types; the root exports them as namespaces,
 * with the error class and the primitives to define a provider of your own.
 *
 * @example
 * ```ts
 * import { eversince, isWebhookVerificationError } from 'hookproof'
 *
 * const event = await eversince.verify(request, { secret })
 * ```
 *
 * @module
 */
export * as adsumo from './providers/adsumo.js'
export * as eversince from './providers/eversince.js'
export * as magichour from './providers/magichour.js'
export * as removebgvideo from './providers/removebgvideo.js'
export * as videopilot from './providers/videopilot.js'

export { isWebhookVerificationError, WebhookVerificationError } from './errors.js'
export type { WebhookVerificationErrorCode } from './errors.js'

export { defineProvider } from './core/provider.js'
export type {
  DeliveryHeaderOptions,
  Provider,
  ProviderDefinition,
  SignedDelivery,
  SignOptions,
  VerifyOptions,
} from './core/provider.js'
export { hmacHexScheme } from './core/scheme.js'
export type { HmacHexSchemeOptions, Scheme, SignedContent } from './core/scheme.js'
export { hmacSha256, hmacSha256Hex, verifyHmacSha256 } from './core/hmac.js'
export type { Part, Secret } from './core/hmac.js'
export { parseTimestamp } from './core/timestamp.js'
export type { TimestampFormat, Tolerance } from './core/timestamp.js'
export type { RawBody, RequestLike, WebhookInput, WebhookParts } from './core/input.js'
export type { HeaderRecord, HeaderSource, HeadersLike, HeaderLookup } from './core/headers.js'
