/**
 * Type tests: checked by `tsc -p test` (npm run typecheck); the runtime part
 * only makes sure the file loads.
 */
import { describe, expectTypeOf, it } from 'vitest'
import { adsumo, elevenlabs, eversince, fal, magichour, mux, openrouter, removebgvideo, replicate, standardwebhooks, synthesia, videopilot, type SignedDelivery, type WebhookVerificationErrorCode } from '../src/index.js'
import type { ElevenLabsEvent, FalEvent, MuxAsset, MuxEvent, MuxUpload, OpenRouterEvent, ReplicateEvent, StandardWebhooksEvent, SynthesiaEvent } from '../src/index.js'
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
  it('verify resolves to each provider\'s event union', () => typeOnly(() => {
    expectTypeOf(eversince.verify(request, { secret: 's' })).resolves.toEqualTypeOf<EversinceEvent>()
    expectTypeOf(magichour.verify(request, { secret: 's' })).resolves.toEqualTypeOf<MagicHourEvent>()
    expectTypeOf(videopilot.verify(request, { secret: 's' })).resolves.toEqualTypeOf<VideoPilotEvent>()
    expectTypeOf(adsumo.verify(request, { secret: 's' })).resolves.toEqualTypeOf<AdsumoEvent>()
    expectTypeOf(removebgvideo.verify(request, { secret: 's' })).resolves.toEqualTypeOf<RemoveBGVideoEvent>()
    expectTypeOf(eversince.sign('{}', { secret: 's' })).resolves.toEqualTypeOf<SignedDelivery>()
  }))

  it('the newer providers resolve to their event unions, and narrow', () => typeOnly(async () => {
    expectTypeOf(replicate.verify(request, { secret: 'whsec_x' })).resolves.toEqualTypeOf<ReplicateEvent>()
    expectTypeOf(fal.verify(request)).resolves.toEqualTypeOf<FalEvent>()
    expectTypeOf(elevenlabs.verify(request, { secret: 's' })).resolves.toEqualTypeOf<ElevenLabsEvent>()
    expectTypeOf(mux.verify(request, { secret: 's' })).resolves.toEqualTypeOf<MuxEvent>()
    expectTypeOf(openrouter.verify(request, { secret: 's' })).resolves.toEqualTypeOf<OpenRouterEvent>()
    expectTypeOf(synthesia.verify(request, { secret: 's' })).resolves.toEqualTypeOf<SynthesiaEvent>()
    expectTypeOf(standardwebhooks.verify(request, { secret: 'whsec_x' })).resolves.toEqualTypeOf<StandardWebhooksEvent>()
    expectTypeOf(standardwebhooks.verify<{ type: 'a' }>(request, { secret: 'whsec_x' })).resolves.toEqualTypeOf<{ type: 'a' }>()

    const prediction = await replicate.verify(request, { secret: 'whsec_x' })
    if (prediction.status === 'succeeded') expectTypeOf(prediction.status).toEqualTypeOf<'succeeded'>()
    const result = await fal.verify(request)
    if (result.status === 'ERROR') expectTypeOf(result.error).toEqualTypeOf<string>()
    const asset = await mux.verify(request, { secret: 's' })
    if (asset.type === 'video.asset.ready') expectTypeOf(asset.data).toEqualTypeOf<MuxAsset>()
    if (asset.type === 'video.upload.created') expectTypeOf(asset.data).toEqualTypeOf<MuxUpload>()
    const call = await elevenlabs.verify(request, { secret: 's' })
    if (call.type === 'post_call_audio') expectTypeOf(call.data.full_audio).toEqualTypeOf<string>()
    const job = await openrouter.verify(request, { secret: 's' })
    if (job.type === 'video.generation.failed') expectTypeOf(job.data.status).toEqualTypeOf<'failed'>()

    // fal verifies with keys, never a secret; it signs with a private key.
    // @ts-expect-error fal takes no secret
    void fal.verify(request, { secret: 's' })
    // @ts-expect-error fal signs with privateKey
    void fal.sign({ request_id: 'r', status: 'OK', payload: null }, { secret: 's' })
    void standardwebhooks.sign({}, { secret: 'whsec_x', id: 'msg_1' })
    // @ts-expect-error only Standard Webhooks senders take an id
    void mux.sign({} as MuxEvent, { secret: 's', id: 'x' })
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
      | 'video.started' | 'video.completed' | 'video.errored'
      | 'image.started' | 'image.completed' | 'image.errored'
      | 'audio.started' | 'audio.completed' | 'audio.errored'
    >()
  })

  it('narrowing VideoPilot on event gives that event\'s data', () => {
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

  it('RemoveBGVideo: undocumented body fields are optional, unknown ones kept', () => {
    const event = {} as RemoveBGVideoEvent
    if (event.event === 'job.completed') {
      expectTypeOf(event.output_url).toEqualTypeOf<string | null | undefined>()
      expectTypeOf(event['anything']).toEqualTypeOf<unknown>()
    }
  })

  it('sign is typed by payload, and only RemoveBGVideo takes event and deliveryId', () => typeOnly(() => {
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
