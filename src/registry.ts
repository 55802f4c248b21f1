// Written by scripts/providers.mjs from src/providers/: do not edit by hand.
/**
 * Every provider's namespace, as the root exports it, and the list of them
 * that `receive` and `detectProviders` read.
 *
 * @module
 */
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
import { verify as twilioVerify, sign as twilioSign } from './providers/twilio.js'
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
/**
 * Adsumo's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/adsumo`.
 *
 * @example
 * ```ts
 * import { adsumo } from 'hookproof'
 * import * as adsumoModule from 'hookproof/adsumo'
 *
 * adsumo.verify === adsumoModule.verify // the same functions, by either name
 * ```
 */
export const adsumo: {
  readonly verify: typeof adsumoVerify
  readonly sign: typeof adsumoSign
  readonly isKnownEvent: typeof adsumoIsKnownEvent
  readonly idempotencyKey: typeof adsumoIdempotencyKey
} = { verify: adsumoVerify, sign: adsumoSign, isKnownEvent: adsumoIsKnownEvent, idempotencyKey: adsumoIdempotencyKey }
/**
 * api.video's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/apivideo`.
 *
 * @example
 * ```ts
 * import { apivideo } from 'hookproof'
 * import * as apivideoModule from 'hookproof/apivideo'
 *
 * apivideo.verify === apivideoModule.verify // the same functions, by either name
 * ```
 */
export const apivideo: {
  readonly verify: typeof apivideoVerify
  readonly sign: typeof apivideoSign
  readonly isKnownEvent: typeof apivideoIsKnownEvent
  readonly idempotencyKey: typeof apivideoIdempotencyKey
} = { verify: apivideoVerify, sign: apivideoSign, isKnownEvent: apivideoIsKnownEvent, idempotencyKey: apivideoIdempotencyKey }
/**
 * AssemblyAI's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/assemblyai`.
 *
 * @example
 * ```ts
 * import { assemblyai } from 'hookproof'
 * import * as assemblyaiModule from 'hookproof/assemblyai'
 *
 * assemblyai.verify === assemblyaiModule.verify // the same functions, by either name
 * ```
 */
export const assemblyai: {
  readonly verify: typeof assemblyaiVerify
  readonly sign: typeof assemblyaiSign
  readonly idempotencyKey: typeof assemblyaiIdempotencyKey
} = { verify: assemblyaiVerify, sign: assemblyaiSign, idempotencyKey: assemblyaiIdempotencyKey }
/**
 * Baseten's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/baseten`.
 *
 * @example
 * ```ts
 * import { baseten } from 'hookproof'
 * import * as basetenModule from 'hookproof/baseten'
 *
 * baseten.verify === basetenModule.verify // the same functions, by either name
 * ```
 */
export const baseten: {
  readonly verify: typeof basetenVerify
  readonly sign: typeof basetenSign
  readonly isKnownEvent: typeof basetenIsKnownEvent
  readonly idempotencyKey: typeof basetenIdempotencyKey
} = { verify: basetenVerify, sign: basetenSign, isKnownEvent: basetenIsKnownEvent, idempotencyKey: basetenIdempotencyKey }
/**
 * Black Forest Labs's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/bfl`.
 *
 * @example
 * ```ts
 * import { bfl } from 'hookproof'
 * import * as bflModule from 'hookproof/bfl'
 *
 * bfl.verify === bflModule.verify // the same functions, by either name
 * ```
 */
export const bfl: {
  readonly verify: typeof bflVerify
  readonly sign: typeof bflSign
  readonly isKnownEvent: typeof bflIsKnownEvent
  readonly idempotencyKey: typeof bflIdempotencyKey
} = { verify: bflVerify, sign: bflSign, isKnownEvent: bflIsKnownEvent, idempotencyKey: bflIdempotencyKey }
/**
 * Bunny Stream's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/bunny`.
 *
 * @example
 * ```ts
 * import { bunny } from 'hookproof'
 * import * as bunnyModule from 'hookproof/bunny'
 *
 * bunny.verify === bunnyModule.verify // the same functions, by either name
 * ```
 */
