// The webhook inspector: a static page (inspector/) bundled with the browser
// build of hookproof (dist/browser, so `npm run build` first), served on
// 127.0.0.1. The page fetches nothing: its Content-Security-Policy forbids it.
//
//   npm run inspector              build it and serve it on http://127.0.0.1:8790/
//   node scripts/inspector.mjs --build   only build it, into .cache/inspector/site/
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))
export const site = join(root, '.cache/inspector/site')

/** Builds the page into `site`: index.html, inspector.css and one script. */
export async function buildInspector() {
  if (!existsSync(join(root, 'dist/browser/index.js'))) throw new Error('no dist/browser: run `npm run build` first')
  mkdirSync(site, { recursive: true })
  await build({
    entryPoints: [join(root, 'inspector/app.ts')],
    outfile: join(site, 'inspector.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
    // tsup's chunks import each other bare; with sideEffects false, those imports are rightly dropped.
    logOverride: { 'ignored-bare-import': 'silent' },
    // The package's browser build, as a bundler resolves `hookproof` for a browser.
    alias: { hookproof: join(root, 'dist/browser/index.js'), 'hookproof/diagnose': join(root, 'dist/browser/diagnose.js') },
  })
  for (const file of ['index.html', 'inspector.css']) copyFileSync(join(root, 'inspector', file), join(site, file))
  return site
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' }

/** Serves `site` on 127.0.0.1 (a secure context, so crypto.subtle exists); resolves to the server and its URL. */
export async function serveInspector(port = 0) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    const name = path === '/' ? 'index.html' : path.slice(1)
    if (!/^[a-z.]+$/.test(name) || !(extname(name) in TYPES)) return response.writeHead(404).end()
    let content
    try {
      content = readFileSync(join(site, name))
    } catch {
      return response.writeHead(404).end()
    }
    response.writeHead(200, { 'content-type': TYPES[extname(name)] }).end(content)
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${server.address().port}/` }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildInspector()
  if (!process.argv.includes('--build')) {
    const { url } = await serveInspector(Number(process.env.PORT ?? 8790))
    console.log(`hookproof inspector on ${url} (Ctrl-C stops it)`)
  }
}
