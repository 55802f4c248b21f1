/**
 * Type tests for the adapters: checked by `tsc -p test` (npm run typecheck);
 * the runtime part only makes sure the file loads.
 */
import { UseGuards } from '@nestjs/common'
import { createRouter } from 'h3'
import { H3 } from 'h3-v2'
import { describe, expectTypeOf, it } from 'vitest'
import { webhook as expressWebhook } from '../src/frameworks/express.js'
import { webhook as fastifyWebhook } from '../src/frameworks/fastify.js'
import { defineWebhookHandler } from '../src/frameworks/h3.js'
import { webhook as honoWebhook } from '../src/frameworks/hono.js'
import { webhookGuard } from '../src/frameworks/nestjs.js'
import { withWebhook } from '../src/frameworks/next.js'
import { createHandler, webhook as nodeWebhook } from '../src/frameworks/node.js'
import { type FalDelivery, memoryStore, type MuxDelivery, mux as muxNamespace } from '../src/index.js'
import * as fal from '../src/providers/fal.js'
import * as mux from '../src/providers/mux.js'

const typeOnly = (check: () => void): void => void check

describe('adapter types', () => {
  it('types the event from the provider, module or root namespace', () =>
    typeOnly(() => {
      expectTypeOf(expressWebhook(mux, { secret: 's' }).event({})).toEqualTypeOf<MuxDelivery>()
      expectTypeOf(expressWebhook(muxNamespace, { secret: 's' }).event({})).toEqualTypeOf<MuxDelivery>()
      expectTypeOf(nodeWebhook(fal, {})).returns.resolves.toEqualTypeOf<FalDelivery>()
      void createHandler(mux, { secret: 's', once: { store: memoryStore() } }, (event) => expectTypeOf(event).toEqualTypeOf<MuxDelivery>())
      void withWebhook(mux, { secret: 's' }, (event) => void expectTypeOf(event).toEqualTypeOf<MuxDelivery>())
      void fastifyWebhook(mux, { secret: 's', url: '/hook' }, (event) => expectTypeOf(event).toEqualTypeOf<MuxDelivery>())
      void honoWebhook(mux, { secret: 's' })
      expectTypeOf(webhookGuard(muxNamespace, { secret: 's' }).event({})).toEqualTypeOf<MuxDelivery>()
      void defineWebhookHandler(fal, {}, (event) => expectTypeOf(event).toEqualTypeOf<FalDelivery>())
    }))

  it("fits the frameworks' own types: Nest's UseGuards, h3 1's router, h3 2's app", () =>
    typeOnly(() => {
      void UseGuards(webhookGuard(mux, { secret: 's' }))
      void createRouter().post(
        '/hook',
        defineWebhookHandler(mux, { secret: 's' }, () => undefined),
      )
      void new H3().post(
        '/hook',
        defineWebhookHandler(mux, { secret: 's' }, () => undefined),
      )
    }))

  it("refuses what the provider's verify would refuse, and an adapter's option of the wrong type", () =>
    typeOnly(() => {
      // @ts-expect-error Mux verifies with a secret
      void expressWebhook(mux, {})
      // @ts-expect-error fal takes no secret
      void nodeWebhook(fal, { secret: 's' })
      // @ts-expect-error the Fastify plugin needs the route's url
      void fastifyWebhook(mux, { secret: 's' }, () => undefined)
      // @ts-expect-error once takes a store
      void honoWebhook(mux, { secret: 's', once: {} })
      // @ts-expect-error Mux verifies with a secret
      void webhookGuard(mux, {})
      // @ts-expect-error the guard's onError answers whether to go on
      void webhookGuard(mux, { secret: 's', onError: () => 'no' })
      // @ts-expect-error fal takes no secret
      void defineWebhookHandler(fal, { secret: 's' }, () => undefined)
      // @ts-expect-error a route handler answers with a Response or nothing
      void withWebhook(mux, { secret: 's' }, () => 'ok')
    }))
})