export const bunny: {
  readonly verify: typeof bunnyVerify
  readonly sign: typeof bunnySign
  readonly idempotencyKey: typeof bunnyIdempotencyKey
} = { verify: bunnyVerify, sign: bunnySign, idempotencyKey: bunnyIdempotencyKey }
/**
 * Cartesia's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/cartesia`.
 *
 * @example
 * ```ts
 * import { cartesia } from 'hookproof'
 * import * as cartesiaModule from 'hookproof/cartesia'
 *
 * cartesia.verify === cartesiaModule.verify // the same functions, by either name
 * ```
 */
export const cartesia: {
  readonly verify: typeof cartesiaVerify
  readonly sign: typeof cartesiaSign
  readonly isKnownEvent: typeof cartesiaIsKnownEvent
  readonly idempotencyKey: typeof cartesiaIdempotencyKey
} = { verify: cartesiaVerify, sign: cartesiaSign, isKnownEvent: cartesiaIsKnownEvent, idempotencyKey: cartesiaIdempotencyKey }
/**
 * Cloudflare Stream's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/cloudflarestream`.
 *
 * @example
 * ```ts
 * import { cloudflarestream } from 'hookproof'
 * import * as cloudflarestreamModule from 'hookproof/cloudflarestream'
 *
 * cloudflarestream.verify === cloudflarestreamModule.verify // the same functions, by either name
 * ```
 */
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
/**
 * Cloudinary's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/cloudinary`.
 *
 * @example
 * ```ts
 * import { cloudinary } from 'hookproof'
 * import * as cloudinaryModule from 'hookproof/cloudinary'
 *
 * cloudinary.verify === cloudinaryModule.verify // the same functions, by either name
 * ```
 */
export const cloudinary: {
  readonly verify: typeof cloudinaryVerify
  readonly sign: typeof cloudinarySign
  readonly isKnownEvent: typeof cloudinaryIsKnownEvent
  readonly idempotencyKey: typeof cloudinaryIdempotencyKey
} = { verify: cloudinaryVerify, sign: cloudinarySign, isKnownEvent: cloudinaryIsKnownEvent, idempotencyKey: cloudinaryIdempotencyKey }
/**
 * Deepgram's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/deepgram`.
 *
 * @example
 * ```ts
 * import { deepgram } from 'hookproof'
 * import * as deepgramModule from 'hookproof/deepgram'
 *
 * deepgram.verify === deepgramModule.verify // the same functions, by either name
 * ```
 */
export const deepgram: {
  readonly verify: typeof deepgramVerify
  readonly sign: typeof deepgramSign
  readonly idempotencyKey: typeof deepgramIdempotencyKey
} = { verify: deepgramVerify, sign: deepgramSign, idempotencyKey: deepgramIdempotencyKey }
/**
 * ElevenLabs's `verify`, `sign` and `isKnownEvent`, as exported by `hookproof/elevenlabs`.
 *
 * @example
 * ```ts
 * import { elevenlabs } from 'hookproof'
 * import * as elevenlabsModule from 'hookproof/elevenlabs'
 *
 * elevenlabs.verify === elevenlabsModule.verify // the same functions, by either name
 * ```
 */
export const elevenlabs: {
  readonly verify: typeof elevenlabsVerify
  readonly sign: typeof elevenlabsSign
  readonly isKnownEvent: typeof elevenlabsIsKnownEvent
} = { verify: elevenlabsVerify, sign: elevenlabsSign, isKnownEvent: elevenlabsIsKnownEvent }
/**
 * Eversince's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/eversince`.
 *
 * @example
 * ```ts
 * import { eversince } from 'hookproof'
 * import * as eversinceModule from 'hookproof/eversince'
 *
 * eversince.verify === eversinceModule.verify // the same functions, by either name
 * ```
 */
export const eversince: {
  readonly verify: typeof eversinceVerify
  readonly sign: typeof eversinceSign
  readonly isKnownEvent: typeof eversinceIsKnownEvent
  readonly idempotencyKey: typeof eversinceIdempotencyKey
} = { verify: eversinceVerify, sign: eversinceSign, isKnownEvent: eversinceIsKnownEvent, idempotencyKey: eversinceIdempotencyKey }
/**
 * fal's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/fal`.
 *
 * @example
 * ```ts
 * import { fal } from 'hookproof'
 * import * as falModule from 'hookproof/fal'
 *
 * fal.verify === falModule.verify // the same functions, by either name
 * ```
 */
