// How each provider signs and verifies in the package checks, by the kind of
// key its vectors verify with (kinds.json, written by check.mjs): a text
// secret, a Standard Webhooks secret, a user:password pair, or an Ed25519 key
// pair and its JWKS; with the other options its vectors pass (options.json).
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
  const secret = { whsec: 'whsec_cGtnLXRlc3Qtc2VjcmV0LWtleS0wMTIzNDU2Nzg5YWI=', pair: 'pkg:test' }[kinds[name]] ?? 'pkg-test'
  return { signWith: { ...options[name], secret }, verifyWith: { ...options[name], secret } }
}

module.exports = { keysFor }
