// The inspector page in headless Chromium, as a user drives it: deliveries
// from the testing kit pasted into the form, the verdict, the event and the
// diagnosis read back; by keyboard alone; with no layout shift when a result
// appears and no request but the page's own files. A screenshot of each state
// is saved under .cache/inspector/.
//
//   npm run test:inspector   (after npm run build)
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumBinary } from '../../scripts/chromium.mjs'
import { buildInspector, serveInspector } from '../../scripts/inspector.mjs'
import * as eversince from '../../dist/eversince.js'
import * as mux from '../../dist/mux.js'
import { samples, testKit } from '../../dist/testing.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const shots = join(root, '.cache/inspector')
mkdirSync(shots, { recursive: true })

const SECRET = 'whsec_aW5zcGVjdG9yIHRlc3Qgc2VjcmV0'
const kit = testKit(eversince, { secret: SECRET })
const idle = samples.eversince.idle({ id: 'proj_inspector' })

/** A delivery as a request log shows it: the request line, header lines, a blank line, the body. */
const raw = (delivery) =>
  [
    'POST /webhooks/eversince HTTP/1.1',
    ...Object.entries(delivery.headers).map(([name, value]) => `${name}: ${value}`),
    '',
    delivery.body,
  ].join('\n')
const quote = (text) => `'${text.replaceAll("'", `'\\''`)}'`
/** The same delivery as a curl command, the way hookproof sign --curl writes it. */
const curl = (delivery) =>
  [
    "curl -X POST 'http://localhost:3000/webhooks/eversince'",
    ...Object.entries(delivery.headers).map(([name, value]) => `-H ${quote(`${name}: ${value}`)}`),
    `--data-binary ${quote(delivery.body)}`,
  ].join(' \\\n  ')

await buildInspector()
const { server, url } = await serveInspector()
// The server answers only its own files, and a missing one is a 404 it survives.
for (const path of ['nope.js', '..%2Fpackage.json', 'inspector.js%00']) assert.equal((await fetch(url + path)).status, 404, path)
assert.equal((await fetch(url)).status, 200)
const browser = await chromium.launch({ executablePath: chromiumBinary(), args: CHROMIUM_ARGS })
const checked = []
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1100 } })
  const requests = []
  page.on('request', (request) => requests.push(request.url()))
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await page.goto(url)
  await page.waitForSelector('body[data-state="ready"]')

  // Every field has a label that names it.
  for (const label of ['Captured delivery', 'Provider', 'Received at', 'Secret or key']) {
    assert.equal(await page.getByLabel(label).count(), 1, `a field labelled "${label}"`)
  }
  const box = async (selector) => page.locator(selector).boundingBox()
  const before = { result: await box('#result'), button: await box('#verify'), key: await box('#key') }

  /** Fills the form, submits it, and reads the result. */
  async function inspect(state, { delivery, provider = 'auto', key = SECRET, now = '' }) {
    await page.getByLabel('Captured delivery').fill(delivery)
    await page.getByLabel('Provider').selectOption(provider)
    await page.getByLabel('Secret or key').fill(key)
    await page.getByLabel('Received at').fill(now)
    await page.evaluate(() => (document.body.dataset.state = 'busy'))
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.waitForFunction(() => document.body.dataset.state !== 'busy')
    await page.screenshot({ path: join(shots, `${state}.png`) })
    checked.push(state)
    return {
      state: await page.evaluate(() => document.body.dataset.state),
      verdict: await page.locator('#verdict').textContent(),
      cause: await page.locator('#cause').textContent(),
      message: await page.locator('#message').textContent(),
      event: (await page.locator('#event').isVisible()) ? JSON.parse(await page.locator('#event').textContent()) : undefined,
    }
  }

  const good = await kit.sign(idle)
  const ok = await inspect('ok', { delivery: raw(good) })
  assert.equal(ok.state, 'verified')
  assert.match(ok.verdict, /^Verified: an authentic Eversince \(detected from the headers\) delivery\.$/)
  assert.deepEqual(ok.event, idle)

  const tampered = await inspect('tampered', { delivery: raw(await kit.tampered(idle)) })
  assert.match(tampered.verdict, /^Refused as Eversince \(detected from the headers\): signature_mismatch\.$/)
  assert.equal(tampered.cause, 'unknown')
  assert.equal(tampered.event, undefined)

  const stale = await inspect('stale', { delivery: raw(await kit.stale(idle)) })
  // The README's picture of the page (inspector/screenshot.jpg is this file, committed).
  await page.screenshot({ path: join(shots, 'readme.jpg'), type: 'jpeg', quality: 50 })
  assert.equal(stale.cause, 'stale')
  assert.match(stale.message, /signed 86[34]\d\d s ago/)

  const foreign = await testKit(mux, { secret: SECRET }).sign(samples.mux['video.asset.ready']())
  const wrong = await inspect('wrong-provider', { delivery: raw(foreign), provider: 'eversince' })
  assert.equal(wrong.cause, 'other_provider')
  assert.match(wrong.message, /These headers are Mux's, not Eversince's\./)

  // A curl command, and a captured delivery checked against the time it arrived.
  const sent = Date.parse('2026-03-01T10:00:00Z')
  const captured = await kit.sign(idle, { timestamp: sent })
  const local = new Date(sent + 5000 - new Date(sent).getTimezoneOffset() * 60_000).toISOString().slice(0, 19)
  assert.equal((await inspect('curl', { delivery: curl(captured), now: local })).state, 'verified')
  assert.equal((await inspect('secret-newline', { delivery: raw(good), key: `${SECRET} ` })).cause, 'secret_whitespace')

  // No layout shift: what was on the page stays where it was when results appear.
  const after = { result: await box('#result'), button: await box('#verify'), key: await box('#key') }
  assert.deepEqual(after, before)

  // Keyboard alone: Tab from the delivery reaches every field in order, then the button; Enter submits.
  await page.reload()
  await page.waitForSelector('body[data-state="ready"]')
  await page.getByLabel('Captured delivery').focus()
  await page.keyboard.insertText(raw(good))
  // The date-time field takes a Tab per part (day, month, year, time): each field is counted once.
  const order = []
  for (let i = 0; i < 16 && order.at(-1) !== 'verify'; i++) {
    await page.keyboard.press('Tab')
    const id = await page.evaluate(() => document.activeElement?.id)
    if (id !== order.at(-1)) order.push(id)
  }
  assert.deepEqual(order, ['provider', 'now', 'key', 'verify'])
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.insertText(SECRET)
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.body.dataset.state !== 'ready')
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'verified')
  checked.push('keyboard')

  // Nothing but the page's own files was requested, and nothing failed.
  assert.deepEqual([...new Set(requests.map((request) => new URL(request).pathname))].sort(), ['/', '/inspector.css', '/inspector.js'])
  assert.ok(
    requests.every((request) => request.startsWith(url)),
    'every request to the page itself',
  )
  assert.deepEqual(errors, [])
} finally {
  await browser.close()
  server.close()
}
console.log(`inspector: ${checked.length} states checked in Chromium (${checked.join(', ')}); screenshots in .cache/inspector/`)
