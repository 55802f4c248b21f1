import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { isWebhookVerificationError, WebhookVerificationError } from '../src/index.js'

describe('WebhookVerificationError', () => {
  it('is an Error with a name, a code and an optional cause', () => {
    const cause = new SyntaxError('bad json')
    const error = new WebhookVerificationError('invalid_payload', 'The body is not valid JSON.', { cause })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('WebhookVerificationError')
    expect(error.code).toBe('invalid_payload')
    expect(error.message).toBe('The body is not valid JSON.')
    expect(error.cause).toBe(cause)
    expect(String(error)).toBe('WebhookVerificationError: The body is not valid JSON.')
    expect(Object.keys(error)).toEqual(['code', 'status'])
  })

  // The README's one HTTP mapping: 401 for a delivery that is well-formed but
  // not authentic or not fresh, 413 for a body over the bound, 400 for one
  // that is not well-formed or not received whole.
  it.each([
    ['missing_signature', 400],
    ['missing_timestamp', 400],
    ['malformed_signature', 400],
    ['malformed_timestamp', 400],
    ['timestamp_too_old', 401],
    ['timestamp_too_new', 401],
    ['signature_mismatch', 401],
    ['body_too_large', 413],
    ['body_unreadable', 400],
    ['invalid_payload', 400],
  ] as const)('%s answers %d', (code, status) => {
    expect(new WebhookVerificationError(code, 'x').status).toBe(status)
  })
})

describe('isWebhookVerificationError', () => {
  it('recognises instances', () => {
    expect(isWebhookVerificationError(new WebhookVerificationError('signature_mismatch', 'x'))).toBe(true)
  })

  it('recognises an error from another copy or realm by name and code', () => {
    const foreign = runInNewContext(
      `class WebhookVerificationError extends Error {}
       const e = new WebhookVerificationError('x'); e.name = 'WebhookVerificationError'; e.code = 'timestamp_too_old'; e.status = 401; e`,
    ) as unknown
    expect(foreign instanceof WebhookVerificationError).toBe(false)
    expect(isWebhookVerificationError(foreign)).toBe(true)
  })

  it('refuses a look-alike without the status its code answers with: a handler would answer undefined, i.e. 200', () => {
    const foreign = (status: unknown) =>
      Object.assign(new Error('x'), { name: 'WebhookVerificationError', code: 'signature_mismatch', status })
    expect(isWebhookVerificationError(foreign(401))).toBe(true)
    expect(isWebhookVerificationError(foreign(undefined))).toBe(false)
    expect(isWebhookVerificationError(foreign(400))).toBe(false)
  })

  it.each([
    ['a TypeError', new TypeError('x')],
    ['an Error with the name but no code', Object.assign(new Error('x'), { name: 'WebhookVerificationError' })],
    ['an unknown code', Object.assign(new Error('x'), { name: 'WebhookVerificationError', code: 'nope' })],
    ['a non-string code', { name: 'WebhookVerificationError', code: 1 }],
    ['null', null],
    ['a string', 'WebhookVerificationError'],
    ['undefined', undefined],
  ])('rejects %s', (_label, value) => {
    expect(isWebhookVerificationError(value)).toBe(false)
  })
})

describe('the closed set of codes', () => {
  it.each([
    'missing_signature',
    'missing_timestamp',
    'malformed_signature',
    'malformed_timestamp',
    'timestamp_too_old',
    'timestamp_too_new',
    'signature_mismatch',
    'body_too_large',
    'body_unreadable',
    'invalid_payload',
  ])('recognises %s from another copy, by name, code and status', (code) => {
    // The README's mapping: 401 when not authentic or not fresh, 413 when too large, 400 when not well-formed.
    const status = ['signature_mismatch', 'timestamp_too_old', 'timestamp_too_new'].includes(code)
      ? 401
      : code === 'body_too_large'
        ? 413
        : 400
    expect(isWebhookVerificationError({ name: 'WebhookVerificationError', code, status })).toBe(true)
    expect(isWebhookVerificationError({ name: 'TypeError', code, status })).toBe(false)
    expect(isWebhookVerificationError({ code, status })).toBe(false)
  })

  it('sets name on the prototype as the built-in errors do: writable, configurable, not enumerable', () => {
    expect(Object.getOwnPropertyDescriptor(WebhookVerificationError.prototype, 'name')).toEqual({
      value: 'WebhookVerificationError',
      writable: true,
      configurable: true,
      enumerable: false,
    })
  })
})
