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
// <providers> written by scripts/providers.mjs from src/providers/: do not edit by hand
import {
  verify as adsumoVerify,
  sign as adsumoSign,
  isKnownEvent as adsumoIsKnownEvent,
  idempotencyKey as adsumoIdempotencyKey,
} from './providers/adsumo.js'
import { verify as elevenlabsVerify, sign as elevenlabsSign, isKnownEvent as elevenlabsIsKnownEvent } from './providers/elevenlabs.js'
import {
  verify as eversinceVerify,
  sign as eversinceSign,
  isKnownEvent as eversinceIsKnownEvent,
  idempotencyKey as eversinceIdempotencyKey,
} from './providers/eversince.js'
import {
  verify as falVerify,
  sign as falSign,
  isKnownEvent as falIsKnownEvent,
  idempotencyKey as falIdempotencyKey,
} from './providers/fal.js'
import {
  verify as magichourVerify,
  sign as magichourSign,
  isKnownEvent as magichourIsKnownEvent,
  idempotencyKey as magichourIdempotencyKey,
} from './providers/magichour.js'
import {
  verify as muxVerify,
  sign as muxSign,
  isKnownEvent as muxIsKnownEvent,
  idempotencyKey as muxIdempotencyKey,
} from './providers/mux.js'
import {
  verify as openrouterVerify,
  sign as openrouterSign,
  isKnownEvent as openrouterIsKnownEvent,
  idempotencyKey as openrouterIdempotencyKey,
} from './providers/openrouter.js'
import {
  verify as removebgvideoVerify,
  sign as removebgvideoSign,
  idempotencyKey as removebgvideoIdempotencyKey,
} from './providers/removebgvideo.js'
import {
  verify as replicateVerify,
  sign as replicateSign,
  isKnownEvent as replicateIsKnownEvent,
  idempotencyKey as replicateIdempotencyKey,
} from './providers/replicate.js'
import { verify as standardwebhooksVerify, sign as standardwebhooksSign } from './providers/standardwebhooks.js'
import {
  verify as synthesiaVerify,
  sign as synthesiaSign,
  isKnownEvent as synthesiaIsKnownEvent,
  idempotencyKey as synthesiaIdempotencyKey,
} from './providers/synthesia.js'
import {
  verify as videopilotVerify,
  sign as videopilotSign,
  isKnownEvent as videopilotIsKnownEvent,
  idempotencyKey as videopilotIdempotencyKey,
} from './providers/videopilot.js'

