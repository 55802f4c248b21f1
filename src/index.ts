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
import {
  verify as apivideoVerify,
  sign as apivideoSign,
  isKnownEvent as apivideoIsKnownEvent,
  idempotencyKey as apivideoIdempotencyKey,
} from './providers/apivideo.js'
import { verify as assemblyaiVerify, sign as assemblyaiSign, idempotencyKey as assemblyaiIdempotencyKey } from './providers/assemblyai.js'
import {
  verify as basetenVerify,
  sign as basetenSign,
  isKnownEvent as basetenIsKnownEvent,
  idempotencyKey as basetenIdempotencyKey,
} from './providers/baseten.js'
import {
  verify as bflVerify,
  sign as bflSign,
  isKnownEvent as bflIsKnownEvent,
  idempotencyKey as bflIdempotencyKey,
} from './providers/bfl.js'
import { verify as bunnyVerify, sign as bunnySign, idempotencyKey as bunnyIdempotencyKey } from './providers/bunny.js'
import {
  verify as cartesiaVerify,
  sign as cartesiaSign,
  isKnownEvent as cartesiaIsKnownEvent,
  idempotencyKey as cartesiaIdempotencyKey,
} from './providers/cartesia.js'
import {
  verify as cloudflarestreamVerify,
  sign as cloudflarestreamSign,
  isKnownEvent as cloudflarestreamIsKnownEvent,
  idempotencyKey as cloudflarestreamIdempotencyKey,
} from './providers/cloudflarestream.js'
import {
  verify as cloudinaryVerify,
  sign as cloudinarySign,
  isKnownEvent as cloudinaryIsKnownEvent,
  idempotencyKey as cloudinaryIdempotencyKey,
} from './providers/cloudinary.js'
import { verify as deepgramVerify, sign as deepgramSign, idempotencyKey as deepgramIdempotencyKey } from './providers/deepgram.js'
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
  verify as geminiVerify,
  sign as geminiSign,
  isKnownEvent as geminiIsKnownEvent,
  idempotencyKey as geminiIdempotencyKey,
} from './providers/gemini.js'
import {
  verify as humeVerify,
  sign as humeSign,
  isKnownEvent as humeIsKnownEvent,
  idempotencyKey as humeIdempotencyKey,
} from './providers/hume.js'
import {
  verify as ideogramVerify,
  sign as ideogramSign,
  isKnownEvent as ideogramIsKnownEvent,
  idempotencyKey as ideogramIdempotencyKey,
} from './providers/ideogram.js'
import {
  verify as imagekitVerify,
  sign as imagekitSign,
  isKnownEvent as imagekitIsKnownEvent,
  idempotencyKey as imagekitIdempotencyKey,
} from './providers/imagekit.js'
import { verify as kieVerify, sign as kieSign } from './providers/kie.js'
import {
  verify as livekitVerify,
  sign as livekitSign,
  isKnownEvent as livekitIsKnownEvent,
  idempotencyKey as livekitIdempotencyKey,
} from './providers/livekit.js'
import {
  verify as livepeerVerify,
  sign as livepeerSign,
  isKnownEvent as livepeerIsKnownEvent,
  idempotencyKey as livepeerIdempotencyKey,
} from './providers/livepeer.js'
import {
  verify as lumenfallVerify,
  sign as lumenfallSign,
  isKnownEvent as lumenfallIsKnownEvent,
  idempotencyKey as lumenfallIdempotencyKey,
} from './providers/lumenfall.js'
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
  verify as polloVerify,
  sign as polloSign,
  isKnownEvent as polloIsKnownEvent,
  idempotencyKey as polloIdempotencyKey,
} from './providers/pollo.js'
import { verify as pubsubVerify, sign as pubsubSign } from './providers/pubsub.js'
import {
  verify as remotionVerify,
  sign as remotionSign,
  isKnownEvent as remotionIsKnownEvent,
  idempotencyKey as remotionIdempotencyKey,
} from './providers/remotion.js'
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
import {
  verify as retellVerify,
  sign as retellSign,
  isKnownEvent as retellIsKnownEvent,
  idempotencyKey as retellIdempotencyKey,
} from './providers/retell.js'
import {
  verify as snsVerify,
  sign as snsSign,
  isKnownEvent as snsIsKnownEvent,
  idempotencyKey as snsIdempotencyKey,
} from './providers/sns.js'
import { verify as standardwebhooksVerify, sign as standardwebhooksSign } from './providers/standardwebhooks.js'
import {
  verify as syncsoVerify,
  sign as syncsoSign,
  isKnownEvent as syncsoIsKnownEvent,
  idempotencyKey as syncsoIdempotencyKey,
} from './providers/syncso.js'
import {
  verify as synthesiaVerify,
  sign as synthesiaSign,
  isKnownEvent as synthesiaIsKnownEvent,
  idempotencyKey as synthesiaIdempotencyKey,
} from './providers/synthesia.js'
import {
  verify as twelvelabsVerify,
  sign as twelvelabsSign,
  isKnownEvent as twelvelabsIsKnownEvent,
  idempotencyKey as twelvelabsIdempotencyKey,
} from './providers/twelvelabs.js'
import { verify as uploadcareVerify, sign as uploadcareSign, idempotencyKey as uploadcareIdempotencyKey } from './providers/uploadcare.js'
import { verify as vapiVerify, sign as vapiSign, idempotencyKey as vapiIdempotencyKey } from './providers/vapi.js'
import {
  verify as videopilotVerify,
  sign as videopilotSign,
  isKnownEvent as videopilotIsKnownEvent,
  idempotencyKey as videopilotIdempotencyKey,
} from './providers/videopilot.js'
import {
  verify as wavespeedVerify,
  sign as wavespeedSign,
  isKnownEvent as wavespeedIsKnownEvent,
  idempotencyKey as wavespeedIdempotencyKey,
} from './providers/wavespeed.js'

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
/** api.video's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/apivideo`. */
export const apivideo: {
  readonly verify: typeof apivideoVerify
  readonly sign: typeof apivideoSign
  readonly isKnownEvent: typeof apivideoIsKnownEvent
  readonly idempotencyKey: typeof apivideoIdempotencyKey
} = { verify: apivideoVerify, sign: apivideoSign, isKnownEvent: apivideoIsKnownEvent, idempotencyKey: apivideoIdempotencyKey }
/** AssemblyAI's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/assemblyai`. */
export const assemblyai: {
  readonly verify: typeof assemblyaiVerify
  readonly sign: typeof assemblyaiSign
  readonly idempotencyKey: typeof assemblyaiIdempotencyKey
} = { verify: assemblyaiVerify, sign: assemblyaiSign, idempotencyKey: assemblyaiIdempotencyKey }
/** Baseten's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/baseten`. */
export const baseten: {
  readonly verify: typeof basetenVerify
  readonly sign: typeof basetenSign
  readonly isKnownEvent: typeof basetenIsKnownEvent
  readonly idempotencyKey: typeof basetenIdempotencyKey
} = { verify: basetenVerify, sign: basetenSign, isKnownEvent: basetenIsKnownEvent, idempotencyKey: basetenIdempotencyKey }
/** Black Forest Labs's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/bfl`. */
export const bfl: {
  readonly verify: typeof bflVerify
  readonly sign: typeof bflSign
  readonly isKnownEvent: typeof bflIsKnownEvent
  readonly idempotencyKey: typeof bflIdempotencyKey
} = { verify: bflVerify, sign: bflSign, isKnownEvent: bflIsKnownEvent, idempotencyKey: bflIdempotencyKey }
/** Bunny Stream's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/bunny`. */
export const bunny: {
  readonly verify: typeof bunnyVerify
  readonly sign: typeof bunnySign
  readonly idempotencyKey: typeof bunnyIdempotencyKey
} = { verify: bunnyVerify, sign: bunnySign, idempotencyKey: bunnyIdempotencyKey }
/** Cartesia's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/cartesia`. */
export const cartesia: {
  readonly verify: typeof cartesiaVerify
  readonly sign: typeof cartesiaSign
  readonly isKnownEvent: typeof cartesiaIsKnownEvent
  readonly idempotencyKey: typeof cartesiaIdempotencyKey
} = { verify: cartesiaVerify, sign: cartesiaSign, isKnownEvent: cartesiaIsKnownEvent, idempotencyKey: cartesiaIdempotencyKey }
/** Cloudflare Stream's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/cloudflarestream`. */
export const cloudflarestream: {
  readonly verify: typeof cloudflarestreamVerify
  readonly sign: typeof cloudflarestreamSign
  readonly isKnownEvent: typeof cloudflarestreamIsKnownEvent
  readonly idempotencyKey: typeof cloudflarestreamIdempotencyKey
} = {
  verify: cloudflarestreamVerify,
  sign: cloudflarestreamSign,
  isKnownEvent: cloudflarestreamIsKnownEvent,
  idempotencyKey: cloudflarestreamIdempotencyKey,
}
/** Cloudinary's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/cloudinary`. */
export const cloudinary: {
  readonly verify: typeof cloudinaryVerify
  readonly sign: typeof cloudinarySign
  readonly isKnownEvent: typeof cloudinaryIsKnownEvent
  readonly idempotencyKey: typeof cloudinaryIdempotencyKey
} = { verify: cloudinaryVerify, sign: cloudinarySign, isKnownEvent: cloudinaryIsKnownEvent, idempotencyKey: cloudinaryIdempotencyKey }
/** Deepgram's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/deepgram`. */
export const deepgram: {
  readonly verify: typeof deepgramVerify
  readonly sign: typeof deepgramSign
  readonly idempotencyKey: typeof deepgramIdempotencyKey
} = { verify: deepgramVerify, sign: deepgramSign, idempotencyKey: deepgramIdempotencyKey }
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
/** Gemini's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/gemini`. */
export const gemini: {
  readonly verify: typeof geminiVerify
  readonly sign: typeof geminiSign
  readonly isKnownEvent: typeof geminiIsKnownEvent
  readonly idempotencyKey: typeof geminiIdempotencyKey
} = { verify: geminiVerify, sign: geminiSign, isKnownEvent: geminiIsKnownEvent, idempotencyKey: geminiIdempotencyKey }
/** Hume's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/hume`. */
export const hume: {
  readonly verify: typeof humeVerify
  readonly sign: typeof humeSign
  readonly isKnownEvent: typeof humeIsKnownEvent
  readonly idempotencyKey: typeof humeIdempotencyKey
} = { verify: humeVerify, sign: humeSign, isKnownEvent: humeIsKnownEvent, idempotencyKey: humeIdempotencyKey }
/** Ideogram's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/ideogram`. */
export const ideogram: {
  readonly verify: typeof ideogramVerify
  readonly sign: typeof ideogramSign
  readonly isKnownEvent: typeof ideogramIsKnownEvent
  readonly idempotencyKey: typeof ideogramIdempotencyKey
} = { verify: ideogramVerify, sign: ideogramSign, isKnownEvent: ideogramIsKnownEvent, idempotencyKey: ideogramIdempotencyKey }
/** ImageKit's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/imagekit`. */
export const imagekit: {
  readonly verify: typeof imagekitVerify
  readonly sign: typeof imagekitSign
  readonly isKnownEvent: typeof imagekitIsKnownEvent
  readonly idempotencyKey: typeof imagekitIdempotencyKey
} = { verify: imagekitVerify, sign: imagekitSign, isKnownEvent: imagekitIsKnownEvent, idempotencyKey: imagekitIdempotencyKey }
/** Kie.ai's `verify` and `sign`, as exported by `hookproof/kie`. */
export const kie: { readonly verify: typeof kieVerify; readonly sign: typeof kieSign } = { verify: kieVerify, sign: kieSign }
/** LiveKit's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/livekit`. */
export const livekit: {
  readonly verify: typeof livekitVerify
  readonly sign: typeof livekitSign
  readonly isKnownEvent: typeof livekitIsKnownEvent
  readonly idempotencyKey: typeof livekitIdempotencyKey
} = { verify: livekitVerify, sign: livekitSign, isKnownEvent: livekitIsKnownEvent, idempotencyKey: livekitIdempotencyKey }
/** Livepeer Studio's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/livepeer`. */
export const livepeer: {
  readonly verify: typeof livepeerVerify
  readonly sign: typeof livepeerSign
  readonly isKnownEvent: typeof livepeerIsKnownEvent
  readonly idempotencyKey: typeof livepeerIdempotencyKey
} = { verify: livepeerVerify, sign: livepeerSign, isKnownEvent: livepeerIsKnownEvent, idempotencyKey: livepeerIdempotencyKey }
/** Lumenfall's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/lumenfall`. */
export const lumenfall: {
  readonly verify: typeof lumenfallVerify
  readonly sign: typeof lumenfallSign
  readonly isKnownEvent: typeof lumenfallIsKnownEvent
  readonly idempotencyKey: typeof lumenfallIdempotencyKey
} = { verify: lumenfallVerify, sign: lumenfallSign, isKnownEvent: lumenfallIsKnownEvent, idempotencyKey: lumenfallIdempotencyKey }
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
/** Pollo AI's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/pollo`. */
export const pollo: {
  readonly verify: typeof polloVerify
  readonly sign: typeof polloSign
  readonly isKnownEvent: typeof polloIsKnownEvent
  readonly idempotencyKey: typeof polloIdempotencyKey
} = { verify: polloVerify, sign: polloSign, isKnownEvent: polloIsKnownEvent, idempotencyKey: polloIdempotencyKey }
/** Pub/Sub's `verify` and `sign`, as exported by `hookproof/pubsub`. */
export const pubsub: { readonly verify: typeof pubsubVerify; readonly sign: typeof pubsubSign } = { verify: pubsubVerify, sign: pubsubSign }
/** Remotion's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/remotion`. */
export const remotion: {
  readonly verify: typeof remotionVerify
  readonly sign: typeof remotionSign
  readonly isKnownEvent: typeof remotionIsKnownEvent
  readonly idempotencyKey: typeof remotionIdempotencyKey
} = { verify: remotionVerify, sign: remotionSign, isKnownEvent: remotionIsKnownEvent, idempotencyKey: remotionIdempotencyKey }
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
/** Retell's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/retell`. */
export const retell: {
  readonly verify: typeof retellVerify
  readonly sign: typeof retellSign
  readonly isKnownEvent: typeof retellIsKnownEvent
  readonly idempotencyKey: typeof retellIdempotencyKey
} = { verify: retellVerify, sign: retellSign, isKnownEvent: retellIsKnownEvent, idempotencyKey: retellIdempotencyKey }
/** Amazon SNS's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/sns`. */
export const sns: {
  readonly verify: typeof snsVerify
  readonly sign: typeof snsSign
  readonly isKnownEvent: typeof snsIsKnownEvent
  readonly idempotencyKey: typeof snsIdempotencyKey
} = { verify: snsVerify, sign: snsSign, isKnownEvent: snsIsKnownEvent, idempotencyKey: snsIdempotencyKey }
/** Standard Webhooks's `verify` and `sign`, as exported by `hookproof/standardwebhooks`. */
export const standardwebhooks: { readonly verify: typeof standardwebhooksVerify; readonly sign: typeof standardwebhooksSign } = {
  verify: standardwebhooksVerify,
  sign: standardwebhooksSign,
}
/** Sync.so's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/syncso`. */
export const syncso: {
  readonly verify: typeof syncsoVerify
  readonly sign: typeof syncsoSign
  readonly isKnownEvent: typeof syncsoIsKnownEvent
  readonly idempotencyKey: typeof syncsoIdempotencyKey
} = { verify: syncsoVerify, sign: syncsoSign, isKnownEvent: syncsoIsKnownEvent, idempotencyKey: syncsoIdempotencyKey }
/** Synthesia's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/synthesia`. */
export const synthesia: {
  readonly verify: typeof synthesiaVerify
  readonly sign: typeof synthesiaSign
  readonly isKnownEvent: typeof synthesiaIsKnownEvent
  readonly idempotencyKey: typeof synthesiaIdempotencyKey
} = { verify: synthesiaVerify, sign: synthesiaSign, isKnownEvent: synthesiaIsKnownEvent, idempotencyKey: synthesiaIdempotencyKey }
/** TwelveLabs's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/twelvelabs`. */
export const twelvelabs: {
  readonly verify: typeof twelvelabsVerify
  readonly sign: typeof twelvelabsSign
  readonly isKnownEvent: typeof twelvelabsIsKnownEvent
  readonly idempotencyKey: typeof twelvelabsIdempotencyKey
} = { verify: twelvelabsVerify, sign: twelvelabsSign, isKnownEvent: twelvelabsIsKnownEvent, idempotencyKey: twelvelabsIdempotencyKey }
/** Uploadcare's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/uploadcare`. */
export const uploadcare: {
  readonly verify: typeof uploadcareVerify
  readonly sign: typeof uploadcareSign
  readonly idempotencyKey: typeof uploadcareIdempotencyKey
} = { verify: uploadcareVerify, sign: uploadcareSign, idempotencyKey: uploadcareIdempotencyKey }
/** Vapi's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/vapi`. */
export const vapi: {
  readonly verify: typeof vapiVerify
  readonly sign: typeof vapiSign
  readonly idempotencyKey: typeof vapiIdempotencyKey
} = { verify: vapiVerify, sign: vapiSign, idempotencyKey: vapiIdempotencyKey }
/** VideoPilot's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/videopilot`. */
export const videopilot: {
  readonly verify: typeof videopilotVerify
  readonly sign: typeof videopilotSign
  readonly isKnownEvent: typeof videopilotIsKnownEvent
  readonly idempotencyKey: typeof videopilotIdempotencyKey
} = { verify: videopilotVerify, sign: videopilotSign, isKnownEvent: videopilotIsKnownEvent, idempotencyKey: videopilotIdempotencyKey }
/** WaveSpeedAI's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/wavespeed`. */
export const wavespeed: {
  readonly verify: typeof wavespeedVerify
  readonly sign: typeof wavespeedSign
  readonly isKnownEvent: typeof wavespeedIsKnownEvent
  readonly idempotencyKey: typeof wavespeedIdempotencyKey
} = { verify: wavespeedVerify, sign: wavespeedSign, isKnownEvent: wavespeedIsKnownEvent, idempotencyKey: wavespeedIdempotencyKey }

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
  ApiVideoBroadcastEnded,
  ApiVideoBroadcastStarted,
  ApiVideoCaptionGenerated,
  ApiVideoDelivery,
  ApiVideoEncoding,
  ApiVideoEncodingQualityCompleted,
  ApiVideoEvent,
  ApiVideoEventFields,
  ApiVideoEventName,
  ApiVideoQuality,
  ApiVideoSourceRecorded,
  ApiVideoSummaryGenerated,
  ApiVideoVerifyOptions,
} from './providers/apivideo.js'
export type {
  AssemblyAIEvent,
  AssemblyAIRedactedAudioReady,
  AssemblyAISignOptions,
  AssemblyAIStreamingSession,
  AssemblyAIStreamingTurn,
  AssemblyAITranscriptReady,
  AssemblyAIVerifyOptions,
} from './providers/assemblyai.js'
export type {
  BasetenApiBillingUsage,
  BasetenAsyncError,
  BasetenAsyncErrorCode,
  BasetenAsyncRequestCompleted,
  BasetenBillingUsage,
  BasetenDelivery,
  BasetenEvent,
  BasetenEventName,
  BasetenSignOptions,
} from './providers/baseten.js'
export type { BFLDelivery, BFLError, BFLEvent, BFLReady, BFLResult, BFLStatus } from './providers/bfl.js'
export type { BunnyEvent, BunnyVideoStatus } from './providers/bunny.js'
export type {
  CartesiaCall,
  CartesiaCallCompleted,
  CartesiaCallFailed,
  CartesiaCallStarted,
  CartesiaCallStatus,
  CartesiaCallTurn,
  CartesiaDelivery,
  CartesiaEndReason,
  CartesiaEvent,
  CartesiaEventName,
  CartesiaPostCallAnalysis,
  CartesiaTurn,
} from './providers/cartesia.js'
export type {
  CloudflareStreamDelivery,
  CloudflareStreamErrorCode,
  CloudflareStreamEvent,
  CloudflareStreamVideo,
  CloudflareStreamVideoState,
  CloudflareStreamVideoStatus,
} from './providers/cloudflarestream.js'
export type {
  CloudinaryDeleteNotification,
  CloudinaryDeletedResource,
  CloudinaryDelivery,
  CloudinaryDeliveryType,
  CloudinaryDerivedAsset,
  CloudinaryEagerNotification,
  CloudinaryEvent,
  CloudinaryEventName,
  CloudinaryModerationNotification,
  CloudinaryModerationStatus,
  CloudinaryNotification,
  CloudinaryNotificationContext,
  CloudinaryRenameNotification,
  CloudinaryResourceType,
  CloudinarySignOptions,
  CloudinaryUploadNotification,
} from './providers/cloudinary.js'
export type { DeepgramAlternative, DeepgramEvent, DeepgramMetadata, DeepgramWord } from './providers/deepgram.js'
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
  GeminiBatchSucceeded,
  GeminiDelivery,
  GeminiEvent,
  GeminiEventData,
  GeminiEventName,
  GeminiFailed,
  GeminiSignOptions,
  GeminiStateChange,
  GeminiVerifyOptions,
  GeminiVideoGenerated,
} from './providers/gemini.js'
export type {
  HumeChatEndReason,
  HumeChatEnded,
  HumeChatFields,
  HumeChatStarted,
  HumeDelivery,
  HumeEvent,
  HumeEventName,
  HumeToolCall,
  HumeToolCallMessage,
} from './providers/hume.js'
export type { IdeogramDelivery, IdeogramEvent, IdeogramImage, IdeogramSignOptions, IdeogramVerifyOptions } from './providers/ideogram.js'
export type {
  ImageKitDelivery,
  ImageKitEnvelope,
  ImageKitEvent,
  ImageKitEventName,
  ImageKitFile,
  ImageKitFileEventName,
  ImageKitPostTransformRequest,
  ImageKitPostTransformation,
  ImageKitPreTransformRequest,
  ImageKitSignOptions,
  ImageKitTransformationError,
  ImageKitUploadPostTransformError,
  ImageKitUploadPostTransformSuccess,
  ImageKitUploadPreTransformError,
  ImageKitUploadPreTransformSuccess,
  ImageKitVideoRequest,
  ImageKitVideoTransformation,
  ImageKitVideoTransformationAccepted,
  ImageKitVideoTransformationData,
  ImageKitVideoTransformationError,
  ImageKitVideoTransformationOptions,
  ImageKitVideoTransformationReady,
  ImageKitVideoTransformationType,
} from './providers/imagekit.js'
export type { KieCallback, KieCallbackData } from './providers/kie.js'
export type {
  LiveKitAgentJobEvent,
  LiveKitDelivery,
  LiveKitEgressEvent,
  LiveKitEvent,
  LiveKitEventName,
  LiveKitIngressEvent,
  LiveKitParticipant,
  LiveKitParticipantEvent,
  LiveKitRoom,
  LiveKitRoomEvent,
  LiveKitSignOptions,
  LiveKitTrack,
  LiveKitTrackEvent,
  LiveKitVerifyOptions,
} from './providers/livekit.js'
export type {
  LivepeerAsset,
  LivepeerAssetEvent,
  LivepeerAssetEventName,
  LivepeerAssetPhase,
  LivepeerAssetSource,
  LivepeerDelivery,
  LivepeerEnvelope,
  LivepeerEvent,
  LivepeerEventName,
  LivepeerRecordedSession,
  LivepeerRecordingReady,
  LivepeerRecordingStarted,
  LivepeerRecordingStatus,
  LivepeerRecordingWaiting,
  LivepeerSession,
  LivepeerStream,
  LivepeerStreamDetection,
  LivepeerStreamEvent,
  LivepeerTask,
  LivepeerTaskEvent,
  LivepeerTaskInfo,
  LivepeerTaskOutcome,
  LivepeerTaskPhase,
  LivepeerTaskType,
} from './providers/livepeer.js'
export type {
  LumenfallDelivery,
  LumenfallEvent,
  LumenfallEventName,
  LumenfallSignOptions,
  LumenfallVideoCompleted,
  LumenfallVideoEnded,
  LumenfallVideoGeneration,
} from './providers/lumenfall.js'
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
export type { PolloDelivery, PolloEvent, PolloSignOptions, PolloTaskStatus } from './providers/pollo.js'
export type { PubSubMessage, PubSubPush, PubSubSignOptions, PubSubVerifyOptions } from './providers/pubsub.js'
export type {
  RemotionDelivery,
  RemotionErrorEvent,
  RemotionEvent,
  RemotionEventName,
  RemotionLambdaError,
  RemotionRender,
  RemotionSignOptions,
  RemotionSuccessEvent,
  RemotionTimeoutEvent,
} from './providers/remotion.js'
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
export type {
  RetellCall,
  RetellCallBase,
  RetellCallEvent,
  RetellCallEventName,
  RetellChat,
  RetellChatEvent,
  RetellChatEventName,
  RetellDelivery,
  RetellEvent,
  RetellEventName,
  RetellPhoneCall,
  RetellWebCall,
} from './providers/retell.js'
export type {
  SnsMessage,
  SnsMessageBase,
  SnsNotification,
  SnsOptions,
  SnsSubscriptionConfirmation,
  SnsUnsignedMessage,
  SnsUnsubscribeConfirmation,
} from './providers/sns.js'
export type { StandardWebhooksEvent, StandardWebhooksSignOptions, StandardWebhooksVerify } from './providers/standardwebhooks.js'
export type { SyncSoDelivery, SyncSoEvent, SyncSoGeneration, SyncSoInput, SyncSoModel, SyncSoWebhookStatus } from './providers/syncso.js'
export type { SynthesiaDelivery, SynthesiaEvent, SynthesiaEventName, SynthesiaVideo, SynthesiaVideoStatus } from './providers/synthesia.js'
export type {
  TwelveLabsAnalyzeTask,
  TwelveLabsDelivery,
  TwelveLabsEvent,
  TwelveLabsEventMap,
  TwelveLabsEventName,
  TwelveLabsIndexTask,
  TwelveLabsModel,
} from './providers/twelvelabs.js'
export type {
  UploadcareAppdataEntry,
  UploadcareEvent,
  UploadcareEventName,
  UploadcareFile,
  UploadcareHook,
  UploadcareImageInfo,
} from './providers/uploadcare.js'
export type {
  VapiAssistantRequest,
  VapiCall,
  VapiConversationUpdate,
  VapiEndOfCallReport,
  VapiEvent,
  VapiHang,
  VapiKnownMessage,
  VapiOtherMessage,
  VapiSignOptions,
  VapiSpeechUpdate,
  VapiStatusUpdate,
  VapiToolCalls,
  VapiTranscript,
  VapiTransferDestinationRequest,
  VapiVerifyOptions,
} from './providers/vapi.js'
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
export type {
  WaveSpeedDelivery,
  WaveSpeedEvent,
  WaveSpeedSignOptions,
  WaveSpeedTask,
  WaveSpeedTaskCompleted,
  WaveSpeedTaskFailed,
  WaveSpeedTaskStatus,
} from './providers/wavespeed.js'
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
export type { CredentialVerifyOptions, SignOptions, UntimedVerifyOptions, VerifyOptions } from './pipeline/options.js'
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
export { schemeByKeyOption } from './schemes/by-key-option.js'
export type { ChosenKey, ChosenSigned, KeyedChoice, KeyOptionScheme } from './schemes/by-key-option.js'
export { credentialScheme, MAX_CREDENTIAL_BYTES } from './schemes/credential.js'
export type {
  CredentialForm,
  CredentialHeaderOptions,
  CredentialKey,
  CredentialOptions,
  CredentialScheme,
  CredentialSchemeOptions,
  CredentialSigned,
  SigningCredentialOptions,
} from './schemes/credential.js'
export { jwtScheme } from './schemes/jwt.js'
export { MAX_JWT_CHARS } from './schemes/jwt-token.js'
export type { JwtAlgorithm, JwtKey, JwtKeyOptions, JwtScheme, JwtSchemeOptions, JwtSigned, JwtSignOptions } from './schemes/jwt.js'
export { jwtJwksScheme } from './schemes/jwt-jwks.js'
export type {
  IdentityClaim,
  JwksJwtAlgorithm,
  JwtJwksKey,
  JwtJwksScheme,
  JwtJwksSchemeOptions,
  JwtJwksSigned,
  JwtJwksSignOptions,
  JwtJwksVerifyOptions,
} from './schemes/jwt-jwks.js'
export type { KeySource } from './schemes/key-source.js'
export { keyedDigestScheme } from './schemes/keyed-digest.js'
export type { KeyedDigestScheme, KeyedDigestSchemeOptions, KeyedDigestSigned, KeyedDigestSignOptions } from './schemes/keyed-digest.js'
export { secretByHeader } from './schemes/secret-by-header.js'
export type {
  SecretByHeaderConfig,
  SecretByHeaderOptions,
  SecretByHeaderScheme,
  SecretByHeaderSignOptions,
  SecretFor,
} from './schemes/secret-by-header.js'
export type { HashName } from './crypto/engine.js'
export { base64Signature, hexSignature } from './encoding/signature.js'
export type { SignatureEncoding } from './encoding/signature.js'
export type { AnyScheme, Scheme, SignedContent, SignedTimestamp, SignKeysOf, VerifyKeysOf } from './schemes/scheme.js'
export { signedFieldScheme } from './schemes/signed-field.js'
export { snsCertificateHost, snsScheme } from './schemes/sns.js'
export type { SnsKey, SnsMessageType, SnsScheme, SnsSigned, SnsSignOptions, SnsVerifyOptions } from './schemes/sns.js'
export { spkiOfCertificate } from './crypto/x509.js'
export type { SignedFieldOptions } from './schemes/signed-field.js'
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
export type { CryptoKeyLike, Ed25519PrivateKey } from './crypto/ed25519.js'
export type { Jwk } from './crypto/jwk.js'
export { signRs256 } from './crypto/rsa.js'
export type { RsaPrivateKey } from './crypto/rsa.js'
export type { RsaPublicKey } from './crypto/rsa-key.js'
export type { RsaSigningKey } from './crypto/key-set.js'
export type { ByteStreamReader } from './bounded-read.js'
export type { FetchLike, JwksResponse } from './crypto/jwks-body.js'
export type { JwksSource } from './crypto/jwks.js'
export type { JsonWebKeySet } from './crypto/key-set.js'
export type { KeyHint } from './schemes/secret.js'
export { hmacSha256, hmacSha256Hex, verifyHmacSha256 } from './crypto/hmac.js'
export type { Part } from './encoding/utf8.js'
export type { Secret } from './crypto/engine.js'
export { isoDateTime, unixMilliseconds, unixSeconds } from './time/formats.js'
export type { TimestampFormat } from './time/formats.js'
export type { Tolerance } from './time/tolerance.js'
export type { RawBody, RequestLike, WebhookInput, WebhookParts } from './http/input.js'
export type { HeaderRecord, HeaderSource, HeadersLike, HeaderLookup } from './http/headers.js'
