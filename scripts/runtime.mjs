// Runs a script on another runtime, installing that runtime from the npm
// registry into .cache/runtimes the first time (the packages ship the binary).
//
//   node scripts/runtime.mjs bun  bench/run.mjs [args…]
//   node scripts/runtime.mjs deno bench/run.mjs [args…]
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const versions = { bun: '1.4.5', deno: '2.9.6' }
const root = fileURLToPath(new URL('../', import.meta.url))
const cache = join(root, '.cache', 'runtimes')

export function runtimeBinary(name) {
  if (!(name in versions)) throw new Error(`unknown runtime ${name}; one of ${Object.keys(versions).join(', ')}`)
  const binary = join(cache, 'node_modules', '.bin', name)
  if (!existsSync(binary)) {
    mkdirSync(cache, { recursive: true })
    if (!existsSync(join(cache, 'package.json'))) writeFileSync(join(cache, 'package.json'), '{ "private": true }\n')
    console.log(`installing ${name}@${versions[name]} into .cache/runtimes`)
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `${name}@${versions[name]}`], {
      cwd: cache,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  return binary
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name, script, ...args] = process.argv.slice(2)
  const binary = runtimeBinary(name)
  const command = name === 'deno' ? ['run', '-A', script, ...args] : [script, ...args]
  const { status } = spawnSync(binary, command, { cwd: root, stdio: 'inherit' })
  process.exit(status ?? 1)
}
