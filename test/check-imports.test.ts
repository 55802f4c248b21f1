import { describe, expect, it } from 'vitest'
import { checkImports, specifiersOf } from '../scripts/check-imports.mjs'

type Problem = { kind: string; file: string; message: string }

/** A small tree that keeps every rule: a leaf, a scheme, two providers, the barrel and the command line. */
const tree = {
  'errors.ts': 'export class WebhookVerificationError extends Error {}',
  'encoding/hex.ts': "import { WebhookVerificationError } from '../errors.js'\nexport const toHex = () => ''",
  'encoding/base64.ts': "import { toHex } from './hex.js'\nexport const toBase64 = toHex",
  'schemes/scheme.ts': "import type { WebhookVerificationError } from '../errors.js'\nexport type Scheme = WebhookVerificationError",
  'providers/a.ts': "import type { Scheme } from '../schemes/scheme.js'\nexport const a = 1",
  'providers/b.ts': "export * from '../schemes/scheme.js'",
  'index.ts': "export * as a from './providers/a.js'\nexport * as b from './providers/b.js'",
  'cli.ts': "import { a } from 'hookproof'\nimport { readFileSync } from 'node:fs'\nimport { run } from './cli/run.js'",
  'cli/run.ts': "import { b } from 'hookproof/b'\nexport const run = () => b",
}

const problems = (changes: Record<string, string>, exceptions: [string, string][] = []): Problem[] =>
  checkImports({ ...tree, ...changes }, exceptions)
const kinds = (found: Problem[]): string[] => found.map((problem) => problem.kind)

describe('checkImports', () => {
  it('passes a tree that keeps every rule', () => {
    expect(problems({})).toEqual([])
  })

  it('prints a cycle inside one folder, which the layers alone allow', () => {
    const found = problems({ 'encoding/hex.ts': "import { toBase64 } from './base64.js'\nexport const toHex = () => ''" })
    expect(found).toEqual([
      { kind: 'cycle', file: 'encoding/base64.ts', message: 'import cycle: encoding/base64.ts -> encoding/hex.ts -> encoding/base64.ts' },
    ])
  })

  it('counts type-only imports and re-exports in a cycle', () => {
    const found = problems({ 'errors.ts': "export type { Nothing } from './errors.js'" })
    expect(found).toEqual([{ kind: 'cycle', file: 'errors.ts', message: 'import cycle: errors.ts -> errors.ts' }])
    const across = problems({
      'encoding/hex.ts': "import type { B } from './base64.js'",
      'encoding/base64.ts': "import type { H } from './hex.js'",
    })
    expect(kinds(across)).toEqual(['cycle'])
  })

  it('refuses an import up the layers', () => {
    const found = problems({ 'encoding/base64.ts': "import type { Scheme } from '../schemes/scheme.js'" })
    expect(kinds(found)).toEqual(['layer'])
    expect(found[0]!.file).toBe('encoding/base64.ts')
    expect(found[0]!.message).toContain('encoding/base64.ts imports schemes/scheme.ts')
  })

  it('lets the files of one layer import each other, one way', () => {
    const oneWay = {
      'http/headers.ts': "import { unixSeconds } from '../time/formats.js'",
      'time/formats.ts': 'export const unixSeconds = 1',
    }
    expect(problems(oneWay)).toEqual([])
    expect(kinds(problems({ ...oneWay, 'time/formats.ts': "import '../http/headers.js'" }))).toEqual(['cycle'])
  })

  it('refuses a provider importing another provider, even for a type', () => {
    const found = problems({ 'providers/b.ts': "import type { A } from './a.js'" })
    expect(found.map(({ kind, file }) => ({ kind, file }))).toEqual([{ kind: 'provider', file: 'providers/b.ts' }])
  })

  it('lets an exception through and reports it once it no longer occurs', () => {
    expect(problems({ 'providers/b.ts': "import type { A } from './a.js'" }, [['providers/b.ts', 'providers/a.ts']])).toEqual([])
    expect(kinds(problems({}, [['providers/b.ts', 'providers/a.ts']]))).toEqual(['stale'])
  })

  it('keeps the command line to the package and its own files', () => {
    expect(kinds(problems({ 'cli/run.ts': "import { WebhookVerificationError } from '../errors.js'" }))).toEqual(['layer'])
    expect(kinds(problems({ 'cli.ts': "import { a } from './index.js'" }))).toEqual(['layer'])
    expect(kinds(problems({ 'cli/run.ts': "import chalk from 'chalk'" }))).toEqual(['package'])
  })

  it('refuses any package in the library, node: builtins and its own name included', () => {
    const found = problems({ 'encoding/hex.ts': "import { Buffer } from 'node:buffer'", 'providers/a.ts': "import { b } from 'hookproof'" })
    expect(found.map(({ kind, file }) => ({ kind, file }))).toEqual([
      { kind: 'package', file: 'encoding/hex.ts' },
      { kind: 'package', file: 'providers/a.ts' },
    ])
  })

  it("lets a framework adapter import its framework's types, and nothing of it at run time", () => {
    const found = problems({
      'frameworks/a.ts': "import type { MiddlewareHandler } from 'hono'",
      'frameworks/b.ts': "import { Hono } from 'hono'",
      'frameworks/c.ts': "import { type Hono } from 'hono'",
      'providers/d.ts': "import type { Hono } from 'hono'",
    })
    expect(found.map(({ kind, file }) => ({ kind, file }))).toEqual([
      { kind: 'package', file: 'frameworks/b.ts' },
      { kind: 'package', file: 'frameworks/c.ts' },
      { kind: 'package', file: 'providers/d.ts' },
    ])
  })

  it('reports an import of no file, and a file in no layer', () => {
    expect(kinds(problems({ 'providers/a.ts': "import { x } from '../schemes/missing.js'" }))).toEqual(['unresolved'])
    expect(kinds(problems({ 'extras/more.ts': 'export {}' }))).toEqual(['unplaced'])
  })
})

describe('specifiersOf', () => {
  it('finds every form of import and none in comments or strings', () => {
    const source = [
      '/**',
      " * @example import { verify } from 'hookproof/eversince'",
      ' */',
      "import a from './a.js'",
      "import type { B } from './b.js'",
      "import { type C, d } from './c.js'",
      "import './side-effect.js'",
      "export * from './e.js'",
      "export type { F } from './f.js'",
      "export { g } from './g.js'",
      "const h = await import('./h.js')",
      "type I = import('./i.js').I",
      'const text = "import x from \'./not-an-import.js\'"',
      'export const j = 1',
    ].join('\n')
    expect(specifiersOf('x.ts', source)).toEqual([
      './a.js',
      './b.js',
      './c.js',
      './side-effect.js',
      './e.js',
      './f.js',
      './g.js',
      './h.js',
      './i.js',
    ])
  })
})
