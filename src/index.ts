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
import { sign as elevenlabsSign, verify as elevenlabsVerify } from './providers/elevenlabs.js'
import { idempotencyKey as falIdempotencyKey, sign as falSign, verify as falVerify } from './providers/fal.js'
import { idempotencyKey as muxIdempotencyKey, sign as muxSign, verify as muxVerify } from './providers/mux.js'
import { idempotencyKey as openrouterIdempotencyKey, sign as openrouterSign, verify as openrouterVerify } from './providers/openrouter.js'
import { idempotencyKey as replicateIdempotencyKey, sign as replicateSign, verify as replicateVerify } from './providers/replicate.js'
import { sign as standardwebhooksSign, verify as standardwebhooksVerify } from './providers/standardwebhooks.js'
import { idempotencyKey as synthesiaIdempotencyKey, sign as synthesiaSign, verify as synthesiaVerify } from './providers/synthesia.js'

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
/** ElevenLabs's `verify` and `sign`, as exported by `hookproof/elevenlabs`. */
export const elevenlabs: { readonly verify: typeof elevenlabsVerify; readonly sign: typeof elevenlabsSign } = { verify: elevenlabsVerify, sign: elevenlabsSign }
/** fal's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/fal`. */
export const fal: { readonly verify: typeof falVerify; readonly sign: typeof falSign; readonly idempotencyKey: typeof falIdempotencyKey } = { verify: falVerify, sign: falSign, idempotencyKey: falIdempotencyKey }
/** Mux's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/mux`. */
export const mux: { readonly verify: typeof muxVerify; readonly sign: typeof muxSign; readonly idempotencyKey: typeof muxIdempotencyKey } = { verify: muxVerify, sign: muxSign, idempotencyKey: muxIdempotencyKey }
/** OpenRouter's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/openrouter`. */
export const openrouter: { readonly verify: typeof openrouterVerify; readonly sign: typeof openrouterSign; readonly idempotencyKey: typeof openrouterIdempotencyKey } = { verify: openrouterVerify, sign: openrouterSign, idempotencyKey: openrouterIdempotencyKey }
/** Replicate's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/replicate`. */
export const replicate: { readonly verify: typeof replicateVerify; readonly sign: typeof replicateSign; readonly idempotencyKey: typeof replicateIdempotencyKey } = { verify: replicateVerify, sign: replicateSign, idempotencyKey: replicateIdempotencyKey }
/** Standard Webhooks's `verify` and `sign`, as exported by `hookproof/standardwebhooks`. */
export const standardwebhooks: { readonly verify: typeof standardwebhooksVerify; readonly sign: typeof standardwebhooksSign } = { verify: standardwebhooksVerify, sign: standardwebhooksSign }
/** Synthesia's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/synthesia`. */
export const synthesia: { readonly verify: typeof synthesiaVerify; readonly sign: typeof synthesiaSign; readonly idempotencyKey: typeof synthesiaIdempotencyKey } = { verify: synthesiaVerify, sign: synthesiaSign, idempotencyKey: synthesiaIdempotencyKey }

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

export type {
  ElevenLabsCallInitiationFailure,
  ElevenLabsEvent,
  ElevenLabsEventMap,
  ElevenLabsEventName,
  ElevenLabsPostCallAudio,
  ElevenLabsPostCallTranscription,
  ElevenLabsSpeechToText,
} from './providers/elevenlabs.js'
export type { FalEvent, FalResultError, FalResultOk, FalSignOptions, FalVerify, FalVerifyOptions } from './providers/fal.js'
export type {
  MuxAsset,
  MuxAssetEventName,
  MuxEnvelope,
  MuxEvent,
  MuxEventName,
  MuxOtherEventName,
  MuxUpload,
  MuxUploadEventName,
} from './providers/mux.js'
export type { OpenRouterEvent, OpenRouterEventName, OpenRouterVideoJob, OpenRouterVideoStatus } from './providers/openrouter.js'
export type { ReplicateEvent, ReplicatePrediction, ReplicatePredictionStatus, ReplicateSignOptions } from './providers/replicate.js'
export type { StandardWebhooksEvent, StandardWebhooksSignOptions, StandardWebhooksVerify } from './providers/standardwebhooks.js'
export type { SynthesiaEvent, SynthesiaEventName, SynthesiaVideo, SynthesiaVideoStatus } from './providers/synthesia.js'

export { isWebhookVerificationError, WebhookVerificationError } from './errors.js'
export type { WebhookVerificationErrorCode } from './errors.js'

export { defineProvider } from './pipeline/provider.js'
export type {
  CheckOptions,
  DeliveryHeaderOptions,
  Provider,
  ProviderDefinition,
  SignedDelivery,
  SignOptions,
  SignTimeOptions,
  VerifyOptions,
} from './pipeline/provider.js'
export { hmacHexScheme } from './schemes/hmac-hex.js'
export type { HmacHexSchemeOptions } from './schemes/hmac-hex.js'
export type { Scheme, SignedContent, SignedTimestamp } from './schemes/scheme.js'
export { stripeStyleScheme } from './schemes/stripe-style.js'
export type { StripeStyleSchemeOptions } from './schemes/stripe-style.js'
export { standardWebhooksScheme } from './schemes/standard-webhooks.js'
export type { StandardWebhooksKey, StandardWebhooksSchemeOptions, StandardWebhooksSigned } from './schemes/standard-webhooks.js'
export { ed25519JwksScheme } from './schemes/ed25519-jwks.js'
export type { Ed25519JwksSchemeOptions, Ed25519KeySource, Ed25519Signed, SignedField } from './schemes/ed25519-jwks.js'
export { signEd25519, verifyEd25519 } from './crypto/ed25519.js'
export type { CryptoKeyLike, Ed25519PrivateKey, Jwk } from './crypto/ed25519.js'
export type { FetchLike, JsonWebKeySet, JwksSource } from './crypto/jwks.js'
export type { KeyHint } from './schemes/secret.js'
export { hmacSha256, hmacSha256Hex, verifyHmacSha256 } from './crypto/hmac.js'
export type { Part } from './encoding/utf8.js'
export type { Secret } from './crypto/engine.js'
export { isoDateTime, unixSeconds } from './time/formats.js'
export type { TimestampFormat } from './time/formats.js'
export type { Tolerance } from './time/tolerance.js'
export type { RawBody, RequestLike, WebhookInput, WebhookParts } from './http/input.js'
export type { HeaderRecord, HeaderSource, HeadersLike, HeaderLookup } from './http/headers.js'
