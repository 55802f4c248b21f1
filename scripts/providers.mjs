// The one list of providers: every file in src/providers/ is one. From it this
// script writes what cannot be computed at build time, and checks it:
//
//   - package.json `exports` (four conditions a subpath: a provider's, or a
//     framework adapter's or a store's, src/frameworks/ and src/stores/) and
//     `typesVersions`;
//   - src/registry.ts (the root's namespaces, and the list `receive` reads);
//   - the provider part of src/index.ts (the namespaces and types it exports);
//   - src/cli/providers.ts (what the command line serves);
//   - jsr.json (the same subpaths, for JSR).
//
// tsup.config.ts, scripts/size.mjs, the demo and the tests read the same list
// (`providerIds`) at run time, so they need no writing.
//
//   node scripts/providers.mjs           rewrite the files
//   node scripts/providers.mjs --check   exit 1 when any of them disagrees with src/providers/
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const file = (path) => readFileSync(root + path, 'utf8')

/** The providers' ids: the file names in src/providers/, sorted. */
export function providerIds() {
  return readdirSync(root + 'src/providers')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3))
    .sort()
}

/**
 * The subpaths besides the providers: each file in src/frameworks/ (the
 * framework adapters, `hookproof/express`, …) and src/stores/ (the delivery
 * stores, `hookproof/redis`, …) and src/tools/ (the testing kit and the
 * diagnosis, `hookproof/testing`, …), as `{ id, path }`, sorted by id.
 */
export function adapterModules() {
  return ['frameworks', 'stores', 'tools']
    .flatMap((folder) =>
      readdirSync(root + `src/${folder}`)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => ({ id: name.slice(0, -3), path: `src/${folder}/${name}` })),
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}

/** The ids of {@link adapterModules}. */
export function adapterIds() {
  return adapterModules().map((module) => module.id)
}

/** What a provider module exports, read off its source: the values the root namespaces, and the types it re-exports. */
export function describeProvider(id) {
  const source = file(`src/providers/${id}.ts`)
  const values = [...source.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1])
  const types = [...source.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]).sort()
  const name = /^\s+name: '([^']+)'/m.exec(source)?.[1]
  // The body field naming the event, where the definition has one.
  const eventField = (/^\s+eventField: '([^']+)'/m.exec(source) ?? /^\s+eventHeader: \{[^}]*\bfield: '([^']+)'/m.exec(source))?.[1]
  for (const required of ['verify', 'sign']) {
    if (!values.includes(required)) throw new Error(`src/providers/${id}.ts must export ${required}`)
  }
  if (!name) throw new Error(`src/providers/${id}.ts: no definition name found`)
  // The namespace: the per-delivery functions, in a fixed order.
  const members = ['verify', 'sign', 'isKnownEvent', 'idempotencyKey'].filter((member) => values.includes(member))
  return { id, name, members, types, eventField }
}

function exportsMap(ids) {
  const entry = (base) => ({
    workerd: {
      import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
      require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
    },
    browser: { types: `./dist/${base}.d.ts`, default: `./dist/browser/${base}.js` },
    import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
    require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
  })
  const exports = { '.': entry('index') }
  for (const id of [...ids, ...adapterIds()].sort()) exports[`./${id}`] = entry(id)
  exports['./package.json'] = './package.json'
  return exports
}

function packageJson(ids) {
  const pkg = JSON.parse(file('package.json'))
  pkg.exports = exportsMap(ids)
  pkg.typesVersions = { '*': Object.fromEntries([...ids, ...adapterIds()].sort().map((id) => [id, [`./dist/${id}.d.cts`]])) }
  return `${JSON.stringify(pkg, null, 2)}\n`
}

/**
 * jsr.json: the same subpaths, each the TypeScript source JSR publishes (the
 * command line, a Node program, stays on npm).
 */
function jsrJson(ids) {
  const pkg = JSON.parse(file('package.json'))
  const exports = { '.': './src/index.ts' }
  for (const id of ids) exports[`./${id}`] = `./src/providers/${id}.ts`
  for (const { id, path } of adapterModules()) exports[`./${id}`] = `./${path}`
  const sorted = Object.fromEntries(Object.entries(exports).sort(([a], [b]) => (a === '.' ? -1 : b === '.' ? 1 : a < b ? -1 : 1)))
  const jsr = {
    name: '@hookproof/hookproof',
    version: pkg.version,
    license: pkg.license,
    exports: sorted,
    publish: { include: ['src/**/*.ts', 'README.md', 'LICENSE'], exclude: ['src/cli.ts', 'src/cli/**'] },
  }
  return `${JSON.stringify(jsr, null, 2)}\n`
}

const BEGIN = '// <providers> written by scripts/providers.mjs from src/providers/: do not edit by hand\n'
const END = '// </providers>\n'

