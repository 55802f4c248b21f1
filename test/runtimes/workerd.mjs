// Runs a worker script in workerd (from the npm registry, cached in
// .cache/runtimes) on 127.0.0.1, the way Cloudflare runs it.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const WORKERD = 'workerd@1.20261117.1'

export function workerdBinary() {
  const dir = join(root, '.cache', 'runtimes', 'workerd')
  const binary = join(dir, 'node_modules', '.bin', 'workerd')
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n')
    execFileSync('npm', ['install', '--no-audit', '--no-fund', WORKERD], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  return binary
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts `script` (an ES module worker) with the given compatibility flags and
 * text bindings; resolves once it answers, to its URL and a stop function.
 * @param {{ script: string, flags?: string[], bindings?: Record<string, string> }} options
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startWorkerd({ script, flags = [], bindings = {} }) {
  const binary = workerdBinary()
  const dir = mkdtempSync(join(root, '.cache', 'workerd-'))
  writeFileSync(join(dir, 'worker.mjs'), script)
  const port = await freePort()
  const texts = Object.entries(bindings).map(([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`)
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
  compatibilityDate = "2025-09-01",
  compatibilityFlags = [${flags.map((flag) => JSON.stringify(flag)).join(', ')}],
  bindings = [${texts.join(', ')}],
);
`,
  )
  const child = spawn(binary, ['serve', join(dir, 'config.capnp')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = () => {
    child.kill()
    rmSync(dir, { recursive: true, force: true })
  }
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`workerd exited: ${stderr.slice(-2000)}`)
    try {
      await fetch(url, { method: 'HEAD' })
      return { url, stop }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  stop()
  throw new Error(`workerd did not start: ${stderr.slice(-2000)}`)
}
