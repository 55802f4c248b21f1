/**
 * Type tests: checked by `tsc -p test` (npm run typecheck); the runtime part
 * only makes sure the file loads.
 */
import { describe, expectTypeOf, it } from 'vitest'
import { defineProvider, ed25519JwksScheme, hmacHexScheme, stripeStyleScheme, unixSeconds, type UnknownEvent } from '../src/index.js'
import type {
  AdsumoDelivery,
  ElevenLabsDelivery,
  FalDelivery,
  MagicHourDelivery,
  MuxDelivery,
  OpenRouterDelivery,
  ReplicateDelivery,
  SynthesiaDelivery,
  VideoPilotDelivery,
} from '../src/index.js'
import type { EversinceDelivery } from '../src/providers/eversince.js'
import { taskIdOf } from '../src/providers/kie.js'
import { messageData } from '../src/providers/pubsub.js'
import type { TwilioCallStatus } from '../src/providers/twilio.js'

function assertNever(value: never): never {
  throw new Error(`unhandled: ${JSON.stringify(value)}`)
}
import {
  adsumo,
  assemblyai,
  twilio,
  cartesia,
  deepgram,
  livekit,
  vapi,
  gemini,
  kie,
  pubsub,
  sns,
  elevenlabs,
  eversince,
  fal,
  magichour,
  mux,
  openrouter,
  removebgvideo,
  replicate,
  standardwebhooks,
  synthesia,
  videopilot,
  type SignedDelivery,
  type WebhookVerificationErrorCode,
} from '../src/index.js'
import type { FalEvent, MuxAsset, MuxEvent, MuxUpload, StandardWebhooksEvent } from '../src/index.js'
import type { AdsumoEvent } from '../src/providers/adsumo.js'
import type { EversinceEvent, EversinceProject } from '../src/providers/eversince.js'
import type { MagicHourAudioProject, MagicHourEvent, MagicHourImageProject, MagicHourVideoProject } from '../src/providers/magichour.js'
import type { RemoveBGVideoEvent } from '../src/providers/removebgvideo.js'
import type { VideoPilotEvent, VideoPilotRenderCompleted } from '../src/providers/videopilot.js'

declare const request: Request

// Type assertions about calls are compiled, never run: `request` exists only as a type.
function typeOnly(assertions: () => void): void {
  expectTypeOf(assertions).toBeFunction()
}

