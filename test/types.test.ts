/**
 * Type tests: checked by `tsc -p test` (npm run typecheck); the runtime part
 * only makes sure the file loads.
 */
import { describe, expectTypeOf, it } from 'vitest'
import { adsumo, eversince, magichour, removebgvideo, videopilot, type SignedDelivery, type WebhookVerificationErrorCode } from '../src/index.js'
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
