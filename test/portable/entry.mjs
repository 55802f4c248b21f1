// Node (ESM), Bun and Deno: imports the installed package the way a user does
// and runs the portable suite. HOOKPROOF_ENGINE=webcrypto forces the Web
// Crypto engine (an internal switch, set before hookproof loads).
import { activeEngine, providerNames, runSuite } from './suite.mjs'

const forced = globalThis.process?.env?.HOOKPROOF_ENGINE === 'webcrypto'
if (forced) globalThis[Symbol.for('hookproof.engine')] = 'webcrypto'

const root = await import('hookproof')
const json = async (name) => (await import(`./vectors/${name}.json`, { with: { type: 'json' } })).default
const names = providerNames((await import('hookproof/package.json', { with: { type: 'json' } })).default, root)
const providers = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await import(`hookproof/${name}`)])))
const vectorFiles = await Promise.all(names.map(json))
const regressions = await json('regressions')

const result = await runSuite({ root, providers, vectorFiles, regressions })
console.log(`RESULT ${JSON.stringify({ ...result, engine: activeEngine() })}`)