describe('types', () => {
  it("verify resolves to each provider's known events, or an event added since", () =>
    typeOnly(() => {
      expectTypeOf(eversince.verify(request, { secret: 's' })).resolves.toEqualTypeOf<EversinceDelivery>()
      expectTypeOf<EversinceDelivery>().toEqualTypeOf<EversinceEvent | UnknownEvent<'event'>>()
      expectTypeOf(magichour.verify(request, { secret: 's' })).resolves.toEqualTypeOf<MagicHourDelivery>()
      expectTypeOf(videopilot.verify(request, { secret: 's' })).resolves.toEqualTypeOf<VideoPilotDelivery>()
      expectTypeOf(adsumo.verify(request, { secret: 's' })).resolves.toEqualTypeOf<AdsumoDelivery>()
      expectTypeOf(removebgvideo.verify(request, { secret: 's' })).resolves.toEqualTypeOf<RemoveBGVideoEvent>()
      expectTypeOf(eversince.sign('{}', { secret: 's' })).resolves.toEqualTypeOf<SignedDelivery>()
      expectTypeOf(replicate.verify(request, { secret: 'whsec_x' })).resolves.toEqualTypeOf<ReplicateDelivery>()
      expectTypeOf(fal.verify(request)).resolves.toEqualTypeOf<FalDelivery>()
      expectTypeOf(elevenlabs.verify(request, { secret: 's' })).resolves.toEqualTypeOf<ElevenLabsDelivery>()
      expectTypeOf(mux.verify(request, { secret: 's' })).resolves.toEqualTypeOf<MuxDelivery>()
      expectTypeOf(openrouter.verify(request, { secret: 's' })).resolves.toEqualTypeOf<OpenRouterDelivery>()
      expectTypeOf(synthesia.verify(request, { secret: 's' })).resolves.toEqualTypeOf<SynthesiaDelivery>()
      expectTypeOf(standardwebhooks.verify(request, { secret: 'whsec_x' })).resolves.toEqualTypeOf<StandardWebhooksEvent>()
      expectTypeOf(standardwebhooks.verify<{ type: 'a' }>(request, { secret: 'whsec_x' })).resolves.toEqualTypeOf<{ type: 'a' }>()
    }))

  it('unknown events: isKnownEvent narrows to the known ones, and an exhaustive switch then compiles', () =>
    typeOnly(async () => {
      const unchecked = await eversince.verify(request, { secret: 's' })
      // Without the check, an exhaustive switch cannot compile: an event added since reaches `default`.
      switch (unchecked.event) {
        case 'running':
        case 'generating':
        case 'idle':
        case 'failed':
        case 'rendering':
          break
        default:
          // @ts-expect-error an unknown event is still possible here
          assertNever(unchecked)
      }
      const event = await eversince.verify(request, { secret: 's' })
      if (!eversince.isKnownEvent(event)) {
        expectTypeOf(event.event).toEqualTypeOf<string>()
        expectTypeOf(event['anything']).toEqualTypeOf<unknown>()
        return
      }
      expectTypeOf(event).toEqualTypeOf<EversinceEvent>()
      switch (event.event) {
        case 'running':
        case 'generating':
        case 'idle':
        case 'rendering':
          break
        case 'failed':
          expectTypeOf(event.event).toEqualTypeOf<'failed'>()
          break
        default:
          assertNever(event)
      }
      const call = await elevenlabs.verify(request, { secret: 's' })
      if (elevenlabs.isKnownEvent(call) && call.type === 'post_call_audio') expectTypeOf(call.data.full_audio).toEqualTypeOf<string>()
      // Narrowing on a known name without the check leaves the unknown arm in: its fields are `unknown`.
      if (call.type === 'post_call_audio') expectTypeOf(call.data).toEqualTypeOf<unknown>()
    }))

  it('the newer providers narrow once known', () =>
    typeOnly(async () => {
      const prediction = await replicate.verify(request, { secret: 'whsec_x' })
      if (replicate.isKnownEvent(prediction) && prediction.status === 'succeeded')
        expectTypeOf(prediction.status).toEqualTypeOf<'succeeded'>()
      const result = await fal.verify(request)
      if (fal.isKnownEvent(result) && result.status === 'ERROR') expectTypeOf(result.error).toEqualTypeOf<string>()
      const asset = await mux.verify(request, { secret: 's' })
      if (mux.isKnownEvent(asset)) {
        if (asset.type === 'video.asset.ready') {
          expectTypeOf(asset.data).toEqualTypeOf<MuxAsset>()
          // @ts-expect-error a typo of playback_ids: Mux's asset type has no catch-all index signature
          void asset.data.playbackIds
        }
        if (asset.type === 'video.upload.created') expectTypeOf(asset.data).toEqualTypeOf<MuxUpload>()
      }
      if (!mux.isKnownEvent(asset)) {
        // Mux's envelope is the same for every event, known or not: the id to de-duplicate on is there.
        expectTypeOf(asset.id).toEqualTypeOf<string>()
        expectTypeOf(asset.data).toEqualTypeOf<unknown>()
      }
      const job = await openrouter.verify(request, { secret: 's' })
      if (openrouter.isKnownEvent(job) && job.type === 'video.generation.failed') expectTypeOf(job.data.status).toEqualTypeOf<'failed'>()
    }))

  it('the newer families take their own key options, and refuse what cannot work', () =>
    typeOnly(() => {
      void cartesia.verify(request, { secret: 's' })
      // @ts-expect-error a credential travels in a header: text, never bytes
      void cartesia.verify(request, { secret: new Uint8Array(1) })
      // @ts-expect-error nothing is signed, so no timestamp: no tolerance
      void deepgram.verify(request, { secret: 'user:pass', tolerance: 300 })
      void assemblyai.verify(request, { header: 'X-Webhook-Secret', secret: 's' })
      // @ts-expect-error AssemblyAI's header is the receiver's to name
      void assemblyai.verify(request, { secret: 's' })
      void twilio.verify(request, { secret: 's', url: 'https://example.com/voice' })
      void twilio.verify(request, { secret: ['old', 'new'], url: new URL('https://example.com/voice') })
      // @ts-expect-error the URL is signed: verify must be told it
      void twilio.verify(request, { secret: 's' })
      // @ts-expect-error Twilio signs no timestamp: no tolerance
      void twilio.verify(request, { secret: 's', url: 'https://example.com/voice', tolerance: 300 })
      // @ts-expect-error not a Twilio request (its parameters are strings)
      void twilio.sign({ CallSid: 1 }, { secret: 's', url: 'https://example.com/voice' })
      void twilio.verify(request, { secret: 's', url: 'https://example.com/voice' }).then((event) => {
        if ('CallSid' in event) expectTypeOf(event.CallStatus).toEqualTypeOf<TwilioCallStatus>()
        // @ts-expect-error a messaging request has no CallStatus
        else void event.CallStatus
      })
      void livekit.verify(request, { apiKey: 'APIkey', secret: 's', tolerance: 60 })
      // @ts-expect-error the token's issuer is checked against the API key
      void livekit.verify(request, { secret: 's' })
      void vapi.verify(request, { secret: 's' })
      void vapi.verify(request, { token: 't' })
      // @ts-expect-error one check or the other, never both
      void vapi.verify(request, { secret: 's', token: 't' })
      // @ts-expect-error Vapi's x-timestamp is not read as a time
      void vapi.verify(request, { secret: 's', tolerance: 300 })
      void pubsub.verify(request, { audience: 'https://x.test/push', email: 'push@p.iam.gserviceaccount.com', tolerance: 600 })
      void pubsub.verify(request, { audience: ['https://a.test', 'https://b.test'], email: 'push@p.iam.gserviceaccount.com', fetch })
      // @ts-expect-error Google's keys sign every Google ID token: the service account is required
      void pubsub.verify(request, { audience: 'https://x.test/push' })
      // @ts-expect-error the keys are Google's public ones: no secret
      void pubsub.verify(request, { secret: 's' })
      // @ts-expect-error sign needs a private key to sign with
      void pubsub.sign({ message: { messageId: '1', publishTime: 't' }, subscription: 's' }, { audience: 'a', email: 'e' })
      void gemini.verify(request, { secret: 'whsec_x', tolerance: 300 })
      void gemini.verify(request, { audience: 'projects/1/webhooks/w', jwks: { keys: [] } })
      // @ts-expect-error a static endpoint's secret, or a dynamic webhook's audience: never both
      void gemini.verify(request, { secret: 'whsec_x', audience: 'a' })
      // @ts-expect-error one of the two is needed
      void gemini.verify(request, {})
    }))

  it('Kie takes its key and a tolerance; SNS its topics, and its union is closed', () =>
    typeOnly(async () => {
      const callback = await kie.verify(request, { secret: 'k', tolerance: 300 })
      expectTypeOf(taskIdOf(callback)).toEqualTypeOf<string>()
      // @ts-expect-error Kie signs with an HMAC key: the secret is required
      void kie.verify(request, {})
      // @ts-expect-error the body is unsigned but for the task id: sign needs a callback, not any object
      void kie.sign({ data: 1 }, { secret: 'k' })
      const message = await sns.verify(request, { topicArn: 'arn:aws:sns:us-east-1:123456789012:t', tolerance: 600 })
      switch (message.Type) {
        case 'Notification':
          expectTypeOf(message.Subject).toEqualTypeOf<string | null | undefined>()
          break
        case 'SubscriptionConfirmation':
        case 'UnsubscribeConfirmation':
          expectTypeOf(message.SubscribeURL).toEqualTypeOf<string>()
          break
        default:
          assertNever(message)
      }
      void sns.verify(request, { topicArn: ['arn:aws:sns:us-east-1:123456789012:t'], certificates: { 'https://x': 'pem' } })
      // @ts-expect-error AWS signs every topic's messages: the topic is required
      void sns.verify(request, { fetch })
      // @ts-expect-error the keys are AWS's certificates: no secret
      void sns.verify(request, { topicArn: 'arn:aws:sns:us-east-1:123456789012:t', secret: 's' })
      // @ts-expect-error sign writes the signature fields: it takes an RSA key and the certificate URL
      void sns.sign({ Type: 'Notification', MessageId: 'm', TopicArn: 't', Message: 'x', Timestamp: 't' }, { secret: 's' })
    }))

  it('Pub/Sub resolves to the push envelope; Gemini to its events, narrowed by type', () =>
    typeOnly(async () => {
      const push = await pubsub.verify(request, { audience: 'a', email: 'e' })
      expectTypeOf(push.message.messageId).toEqualTypeOf<string>()
      expectTypeOf(messageData(push)).toEqualTypeOf<Uint8Array>()
      const event = await gemini.verify(request, { secret: 's' })
      if (gemini.isKnownEvent(event) && event.type === 'batch.failed')
        expectTypeOf(event.data.error_message).toEqualTypeOf<string | undefined>()
    }))

  it('key options follow the scheme: a secret, or keys', () =>
    typeOnly(() => {
      // @ts-expect-error fal takes no secret
      void fal.verify(request, { secret: 's' })
      // @ts-expect-error fal signs with privateKey
      void fal.sign({ request_id: 'r', status: 'OK', payload: null }, { secret: 's' })
      void fal.verify(request, { jwks: { keys: [] }, tolerance: 60 })
      // The global fetch, a wrapper around it, or anything with text() loads the JWKS.
      void fal.verify(request, { fetch })
      void fal.verify(request, { fetch: (url, init) => fetch(url, init) })
      void fal.verify(request, { fetch: async () => ({ ok: true, status: 200, text: async () => '{"keys":[]}' }) })
      // @ts-expect-error json() alone is not read: hookproof reads the body itself, with a size limit
      void fal.verify(request, { fetch: async () => ({ ok: true, status: 200, json: async () => ({ keys: [] }) }) })
      // @ts-expect-error a secret provider cannot verify without its secret
      void eversince.verify(request)
      // @ts-expect-error nor with options that lack it
      void mux.verify(request, { tolerance: 300 })
      // @ts-expect-error a JWKS is not a secret provider's option
      void eversince.verify(request, { secret: 's', jwks: { keys: [] } })
      void standardwebhooks.sign({}, { secret: 'whsec_x', id: 'msg_1' })
      // @ts-expect-error only Standard Webhooks senders take an id
      void mux.sign({} as MuxEvent, { secret: 's', id: 'x' })
    }))

  it('tolerance only where a timestamp is signed', () =>
    typeOnly(() => {
      void eversince.verify(request, { secret: 's', tolerance: 300, now: Date.now() })
      void mux.verify(request, { secret: 's', tolerance: { past: 600, future: 60 } })
      // VideoPilot signs one in the body: the check is opt-in.
      void videopilot.verify(request, { secret: 's', tolerance: 300 })
      // @ts-expect-error Adsumo signs no timestamp
      void adsumo.verify(request, { secret: 's', tolerance: 300 })
      // @ts-expect-error Synthesia's timestamp format is undocumented, so no tolerance can be checked
      void synthesia.verify(request, { secret: 's', tolerance: 300 })
      // @ts-expect-error nor a clock to check against
      void adsumo.verify(request, { secret: 's', now: Date.now() })
      // @ts-expect-error VideoPilot signs no timestamp header, so sign takes none
      void videopilot.sign('{}', { secret: 's', timestamp: Date.now() })
    }))

  it('defineProvider infers the options from the scheme and checks the event field and names', () =>
    typeOnly(() => {
      type Acme = { kind: 'a.done'; id: string } | { kind: 'a.failed'; id: string; error: string }
      const timed = defineProvider<Acme>()({
        name: 'Acme',
        scheme: hmacHexScheme({ signatureHeader: 'X-Sig', timestamp: { header: 'X-Ts', format: unixSeconds } }),
        eventField: 'kind',
        events: { 'a.done': true, 'a.failed': true },
      })
      void timed.verify(request, { secret: 's', tolerance: 60 })
      const untimed = defineProvider<Acme>()({
        name: 'Acme',
        scheme: hmacHexScheme({ signatureHeader: 'X-Sig' }),
        eventField: 'kind',
        events: { 'a.done': true, 'a.failed': true },
      })
      // @ts-expect-error no timestamp is signed
      void untimed.verify(request, { secret: 's', tolerance: 60 })
      const jwks = defineProvider<Acme>()({
        name: 'Acme',
        scheme: ed25519JwksScheme({
          signatureHeader: 'X-Sig',
          fields: [
            { header: 'X-Ts', option: 'timestamp' },
            { header: 'X-Id', option: 'id' },
          ],
          timestampHeader: 'X-Ts',
          separator: '.',
          jwksUrl: 'https://acme.test/jwks',
        }),
        eventField: 'kind',
        events: { 'a.done': true, 'a.failed': true },
      })
      void jwks.verify(request)
      // @ts-expect-error a JWKS scheme takes no secret
      void jwks.verify(request, { secret: 's' })
      void jwks.sign({ kind: 'a.done', id: '1' }, { privateKey: new Uint8Array(32), id: 'x' })
      // @ts-expect-error the sign options are the signed fields
      void jwks.sign({ kind: 'a.done', id: '1' }, { privateKey: new Uint8Array(32), requestId: 'x' })
      const scheme = stripeStyleScheme({ header: 'Acme-Signature', version: 'v1', joiner: '.' })
      // @ts-expect-error 'typ' is not a field of every Acme event
      defineProvider<Acme>()({ name: 'Acme', scheme, eventField: 'typ', events: {} })
      // @ts-expect-error events must name every known event
      defineProvider<Acme>()({ name: 'Acme', scheme, eventField: 'kind', events: { 'a.done': true } })
      // @ts-expect-error and only those
      defineProvider<Acme>()({ name: 'Acme', scheme, eventField: 'kind', events: { 'a.done': true, 'a.failed': true, 'a.other': true } })
      // @ts-expect-error a body timestamp must be a field of the event
      defineProvider<Acme>()({ name: 'Acme', scheme, bodyTimestamp: { field: 'when', format: unixSeconds } })
      type Counted = { kind: 'a.done'; n: number }
      // @ts-expect-error a field that is not a string cannot name the event
      defineProvider<Counted>()({ name: 'Acme', scheme, eventField: 'n', events: {} })
      // @ts-expect-error nor hold a timestamp to read
      defineProvider<Counted>()({ name: 'Acme', scheme, bodyTimestamp: { field: 'n', format: unixSeconds } })
      // An event type with a catch-all index signature (fal's) still names its event in a declared field only.
      defineProvider<FalEvent>()({ name: 'Fal', scheme, eventField: 'status', events: { OK: true, ERROR: true } })
      // @ts-expect-error not a declared field, whatever the index signature admits
      defineProvider<FalEvent>()({ name: 'Fal', scheme, eventField: 'typ', events: {} })
      const loose = defineProvider<Acme>()({ name: 'Acme', scheme })
      expectTypeOf(loose.verify(request, { secret: 's' })).resolves.toEqualTypeOf<Acme>()
    }))

  it('narrowing Magic Hour on type gives the project of that resource', () => {
    const event = {} as MagicHourEvent
    if (event.type === 'video.completed') {
      expectTypeOf(event.payload).toEqualTypeOf<MagicHourVideoProject>()
      expectTypeOf(event.payload.fps).toEqualTypeOf<number>()
    } else if (event.type === 'image.errored') {
      expectTypeOf(event.payload).toEqualTypeOf<MagicHourImageProject>()
      expectTypeOf(event.payload.image_count).toEqualTypeOf<number>()
    } else if (event.type === 'audio.started') {
      expectTypeOf(event.payload).toEqualTypeOf<MagicHourAudioProject>()
      // @ts-expect-error audio projects have no fps
      void event.payload.fps
    }
    expectTypeOf<MagicHourEvent['type']>().toEqualTypeOf<
      | 'video.started'
      | 'video.completed'
      | 'video.errored'
      | 'image.started'
      | 'image.completed'
      | 'image.errored'
      | 'audio.started'
      | 'audio.completed'
      | 'audio.errored'
    >()
  })

  it("narrowing VideoPilot on event gives that event's data", () => {
    const event = {} as VideoPilotEvent
    if (event.event === 'render.completed') {
      expectTypeOf(event.data).toEqualTypeOf<VideoPilotRenderCompleted>()
      expectTypeOf(event.data.file_size).toEqualTypeOf<number>()
    }
    if (event.event === 'video.script_ready') {
      expectTypeOf(event.data.script).toEqualTypeOf<string>()
      // @ts-expect-error script_ready has no output_url
      void event.data.output_url
    }
  })

  it('narrowing Adsumo on event gives result_url or error_message', () => {
    const event = {} as AdsumoEvent
    if (event.event === 'generation.completed') {
      expectTypeOf(event.result_url).toEqualTypeOf<string>()
      expectTypeOf(event.status).toEqualTypeOf<'completed'>()
    } else {
      expectTypeOf(event.event).toEqualTypeOf<'generation.failed'>()
      expectTypeOf(event.error_message).toEqualTypeOf<string>()
    }
  })

  // The docs promise no error_message on 'failed' ("Something went wrong"), so it stays optional.
  it('Eversince events are the project plus a narrowed event', () => {
    const event = {} as EversinceEvent
    if (event.event === 'failed') {
      expectTypeOf(event.event).toEqualTypeOf<'failed'>()
      expectTypeOf(event.error_message).toEqualTypeOf<string | undefined>()
    }
    expectTypeOf(event).toMatchTypeOf<EversinceProject>()
    expectTypeOf<EversinceEvent['event']>().toEqualTypeOf<'running' | 'generating' | 'idle' | 'failed' | 'rendering'>()
  })

  it('open enums accept unknown values and still suggest the known ones', () => {
    expectTypeOf<'some_new_status'>().toMatchTypeOf<EversinceProject['status']>()
    expectTypeOf<'idle'>().toMatchTypeOf<EversinceProject['status']>()
    expectTypeOf<'ultra'>().toMatchTypeOf<VideoPilotRenderCompleted['quality']>()
  })

  it('RemoveBGVideo: the signed body only, undocumented fields optional, unknown ones kept', () => {
    const event = {} as RemoveBGVideoEvent
    expectTypeOf(event.output_url).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(event['anything']).toEqualTypeOf<unknown>()
    expectTypeOf(removebgvideo.idempotencyKey(event)).toEqualTypeOf<string | undefined>()
  })

  it('sign is typed by payload, and only RemoveBGVideo takes event and deliveryId', () =>
    typeOnly(() => {
      void removebgvideo.sign({ id: 'job_1' }, { secret: 's', event: 'job.started', deliveryId: 'd' })
      // @ts-expect-error not an event name
      void removebgvideo.sign({ id: 'job_1' }, { secret: 's', event: 'job.exploded' })
      // @ts-expect-error Adsumo payloads need their fields
      void adsumo.sign({ event: 'generation.completed' }, { secret: 's' })
      void adsumo.sign('{"raw":"string"}', { secret: 's' })
      // @ts-expect-error sign takes one secret, not a rotation list
      void eversince.sign('{}', { secret: ['a', 'b'] })
    }))

  it('error codes are a closed union', () => {
    expectTypeOf<'signature_mismatch'>().toMatchTypeOf<WebhookVerificationErrorCode>()
    expectTypeOf<'bad'>().not.toMatchTypeOf<WebhookVerificationErrorCode>()
  })
})