// Plain objects built here rather than `export * as`: a namespace object would
// be created next to the provider's code, where it keeps `sign` alive in a
// bundle that imports only `verify` from the subpath.
/** Adsumo's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/adsumo`. */
export const adsumo: {
  readonly verify: typeof adsumoVerify
  readonly sign: typeof adsumoSign
  readonly isKnownEvent: typeof adsumoIsKnownEvent
  readonly idempotencyKey: typeof adsumoIdempotencyKey
} = { verify: adsumoVerify, sign: adsumoSign, isKnownEvent: adsumoIsKnownEvent, idempotencyKey: adsumoIdempotencyKey }
/** ElevenLabs's `verify`, `sign` and `isKnownEvent`, as exported by `hookproof/elevenlabs`. */
export const elevenlabs: {
  readonly verify: typeof elevenlabsVerify
  readonly sign: typeof elevenlabsSign
  readonly isKnownEvent: typeof elevenlabsIsKnownEvent
} = { verify: elevenlabsVerify, sign: elevenlabsSign, isKnownEvent: elevenlabsIsKnownEvent }
/** Eversince's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/eversince`. */
export const eversince: {
  readonly verify: typeof eversinceVerify
  readonly sign: typeof eversinceSign
  readonly isKnownEvent: typeof eversinceIsKnownEvent
  readonly idempotencyKey: typeof eversinceIdempotencyKey
} = { verify: eversinceVerify, sign: eversinceSign, isKnownEvent: eversinceIsKnownEvent, idempotencyKey: eversinceIdempotencyKey }
/** fal's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/fal`. */
export const fal: {
  readonly verify: typeof falVerify
  readonly sign: typeof falSign
  readonly isKnownEvent: typeof falIsKnownEvent
  readonly idempotencyKey: typeof falIdempotencyKey
} = { verify: falVerify, sign: falSign, isKnownEvent: falIsKnownEvent, idempotencyKey: falIdempotencyKey }
/** Magic Hour's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/magichour`. */
export const magichour: {
  readonly verify: typeof magichourVerify
  readonly sign: typeof magichourSign
  readonly isKnownEvent: typeof magichourIsKnownEvent
  readonly idempotencyKey: typeof magichourIdempotencyKey
} = { verify: magichourVerify, sign: magichourSign, isKnownEvent: magichourIsKnownEvent, idempotencyKey: magichourIdempotencyKey }
/** Mux's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/mux`. */
export const mux: {
  readonly verify: typeof muxVerify
  readonly sign: typeof muxSign
  readonly isKnownEvent: typeof muxIsKnownEvent
  readonly idempotencyKey: typeof muxIdempotencyKey
} = { verify: muxVerify, sign: muxSign, isKnownEvent: muxIsKnownEvent, idempotencyKey: muxIdempotencyKey }
/** OpenRouter's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/openrouter`. */
export const openrouter: {
  readonly verify: typeof openrouterVerify
  readonly sign: typeof openrouterSign
  readonly isKnownEvent: typeof openrouterIsKnownEvent
  readonly idempotencyKey: typeof openrouterIdempotencyKey
} = { verify: openrouterVerify, sign: openrouterSign, isKnownEvent: openrouterIsKnownEvent, idempotencyKey: openrouterIdempotencyKey }
/** RemoveBGVideo's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/removebgvideo`. */
export const removebgvideo: {
  readonly verify: typeof removebgvideoVerify
  readonly sign: typeof removebgvideoSign
  readonly idempotencyKey: typeof removebgvideoIdempotencyKey
} = { verify: removebgvideoVerify, sign: removebgvideoSign, idempotencyKey: removebgvideoIdempotencyKey }
/** Replicate's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/replicate`. */
export const replicate: {
  readonly verify: typeof replicateVerify
  readonly sign: typeof replicateSign
  readonly isKnownEvent: typeof replicateIsKnownEvent
  readonly idempotencyKey: typeof replicateIdempotencyKey
} = { verify: replicateVerify, sign: replicateSign, isKnownEvent: replicateIsKnownEvent, idempotencyKey: replicateIdempotencyKey }
/** Standard Webhooks's `verify` and `sign`, as exported by `hookproof/standardwebhooks`. */
export const standardwebhooks: { readonly verify: typeof standardwebhooksVerify; readonly sign: typeof standardwebhooksSign } = {
  verify: standardwebhooksVerify,
  sign: standardwebhooksSign,
}
/** Synthesia's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/synthesia`. */
export const synthesia: {
  readonly verify: typeof synthesiaVerify
  readonly sign: typeof synthesiaSign
  readonly isKnownEvent: typeof synthesiaIsKnownEvent
  readonly idempotencyKey: typeof synthesiaIdempotencyKey
} = { verify: synthesiaVerify, sign: synthesiaSign, isKnownEvent: synthesiaIsKnownEvent, idempotencyKey: synthesiaIdempotencyKey }
/** VideoPilot's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/videopilot`. */
export const videopilot: {
  readonly verify: typeof videopilotVerify
  readonly sign: typeof videopilotSign
  readonly isKnownEvent: typeof videopilotIsKnownEvent
  readonly idempotencyKey: typeof videopilotIdempotencyKey
} = { verify: videopilotVerify, sign: videopilotSign, isKnownEvent: videopilotIsKnownEvent, idempotencyKey: videopilotIdempotencyKey }