export const fal: {
  readonly verify: typeof falVerify
  readonly sign: typeof falSign
  readonly isKnownEvent: typeof falIsKnownEvent
  readonly idempotencyKey: typeof falIdempotencyKey
} = { verify: falVerify, sign: falSign, isKnownEvent: falIsKnownEvent, idempotencyKey: falIdempotencyKey }
/**
 * Gemini's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/gemini`.
 *
 * @example
 * ```ts
 * import { gemini } from 'hookproof'
 * import * as geminiModule from 'hookproof/gemini'
 *
 * gemini.verify === geminiModule.verify // the same functions, by either name
 * ```
 */
export const gemini: {
  readonly verify: typeof geminiVerify
  readonly sign: typeof geminiSign
  readonly isKnownEvent: typeof geminiIsKnownEvent
  readonly idempotencyKey: typeof geminiIdempotencyKey
} = { verify: geminiVerify, sign: geminiSign, isKnownEvent: geminiIsKnownEvent, idempotencyKey: geminiIdempotencyKey }
/**
 * Hume's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/hume`.
 *
 * @example
 * ```ts
 * import { hume } from 'hookproof'
 * import * as humeModule from 'hookproof/hume'
 *
 * hume.verify === humeModule.verify // the same functions, by either name
 * ```
 */
export const hume: {
  readonly verify: typeof humeVerify
  readonly sign: typeof humeSign
  readonly isKnownEvent: typeof humeIsKnownEvent
  readonly idempotencyKey: typeof humeIdempotencyKey
} = { verify: humeVerify, sign: humeSign, isKnownEvent: humeIsKnownEvent, idempotencyKey: humeIdempotencyKey }
/**
 * Ideogram's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/ideogram`.
 *
 * @example
 * ```ts
 * import { ideogram } from 'hookproof'
 * import * as ideogramModule from 'hookproof/ideogram'
 *
 * ideogram.verify === ideogramModule.verify // the same functions, by either name
 * ```
 */
export const ideogram: {
  readonly verify: typeof ideogramVerify
  readonly sign: typeof ideogramSign
  readonly isKnownEvent: typeof ideogramIsKnownEvent
  readonly idempotencyKey: typeof ideogramIdempotencyKey
} = { verify: ideogramVerify, sign: ideogramSign, isKnownEvent: ideogramIsKnownEvent, idempotencyKey: ideogramIdempotencyKey }
/**
 * ImageKit's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/imagekit`.
 *
 * @example
 * ```ts
 * import { imagekit } from 'hookproof'
 * import * as imagekitModule from 'hookproof/imagekit'
 *
 * imagekit.verify === imagekitModule.verify // the same functions, by either name
 * ```
 */
export const imagekit: {
  readonly verify: typeof imagekitVerify
  readonly sign: typeof imagekitSign
  readonly isKnownEvent: typeof imagekitIsKnownEvent
  readonly idempotencyKey: typeof imagekitIdempotencyKey
} = { verify: imagekitVerify, sign: imagekitSign, isKnownEvent: imagekitIsKnownEvent, idempotencyKey: imagekitIdempotencyKey }
/**
 * Kie.ai's `verify` and `sign`, as exported by `hookproof/kie`.
 *
 * @example
 * ```ts
 * import { kie } from 'hookproof'
 * import * as kieModule from 'hookproof/kie'
 *
 * kie.verify === kieModule.verify // the same functions, by either name
 * ```
 */
export const kie: { readonly verify: typeof kieVerify; readonly sign: typeof kieSign } = { verify: kieVerify, sign: kieSign }
/**
 * LiveKit's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/livekit`.
 *
 * @example
 * ```ts
 * import { livekit } from 'hookproof'
 * import * as livekitModule from 'hookproof/livekit'
 *
 * livekit.verify === livekitModule.verify // the same functions, by either name
 * ```
 */
