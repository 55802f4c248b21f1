// JSR: `deno publish --dry-run` of jsr.json (written by scripts/providers.mjs
// from the one list of providers), the way JSR checks a package before it
// takes it: every subpath type-checked from its TypeScript source, no "slow
// types" (a public export whose type JSR would have to infer), the files
// published. Deno is installed into .cache/runtimes the first time.
//
//   node scripts/jsr.mjs
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runtimeBinary } from './runtime.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const jsr = JSON.parse(readFileSync(root + 'jsr.json', 'utf8'))
const result = spawnSync(runtimeBinary('deno'), ['publish', '--dry-run', '--allow-dirty'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1' },
})
const output = `${result.stdout}\n${result.stderr}`
const fail = (why) => {
  console.error(output)
  console.error(`jsr: ${why}`)
  process.exit(1)
}
if (result.status !== 0 || !/Success\s+Dry run complete/.test(output)) fail(`deno publish --dry-run exited ${result.status}`)
if (/warning/i.test(output)) fail('deno publish --dry-run warned')
const checked = new Set([...output.matchAll(/^Check (\S+)$/gm)].map((match) => `./${match[1]}`))
const unchecked = Object.values(jsr.exports).filter((path) => !checked.has(path))
if (unchecked.length) fail(`subpaths not type-checked: ${unchecked.join(', ')}`)
const files = [...output.matchAll(/^\s+file:\/\/(\S+) \(/gm)].map((match) => match[1].slice(root.length))
for (const needed of ['README.md', 'LICENSE', ...Object.values(jsr.exports).map((path) => path.slice(2))]) {
  if (!files.includes(needed)) fail(`${needed} is not published`)
}
const stray = files.filter((path) => path.startsWith('src/cli') || path.startsWith('test/') || path.startsWith('dist/'))
if (stray.length) fail(`published but not meant for JSR: ${stray.join(', ')}`)
console.log(
  `jsr: deno publish --dry-run of ${jsr.name}@${jsr.version} clean: ${checked.size} subpaths type-checked, no slow types, ${files.length} files`,
)
