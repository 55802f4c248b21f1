/** Refusals as RFC 9457 problem details, with the status of the one mapping. */
import { describe, expect, it } from 'vitest'
import { toProblem, toResponse, WebhookVerificationError } from '../src/index.js'

describe('toProblem and toResponse', () => {
  it.each([
    ['signature_mismatch', 401, 'Unauthorized'],
    ['timestamp_too_old', 401, 'Unauthorized'],
    ['malformed_signature', 400, 'Bad Request'],
    ['body_unreadable', 400, 'Bad Request'],
    ['body_too_large', 413, 'Content Too Large'],
  ] as const)('answers %s %i', async (code, status, title) => {
    const error = new WebhookVerificationError(code, 'What failed.')
    expect(toProblem(error)).toEqual({ type: `urn:hookproof:problem:${code}`, title, status, detail: 'What failed.', code })
    const response = toResponse(error)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual(toProblem(error))
  })

  it('answers anything else 500 with nothing of the error in it', async () => {
    const response = toResponse(
      new TypeError('hookproof: verify needs options with the signing secret, e.g. { secret: process.env.MUX_WEBHOOK_SECRET }'),
    )
    expect(response.status).toBe(500)
    expect(await response.text()).toBe('{"type":"about:blank","title":"Internal Server Error","status":500}')
    expect(toProblem(undefined).status).toBe(500)
    expect(toProblem('thrown string').status).toBe(500)
  })
})
