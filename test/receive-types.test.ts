/**
 * Type tests for `receive`: checked by `tsc -p test` (npm run typecheck); the
 * runtime part only makes sure the file loads.
 */
import { describe, expectTypeOf, it } from 'vitest'
import { type FalDelivery, type MuxDelivery, type Received, receive } from '../src/index.js'

const typeOnly = (check: () => void): void => void check

describe('receive types', () => {
  it('resolves to a union discriminated by provider, each event typed for its provider', () =>
    typeOnly(async () => {
      const delivery = await receive(new Request('https://example.test'), { providers: { mux: { secret: 's' }, fal: {} } })
      expectTypeOf(delivery).toEqualTypeOf<
        { readonly provider: 'mux'; readonly event: MuxDelivery } | { readonly provider: 'fal'; readonly event: FalDelivery }
      >()
      if (delivery.provider === 'mux') expectTypeOf(delivery.event).toEqualTypeOf<MuxDelivery>()
      else expectTypeOf(delivery.event).toEqualTypeOf<FalDelivery>()
    }))

  it("takes each provider's verify options, and no provider hookproof does not ship", () =>
    typeOnly(() => {
      void receive(new Request('https://example.test'), { providers: { fal: { jwksUrl: 'https://example.test/jwks' } } })
      // @ts-expect-error Mux verifies with a secret
      void receive(new Request('https://example.test'), { providers: { mux: {} } })
      // @ts-expect-error fal takes no secret
      void receive(new Request('https://example.test'), { providers: { fal: { secret: 's' } } })
      // @ts-expect-error not a provider
      void receive(new Request('https://example.test'), { providers: { mux: { secret: 's' }, muxx: {} } })
    }))

  it('names the providers configured, and only those', () => {
    expectTypeOf<Received<{ mux: { secret: string } }>['provider']>().toEqualTypeOf<'mux'>()
  })
})
