// The portable suite: provider vectors, regressions, round trips and
// rejections for every provider, using only Web APIs (Request, Headers,
// TextEncoder, Uint8Array), so one file runs on Node, Bun, Deno, workerd, the
// edge runtime and browsers. The caller passes hookproof's modules (imported
// or required the way a user would) and the vector files.

const eventField = (provider) => (provider === 'magichour' ? 'type' : 'event')
const PROVIDERS = ['eversince', 'magichour', 'videopilot', 'adsumo', 'removebgvideo']

function base64ToBytes(base64) {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function forms(headers, text, bytes) {
  const list = [
    ['Uint8Array body', () => ({ headers, body: bytes.slice() })],
    ['view at an offset', () => {
      const padded = new Uint8Array(bytes.length + 16)
      padded.set(bytes, 8)
      return { headers, body: padded.subarray(8, 8 + bytes.length) }
    }],
    ['ArrayBuffer body, Headers', () => ({ headers: new Headers(headers), body: bytes.slice().buffer })],
    ['Request', () => new Request('https://example.test/webhook', { method: 'POST', headers, body: bytes.slice() })],
  ]
  if (text !== undefined) list.unshift(['string body', () => ({ headers, body: text })])
  return list
}

function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b)
}

export async function runSuite({ root, providers, vectorFiles, regressions }) {
  let passed = 0
  const failures = []
  const check = (ok, what) => {
    if (ok) passed++
    else failures.push(what)
  }
  const encoder = new TextEncoder()

  async function expectOutcome(verify, input, options, expected, where) {
    try {
      const event = await verify(input, options)
      check('event' in expected && event[expected.field] === expected.event, `${where}: accepted, expected ${JSON.stringify(expected)}`)
    } catch (error) {
      const code = root.isWebhookVerificationError(error) ? error.code : `not a WebhookVerificationError: ${error}`
      check('error' in expected && code === expected.error, `${where}: ${code}, expected ${JSON.stringify(expected)}`)
    }
  }

  for (const file of vectorFiles) {
    const { verify } = providers[file.provider]
    for (const vector of file.vectors) {
      const bytes = vector.bodyBase64 === undefined ? encoder.encode(vector.body) : base64ToBytes(vector.bodyBase64)
      const options = { secret: vector.secret, now: file.now, ...(vector.tolerance === undefined ? {} : { tolerance: vector.tolerance }) }
      const expected = { ...vector.expect, field: eventField(file.provider) }
      for (const [form, make] of forms(vector.headers, vector.body, bytes)) {
        await expectOutcome(verify, make(), options, expected, `${file.provider} / ${vector.name} / ${form}`)
      }
    }
  }

  for (const vector of regressions.vectors) {
    const { verify } = providers[vector.provider]
    const options = { secret: vector.secret, now: regressions.now }
    const expected = { ...vector.expect, field: eventField(vector.provider) }
    if (vector.bodyView) {
      const whole = base64ToBytes(vector.bodyView.base64)
      const view = whole.subarray(vector.bodyView.offset, vector.bodyView.offset + vector.bodyView.length)
      await expectOutcome(verify, { headers: vector.headers, body: view }, options, expected, `regression / ${vector.name}`)
      continue
    }
    const bytes = encoder.encode(vector.body ?? '')
    for (const [form, make] of forms(vector.headers, vector.body, bytes)) {
      if (vector.plainHeadersOnly && /Headers|Request/.test(form)) continue
      await expectOutcome(verify, make(), options, expected, `regression / ${vector.name} / ${form}`)
    }
  }

  // Round trips and rejections with sign(), at the runtime's own clock.
  for (const name of PROVIDERS) {
    const provider = providers[name]
    check(root[name].verify === provider.verify, `${name}: the root namespace and the subpath share one verify`)
    const file = vectorFiles.find((f) => f.provider === name)
    const bodies = file.vectors.filter((v) => 'event' in v.expect && v.tolerance === undefined && v.body !== undefined && v.name.includes('documented shape'))
    for (const vector of bodies) {
      const event = JSON.parse(vector.body)
      const secret = 'whsec_portable_suite'
      const delivery = await provider.sign(event, { secret, event: event[eventField(name)] ?? 'job.completed' })
      const request = new Request('https://example.test/webhook', { method: 'POST', ...delivery })
      try {
        check(sameJson(await provider.verify(request, { secret }), event), `${name}: round trip of ${vector.name}`)
      } catch (error) {
        check(false, `${name}: round trip of ${vector.name} threw ${error}`)
      }
      await expectOutcome(provider.verify, { headers: delivery.headers, body: `${delivery.body} ` }, { secret }, { error: 'signature_mismatch' }, `${name}: tampered round trip`)
      await expectOutcome(provider.verify, delivery, { secret: 'whsec_other' }, { error: 'signature_mismatch' }, `${name}: wrong secret`)
    }
    try {
      await provider.verify({ headers: {}, body: '{}' }, { secret: '' })
      check(false, `${name}: an empty secret was accepted`)
    } catch (error) {
      check(error instanceof TypeError, `${name}: an empty secret is a TypeError`)
    }
  }

  return { passed, failed: failures.length, failures }
}

/**
 * The engine hookproof picks here, by the rule it uses: node:crypto when the
 * runtime hands it over through process.getBuiltinModule, else Web Crypto.
 */
export function activeEngine() {
  if (globalThis[Symbol.for('hookproof.engine')] === 'webcrypto') return 'Web Crypto'
  try {
    const crypto = globalThis.process?.getBuiltinModule?.('node:crypto')
    const complete = ['createHmac', 'createSecretKey', 'timingSafeEqual'].every((name) => typeof crypto?.[name] === 'function')
    return complete ? 'node:crypto' : 'Web Crypto'
  } catch {
    return 'Web Crypto'
  }
}
