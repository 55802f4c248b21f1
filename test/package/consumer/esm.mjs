// Runs in a project that installed the packed tarball: every entry point by import.
import assert from 'node:assert/strict'
import * as root from 'hookproof'
import pkg from 'hookproof/package.json' with { type: 'json' }

import payloads from './payloads.json' with { type: 'json' }
import frameworks from './frameworks.json' with { type: 'json' }
import keys from './keys.cjs'

const { keysFor } = keys

const providers = Object.keys(payloads)

assert.equal(pkg.name, 'hookproof')
for (const name of providers) {
  const sub = await import(`hookproof/${name}`)
  assert.ok(
    ['sign', 'verify'].every((key) => typeof sub[key] === 'function'),
    `${name}: sign and verify`,
  )
  const { signWith, verifyWith } = await keysFor(name)
  assert.equal(root[name].verify, sub.verify, `${name}: root namespace and subpath share one module`)
  const delivery = await sub.sign(payloads[name], signWith)
  assert.deepEqual(await sub.verify(new Request('https://x.test', { method: 'POST', ...delivery }), verifyWith), payloads[name])
  const error = await sub.verify({ headers: { 'content-type': 'application/json' }, body: delivery.body }, verifyWith).catch((e) => e)
  assert.ok(error instanceof root.WebhookVerificationError, `${name}: one error class across entry points`)
  assert.equal(error.code, 'missing_signature')
}
// Every framework adapter loads, exporting only functions beside its types.
for (const name of frameworks) {
  const adapter = await import(`hookproof/${name}`)
  assert.ok(
    Object.keys(adapter).length > 0 && Object.entries(adapter).every(([key, value]) => typeof value === 'function' || key === 'samples'),
    `${name}: functions (and the testing kit's samples)`,
  )
}
{
  // The testing kit signs a sample that the provider's verify accepts.
  const { samples, testKit } = await import('hookproof/testing')
  const mux = await import('hookproof/mux')
  const kit = testKit(mux, { secret: 'kit-secret' })
  const ready = samples.mux['video.asset.ready']({ data: { id: 'asset_pkg' } })
  assert.equal((await mux.verify(kit.request(await kit.sign(ready)), { secret: 'kit-secret' })).data.id, 'asset_pkg')
}
assert.equal(typeof root.receive, 'function')
assert.equal(typeof root.defineProvider, 'function')
assert.equal(typeof root.hmacHexScheme, 'function')
assert.equal(typeof root.isWebhookVerificationError, 'function')
console.log(`esm: root and ${providers.length} subpaths ok`)
