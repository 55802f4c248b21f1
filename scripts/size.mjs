// Bundle sizes a browser or edge user pays: esbuild, minified, for the
// browser, gzip -9. Fails when a bundle grows past its budget.
//
//   npm run size
//
// The budgets hold today's sizes (plus a few percent), so growth is a
// decision, not an accident. They are above the 1.5 KB / 4 KB goals: most of
// the bytes are code (two HMAC engines, the strict ISO 8601 and header
// parsers, input checks), about a fifth are the error messages that say how
// to fix a mistake.
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const budgets = [
  ["import { verify } from 'hookproof/eversince'", 'export { verify } from "hookproof/eversince"', 5250],
  ["import { sign, verify } from 'hookproof/eversince'", 'export { sign, verify } from "hookproof/eversince"', 5550],
  ["import { verify } from 'hookproof/standardwebhooks'", 'export { verify } from "hookproof/standardwebhooks"', 6950],
  ["import { verify } from 'hookproof/fal'", 'export { verify } from "hookproof/fal"', 7250],
  ["import * from 'hookproof' (12 providers)", 'export * from "hookproof"', 10650],
]

let over = 0
for (const [label, contents, budget] of budgets) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
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
  console.log(`${label.padEnd(52)} ${String(code.length).padStart(6)} B min  ${String(gzip).padStart(5)} B gzip  budget ${budget} B  ${ok ? 'ok' : 'OVER'}`)
}
if (over) {
  console.error(`${over} bundle(s) over budget`)
  process.exit(1)
}
