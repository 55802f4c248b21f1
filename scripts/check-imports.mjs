// Keeps the arrows in src/ pointing one way: no import cycle, and every import
// goes down the layers below (or stays in its own folder). Type-only imports
// count too: a type cycle is still a design cycle, and it turns into a value
// cycle the day someone imports a value along it.
//
//   node scripts/check-imports.mjs        exits 1 and prints each problem
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/**
 * The layers of src/, bottom first; each path is a file or a folder (ending in
 * `/`). A file may import from its own layer and the layers below it; the
 * cycle check keeps imports inside one layer one-way. `apart`: the files of one
 * folder never import each other. `below: false`: nothing from the layers
 * below. `typePackages`: packages the layer may import types from, with
 * `import type` only. `packages`: the bare specifiers the layer may import; the library
 * imports none (no dependencies, and node:crypto is reached at run time so
 * that bundlers for the browser never see it).
 */
export const LAYERS = [
  { paths: ['errors.ts', 'promise.ts', 'bounded-read.ts', 'encoding/'] },
  { paths: ['crypto/'] },
  { paths: ['http/', 'time/'] },
  { paths: ['schemes/'] },
  { paths: ['pipeline/'] },
  // Exactly-once handling, and what every framework adapter shares.
  { paths: ['once/', 'adapters/'] },
  { paths: ['providers/'], apart: true },
  // The list of providers, and what reads it.
  { paths: ['registry.ts'] },
  { paths: ['receive/'] },
  // One subpath per framework and per store: hookproof/express, hookproof/redis, …
  // A framework's own types may be imported (`import type` only: nothing of it at run time).
  { paths: ['frameworks/', 'stores/'], apart: true, typePackages: ['fastify', 'hono'] },
  // The testing kit: samples of every provider's events, and deliveries to test a handler with.
  { paths: ['testing/'] },
  // Why a delivery fails: the diagnosis doctor and the inspector show.
  { paths: ['diagnose/'] },
  // The subpaths of the tools: hookproof/testing, hookproof/diagnose, …
  { paths: ['tools/'], apart: true },
  { paths: ['index.ts'] },
  // The command line uses the package as any user does, by its name.
  { paths: ['cli.ts', 'cli/'], below: false, packages: ['hookproof', 'hookproof/*', 'node:*'] },
]

/**
 * Imports that break a rule today, as [file, imported file]. Each is a debt to
 * pay, not a permission: one that no longer occurs is reported too, so the
 * list only shrinks.
 */
export const EXCEPTIONS = []

/** Whether every import of `specifier` in `source` is `import type`, bringing nothing at run time. */
function typeOnly(file, source, specifier) {
  const statements = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS).statements
  return statements
    .filter((node) => (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier?.text === specifier)
    .every((node) => (ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly))
}

/** The layer and path of `file` (relative to src/), or undefined when no layer holds it. */
function place(file) {
  for (const [rank, layer] of LAYERS.entries()) {
    const path = layer.paths.find((p) => (p.endsWith('/') ? file.startsWith(p) : file === p))
    if (path !== undefined) return { rank, layer, path }
  }
  return undefined
}

const matches = (pattern, specifier) => (pattern.endsWith('*') ? specifier.startsWith(pattern.slice(0, -1)) : specifier === pattern)

/** Every module specifier `source` imports or re-exports, `import type`, `import()` and `import('…').T` included. */
export function specifiersOf(file, source) {
  const found = []
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text)
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS))
  return found
}

/** The file of `files` a relative `specifier` in `from` names (TypeScript's `.js` for `.ts`), or undefined. */
function resolve(files, from, specifier) {
  const path = posix.normalize(posix.join(posix.dirname(from), specifier))
  return [path, path.replace(/\.js$/, '.ts'), `${path}.ts`, `${path}/index.ts`].find((candidate) => files.has(candidate))
}

/** One cycle per strongly connected component of `graph`, as a path that ends where it starts. */
function cycles(graph) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const found = []
  const connect = (node) => {
    index.set(node, index.size)
    low.set(node, index.get(node))
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node)) {
      if (!index.has(next)) {
        connect(next)
        low.set(node, Math.min(low.get(node), low.get(next)))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const component = new Set()
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      component.add(member)
    } while (member !== node)
    if (component.size > 1 || graph.get(node).has(node)) found.push(cycleThrough(graph, node, component))
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node)
  return found
}