export const livekit: {
  readonly verify: typeof livekitVerify
  readonly sign: typeof livekitSign
  readonly isKnownEvent: typeof livekitIsKnownEvent
  readonly idempotencyKey: typeof livekitIdempotencyKey
} = { verify: livekitVerify, sign: livekitSign, isKnownEvent: livekitIsKnownEvent, idempotencyKey: livekitIdempotencyKey }
/**
 * Livepeer Studio's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/livepeer`.
 *
 * @example
 * ```ts
 * import { livepeer } from 'hookproof'
 * import * as livepeerModule from 'hookproof/livepeer'
 *
 * livepeer.verify === livepeerModule.verify // the same functions, by either name
 * ```
 */
export const livepeer: {
  readonly verify: typeof livepeerVerify
  readonly sign: typeof livepeerSign
  readonly isKnownEvent: typeof livepeerIsKnownEvent
  readonly idempotencyKey: typeof livepeerIdempotencyKey
} = { verify: livepeerVerify, sign: livepeerSign, isKnownEvent: livepeerIsKnownEvent, idempotencyKey: livepeerIdempotencyKey }
/**
 * Lumenfall's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/lumenfall`.
 *
 * @example
 * ```ts
 * import { lumenfall } from 'hookproof'
 * import * as lumenfallModule from 'hookproof/lumenfall'
 *
 * lumenfall.verify === lumenfallModule.verify // the same functions, by either name
 * ```
 */
export const lumenfall: {
  readonly verify: typeof lumenfallVerify
  readonly sign: typeof lumenfallSign
  readonly isKnownEvent: typeof lumenfallIsKnownEvent
  readonly idempotencyKey: typeof lumenfallIdempotencyKey
} = { verify: lumenfallVerify, sign: lumenfallSign, isKnownEvent: lumenfallIsKnownEvent, idempotencyKey: lumenfallIdempotencyKey }
/**
 * Magic Hour's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/magichour`.
 *
 * @example
 * ```ts
 * import { magichour } from 'hookproof'
 * import * as magichourModule from 'hookproof/magichour'
 *
 * magichour.verify === magichourModule.verify // the same functions, by either name
 * ```
 */
export const magichour: {
  readonly verify: typeof magichourVerify
  readonly sign: typeof magichourSign
  readonly isKnownEvent: typeof magichourIsKnownEvent
  readonly idempotencyKey: typeof magichourIdempotencyKey
} = { verify: magichourVerify, sign: magichourSign, isKnownEvent: magichourIsKnownEvent, idempotencyKey: magichourIdempotencyKey }
/**
 * Mux's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/mux`.
 *
 * @example
 * ```ts
 * import { mux } from 'hookproof'
 * import * as muxModule from 'hookproof/mux'
 *
 * mux.verify === muxModule.verify // the same functions, by either name
 * ```
 */
export const mux: {
  readonly verify: typeof muxVerify
  readonly sign: typeof muxSign
  readonly isKnownEvent: typeof muxIsKnownEvent
  readonly idempotencyKey: typeof muxIdempotencyKey
} = { verify: muxVerify, sign: muxSign, isKnownEvent: muxIsKnownEvent, idempotencyKey: muxIdempotencyKey }
/**
 * OpenRouter's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/openrouter`.
 *
 * @example
 * ```ts
 * import { openrouter } from 'hookproof'
 * import * as openrouterModule from 'hookproof/openrouter'
 *
 * openrouter.verify === openrouterModule.verify // the same functions, by either name
 * ```
 */
export const openrouter: {
  readonly verify: typeof openrouterVerify
  readonly sign: typeof openrouterSign
  readonly isKnownEvent: typeof openrouterIsKnownEvent
  readonly idempotencyKey: typeof openrouterIdempotencyKey
} = { verify: openrouterVerify, sign: openrouterSign, isKnownEvent: openrouterIsKnownEvent, idempotencyKey: openrouterIdempotencyKey }
/**
 * Pollo AI's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/pollo`.
 *
 * @example
 * ```ts
 * import { pollo } from 'hookproof'
 * import * as polloModule from 'hookproof/pollo'
 *
 * pollo.verify === polloModule.verify // the same functions, by either name
 * ```
 */
export const pollo: {
  readonly verify: typeof polloVerify
  readonly sign: typeof polloSign
  readonly isKnownEvent: typeof polloIsKnownEvent
  readonly idempotencyKey: typeof polloIdempotencyKey
} = { verify: polloVerify, sign: polloSign, isKnownEvent: polloIsKnownEvent, idempotencyKey: polloIdempotencyKey }
/**
 * Pub/Sub's `verify` and `sign`, as exported by `hookproof/pubsub`.
 *
 * @example
 * ```ts
 * import { pubsub } from 'hookproof'
 * import * as pubsubModule from 'hookproof/pubsub'
 *
 * pubsub.verify === pubsubModule.verify // the same functions, by either name
 * ```
 */
