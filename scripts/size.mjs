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
// within its family's, so a new provider needs no budget of its own.
const familyBudgets = {
  // First: a provider choosing between two families carries both.
  schemeByKeyOption: 9150,
  hmacScheme: 7900,
  stripeStyleScheme: 7500,
  standardWebhooksScheme: 9150,
  ed25519JwksScheme: 9300,
  keyedDigestScheme: 7300,
  credentialScheme: 7750,
  jwtScheme: 8300,
}
const familyOf = (id) => {
  const source = readFileSync(`${root}src/providers/${id}.ts`, 'utf8')
  const family = Object.keys(familyBudgets).find((name) => source.includes(`${name}(`))
  if (!family) throw new Error(`src/providers/${id}.ts uses no scheme family with a size budget in scripts/size.mjs`)
  return family
}
const ids = providerIds()
const budgets = [
  ...ids.map((id) => [`import { verify } from 'hookproof/${id}'`, `export { verify } from "hookproof/${id}"`, familyBudgets[familyOf(id)]]),
  ["import { sign, verify } from 'hookproof/eversince'", 'export { sign, verify } from "hookproof/eversince"', 7750],
  [
    "import { <the first five> } from 'hookproof'",
    'export { eversince, magichour, videopilot, adsumo, removebgvideo } from "hookproof"',
    8950,
  ],
  [`import * from 'hookproof' (${ids.length} providers)`, 'export * from "hookproof"', 22000],
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
