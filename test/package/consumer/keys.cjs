// How each provider signs and verifies in the package checks: a text secret,
// a Standard Webhooks secret, or (fal) an Ed25519 key pair and its JWKS.
async function keysFor(name) {
  if (name === 'fal') {
    const pair = await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])
    return {
      signWith: { privateKey: pair.privateKey },
      verifyWith: { jwks: { keys: [await crypto.subtle.exportKey('jwk', pair.publicKey)] } },
    }
  }
  const secret = name === 'standardwebhooks' || name === 'replicate' ? 'whsec_cGtnLXRlc3Qtc2VjcmV0LWtleS0wMTIzNDU2Nzg5YWI=' : 'pkg-test'
  return { signWith: { secret }, verifyWith: { secret } }
}

module.exports = { keysFor }
