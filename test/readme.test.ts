/**
 * Every TypeScript example in the README compiles against hookproof's types
 * (with the app's own helpers declared), so the README cannot drift from the API.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const root = new URL('../', import.meta.url).pathname
const dir = join(root, '.cache', 'readme')

// What the examples take from the surrounding app.
const prelude = `
declare const request: Request
declare const req: import('express').Request
declare const app: import('express').Express
declare const secret: string
declare const project: import('hookproof').EversinceEvent
declare const redis: { set(key: string, value: string, options: { NX: boolean; EX: number }): Promise<string | null> }
declare function handle(event: unknown): Promise<void>
declare function saveVideo(id: string, downloads: unknown): Promise<void>
declare function saveResult(id: string, url: string): Promise<void>
declare function fetchTranscript(id: string): Promise<void>
declare const Deno: { serve(handler: (request: Request) => Response | Promise<Response>): void; env: { get(name: string): string | undefined } }
declare const Bun: { serve(options: { fetch(request: Request): Response | Promise<Response> }): void; env: Record<string, string | undefined> }
type ExecutionContext = { waitUntil(promise: Promise<unknown>): void }
export {}
`

it('every ts block in README.md type-checks', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!)
  expect(blocks.length).toBeGreaterThan(15)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const files = blocks.map((code, i) => {
    const file = join(dir, `example-${String(i).padStart(2, '0')}.ts`)
    writeFileSync(file, `${prelude}\n${code.replace(/from 'npm:hookproof/g, "from 'hookproof")}`)
    return file
  })
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM'],
        strict: true,
        // NestJS's decorators (the README's guard example) are TypeScript's experimental ones.
        experimentalDecorators: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        typeRoots: [join(root, 'node_modules', '@types')],
        paths: {
          hookproof: [join(root, 'src/index.ts')],
          'hookproof/*': [join(root, 'src/providers/*.ts'), join(root, 'src/frameworks/*.ts'), join(root, 'src/stores/*.ts')],
          express: [join(root, 'node_modules/@types/express')],
        },
      },
      files,
    }),
  )
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' })
  } catch (error) {
    throw new Error(`README examples do not compile:\n${(error as { stdout?: string }).stdout}`)
  }
}, 60_000)
