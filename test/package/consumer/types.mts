// Type-checked in the consumer (ESM resolution), with no @types/node and no DOM lib.
import { verify, sign, isKnownEvent, type EversinceDelivery, type EversinceEvent } from 'hookproof/eversince'
import { verify as verifyMagicHour } from 'hookproof/magichour'
import { verify as verifyVideoPilot } from 'hookproof/videopilot'
import { verify as verifyAdsumo } from 'hookproof/adsumo'
import { verify as verifyRemoveBGVideo } from 'hookproof/removebgvideo'
import { verify as verifyFal, sign as signFal, isKnownEvent as isKnownFal } from 'hookproof/fal'
import { verify as verifyStandard } from 'hookproof/standardwebhooks'
import { verify as verifyReplicate, isKnownEvent as isKnownPrediction } from 'hookproof/replicate'
import { verify as verifyMux, isKnownEvent as isKnownMux } from 'hookproof/mux'
import {
  eversince,
  standardWebhooksScheme,
  stripeStyleScheme,
  defineProvider,
  hmacHexScheme,
  isWebhookVerificationError,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from 'hookproof'

declare const headers: Record<string, string | string[] | undefined>
declare const body: Uint8Array

export async function handle(): Promise<string> {
  const delivered: EversinceDelivery = await verify({ headers, body }, { secret: 's', tolerance: { past: 60, future: 5 } })
  if (!isKnownEvent(delivered)) return delivered.event
  const event: EversinceEvent = delivered
  const same: EversinceDelivery = await eversince.verify({ headers, body }, { secret: ['a', 'b'] })
  const magic = await verifyMagicHour({ headers, body }, { secret: 's' })
  const pilot = await verifyVideoPilot({ headers, body }, { secret: 's' })
  const ads = await verifyAdsumo({ headers, body }, { secret: 's' })
  const job = await verifyRemoveBGVideo({ headers, body }, { secret: 's' })
  const delivery = await sign(event, { secret: 's', timestamp: 0 })
  const result = await verifyFal({ headers, body })
  const pinned = await verifyFal({ headers, body }, { jwks: { keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'x' }] } })
  const signed = isKnownFal(pinned) ? await signFal(pinned, { privateKey: new Uint8Array(32), requestId: 'r' }) : undefined
  const openai = await verifyStandard<{ type: 'response.completed'; data: { id: string } }>({ headers, body }, { secret: 'whsec_x' })
  const prediction = await verifyReplicate({ headers, body }, { secret: 'whsec_x' })
  const output: unknown = isKnownPrediction(prediction) && prediction.status === 'succeeded' ? prediction.output : prediction['error']
  const asset = await verifyMux({ headers, body }, { secret: 's' })
  const playback = isKnownMux(asset) && asset.type === 'video.asset.ready' ? asset.data.playback_ids?.[0]?.id : undefined
  const acme = defineProvider<{ type: 'done' }>()({
    name: 'Acme',
    scheme: stripeStyleScheme({ header: 'acme-signature', version: 'v1', joiner: '.' }),
    eventField: 'type',
    events: { done: true },
  })
  const svix = defineProvider<{ type: string }>()({
    name: 'Svix',
    scheme: standardWebhooksScheme({ headerPrefix: 'svix' }),
    eventField: 'type',
    events: {},
  })
  void acme, svix, output, playback, signed
  const custom = defineProvider<{ kind: 'a' }>()({
    name: 'Acme',
    scheme: hmacHexScheme({ signatureHeader: 'x-sig' }),
    eventField: 'kind',
    events: { a: true },
  })
  const error: unknown = new WebhookVerificationError('signature_mismatch', 'x')
  const code: WebhookVerificationErrorCode | undefined = isWebhookVerificationError(error) ? error.code : undefined
  void custom
  const status: unknown = error instanceof WebhookVerificationError ? error.status : undefined
  void status
  return [
    event.event,
    same.event,
    magic.type,
    pilot.event,
    ads.event,
    job.status,
    delivery.body,
    code,
    result.status,
    openai.data.id,
  ].join()
}

// The adapters and receive, with no @types/node and no DOM lib: structural types only.
import { webhook as expressWebhook } from 'hookproof/express'
import { createHandler, webhook as nodeWebhook } from 'hookproof/node'
import { memoryStore, receive, toProblem, toResponse } from 'hookproof'
import * as mux from 'hookproof/mux'

const muxMiddleware = expressWebhook(mux, { secret: 's', once: { store: memoryStore() } })
const muxEvent: { readonly type: string } = muxMiddleware.event({})
void muxEvent
void nodeWebhook(mux, { secret: 's' })
void createHandler(mux, { secret: 's' }, (event) => void event.type)
void receive({ headers: {}, body: '' }, { providers: { mux: { secret: 's' } } }).then((delivery) => delivery.event.type)
const status: number = toProblem(undefined).status + toResponse(undefined).status
void status
