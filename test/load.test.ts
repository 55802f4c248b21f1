/**
 * Every module of src/ loads, and each subpath module exports what its
 * package.json entry promises. A module that throws while it loads (a
 * provider definition that its scheme refuses, say) fails a test here, not
 * only the collection of the files that import it: mutation testing counts
 * failed tests, and a file that fails to load has none.
 */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const src = new URL('../src/', import.meta.url)
// src/cli.ts runs the command line when imported: the CLI tests run it.
const NOT_IMPORTED = new Set(['cli.ts'])

const modules = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.ts') && !NOT_IMPORTED.has(path))
  .map((path) => path.replaceAll('\\', '/'))
  .sort()

describe('every module of src/ loads', () => {
  it('finds the modules', () => {
    expect(modules).toContain('index.ts')
    expect(modules).toContain('providers/eversince.ts')
  })

  it.each(modules)('%s', async (path) => {
    const namespace: Record<string, unknown> = await import(new URL(path.replace(/\.ts$/, '.js'), src).href)
    expect(typeof namespace).toBe('object')
  })

  it('each provider module exports verify and sign as functions', async () => {
    for (const path of modules.filter((path) => path.startsWith('providers/'))) {
      const namespace: Record<string, unknown> = await import(new URL(path.replace(/\.ts$/, '.js'), src).href)
      for (const name of ['verify', 'sign']) expect(typeof namespace[name], `${path}: ${name}`).toBe('function')
    }
  })
})