function registryTs(providers) {
  const lines = [
    '// Written by scripts/providers.mjs from src/providers/: do not edit by hand.',
    '/**',
    " * Every provider's namespace, as the root exports it, and the list of them",
    ' * that `receive` and `detectProviders` read.',
    ' *',
    ' * @module',
    ' */',
  ]
  for (const { id, members } of providers) {
    lines.push(`import { ${members.map((m) => `${m} as ${id}${m[0].toUpperCase()}${m.slice(1)}`).join(', ')} } from './providers/${id}.js'`)
  }
  lines.push(
    '',
    '// Plain objects built here rather than `export * as`: a namespace object would',
    "// be created next to the provider's code, where it keeps `sign` alive in a",
    '// bundle that imports only `verify` from the subpath.',
  )
  for (const { id, name, members } of providers) {
    const local = (m) => `${id}${m[0].toUpperCase()}${m.slice(1)}`
    const list = members.map((m) => `\`${m}\``)
    const named = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]
    lines.push(
      '/**',
      ` * ${name}'s ${named}, as exported by \`hookproof/${id}\`.`,
      ' *',
      ' * @example',
      ' * ```ts',
      ` * import { ${id} } from 'hookproof'`,
      ` * import * as ${id}Module from 'hookproof/${id}'`,
      ' *',
      ` * ${id}.verify === ${id}Module.verify // the same functions, by either name`,
      ' * ```',
      ' */',
    )
    lines.push(
      `export const ${id}: { ${members.map((m) => `readonly ${m}: typeof ${local(m)}`).join('; ')} } = { ${members.map((m) => `${m}: ${local(m)}`).join(', ')} }`,
    )
  }
  lines.push(
    '',
    '/**',
    ' * Every provider by its subpath name: `registry.mux` is `hookproof/mux`.',
    ' *',
    ' * @example',
    ' * ```ts',
    ' * const provider = registry[id as ProviderId] // a provider chosen by name, e.g. from configuration',
    ' * ```',
    ' */',
    `export const registry: { ${providers.map((p) => `readonly ${p.id}: typeof ${p.id}`).join('; ')} } = { ${providers.map((p) => p.id).join(', ')} }`,
    '',
    '/** A provider hookproof ships, by its subpath name: `mux`, `fal`, … */',
    'export type ProviderId = keyof typeof registry',
    '',
  )
  return lines.join('\n')
}

function rootBarrel(providers) {
  const lines = [`export { ${providers.map((p) => p.id).join(', ')} } from './registry.js'`]
  for (const { id, types } of providers) {
    if (types.length) lines.push(`export type { ${types.join(', ')} } from './providers/${id}.js'`)
  }
  return BEGIN + lines.join('\n') + '\n' + END
}

function indexTs(providers) {
  const source = file('src/index.ts')
  const start = source.indexOf(BEGIN)
  const end = source.indexOf(END)
  if (start < 0 || end < start)
    throw new Error(`src/index.ts needs the markers ${JSON.stringify(BEGIN.trim())} … ${JSON.stringify(END.trim())}`)
  return source.slice(0, start) + rootBarrel(providers) + source.slice(end + END.length)
}

function cliProviders(providers) {
  return [
    '// Written by scripts/providers.mjs from src/providers/: do not edit by hand.',
    '/** Every provider the package exports, by subpath name: what the command line serves. */',
    `import { ${providers.map((p) => p.id).join(', ')} } from 'hookproof'`,
    '',
    `export const providers = { ${providers.map((p) => p.id).join(', ')} } as const`,
    '',
    '/** A provider the command line serves, by subpath name. */',
    'export type ProviderName = keyof typeof providers',
    '',
    "/** Each provider's name as the provider writes it, for messages: `Magic Hour`. */",
    `export const titles: { readonly [Name in ProviderName]: string } = { ${providers.map((p) => `${p.id}: ${JSON.stringify(p.name)}`).join(', ')} }`,
    '',
    '/** The body field each provider names its event in; absent where its bodies name none. */',
    `export const eventFields: { readonly [Name in ProviderName]?: string } = { ${providers
      .filter((p) => p.eventField)
      .map((p) => `${p.id}: '${p.eventField}'`)
      .join(', ')} }`,
    '',
  ].join('\n')
}

/** `source` as the project's formatter writes it, so a written file passes `npm run lint` as it is. */
function formatted(path, source) {
  return execFileSync(process.execPath, [root + 'node_modules/@biomejs/biome/bin/biome', 'format', `--stdin-file-path=${path}`], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  })
}

/** Every written file with its content as the list says it should be. */
export function expectedFiles() {
  const providers = providerIds().map(describeProvider)
  const ids = providers.map((p) => p.id)
  return {
    'package.json': packageJson(ids),
    'jsr.json': jsrJson(ids),
    'src/registry.ts': formatted('src/registry.ts', registryTs(providers)),
    'src/index.ts': formatted('src/index.ts', indexTs(providers)),
    'src/cli/providers.ts': formatted('src/cli/providers.ts', cliProviders(providers)),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check')
  let stale = 0
  for (const [path, content] of Object.entries(expectedFiles())) {
    let current = ''
    try {
      current = file(path)
    } catch {}
    if (current === content) continue
    if (check) {
      stale++
      console.error(`${path} does not match src/providers/: run \`node scripts/providers.mjs\` and commit the result.`)
    } else {
      writeFileSync(root + path, content)
      console.log(`wrote ${path}`)
    }
  }
  if (stale) process.exit(1)
}