export type {
  AdsumoDelivery,
  AdsumoEvent,
  AdsumoEventName,
  AdsumoGeneration,
  AdsumoGenerationCompleted,
  AdsumoGenerationFailed,
  AdsumoGenerationType,
} from './providers/adsumo.js'
export type {
  ElevenLabsCallInitiationFailure,
  ElevenLabsDelivery,
  ElevenLabsEvent,
  ElevenLabsEventMap,
  ElevenLabsEventName,
  ElevenLabsPostCallAudio,
  ElevenLabsPostCallTranscription,
  ElevenLabsSpeechToText,
} from './providers/elevenlabs.js'
export type {
  EversinceAsset,
  EversinceDelivery,
  EversinceEvent,
  EversinceEventName,
  EversinceEventOf,
  EversinceProject,
  EversinceScene,
  EversinceStatus,
  EversinceTimeline,
} from './providers/eversince.js'
export type { FalDelivery, FalEvent, FalResultError, FalResultOk, FalSignOptions, FalVerifyOptions } from './providers/fal.js'
export type {
  MagicHourAudioErrorCode,
  MagicHourAudioProject,
  MagicHourAudioType,
  MagicHourDelivery,
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
  MuxAsset,
  MuxAssetEventName,
  MuxDelivery,
  MuxEnvelope,
  MuxEvent,
  MuxEventName,
  MuxOtherEventName,
  MuxUnknownEvent,
  MuxUpload,
  MuxUploadEventName,
} from './providers/mux.js'
export type {
  OpenRouterDelivery,
  OpenRouterEvent,
  OpenRouterEventName,
  OpenRouterVideoJob,
  OpenRouterVideoStatus,
} from './providers/openrouter.js'
export type {
  RemoveBGVideoEvent,
  RemoveBGVideoEventName,
  RemoveBGVideoJob,
  RemoveBGVideoJobStatus,
  RemoveBGVideoSignOptions,
} from './providers/removebgvideo.js'
export type {
  ReplicateDelivery,
  ReplicateEvent,
  ReplicatePrediction,
  ReplicatePredictionStatus,
  ReplicateSignOptions,
} from './providers/replicate.js'
export type { StandardWebhooksEvent, StandardWebhooksSignOptions, StandardWebhooksVerify } from './providers/standardwebhooks.js'
export type { SynthesiaDelivery, SynthesiaEvent, SynthesiaEventName, SynthesiaVideo, SynthesiaVideoStatus } from './providers/synthesia.js'
export type {
  VideoPilotDelivery,
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
// </providers>

export { isWebhookVerificationError, WebhookVerificationError } from './errors.js'
export type { WebhookVerificationErrorCode, WebhookVerificationStatus } from './errors.js'
export { DEFAULT_MAX_BODY_BYTES } from './http/body.js'
export type { BodyOptions } from './http/body.js'

export { defineProvider } from './pipeline/define.js'
export type {
  DefinitionFields,
  EventKey,
  EventNames,
  EventOf,
  IsKnownEvent,
  Provider,
  ProviderDefinition,
  Sign,
  SignedDelivery,
  SignOptionsOf,
  UnknownEvent,
  Verify,
  VerifiedOf,
  VerifyOptionsOf,
} from './pipeline/definition.js'
export type { SignOptions, UntimedVerifyOptions, VerifyOptions } from './pipeline/options.js'
export type { CheckOptions, NoTimestampOptions, SignTimeOptions } from './time/tolerance.js'
export type { SecretOptions, SigningSecretOptions } from './schemes/secret.js'
export { hmacHexScheme, hmacScheme } from './schemes/hmac.js'
export type {
  HmacHexScheme,
  HmacHexSchemeOptions,
  HmacHexSignsTime,
  HmacScheme,
  HmacSchemeOptions,
  HmacSignsTime,
  HmacTimestamp,
} from './schemes/hmac.js'
export { base64Signature, hexSignature } from './encoding/signature.js'
export type { SignatureEncoding } from './encoding/signature.js'
export type { AnyScheme, Scheme, SignedContent, SignedTimestamp, SignKeysOf, VerifyKeysOf } from './schemes/scheme.js'
export { stripeStyleScheme } from './schemes/stripe-style.js'
export type { StripeStyleScheme, StripeStyleSchemeOptions, StripeStyleSignsTime } from './schemes/stripe-style.js'
export { standardWebhooksScheme } from './schemes/standard-webhooks.js'
export type {
  StandardWebhooksKey,
  StandardWebhooksScheme,
  StandardWebhooksSchemeOptions,
  StandardWebhooksSigned,
} from './schemes/standard-webhooks.js'
export { ed25519JwksScheme } from './schemes/ed25519-jwks.js'
export type {
  Ed25519JwksScheme,
  Ed25519JwksSchemeOptions,
  Ed25519JwksSignOptions,
  Ed25519JwksVerifyOptions,
  Ed25519KeySource,
  Ed25519Signed,
  SignedField,
} from './schemes/ed25519-jwks.js'
export { signEd25519, verifyEd25519 } from './crypto/ed25519.js'
export type { CryptoKeyLike, Ed25519PrivateKey, Jwk } from './crypto/ed25519.js'
export type { ByteStreamReader } from './bounded-read.js'
export type { FetchLike, JwksResponse } from './crypto/jwks-body.js'
export type { JsonWebKeySet, JwksSource } from './crypto/jwks.js'
export type { KeyHint } from './schemes/secret.js'
export { hmacSha256, hmacSha256Hex, verifyHmacSha256 } from './crypto/hmac.js'
export type { Part } from './encoding/utf8.js'
export type { Secret } from './crypto/engine.js'
export { isoDateTime, unixMilliseconds, unixSeconds } from './time/formats.js'
export type { TimestampFormat } from './time/formats.js'
export type { Tolerance } from './time/tolerance.js'
export type { RawBody, RequestLike, WebhookInput, WebhookParts } from './http/input.js'
export type { HeaderRecord, HeaderSource, HeadersLike, HeaderLookup } from './http/headers.js'
