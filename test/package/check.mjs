// The packed tarball, as a user gets it: installed into an empty project, run
// by import and by require (root and every subpath), and type-checked under
// moduleResolution node16 (ESM and CJS) and bundler, with no @types/node and
// no DOM lib. Run after the build: `node test/package/check.mjs`.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { adapterIds, providerIds } from '../../scripts/providers.mjs'

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
  const expected =
    /^(dist\/|examples\/|inspector\/screenshot\.jpg$|package\.json$|README\.md$|LICENSE$|SECURITY\.md$|CHANGELOG\.md$|CONTRIBUTING\.md$)/
  for (const unwanted of shipped.filter((path) => !expected.test(path))) {
    throw new Error(`the tarball ships ${unwanted}`)
  }
  // Every file the README links to, or names under examples/, is in the
  // tarball: the README is read from it (npm's page, node_modules). Inline
  // code is not a link, whatever brackets it holds.
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const linked = [...readme.replace(/`[^`\n]*`/g, '').matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)].map((match) => match[1])
  const named = [...readme.matchAll(/`(examples\/[^`\s]+)`/g)].map((match) => match[1])
  for (const path of new Set([...linked, ...named])) {
    const target = path.replace(/^\.\//, '').replace(/\/$/, '')
    if (!shipped.some((file) => file === target || file.startsWith(`${target}/`))) {
      throw new Error(`the README links ${path}, which the tarball does not ship`)
    }
  }
  console.log(`packed ${filename}: ${files.length} files, every file the README links to among them`)

  const consumer = join(work, 'consumer')
  run('mkdir', ['-p', consumer], work)
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }))
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, filename)], consumer)
  for (const file of readdirSync(consumerSource)) copyFileSync(join(consumerSource, file), join(consumer, file))
  // Every subpath the package exports, each with its first documented body and
  // the kind of key its vectors verify with: none can be left out.
  const subpaths = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports)
    .filter((path) => path !== '.' && path !== './package.json')
    .map((path) => path.slice(2))
  const frameworks = adapterIds()
  const unlisted = subpaths.filter((name) => !providerIds().includes(name) && !frameworks.includes(name))
  if (unlisted.length) throw new Error(`package.json exports ${unlisted.join(', ')}, neither a provider nor an adapter`)
  writeFileSync(join(consumer, 'frameworks.json'), JSON.stringify(frameworks))
  const payloads = {}
  const kinds = {}
  const options = {}
  for (const name of subpaths.filter((subpath) => !frameworks.includes(subpath))) {
    const file = JSON.parse(readFileSync(join(root, 'test', 'vectors', `${name}.json`), 'utf8'))
    const [first] = file.vectors
    // A form's parameters where the provider posts forms (Twilio), else the JSON body.
    payloads[name] = file.bodyFormat === 'form' ? Object.fromEntries(new URLSearchParams(first.body)) : JSON.parse(first.body)
    const { jwks, ...others } = first.options ?? {}
    // A fixed test key where none can be made (AWS SNS: a certificate for it).
    if (file.signer) others.signer = { privateKey: file.signer.privateKey, certificateUrl: file.signer.certificateUrl }
    kinds[name] = file.signer
      ? 'certificate'
      : jwks
        ? jwks.keys[0]?.kty === 'RSA'
          ? 'rsa'
          : 'ed25519'
        : /^whsec_[A-Za-z0-9+/]+={0,2}$/.test(first.secret ?? '')
          ? 'whsec'
          : (first.secret ?? '').includes(':')
            ? 'pair'
            : 'text'
    // What else both sign and verify take (AssemblyAI's header, Pub/Sub's audience and service account).
    options[name] = others
  }
  writeFileSync(join(consumer, 'payloads.json'), JSON.stringify(payloads))
  writeFileSync(join(consumer, 'kinds.json'), JSON.stringify(kinds))
  writeFileSync(join(consumer, 'options.json'), JSON.stringify(options))

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
