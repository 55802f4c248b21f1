// Bundle sizes a browser or edge user pays: esbuild, minified, for the
// browser (so the package's browser build, without the node:crypto side),
// gzip -9. Fails when a bundle grows past its budget.
//
//   npm run size                     the bundles against their budgets
//   npm run size -- --breakdown      and where the bytes of `verify` from hookproof/eversince come from
//
// The budgets hold today's sizes (plus a few percent), so growth is a
// decision, not an accident. They are above the 1.5 KB / 4 KB goals; the
// breakdown shows why: the checks every provider runs (options, input,
// headers, timestamps, keys) and the messages that say how to fix a mistake.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { providerIds } from './providers.mjs'
import { webCryptoOnly } from './web-crypto-only.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))

// One budget per signing family: a provider's `verify` bundle, alone, stays
// within its family's, so a new provider needs no budget of its own. A
// provider choosing between families (schemeByKeyOption) carries all it
// names: its budget is that combination's, written as the families joined
// by "+", in order.
const familyBudgets = {
  hmacScheme: 8350,
  'hmacScheme+signedFieldScheme': 8750,
  snsScheme: 10250,
  stripeStyleScheme: 7950,
  standardWebhooksScheme: 9600,
  ed25519JwksScheme: 9850,
  keyedDigestScheme: 7750,
  urlFormScheme: 9200,
  credentialScheme: 8250,
  jwtScheme: 8900,
  jwtJwksScheme: 11550,
  'credentialScheme+hmacScheme+schemeByKeyOption': 9700,
  'jwtJwksScheme+schemeByKeyOption+standardWebhooksScheme': 14550,
}
// The modules only a family's providers may carry, checked in each
// provider's bundle with esbuild's metafile: a family's code must not reach
// the bundles of providers that do not use it.
const familyModules = {
  schemeByKeyOption: ['src/schemes/by-key-option.ts'],
  hmacScheme: [],
  signedFieldScheme: ['src/schemes/signed-field.ts'],
  snsScheme: ['src/schemes/sns.ts', 'src/crypto/certificates.ts', 'src/crypto/x509.ts'],
  stripeStyleScheme: ['src/schemes/stripe-style.ts'],
  standardWebhooksScheme: ['src/schemes/standard-webhooks.ts'],
  ed25519JwksScheme: ['src/schemes/ed25519-jwks.ts'],
  keyedDigestScheme: ['src/schemes/keyed-digest.ts'],
  urlFormScheme: ['src/schemes/url-form.ts', 'src/encoding/form.ts'],
  credentialScheme: ['src/schemes/credential.ts'],
  jwtScheme: ['src/schemes/jwt.ts', 'src/schemes/jwt-token.ts'],
  jwtJwksScheme: ['src/schemes/jwt-jwks.ts', 'src/schemes/jwt-token.ts', 'src/crypto/rsa.ts', 'src/crypto/rsa-key.ts'],
}
const familiesOf = (id) => {
  const source = readFileSync(`${root}src/providers/${id}.ts`, 'utf8')
  const families = Object.keys(familyModules).filter((name) => source.includes(`${name}(`))
  const combination = families.sort().join('+')
  if (!(combination in familyBudgets)) {
    throw new Error(`src/providers/${id}.ts uses ${combination || 'no scheme family'}, which has no size budget in scripts/size.mjs`)
  }
  return families
}
const familyOf = (id) => familiesOf(id).join('+')
const ids = providerIds()
const budgets = [
  ...ids.map((id) => [`import { verify } from 'hookproof/${id}'`, `export { verify } from "hookproof/${id}"`, familyBudgets[familyOf(id)]]),
  ["import { sign, verify } from 'hookproof/eversince'", 'export { sign, verify } from "hookproof/eversince"', 8200],
  [
    "import { <the first five> } from 'hookproof'",
    'export { eversince, magichour, videopilot, adsumo, removebgvideo } from "hookproof"',
    9300,
  ],
  [`import * from 'hookproof' (${ids.length} providers)`, 'export * from "hookproof"', 32700],
]

/** `contents` bundled as a browser app's bundler would: esbuild, minified, ESM. */
function bundle(contents, options = {}) {
  return build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    ...options,
  })
}

let over = 0
for (const [label, contents, budget] of budgets) {
  const result = await bundle(contents)
  const code = result.outputFiles[0].contents
  // The browser build has no node:crypto side at all: neither an import (which
  // would break the bundler) nor the run-time lookup.
  const text = new TextDecoder().decode(code)
  if (/(?:\bfrom|\bimport|\brequire)\s*\(?\s*["']node:/.test(text) || text.includes('getBuiltinModule')) {
    throw new Error(`${label}: the browser bundle carries node:crypto code`)
  }
  const gzip = gzipSync(code, { level: 9 }).length
  const ok = gzip <= budget
  if (!ok) over++
  console.log(
    `${label.padEnd(56)} ${String(code.length).padStart(6)} B min  ${String(gzip).padStart(5)} B gzip  budget ${budget} B  ${ok ? 'ok' : 'OVER'}`,
  )
}
if (over) {
  console.error(`${over} bundle(s) over budget`)
  process.exit(1)
}

// From the sources, so that esbuild attributes every byte to its module.
let strays = 0
for (const id of ids) {
  const families = familiesOf(id)
  const allowed = new Set(families.flatMap((family) => familyModules[family]))
  const others = new Set(
    Object.values(familyModules)
      .flat()
      .filter((module) => !allowed.has(module)),
  )
  const result = await bundle(`export { verify } from "./src/providers/${id}.ts"`, {
    metafile: true,
    outfile: 'x.js',
    plugins: [webCryptoOnly],
  })
  const carried = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([path, { bytesInOutput }]) => bytesInOutput > 0 && others.has(path))
    .map(([path]) => path)
  if (carried.length) {
    strays++
    console.error(`hookproof/${id} (${families.join(', ')}) carries another family's code: ${carried.join(', ')}`)
  }
}
if (strays) process.exit(1)
console.log(`no provider's verify carries a module of a family it does not use (${ids.length} bundles, esbuild metafile)`)

if (process.argv.includes('--breakdown')) {
  // From the sources, with the browser build's stand-in for node-crypto.ts, so
  // esbuild can attribute every byte to its module.
  const result = await bundle('export { verify } from "./src/providers/eversince.ts"', {
    metafile: true,
    outfile: 'breakdown.js',
    plugins: [webCryptoOnly],
  })
  const code = result.outputFiles[0].text
  console.log(`\nverify from hookproof/eversince, by module (bytes minified, before gzip; ${code.length} B in all):`)
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0)
  for (const [path, { bytesInOutput }] of inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
    console.log(`  ${String(bytesInOutput).padStart(6)} B  ${path}`)
  }
  // Messages: the string and template literals of 40 characters or more.
  const literals = code.match(/`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g) ?? []
  const long = literals.filter((literal) => literal.length >= 40)
  const withoutMessages = literals.reduce((rest, literal) => (literal.length >= 40 ? rest.replace(literal, '""') : rest), code)
  const gzip = (text) => gzipSync(text, { level: 9 }).length
  console.log(
    `  messages (${long.length} literals of 40+ characters): ${long.reduce((n, l) => n + l.length, 0)} B minified; the bundle without them: ${gzip(withoutMessages)} B gzip of ${gzip(code)} B`,
  )
}
