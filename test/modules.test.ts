/**
 * Module-level code, evaluated afresh under test: the engine hookproof picks
 * at load time, the internal switch, the provider definitions built at import.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

type Select = typeof import('../src/crypto/select.js')
type Node = typeof import('../src/crypto/node.js')
type Web = typeof import('../src/crypto/web.js')
type Root = typeof import('../src/index.js')

const SWITCH = Symbol.for('hookproof.engine')
const processRef = globalThis.process as unknown as { getBuiltinModule: ((id: string) => unknown) | undefined }
const realGetBuiltin = processRef.getBuiltinModule

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SWITCH]
  processRef.getBuiltinModule = realGetBuiltin
  vi.resetModules()
})

async function fresh<T>(path: string): Promise<T> {
  vi.resetModules()
  return (await import(path)) as T
}

describe('the engine chosen at load time', () => {
  it('is node:crypto where process.getBuiltinModule hands it over', async () => {
    expect((await fresh<Select>('../src/crypto/select.js')).engine().name).toBe('node')
    expect((await import('../src/crypto/node.js')).nodeCryptoEngine?.name).toBe('node')
    expect((await import('../src/crypto/web.js')).webCryptoEngine.name).toBe('webcrypto')
  })

  it('is Web Crypto when the internal switch says so before loading', async () => {
    ;(globalThis as Record<symbol, unknown>)[SWITCH] = 'webcrypto'
    expect((await fresh<Select>('../src/crypto/select.js')).engine().name).toBe('webcrypto')
    ;(globalThis as Record<symbol, unknown>)[SWITCH] = 'node'
    expect((await fresh<Select>('../src/crypto/select.js')).engine().name).toBe('node')
  })

  it.each([
    ['no getBuiltinModule', undefined],
    [
      'getBuiltinModule throws',
      () => {
        throw new Error('denied')
      },
    ],
    ['no node:crypto', () => undefined],
    ['no createHmac', () => ({ createSecretKey() {} })],
    ['no createSecretKey', () => ({ createHmac() {}, createHash() {} })],
    ['no createHash', () => ({ createHmac() {}, createSecretKey() {} })],
  ])('is Web Crypto when the runtime has %s', async (_label, stub) => {
    processRef.getBuiltinModule = stub as typeof realGetBuiltin
    expect((await fresh<Node>('../src/crypto/node.js')).nodeCryptoEngine).toBeUndefined()
    expect((await fresh<Select>('../src/crypto/select.js')).engine().name).toBe('webcrypto')
  })

  it.each([
    ['no createPublicKey (Ed25519 falls back to Web Crypto)', 'createPublicKey'],
    ['no verify (Ed25519 falls back to Web Crypto)', 'verify'],
  ])('the node engine keeps HMAC on node:crypto when the runtime has %s', async (_label, missing) => {
    const real = realGetBuiltin!('node:crypto') as Record<string, unknown>
    processRef.getBuiltinModule = ((id: string) =>
      id === 'node:crypto' ? { ...real, [missing]: undefined } : realGetBuiltin!(id)) as typeof realGetBuiltin
    const node = await fresh<Node>('../src/crypto/node.js')
    const web = await import('../src/crypto/web.js')
    expect(node.nodeCryptoEngine?.name).toBe('node')
    expect(node.nodeCryptoEngine?.verifyEd25519).toBe(web.webCryptoEngine.verifyEd25519)
    const root = await fresh<Root>('../src/index.js')
    const seed = new Uint8Array(32).fill(3)
    const delivery = await root.fal.sign({ request_id: 'r', status: 'OK', payload: {} }, { privateKey: seed })
    const { publicJwk } = await import('./reference/signers.js')
    await expect(root.fal.verify(delivery, { jwks: { keys: [publicJwk(Buffer.from(seed).toString('base64'))] } })).resolves.toMatchObject({
      request_id: 'r',
    })
  })

  it('the Web Crypto engine says how to fix a runtime without crypto.subtle', async () => {
    const web = await fresh<Web>('../src/crypto/web.js')
    vi.stubGlobal('crypto', undefined)
    try {
      expect(() => web.webCryptoEngine.hmac('SHA-256', 'k', ['x'])).toThrow(
        /^hookproof: Web Crypto \(globalThis\.crypto\.subtle\) is not available/,
      )
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('freshly loaded providers', () => {
  it('verify their own signed deliveries, on both engines, with the documented defaults', async () => {
    for (const force of [false, true]) {
      if (force) (globalThis as Record<symbol, unknown>)[SWITCH] = 'webcrypto'
      const root = await fresh<Root>('../src/index.js')
      const { samplesOf } = await import('./reference/samples.js')
      const { references, trusting } = await import('./reference/signers.js')
      const now = Date.parse('2025-01-15T12:00:00Z')
      for (const reference of references()) {
        const { provider: name, key, timestamp } = reference
        const provider = (root as unknown as Record<string, unknown>)[name] as {
          verify(input: unknown, options: object): Promise<unknown>
          sign(payload: unknown, options: object): Promise<{ headers: Record<string, string>; body: string }>
        }
        const event = samplesOf(name)[0]
        const trusted = trusting(reference)
        const fresh = await provider.sign(event, { ...key.signWith(key.keys[0]), timestamp: now })
        // Where the signature travels in the body (AWS SNS), the event is the body sent.
        const signed = reference.signature.encoding === 'sns' ? JSON.parse(fresh.body) : event
        await expect(provider.verify(fresh, { ...trusted, now }), name).resolves.toEqual(signed)
        // The default tolerance where a timestamp is checked, none elsewhere.
        const past = timestamp?.tolerance?.past
        const late = provider.verify(fresh, { ...trusted, now: now + ((past ?? 300) + 1) * 1000 })
        if (past === undefined) await expect(late, name).resolves.toEqual(signed)
        else {
          await expect(late, name).rejects.toMatchObject({ code: 'timestamp_too_old' })
          await expect(provider.verify(fresh, { ...trusted, now: now + past * 1000 }), name).resolves.toEqual(signed)
        }
      }
      delete (globalThis as Record<symbol, unknown>)[SWITCH]
    }
  })

  it('parse hex with a table built at load time', async () => {
    const { parseHex } = await fresh<typeof import('../src/encoding/hex.js')>('../src/encoding/hex.js')
    expect(parseHex('0123456789abcdefABCDEF', 11)).toEqual(
      new Uint8Array([0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xab, 0xcd, 0xef]),
    )
    expect(parseHex('0g', 1)).toBeUndefined()
    expect(parseHex('0\u0080', 1)).toBeUndefined()
    expect(parseHex('\u0080\u0080', 1)).toBeUndefined()
  })
})