export const pubsub: { readonly verify: typeof pubsubVerify; readonly sign: typeof pubsubSign } = { verify: pubsubVerify, sign: pubsubSign }
/**
 * Remotion's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/remotion`.
 *
 * @example
 * ```ts
 * import { remotion } from 'hookproof'
 * import * as remotionModule from 'hookproof/remotion'
 *
 * remotion.verify === remotionModule.verify // the same functions, by either name
 * ```
 */
export const remotion: {
  readonly verify: typeof remotionVerify
  readonly sign: typeof remotionSign
  readonly isKnownEvent: typeof remotionIsKnownEvent
  readonly idempotencyKey: typeof remotionIdempotencyKey
} = { verify: remotionVerify, sign: remotionSign, isKnownEvent: remotionIsKnownEvent, idempotencyKey: remotionIdempotencyKey }
/**
 * RemoveBGVideo's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/removebgvideo`.
 *
 * @example
 * ```ts
 * import { removebgvideo } from 'hookproof'
 * import * as removebgvideoModule from 'hookproof/removebgvideo'
 *
 * removebgvideo.verify === removebgvideoModule.verify // the same functions, by either name
 * ```
 */
export const removebgvideo: {
  readonly verify: typeof removebgvideoVerify
  readonly sign: typeof removebgvideoSign
  readonly idempotencyKey: typeof removebgvideoIdempotencyKey
} = { verify: removebgvideoVerify, sign: removebgvideoSign, idempotencyKey: removebgvideoIdempotencyKey }
/**
 * Replicate's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/replicate`.
 *
 * @example
 * ```ts
 * import { replicate } from 'hookproof'
 * import * as replicateModule from 'hookproof/replicate'
 *
 * replicate.verify === replicateModule.verify // the same functions, by either name
 * ```
 */
export const replicate: {
  readonly verify: typeof replicateVerify
  readonly sign: typeof replicateSign
  readonly isKnownEvent: typeof replicateIsKnownEvent
  readonly idempotencyKey: typeof replicateIdempotencyKey
} = { verify: replicateVerify, sign: replicateSign, isKnownEvent: replicateIsKnownEvent, idempotencyKey: replicateIdempotencyKey }
/**
 * Retell's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/retell`.
 *
 * @example
 * ```ts
 * import { retell } from 'hookproof'
 * import * as retellModule from 'hookproof/retell'
 *
 * retell.verify === retellModule.verify // the same functions, by either name
 * ```
 */
export const retell: {
  readonly verify: typeof retellVerify
  readonly sign: typeof retellSign
  readonly isKnownEvent: typeof retellIsKnownEvent
  readonly idempotencyKey: typeof retellIdempotencyKey
} = { verify: retellVerify, sign: retellSign, isKnownEvent: retellIsKnownEvent, idempotencyKey: retellIdempotencyKey }
/**
 * Amazon SNS's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/sns`.
 *
 * @example
 * ```ts
 * import { sns } from 'hookproof'
 * import * as snsModule from 'hookproof/sns'
 *
 * sns.verify === snsModule.verify // the same functions, by either name
 * ```
 */
export const sns: {
  readonly verify: typeof snsVerify
  readonly sign: typeof snsSign
  readonly isKnownEvent: typeof snsIsKnownEvent
  readonly idempotencyKey: typeof snsIdempotencyKey
} = { verify: snsVerify, sign: snsSign, isKnownEvent: snsIsKnownEvent, idempotencyKey: snsIdempotencyKey }
/**
 * Standard Webhooks's `verify` and `sign`, as exported by `hookproof/standardwebhooks`.
 *
 * @example
 * ```ts
 * import { standardwebhooks } from 'hookproof'
 * import * as standardwebhooksModule from 'hookproof/standardwebhooks'
 *
 * standardwebhooks.verify === standardwebhooksModule.verify // the same functions, by either name
 * ```
 */
