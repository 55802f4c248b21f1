import { describe, expect, it } from 'vitest'
import { headerLookup } from '../src/http/headers.js'

describe('headerLookup', () => {
  it('reads Fetch Headers case-insensitively', () => {
    const header = headerLookup(new Headers({ 'X-Eversince-Signature': 'sha256=ab' }))
    expect(header('x-eversince-signature')).toBe('sha256=ab')
    expect(header('X-EVERSINCE-SIGNATURE')).toBe('sha256=ab')
    expect(header('x-other')).toBeUndefined()
  })

  it('reads plain objects whatever the case of the names', () => {
    expect(headerLookup({ 'x-adsumo-signature': 'a' })('X-Adsumo-Signature')).toBe('a')
    expect(headerLookup({ 'X-Adsumo-Signature': 'b' })('x-adsumo-signature')).toBe('b')
    expect(headerLookup({ 'X-ADSUMO-SIGNATURE': 'c' })('X-Adsumo-Signature')).toBe('c')
  })

  it('reads an empty or absent value as missing', () => {
    expect(headerLookup({ a: '' })('a')).toBeUndefined()
    expect(headerLookup({ a: undefined })('a')).toBeUndefined()
    expect(headerLookup({ a: [] })('a')).toBeUndefined()
    expect(headerLookup(new Headers({ a: '' }))('a')).toBeUndefined()
    expect(headerLookup({ a: '  ' })('a')).toBeUndefined()
  })

  it('reads a one-element array as its element, several as Fetch joins them', () => {
    expect(headerLookup({ a: ['x'] })('a')).toBe('x')
    expect(headerLookup({ a: ['x', 'y'] })('a')).toBe('x, y')
    const fetchHeaders = new Headers()
    fetchHeaders.append('a', 'x')
    fetchHeaders.append('a', 'y')
    expect(headerLookup(fetchHeaders)('a')).toBe('x, y')
  })

  it('strips spaces and tabs around a value as HTTP does, and nothing inside', () => {
    expect(headerLookup({ a: ' \tx y\t ' })('a')).toBe('x y')
    expect(headerLookup(new Headers({ a: ' \tx y\t ' }))('a')).toBe('x y')
  })

  it('strips a long run of spaces in linear time', () => {
    const value = `a${' '.repeat(200_000)}b${' '.repeat(200_000)}`
    const started = performance.now()
    expect(headerLookup({ a: value })('a')).toBe(`a${' '.repeat(200_000)}b`)
    // Not a benchmark: a quadratic strip would take minutes here.
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('does not read inherited properties as headers', () => {
    const header = headerLookup({})
    expect(header('constructor')).toBeUndefined()
    expect(header('__proto__')).toBeUndefined()
    expect(header('toString')).toBeUndefined()
  })

  it('refuses a value that is neither a string nor an array, naming the header', () => {
    expect(() => headerLookup({ 'x-a': 5 as unknown as string })('X-A')).toThrow(TypeError)
    expect(() => headerLookup({ 'x-a': 5 as unknown as string })('X-A')).toThrow(/x-a/)
  })
})
