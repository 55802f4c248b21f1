// Headless Chromium for the runtime matrix and the inspector's test: Debian's
// package (the only browser build this machine can install), driven by
// playwright-core.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** The Chromium binary, installed with apt-get the first time. */
export function chromiumBinary() {
  const binary = '/usr/bin/chromium'
  if (!existsSync(binary)) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' })
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  }
  return binary
}

/** Chromium's flags here: headless, no sandbox (root in a container), nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
