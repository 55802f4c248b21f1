// The packed tarball, as a user gets it: installed into an empty project, run
// by import and by require (root and every subpath), and type-checked under
// moduleResolution node16 (ESM and CJS) and bundler, with no @types/node and
// no DOM lib. Run after the build: `node test/package/check.mjs`.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const consumerSource = fileURLToPath(new URL('./consumer/', import.meta.url))
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const work = mkdtempSync(join(tmpdir(), 'hookproof-package-'))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
}

try {
  const [{ filename, files }] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], root))
  const shipped = files.map((file) => file.path)
  for (const unwanted of shipped.filter((path) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(path))) {
    throw new Error(`the tarball ships ${unwanted}`)
  }
  console.log(`packed ${filename}: ${files.length} files`)

  const consumer = join(work, 'consumer')
  run('mkdir', ['-p', consumer], work)
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }))
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, filename)], consumer)
  for (const file of readdirSync(consumerSource)) copyFileSync(join(consumerSource, file), join(consumer, file))

  process.stdout.write(run(process.execPath, ['esm.mjs'], consumer))
  process.stdout.write(run(process.execPath, ['cjs.cjs'], consumer))

  const strict = { strict: true, noEmit: true, types: [], lib: ['ES2022'], skipLibCheck: false, exactOptionalPropertyTypes: true }
  const configs = {
    'tsconfig.node16.json': {
      compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' },
      files: ['types.mts', 'types.cts'],
    },
    'tsconfig.bundler.json': { compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' }, files: ['types.mts'] },
  }
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(join(consumer, name), JSON.stringify(config))
    run(process.execPath, [tsc, '-p', name], consumer)
    console.log(
      `types: ${name.replace(/^tsconfig\.|\.json$/g, '')} resolution ok (import${name.includes('node16') ? ' and require' : ''}, no @types/node, no DOM lib)`,
    )
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
