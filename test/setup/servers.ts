/**
 * Real Redis and PostgreSQL servers for the store tests, on 127.0.0.1, in a
 * folder of their own, stopped after. On a machine without them (a fresh CI
 * machine has only Node and npm), they are installed from Debian's packages
 * first, as the runtime matrix installs Deno and Bun.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })

function onPath(binary: string): boolean {
  try {
    run('sh', ['-c', `command -v ${binary}`])
    return true
  } catch {
    return false
  }
}

let updated = false
/** Installs Debian packages when `present()` says they are missing; needs root, as CI has. */
function ensure(packages: string[], present: () => boolean): void {
  if (present()) return
  if (process.getuid?.() !== 0)
    throw new Error(`the store tests need ${packages.join(' and ')}: install them (apt-get install ${packages.join(' ')}), or run as root`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  if (!updated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env })
  updated = true
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'ignore', env })
  if (!present()) throw new Error(`apt-get installed ${packages.join(' ')}, and still not found`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function listening(port: number, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (ok) return
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${seconds} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export interface Running {
  readonly url: string
  stop(): Promise<void>
}

function stopper(child: ChildProcess, dir: string): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      const done = () => {
        rmSync(dir, { recursive: true, force: true })
        resolve()
      }
      if (child.exitCode !== null) return done()
      child.once('exit', done)
      child.kill('SIGTERM')
    })
}

/** A redis-server on a free port of 127.0.0.1, persisting nothing. */
export async function startRedis(): Promise<Running> {
  ensure(['redis-server'], () => onPath('redis-server'))
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'hookproof-redis-'))
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: 'ignore',
  })
  await listening(port)
  return { url: `redis://127.0.0.1:${port}`, stop: stopper(child, dir) }
}

function postgresBin(): string | undefined {
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return undefined
  const version = readdirSync(base).sort().at(-1)
  const bin = version && join(base, version, 'bin')
  return bin && existsSync(join(bin, 'initdb')) ? bin : undefined
}

/** A PostgreSQL cluster of its own on a free port of 127.0.0.1, trusting local connections, run as the postgres user when the tests run as root. */
export async function startPostgres(): Promise<Running> {
  ensure(['postgresql'], () => postgresBin() !== undefined)
  const bin = postgresBin()!
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'hookproof-postgres-'))
  const root = process.getuid?.() === 0
  // PostgreSQL refuses to run as root.
  const as = (command: string, args: string[]): [string, string[]] =>
    root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  if (root) {
    const uid = Number(run('id', ['-u', 'postgres']).trim())
    const gid = Number(run('id', ['-g', 'postgres']).trim())
    chownSync(dir, uid, gid)
  }
  const data = join(dir, 'data')
  execFileSync(...as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']), { stdio: 'ignore' })
  const [command, args] = as(join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
  ])
  const child = spawn(command, args, { stdio: 'ignore' })
  await listening(port)
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop: stopper(child, dir) }
}
