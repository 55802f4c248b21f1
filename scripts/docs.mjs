// The API reference: TypeDoc over every subpath jsr.json lists (one page per
// subpath, named as it is imported: `hookproof/mux`), from the JSDoc in src/.
// Fails on any public export without documentation, on a public function,
// class or constant without an @example, and on a broken {@link}.
//
//   npm run docs            writes docs/api/ (open docs/api/index.html)
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Application, Converter, ReflectionKind } from 'typedoc'

const root = fileURLToPath(new URL('../', import.meta.url))
const jsr = JSON.parse(readFileSync(root + 'jsr.json', 'utf8'))
const subpaths = Object.entries(jsr.exports).map(([subpath, path]) => ({
  name: subpath === '.' ? 'hookproof' : `hookproof/${subpath.slice(2)}`,
  path: root + path.slice(2),
}))

// Helper types public types are written with, shown by name: what a caller
// uses are the types built from them (VerifyOptionsOf, SignOptionsOf, …).
const helperTypes = [
  'ChecksTime',
  'CommonKeys',
  'EventsCheck',
  'FieldOf',
  'Lifecycle',
  'LiteralNames',
  'Named',
  'Only',
  'OptionsOf',
  'registry',
  'Registry',
  'Renamed',
  'SchemeOf',
  'SchemeSignsTime',
  'SignedTime',
  'SignKeys',
  'StandardWebhooksSignOptions',
  'VerifyKeys',
]

const app = await Application.bootstrapWithPlugins({
  entryPoints: subpaths.map((subpath) => subpath.path),
  entryPointStrategy: 'resolve',
  tsconfig: root + 'tsconfig.json',
  out: root + 'docs/api',
  name: 'hookproof',
  readme: 'none',
  excludeInternal: true,
  excludePrivate: true,
  sort: ['alphabetical'],
  // No repository to link sources to: the pages carry the JSDoc, not source links.
  disableSources: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  intentionallyNotExported: helperTypes,
  // Every export of every subpath; the members of interfaces (payload fields
  // as the providers name them) are documented where a name does not say it.
  requiredToBeDocumented: ['Function', 'Class', 'Interface', 'TypeAlias', 'Variable', 'Enum', 'Namespace'],
  treatWarningsAsErrors: true,
  logLevel: 'Warn',
})

// Each module named as it is imported. TypeDoc names an entry point by its
// path under src/ ('providers/mux', 'index').
app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
  for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
    const subpath = subpaths.find((candidate) => candidate.path === `${root}src/${module.name}.ts`)
    if (subpath) module.name = subpath.name
  }
})

const project = await app.convert()
if (!project) process.exit(1)

// A public function, class or constant without an @example: the house rule every export keeps.
const needsExample = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Variable
const missing = []
for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
  for (const child of module.children ?? []) {
    if (!child.kindOf(needsExample)) continue
    const comment = child.comment ?? child.signatures?.[0]?.comment
    if (!comment?.getTag('@example')) missing.push(`${module.name}: ${child.name}`)
  }
}
if (missing.length) {
  console.error(`docs: ${missing.length} public exports without an @example:\n  ${missing.join('\n  ')}`)
  process.exit(1)
}
app.validate(project)
if (app.logger.hasErrors() || app.logger.hasWarnings()) process.exit(1)
await app.generateDocs(project, app.options.getValue('out'))
if (app.logger.hasErrors() || app.logger.hasWarnings()) process.exit(1)
console.log(`docs: ${subpaths.length} subpaths documented in docs/api/`)