/** The shortest way from `start` back to itself inside `component` (breadth first). */
function cycleThrough(graph, start, component) {
  const cameFrom = new Map()
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift()
    for (const next of [...graph.get(node)].sort()) {
      if (!component.has(next)) continue
      if (next === start) {
        const path = [node]
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]))
        return [...path, start]
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node)
        queue.push(next)
      }
    }
  }
  return [start, start]
}

/**
 * The import problems of `files` (paths relative to src/, with their source
 * text), each `{ kind, file, message }`; kind is one of `cycle`, `layer`,
 * `provider`, `package`, `unresolved`, `unplaced`, `stale` (an exception that no
 * longer occurs). An empty array: all is well. `exceptions`: [file, imported
 * file] pairs whose layer or provider rule is not enforced (see EXCEPTIONS).
 *
 * @example
 * ```js
 * checkImports(new Map([['errors.ts', "import './index.js'"], ['index.ts', '']]))
 * // [{ kind: 'layer', file: 'errors.ts', message: 'errors.ts imports index.ts, …' }]
 * ```
 */
export function checkImports(files, exceptions = []) {
  files = files instanceof Map ? files : new Map(Object.entries(files))
  const problems = []
  const excused = new Set()
  const exempt = (file, target) => {
    const exception = exceptions.find(([from, to]) => from === file && to === target)
    if (exception) excused.add(exception)
    return exception !== undefined
  }
  const graph = new Map([...files.keys()].map((file) => [file, new Set()]))
  for (const [file, source] of files) {
    const here = place(file)
    if (!here) {
      problems.push({ kind: 'unplaced', file, message: `${file} is in no layer: add its folder to LAYERS in scripts/check-imports.mjs` })
      continue
    }
    for (const specifier of specifiersOf(file, source)) {
      if (!specifier.startsWith('.')) {
        if ((here.layer.typePackages ?? []).includes(specifier)) {
          if (!typeOnly(file, source, specifier)) {
            problems.push({ kind: 'package', file, message: `${file} imports '${specifier}' as a value: only \`import type\` of it here` })
          }
          continue
        }
        if (!(here.layer.packages ?? []).some((pattern) => matches(pattern, specifier))) {
          problems.push({
            kind: 'package',
            file,
            message: `${file} imports '${specifier}': ${here.layer.packages ? `only ${here.layer.packages.join(', ')} here` : 'the library imports no package'}`,
          })
        }
        continue
      }
      const target = resolve(files, file, specifier)
      if (target === undefined) {
        problems.push({ kind: 'unresolved', file, message: `${file} imports '${specifier}', which is no file of src/` })
        continue
      }
      graph.get(file).add(target)
      const there = place(target)
      if (!there || exempt(file, target)) continue
      if (there.rank === here.rank) {
        if (here.layer.apart && there.path === here.path && target !== file)
          problems.push({ kind: 'provider', file, message: `${file} imports ${target}: one ${here.path} file never imports another` })
      } else if (there.rank > here.rank) {
        problems.push({
          kind: 'layer',
          file,
          message: `${file} imports ${target}, from a layer above its own (LAYERS in scripts/check-imports.mjs, bottom first)`,
        })
      } else if (here.layer.below === false) {
        problems.push({
          kind: 'layer',
          file,
          message: `${file} imports ${target}: ${here.layer.paths.join(' and ')} import only each other and ${here.layer.packages.join(', ')}`,
        })
      }
    }
  }
  for (const exception of exceptions) {
    if (!excused.has(exception))
      problems.push({
        kind: 'stale',
        file: exception[0],
        message: `${exception[0]} no longer imports ${exception[1]}: delete that line of EXCEPTIONS in scripts/check-imports.mjs`,
      })
  }
  for (const cycle of cycles(graph)) problems.push({ kind: 'cycle', file: cycle[0], message: `import cycle: ${cycle.join(' -> ')}` })
  return problems
}

/** Every .ts file under `dir`, keyed by its path relative to `dir` (with `/`). */
export function readTree(dir, prefix = '', files = new Map()) {
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) readTree(dir, path, files)
    else if (entry.isFile() && entry.name.endsWith('.ts')) files.set(path, readFileSync(join(dir, path), 'utf8'))
  }
  return files
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = fileURLToPath(new URL('../src/', import.meta.url))
  const files = readTree(src)
  const problems = checkImports(files, EXCEPTIONS)
  for (const problem of problems) console.error(`check-imports: ${problem.message}`)
  if (problems.length > 0) process.exit(1)
  console.log(`check-imports: ${files.size} files in src/, no cycle, every import down the layers`)
}
