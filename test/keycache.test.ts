import { describe, expect, it } from 'vitest'
import { KEY_CACHE_LIMIT, KeyCache } from '../src/crypto/key-cache.js'

function counting(): { cache: KeyCache<string>; prepared: string[] } {
  const prepared: string[] = []
  const cache = new KeyCache<string>((secret) => {
    const id = typeof secret === 'string' ? secret : `bytes:${[...secret].join(',')}`
    prepared.push(id)
    return `key(${id})`
  })
  return { cache, prepared }
}

describe('KeyCache', () => {
  it('prepares a secret once, and text and bytes apart', () => {
    const { cache, prepared } = counting()
    expect(cache.get('a')).toBe('key(a)')
    expect(cache.get('a')).toBe('key(a)')
    expect(cache.get('b')).toBe('key(b)')
    expect(cache.get('a')).toBe('key(a)')
    expect(cache.get(new Uint8Array([97]))).toBe('key(bytes:97)')
    expect(cache.get(new Uint8Array([97]))).toBe('key(bytes:97)')
    expect(prepared).toEqual(['a', 'b', 'bytes:97'])
  })

  it('never mistakes a text secret for a bytes one, or a changed array for the one it was', () => {
    const { cache, prepared } = counting()
    expect(cache.get(new Uint8Array([0xab]))).toBe('key(bytes:171)')
    expect(cache.get('\0ab')).toBe('key(\0ab)')
    expect(cache.get('bab')).toBe('key(bab)')
    expect(cache.get(new Uint8Array([0xab]))).toBe('key(bytes:171)')
    const secret = new Uint8Array([1, 2, 3])
    expect(cache.get(secret)).toBe('key(bytes:1,2,3)')
    secret[2] = 4
    expect(cache.get(secret)).toBe('key(bytes:1,2,4)')
    expect(cache.get(new Uint8Array([1, 2]))).toBe('key(bytes:1,2)')
    expect(prepared).toEqual(['bytes:171', '\0ab', 'bab', 'bytes:1,2,3', 'bytes:1,2,4', 'bytes:1,2'])
  })

  it(`holds ${KEY_CACHE_LIMIT} secrets, and evicts the least recently used first`, () => {
    const { cache, prepared } = counting()
    for (let i = 0; i < KEY_CACHE_LIMIT; i++) cache.get(`s${i}`)
    cache.get('s0') // s0 is now the most recent; s1 the least
    for (let i = 0; i < KEY_CACHE_LIMIT; i++) cache.get(`s${i}`) // all still cached
    expect(prepared).toHaveLength(KEY_CACHE_LIMIT)
    cache.get('s0')
    cache.get('new') // evicts s1
    prepared.length = 0
    cache.get('s0')
    cache.get('s2')
    expect(prepared).toEqual([])
    cache.get('s1')
    expect(prepared).toEqual(['s1'])
  })

  it('settle replaces an entry, or drops it, only if it is still the one given', () => {
    const { cache, prepared } = counting()
    const first = cache.get('a')
    cache.settle('a', first, 'ready(a)')
    expect(cache.get('a')).toBe('ready(a)')
    cache.settle('a', 'stale', 'other') // not the current entry: ignored
    expect(cache.get('a')).toBe('ready(a)')
    cache.get('b') // 'a' is no longer the most recent
    cache.settle('a', 'ready(a)', undefined) // dropped: prepared again next time
    expect(cache.get('a')).toBe('key(a)')
    expect(prepared).toEqual(['a', 'b', 'a'])
  })

  it('settle on the most recent entry updates it too', () => {
    const { cache, prepared } = counting()
    const first = cache.get('a')
    cache.settle('a', first, 'ready(a)')
    expect(cache.get('a')).toBe('ready(a)')
    cache.settle('a', 'ready(a)', undefined)
    expect(cache.get('a')).toBe('key(a)')
    expect(prepared).toEqual(['a', 'a'])
  })
})
