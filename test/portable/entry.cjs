// Node (CommonJS): requires the installed package the way a user does and
// runs the portable suite.
const forced = process.env.HOOKPROOF_ENGINE === 'webcrypto'
if (forced) globalThis[Symbol.for('hookproof.engine')] = 'webcrypto'

const root = require('hookproof')
const regressions = require('./vectors/regressions.json')

import('./suite.mjs').then(async ({ runSuite, activeEngine, providerNames }) => {
  const names = providerNames(require('hookproof/package.json'), root)
  const providers = Object.fromEntries(names.map((name) => [name, require(`hookproof/${name}`)]))
  const vectorFiles = names.map((name) => require(`./vectors/${name}.json`))
  const result = await runSuite({ root, providers, vectorFiles, regressions })
  console.log(`RESULT ${JSON.stringify({ ...result, engine: activeEngine() })}`)
})
