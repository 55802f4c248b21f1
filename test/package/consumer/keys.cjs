// How each provider signs and verifies in the package checks, by the kind of
// key its vectors verify with (kinds.json, written by check.mjs): a text
// secret, a Standard Webhooks secret, a user:password pair, or an Ed25519 or
// RSA key pair and its JWKS; with the other options its vectors pass (options.json).
const kinds = require('./kinds.json')
const options = require('./options.json')

async function keysFor(name) {
  if (kinds[name] === 'ed25519') {
    const pair = await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])
    return {
      signWith: { privateKey: pair.privateKey },
      verifyWith: { jwks: { keys: [await crypto.subtle.exportKey('jwk', pair.publicKey)] } },
    }
  }
  if (kinds[name] === 'certificate') {
    const { signer, ...verifyWith } = options[name]
    return { signWith: signer, verifyWith }
  }
  if (kinds[name] === 'rsa') {
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
    const pair = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])
    const { key_ops: _ops, ...publicJwk } = await crypto.subtle.exportKey('jwk', pair.publicKey)
    return {
      signWith: { ...options[name], privateKey: pair.privateKey, keyId: 'pkg' },
      verifyWith: { ...options[name], jwks: { keys: [{ ...publicJwk, kid: 'pkg' }] } },
    }
  }
  const secret = { whsec: 'whsec_cGtnLXRlc3Qtc2VjcmV0LWtleS0wMTIzNDU2Nzg5YWI=', pair: 'pkg:test' }[kinds[name]] ?? 'pkg-test'
  return { signWith: { ...options[name], secret }, verifyWith: { ...options[name], secret } }
}

module.exports = { keysFor }