export const standardwebhooks: { readonly verify: typeof standardwebhooksVerify; readonly sign: typeof standardwebhooksSign } = {
  verify: standardwebhooksVerify,
  sign: standardwebhooksSign,
}
/**
 * Sync.so's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/syncso`.
 *
 * @example
 * ```ts
 * import { syncso } from 'hookproof'
 * import * as syncsoModule from 'hookproof/syncso'
 *
 * syncso.verify === syncsoModule.verify // the same functions, by either name
 * ```
 */
export const syncso: {
  readonly verify: typeof syncsoVerify
  readonly sign: typeof syncsoSign
  readonly isKnownEvent: typeof syncsoIsKnownEvent
  readonly idempotencyKey: typeof syncsoIdempotencyKey
} = { verify: syncsoVerify, sign: syncsoSign, isKnownEvent: syncsoIsKnownEvent, idempotencyKey: syncsoIdempotencyKey }
/**
 * Synthesia's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/synthesia`.
 *
 * @example
 * ```ts
 * import { synthesia } from 'hookproof'
 * import * as synthesiaModule from 'hookproof/synthesia'
 *
 * synthesia.verify === synthesiaModule.verify // the same functions, by either name
 * ```
 */
export const synthesia: {
  readonly verify: typeof synthesiaVerify
  readonly sign: typeof synthesiaSign
  readonly isKnownEvent: typeof synthesiaIsKnownEvent
  readonly idempotencyKey: typeof synthesiaIdempotencyKey
} = { verify: synthesiaVerify, sign: synthesiaSign, isKnownEvent: synthesiaIsKnownEvent, idempotencyKey: synthesiaIdempotencyKey }
/**
 * TwelveLabs's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/twelvelabs`.
 *
 * @example
 * ```ts
 * import { twelvelabs } from 'hookproof'
 * import * as twelvelabsModule from 'hookproof/twelvelabs'
 *
 * twelvelabs.verify === twelvelabsModule.verify // the same functions, by either name
 * ```
 */
export const twelvelabs: {
  readonly verify: typeof twelvelabsVerify
  readonly sign: typeof twelvelabsSign
  readonly isKnownEvent: typeof twelvelabsIsKnownEvent
  readonly idempotencyKey: typeof twelvelabsIdempotencyKey
} = { verify: twelvelabsVerify, sign: twelvelabsSign, isKnownEvent: twelvelabsIsKnownEvent, idempotencyKey: twelvelabsIdempotencyKey }
/**
 * Twilio's `verify` and `sign`, as exported by `hookproof/twilio`.
 *
 * @example
 * ```ts
 * import { twilio } from 'hookproof'
 * import * as twilioModule from 'hookproof/twilio'
 *
 * twilio.verify === twilioModule.verify // the same functions, by either name
 * ```
 */
export const twilio: { readonly verify: typeof twilioVerify; readonly sign: typeof twilioSign } = { verify: twilioVerify, sign: twilioSign }
/**
 * Uploadcare's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/uploadcare`.
 *
 * @example
 * ```ts
 * import { uploadcare } from 'hookproof'
 * import * as uploadcareModule from 'hookproof/uploadcare'
 *
 * uploadcare.verify === uploadcareModule.verify // the same functions, by either name
 * ```
 */
export const uploadcare: {
  readonly verify: typeof uploadcareVerify
  readonly sign: typeof uploadcareSign
  readonly idempotencyKey: typeof uploadcareIdempotencyKey
} = { verify: uploadcareVerify, sign: uploadcareSign, idempotencyKey: uploadcareIdempotencyKey }
/**
 * Vapi's `verify`, `sign` and `idempotencyKey`, as exported by `hookproof/vapi`.
 *
 * @example
 * ```ts
 * import { vapi } from 'hookproof'
 * import * as vapiModule from 'hookproof/vapi'
 *
 * vapi.verify === vapiModule.verify // the same functions, by either name
 * ```
 */
export const vapi: {
  readonly verify: typeof vapiVerify
  readonly sign: typeof vapiSign
  readonly idempotencyKey: typeof vapiIdempotencyKey
} = { verify: vapiVerify, sign: vapiSign, idempotencyKey: vapiIdempotencyKey }
/**
 * VideoPilot's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/videopilot`.
 *
 * @example
 * ```ts
 * import { videopilot } from 'hookproof'
 * import * as videopilotModule from 'hookproof/videopilot'
 *
 * videopilot.verify === videopilotModule.verify // the same functions, by either name
 * ```
 */
