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
import { idempotencyKey as adsumoIdempotencyKey, sign as adsumoSign, verify as adsumoVerify } from './providers/adsumo.js'
import { idempotencyKey as eversinceIdempotencyKey, sign as eversinceSign, verify as eversinceVerify } from './providers/eversince.js'
import { idempotencyKey as magichourIdempotencyKey, sign as magichourSign, verify as magichourVerify } from './providers/magichour.js'
import { idempotencyKey as removebgvideoIdempotencyKey, sign as removebgvideoSign, verify as removebgvideoVerify } from './providers/removebgvideo.js'
import { idempotencyKey as videopilotIdempotencyKey, sign as videopilotSign, verify as videopilotVerify } from './providers/videopilot.js'

// Plain objects built here rather than `export * as`: a namespace object would
// be created next to the provider's code, where it keeps `sign` alive in a
// bundle that imports only `verify` from the subpath.
/** Adsumo's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/adsumo`. */
export const adsumo: { readonly verify: typeof adsumoVerify; readonly sign: typeof adsumoSign; readonly idempotencyKey: typeof adsumoIdempotencyKey } = { verify: adsumoVerify, sign: adsumoSign, idempotencyKey: adsumoIdempotencyKey }
/** Eversince's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/eversince`. */
export const eversince: { readonly verify: typeof eversinceVerify; readonly sign: typeof eversinceSign; readonly idempotencyKey: typeof eversinceIdempotencyKey } = { verify: eversinceVerify, sign: eversinceSign, idempotencyKey: eversinceIdempotencyKey }
/** MagicHour's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/magichour`. */
export const magichour: { readonly verify: typeof magichourVerify; readonly sign: typeof magichourSign; readonly idempotencyKey: typeof magichourIdempotencyKey } = { verify: magichourVerify, sign: magichourSign, idempotencyKey: magichourIdempotencyKey }
/** RemoveBGVideo's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/removebgvideo`. */
export const removebgvideo: { readonly verify: typeof removebgvideoVerify; readonly sign: typeof removebgvideoSign; readonly idempotencyKey: typeof removebgvideoIdempotencyKey } = { verify: removebgvideoVerify, sign: removebgvideoSign, idempotencyKey: removebgvideoIdempotencyKey }
/** VideoPilot's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/videopilot`. */
export const videopilot: { readonly verify: typeof videopilotVerify; readonly sign: typeof videopilotSign; readonly idempotencyKey: typeof videopilotIdempotencyKey } = { verify: videopilotVerify, sign: videopilotSign, idempotencyKey: videopilotIdempotencyKey }

export type {
  AdsumoEvent,
  AdsumoEventName,
  AdsumoGeneration,
  AdsumoGenerationCompleted,
  AdsumoGenerationFailed,
  AdsumoGenerationType,
} from './providers/adsumo.js'
export type {
  EversinceAsset,
  EversinceEvent,
  EversinceEventName,
  EversinceEventOf,
  EversinceProject,
  EversinceScene,
  EversinceStatus,
  EversinceTimeline,
} from './providers/eversince.js'
export type {
  MagicHourAudioErrorCode,
  MagicHourAudioProject,
  MagicHourAudioType,
  MagicHourDownload,
  MagicHourError,
  MagicHourEvent,
  MagicHourEventName,
  MagicHourEventOf,
  MagicHourImageErrorCode,
  MagicHourImageProject,
  MagicHourImageType,
  MagicHourProjectBase,
  MagicHourStatus,
  MagicHourVideoErrorCode,
  MagicHourVideoProject,
  MagicHourVideoType,
} from './providers/magichour.js'
export type {
  RemoveBGVideoEvent,
  RemoveBGVideoEventName,
  RemoveBGVideoJob,
  RemoveBGVideoJobStatus,
  RemoveBGVideoPayload,
  RemoveBGVideoSignOptions,
} from './providers/removebgvideo.js'
export type {
  VideoPilotEvent,
  VideoPilotEventMap,
  VideoPilotEventName,
  VideoPilotGenerationFailed,
  VideoPilotMediaReady,
  VideoPilotQuality,
  VideoPilotRenderCompleted,
  VideoPilotRenderFailed,
  VideoPilotRenderStarted,
  VideoPilotScriptReady,
} from './providers/videopilot.js'

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
