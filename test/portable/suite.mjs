// The portable suite: provider vectors, regressions, round trips and
// rejections for every provider, using only Web APIs (Request, Headers,
// TextEncoder, Uint8Array), so one file runs on Node, Bun, Deno, workerd, the
// edge runtime and browsers. The caller passes hookproof's modules (imported
// or required the way a user would) and the vector files.

// The providers are the vector files' (one per provider of the package); each
// file names the body field its events are named in.

/** The installed package's providers: the subpaths it exports whose namespace `root` has. */
export function providerNames(packageJson, root) {
  return (
    Object.keys(packageJson.exports)
      .filter((path) => path !== '.' && path !== './package.json')
      .map((path) => path.slice(2))
      // A provider's subpath has its namespace in the root; a framework adapter's or a store's has none.
      .filter((name) => typeof root[name]?.verify === 'function')
  )
}

const bytesToBase64 = (bytes) => btoa(String.fromCharCode(...bytes))
const base64UrlToBase64 = (text) => text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4)

/** An Ed25519 key pair made on this runtime, as JWKs. */
async function ed25519Pair() {
  const pair = await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])
  return {
    privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey),
    publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey),
  }
}

/** An RSA key pair for RS256 made on this runtime, as JWKs with a kid. */
async function rsaPair(kid) {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
  const pair = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])
  const { key_ops: _ops, ...publicJwk } = await crypto.subtle.exportKey('jwk', pair.publicKey)
  return { privateJwk: { ...(await crypto.subtle.exportKey('jwk', pair.privateKey)), kid }, publicJwk: { ...publicJwk, kid } }
}

/**
 * How each provider signs in a round trip here, and a key that must not
 * verify it, read off its vector file (this suite knows no provider by
 * name): an Ed25519 key pair and its JWKS where the vectors trust a JWKS
 * of Ed25519 keys (fal, Ideogram), an RSA pair and the claims beside it
 * where they trust one of RSA keys (Pub/Sub); a Standard Webhooks `whsec_` + base64 secret where theirs
 * is one, with a `whsk_`/`whpk_` pair too where they verify `v1a`; else a
 * text secret. All made on this runtime.
 */
async function keysFor(file) {
  const random = (n) => bytesToBase64(crypto.getRandomValues(new Uint8Array(n)))
  const [first] = file.vectors
  // A fixed test key whose certificate the vectors trust (AWS SNS): no certificate can be made here.
  if (file.signer) {
    const { privateKey, certificateUrl, otherCertificate } = file.signer
    return [
      [
        'RSA + certificate',
        { privateKey, certificateUrl },
        { ...first.options },
        { ...first.options, certificates: { [certificateUrl]: otherCertificate } },
      ],
    ]
  }
  if (first.options?.jwks?.keys?.[0]?.kty === 'RSA') {
    const { jwks: _set, ...claims } = first.options
    const [mine, other] = [await rsaPair('mine'), await rsaPair('mine')]
    return [
      [
        'RS256 + JWKS',
        { ...claims, privateKey: mine.privateJwk },
        { ...claims, jwks: { keys: [mine.publicJwk] } },
        { ...claims, jwks: { keys: [other.publicJwk] } },
      ],
    ]
  }
  if (first.options?.jwks) {
    const [mine, other] = [await ed25519Pair(), await ed25519Pair()]
    return [
      ['Ed25519 + JWKS', { privateKey: mine.privateJwk }, { jwks: { keys: [mine.publicJwk] } }, { jwks: { keys: [other.publicJwk] } }],
    ]
  }
  if (/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(first.secret ?? '')) {
    const secret = `whsec_${random(32)}`
    const keys = [['v1 (HMAC)', { secret }, { secret }, { secret: `whsec_${random(32)}` }]]
    if (file.vectors.some((vector) => vector.name.includes('v1a') && 'event' in vector.expect)) {
      const [mine, other] = [await ed25519Pair(), await ed25519Pair()]
      const whsk = (pair) => `whsk_${base64UrlToBase64(pair.privateJwk.d)}`
      const whpk = (pair) => `whpk_${base64UrlToBase64(pair.publicJwk.x)}`
      keys.push(['v1a (Ed25519)', { secret: whsk(mine) }, { secret: whpk(mine) }, { secret: whpk(other) }])
    }
    return keys
  }
  // A user:password pair where the vectors verify with one (Basic credentials); the
  // other options the vectors pass (a header the receiver names) go with it.
  const { jwks: _none, ...extra } = first.options ?? {}
  const pair = (first.secret ?? '').includes(':') ? 'portable:' : ''
  const secret = (text) => ({ ...extra, secret: `${pair}${text}` })
  return [['secret', secret('whsec_portable_suite'), secret('whsec_portable_suite'), secret('whsec_other')]]
}