export const videopilot: {
  readonly verify: typeof videopilotVerify
  readonly sign: typeof videopilotSign
  readonly isKnownEvent: typeof videopilotIsKnownEvent
  readonly idempotencyKey: typeof videopilotIdempotencyKey
} = { verify: videopilotVerify, sign: videopilotSign, isKnownEvent: videopilotIsKnownEvent, idempotencyKey: videopilotIdempotencyKey }
/**
 * WaveSpeedAI's `verify`, `sign`, `isKnownEvent` and `idempotencyKey`, as exported by `hookproof/wavespeed`.
 *
 * @example
 * ```ts
 * import { wavespeed } from 'hookproof'
 * import * as wavespeedModule from 'hookproof/wavespeed'
 *
 * wavespeed.verify === wavespeedModule.verify // the same functions, by either name
 * ```
 */
export const wavespeed: {
  readonly verify: typeof wavespeedVerify
  readonly sign: typeof wavespeedSign
  readonly isKnownEvent: typeof wavespeedIsKnownEvent
  readonly idempotencyKey: typeof wavespeedIdempotencyKey
} = { verify: wavespeedVerify, sign: wavespeedSign, isKnownEvent: wavespeedIsKnownEvent, idempotencyKey: wavespeedIdempotencyKey }

/**
 * Every provider by its subpath name: `registry.mux` is `hookproof/mux`.
 *
 * @example
 * ```ts
 * const provider = registry[id as ProviderId] // a provider chosen by name, e.g. from configuration
 * ```
 */
export const registry: {
  readonly adsumo: typeof adsumo
  readonly apivideo: typeof apivideo
  readonly assemblyai: typeof assemblyai
  readonly baseten: typeof baseten
  readonly bfl: typeof bfl
  readonly bunny: typeof bunny
  readonly cartesia: typeof cartesia
  readonly cloudflarestream: typeof cloudflarestream
  readonly cloudinary: typeof cloudinary
  readonly deepgram: typeof deepgram
  readonly elevenlabs: typeof elevenlabs
  readonly eversince: typeof eversince
  readonly fal: typeof fal
  readonly gemini: typeof gemini
  readonly hume: typeof hume
  readonly ideogram: typeof ideogram
  readonly imagekit: typeof imagekit
  readonly kie: typeof kie
  readonly livekit: typeof livekit
  readonly livepeer: typeof livepeer
  readonly lumenfall: typeof lumenfall
  readonly magichour: typeof magichour
  readonly mux: typeof mux
  readonly openrouter: typeof openrouter
  readonly pollo: typeof pollo
  readonly pubsub: typeof pubsub
  readonly remotion: typeof remotion
  readonly removebgvideo: typeof removebgvideo
  readonly replicate: typeof replicate
  readonly retell: typeof retell
  readonly sns: typeof sns
  readonly standardwebhooks: typeof standardwebhooks
  readonly syncso: typeof syncso
  readonly synthesia: typeof synthesia
  readonly twelvelabs: typeof twelvelabs
  readonly twilio: typeof twilio
  readonly uploadcare: typeof uploadcare
  readonly vapi: typeof vapi
  readonly videopilot: typeof videopilot
  readonly wavespeed: typeof wavespeed
} = {
  adsumo,
  apivideo,
  assemblyai,
  baseten,
  bfl,
  bunny,
  cartesia,
  cloudflarestream,
  cloudinary,
  deepgram,
  elevenlabs,
  eversince,
  fal,
  gemini,
  hume,
  ideogram,
  imagekit,
  kie,
  livekit,
  livepeer,
  lumenfall,
  magichour,
  mux,
  openrouter,
  pollo,
  pubsub,
  remotion,
  removebgvideo,
  replicate,
  retell,
  sns,
  standardwebhooks,
  syncso,
  synthesia,
  twelvelabs,
  twilio,
  uploadcare,
  vapi,
  videopilot,
  wavespeed,
}

/** A provider hookproof ships, by its subpath name: `mux`, `fal`, … */
export type ProviderId = keyof typeof registry
