// Runs in a project that installed the packed tarball: every entry point by require.
const assert = require('node:assert/strict')
const root = require('hookproof')
const esmErrorName = 'WebhookVerificationError'

const payloads = require('./payloads.json')
const frameworks = require('./frameworks.json')
const { keysFor } = require('./keys.cjs')

const providers = Object.keys(payloads)

async function main() {
  assert.equal(require('hookproof/package.json').name, 'hookproof')
  for (const name of frameworks) {
    const adapter = require(`hookproof/${name}`)
    assert.ok(
      Object.values(adapter).length > 0 &&
        Object.entries(adapter).every(([key, value]) => typeof value === 'function' || key === 'samples'),
      `${name}: functions (and the testing kit's samples)`,
    )
  }
  {
    // The testing kit signs a sample that the provider's verify accepts.
    const { samples, testKit } = require('hookproof/testing')
    const mux = require('hookproof/mux')
    const kit = testKit(mux, { secret: 'kit-secret' })
    const ready = samples.mux['video.asset.ready']({ data: { id: 'asset_pkg' } })
    assert.equal((await mux.verify(kit.request(await kit.sign(ready)), { secret: 'kit-secret' })).data.id, 'asset_pkg')
  }
  for (const name of providers) {
    const sub = require(`hookproof/${name}`)
    assert.ok(
      ['sign', 'verify'].every((key) => typeof sub[key] === 'function'),
      `${name}: sign and verify`,
    )
    const { signWith, verifyWith } = await keysFor(name)
    assert.equal(root[name].verify, sub.verify, `${name}: root namespace and subpath share one module`)
    const delivery = await sub.sign(payloads[name], signWith)
    assert.deepEqual(await sub.verify({ headers: delivery.headers, body: Buffer.from(delivery.body) }, verifyWith), payloads[name])
    const error = await sub.verify({ headers: { 'content-type': 'application/json' }, body: delivery.body }, verifyWith).catch((e) => e)
    assert.ok(error instanceof root.WebhookVerificationError, `${name}: one error class across entry points`)
    assert.equal(error.name, esmErrorName)
    assert.equal(error.code, 'missing_signature')
  }
  // The ESM and CJS copies are different classes; the guard recognises both.
  const esm = await import('hookproof')
  const fromEsm = new esm.WebhookVerificationError('signature_mismatch', 'x')
  assert.equal(fromEsm instanceof root.WebhookVerificationError, false)
  assert.equal(root.isWebhookVerificationError(fromEsm), true)
  console.log(`cjs: root and ${providers.length} subpaths ok; guard works across the ESM and CJS copies`)
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