/** Whether the provider signs the body: not where its vectors accept a body changed in transit (a static credential). */
function signsBody(file) {
  return !file.vectors.some((vector) => vector.name.startsWith('body changed in transit') && 'event' in vector.expect)
}

function base64ToBytes(base64) {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function forms(headers, text, bytes) {
  const list = [
    ['Uint8Array body', () => ({ headers, body: bytes.slice() })],
    [
      'view at an offset',
      () => {
        const padded = new Uint8Array(bytes.length + 16)
        padded.set(bytes, 8)
        return { headers, body: padded.subarray(8, 8 + bytes.length) }
      },
    ],
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
  const fileOf = (provider) => vectorFiles.find((file) => file.provider === provider)
  const eventField = (provider) => fileOf(provider).eventField
  const names = Object.keys(providers)
  const missing = names.filter((name) => !fileOf(name))
  if (missing.length > 0 || vectorFiles.length !== names.length)
    throw new Error(`the vector files and the providers differ: ${missing.join(', ') || vectorFiles.map((f) => f.provider).join(', ')}`)
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
      // `event: null`: the body as sent, whatever it names (RemoveBGVideo's unsigned event header is not merged).
      const named =
        expected.field === undefined || expected.event === null
          ? typeof event === 'object' && event !== null
          : event[expected.field] === expected.event
      check('event' in expected && named, `${where}: accepted, expected ${JSON.stringify(expected)}`)
    } catch (error) {
      const code = root.isWebhookVerificationError(error) ? error.code : `not a WebhookVerificationError: ${error}`
      check('error' in expected && code === expected.error, `${where}: ${code}, expected ${JSON.stringify(expected)}`)
    }
  }

  for (const file of vectorFiles) {
    const { verify } = providers[file.provider]
    for (const vector of file.vectors) {
      const bytes = vector.bodyBase64 === undefined ? encoder.encode(vector.body) : base64ToBytes(vector.bodyBase64)
      const options = {
        ...(vector.secret === undefined ? {} : { secret: vector.secret }),
        ...vector.options,
        now: file.now,
        ...(vector.tolerance === undefined ? {} : { tolerance: vector.tolerance }),
      }
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
  for (const name of names) {
    const provider = providers[name]
    check(root[name].verify === provider.verify, `${name}: the root namespace and the subpath share one verify`)
    const file = fileOf(name)
    const bodies = file.vectors.filter(
      (v) => 'event' in v.expect && v.tolerance === undefined && v.body !== undefined && v.name.includes('documented shape'),
    )
    for (const [scheme, signWith, verifyWith, wrong] of await keysFor(fileOf(name))) {
      for (const vector of bodies) {
        // A form's parameters where the provider posts forms (Twilio), else the JSON body.
        const event = file.bodyFormat === 'form' ? Object.fromEntries(new URLSearchParams(vector.body)) : JSON.parse(vector.body)
        const where = `${name} (${scheme})`
        let delivery
        try {
          delivery = await provider.sign(event, { ...signWith, event: event[eventField(name)] ?? 'job.completed' })
        } catch (error) {
          check(false, `${where}: sign of ${vector.name} threw ${error}`)
          continue
        }
        const request = new Request('https://example.test/webhook', { method: 'POST', ...delivery })
        try {
          check(sameJson(await provider.verify(request, verifyWith), event), `${where}: round trip of ${vector.name}`)
        } catch (error) {
          check(false, `${where}: round trip of ${vector.name} threw ${error}`)
        }
        // A changed body: refused where the body is signed, passed where nothing is (a static credential).
        await expectOutcome(
          provider.verify,
          { headers: delivery.headers, body: `${delivery.body} ` },
          verifyWith,
          signsBody(file) ? { error: 'signature_mismatch' } : { event: null },
          `${where}: tampered round trip`,
        )
        await expectOutcome(provider.verify, delivery, wrong, { error: 'signature_mismatch' }, `${where}: wrong key`)
      }
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
    const complete = ['createHmac', 'createSecretKey', 'createHash'].every((name) => typeof crypto?.[name] === 'function')
    return complete ? 'node:crypto' : 'Web Crypto'
  } catch {
    return 'Web Crypto'
  }
}
