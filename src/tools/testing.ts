/**
 * The testing kit: sample events for every event of every provider, typed
 * and overridable, and deliveries to test a handler with — genuine ones whose
 * body a re-serializing handler cannot reproduce, and the tampered, stale,
 * wrong-key and rotated ones it must refuse or accept. For tests only: it is
 * kept out of every verify bundle.
 *
 * @example
 * ```ts
 * import * as mux from 'hookproof/mux'
 * import { samples, testKit } from 'hookproof/testing'
 *
 * const kit = testKit(mux, { secret: 'test-secret' })
 * const ready = samples.mux['video.asset.ready']({ data: { id: 'asset_1' } })
 * const response = await handler(kit.request(await kit.sign(ready)))
 * ```
 *
 * @module
 */
export { type BodyFormat, serialize } from '../testing/format.js'
export { type Signer, type TestKit, type TestKitOptions, tamper, testKit, toRequest } from '../testing/kit.js'
export type { Overrides, SampleFactory, SampleSet, SamplesByEvent } from '../testing/sample-set.js'
export { samples } from '../testing/samples.js'
