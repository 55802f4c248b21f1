import { describe, expect, it } from 'vitest'
import type { WebhookVerificationError } from '../src/errors.js'
import { isoDateTime, unixSeconds } from '../src/time/formats.js'
import { checkTimestamp, clock, toleranceWindow } from '../src/time/tolerance.js'

describe('unixSeconds.read', () => {
  it('reads whole seconds', () => {
    expect(unixSeconds.read('1700000000')).toBe(1_700_000_000_000)
    expect(unixSeconds.read('0')).toBe(0)
    expect(unixSeconds.read('999999999999')).toBe(999_999_999_999_000)
  })

  it.each(['', ' 1700000000', '1700000000 ', '1700000000.0', '-1', '+1', '1e9', '0x10', '１７', '9999999999999', 'NaN', 'Infinity'])(
    'refuses %j',
    (value) => {
      expect(unixSeconds.read(value)).toBeUndefined()
    },
  )
})

describe('writing a time', () => {
  it('unixSeconds writes whole seconds, rounded down; isoDateTime writes UTC with milliseconds', () => {
    expect(unixSeconds.write(1_700_000_000_999)).toBe('1700000000')
    expect(unixSeconds.write(0)).toBe('0')
    expect(isoDateTime.write(1_700_000_000_250)).toBe('2023-11-14T22:13:20.250Z')
  })

  it('reads back what it writes', () => {
    for (const time of [0, 86_400_000, 1_700_000_000_000, 4_102_444_800_000]) {
      expect(unixSeconds.read(unixSeconds.write(time))).toBe(time)
      expect(isoDateTime.read(isoDateTime.write(time + 7))).toBe(time + 7)
    }
  })
})

describe('isoDateTime.read', () => {
  it.each([
    ['2023-11-14T22:13:20Z', 1_700_000_000_000],
    ['2023-11-14T22:13:20.000Z', 1_700_000_000_000],
    ['2023-11-14T22:13:20.5Z', 1_700_000_000_500],
    ['2023-11-14T22:13:20.123456789Z', 1_700_000_000_123],
    ['2023-11-15T00:13:20+02:00', 1_700_000_000_000],
    ['2023-11-14T17:13:20-05:00', 1_700_000_000_000],
    ['2023-11-14t22:13:20z', 1_700_000_000_000],
  ])('reads %s', (value, expected) => {
    expect(isoDateTime.read(value)).toBe(expected)
  })

  it.each([
    '2024-02-29T00:00:00Z',
    '2000-02-29T12:00:00Z',
    '0000-02-29T00:00:00Z',
    '0099-01-01T00:00:00Z',
    '1969-12-31T23:59:59.999Z',
    '2016-12-31T23:59:60Z',
  ])("reads %s as the engine's own Date parser does", (value) => {
    expect(isoDateTime.read(value)).toBe(Date.parse(value.replace(':60Z', ':59Z')) + (value.endsWith(':60Z') ? 1000 : 0))
  })

  it.each([
    '2023-11-14T22:13:20',
    '2023-11-14 22:13:20Z',
    '2023-11-14',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2023-04-31T00:00:00Z',
    '2023-13-01T00:00:00Z',
    '2023-00-01T00:00:00Z',
    '2023-11-00T00:00:00Z',
    '2023-11-14T24:00:00Z',
    '2023-11-14T22:60:00Z',
    '2023-11-14T22:13:61Z',
    '2023-11-14T22:13:20+0200',
    '2023-11-14T22:13:20+24:00',
    '2023-11-14T22:13:20.Z',
    '2023-11-14T22:13:20.1234567890Z',
    '+002023-11-14T22:13:20Z',
    ' 2023-11-14T22:13:20Z',
    '2023-11-14T22:13:20Z ',
    'Tue, 14 Nov 2023 22:13:20 GMT',
    '1700000000',
  ])('refuses %j', (value) => {
    expect(isoDateTime.read(value)).toBeUndefined()
  })
})

describe('toleranceWindow', () => {
  it('turns seconds into a two-sided window in ms', () => {
    expect(toleranceWindow(undefined, 300)).toEqual({ past: 300_000, future: 300_000 })
    expect(toleranceWindow(10, 300)).toEqual({ past: 10_000, future: 10_000 })
    expect(toleranceWindow(0, 300)).toEqual({ past: 0, future: 0 })
    expect(toleranceWindow({ past: 60, future: 5 }, 300)).toEqual({ past: 60_000, future: 5_000 })
    expect(toleranceWindow(false, 300)).toBe(false)
    expect(toleranceWindow(undefined, false)).toBe(false)
  })

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], ['300'], [true], [null], [{ past: 1 }], [{ past: -1, future: 1 }], [{}]])(
    'refuses %j with a TypeError that names the accepted forms',
    (value) => {
      expect(() => toleranceWindow(value as never, 300)).toThrow(TypeError)
      expect(() => toleranceWindow(value as never, 300)).toThrow(/\{ past, future \}/)
    },
  )
})

describe('checkTimestamp', () => {
  const now = 1_700_000_000_000
  const window = { past: 300_000, future: 300_000 }
  const codeOf = (time: number): string | undefined => {
    try {
      checkTimestamp(time, window, now)
      return undefined
    } catch (error) {
      return (error as WebhookVerificationError).code
    }
  }

  it('passes the window, edges included, and names the side it fails on', () => {
    expect(codeOf(now)).toBeUndefined()
    expect(codeOf(now - 300_000)).toBeUndefined()
    expect(codeOf(now + 300_000)).toBeUndefined()
    expect(codeOf(now - 300_001)).toBe('timestamp_too_old')
    expect(codeOf(now + 300_001)).toBe('timestamp_too_new')
  })

  it('checks nothing when the window is off', () => {
    expect(() => checkTimestamp(0, false, now)).not.toThrow()
  })
})

describe('clock', () => {
  it('takes a Date or ms, and defaults to now', () => {
    expect(clock(new Date(5))).toBe(5)
    expect(clock(5)).toBe(5)
    const before = Date.now()
    expect(clock(undefined)).toBeGreaterThanOrEqual(before)
  })

  it.each([[new Date(Number.NaN)], [Number.NaN], ['2024-01-01'], [null]])('refuses %j', (value) => {
    expect(() => clock(value as never)).toThrow(TypeError)
  })
})

describe('isoDateTime.read, at the edges of every field', () => {
  it.each([
    '2023-12-31T23:59:59Z',
    '2023-01-31T00:00:00Z',
    '2023-03-31T00:00:00Z',
    '2023-04-30T00:00:00Z',
    '2023-06-30T00:00:00Z',
    '2023-09-30T00:00:00Z',
    '2023-11-30T00:00:00Z',
    '2023-12-31T00:00:00Z',
    '2023-11-14T22:13:20.123456789+23:59',
    '2023-11-14T22:13:20-23:00',
    '2023-11-14T22:13:20+05:59',
  ])('reads %s as the engine does', (value) => {
    expect(isoDateTime.read(value)).toBe(Date.parse(value))
  })

  it.each([
    '2023-04-31T00:00:00Z',
    '2023-06-31T00:00:00Z',
    '2023-09-31T00:00:00Z',
    '2023-11-31T00:00:00Z',
    '2023-11-14T22:13:20+00:60',
    '2023-11-14T22:13:20+24:00',
    // every separator, digit and zone position on its own
    '2023/11-14T22:13:20Z',
    '2023-11/14T22:13:20Z',
    '2023-11-14X22:13:20Z',
    '2023-11-14T22-13:20Z',
    '2023-11-14T22:13-20Z',
    '-023-11-14T22:13:20Z',
    '2023-1a-14T22:13:20Z',
    '2023-11-1aT22:13:20Z',
    '2023-11-14T2a:13:20Z',
    '2023-11-14T22:1a:20Z',
    '2023-11-14T22:13:2aZ',
    '2023-11-14T22:13:20.1a3Z',
    '2023-11-14T22:13:20X',
    '2023-11-14T22:13:20ZZ',
    '2023-11-14T22:13:20Z0',
    '2023-11-14T22:13:20+05-30',
    '2023-11-14T22:13:20+05:300',
    '2023-11-14T22:13:20+5:30',
    '2023-11-14T22:13:20+-5:30',
    '2023-11-14T22:13:20+05:3a',
    '2023-11-14T22:13:20+0a:30',
    '2023-11-14T22:13:20.',
    '2023-11-14T22:13:20.123',
    '2023-11-14T22:13:20+',
    '2023-11-14T22:13:20',
    '2023-11-14T22:13:20.12345678901Z',
    '2023-11-14T22:13:20 Z',
    // characters just below '0' in a digit position, and a zone sign that is neither + nor -
    '2023-11-14T22:13:1/Z',
    '2023-11-14T22:1/:20Z',
    '2023-11-14T22:13:20X05:30',
    '2023-11-14T22:13:20 05:30',
  ])('refuses %s', (value) => {
    expect(isoDateTime.read(value)).toBeUndefined()
  })

  it('reads 1 to 9 fraction digits as milliseconds, truncating', () => {
    expect(isoDateTime.read('2023-11-14T22:13:20.1Z')).toBe(1_700_000_000_100)
    expect(isoDateTime.read('2023-11-14T22:13:20.12Z')).toBe(1_700_000_000_120)
    expect(isoDateTime.read('2023-11-14T22:13:20.123Z')).toBe(1_700_000_000_123)
    expect(isoDateTime.read('2023-11-14T22:13:20.1239Z')).toBe(1_700_000_000_123)
    expect(isoDateTime.read('2023-11-14T22:13:20.999999999Z')).toBe(1_700_000_000_999)
  })

  it('reads years before 100 as themselves, not as 19xx', () => {
    expect(isoDateTime.read('0099-12-31T23:59:59Z')).toBe(Date.parse('0099-12-31T23:59:59Z'))
    expect(isoDateTime.read('0100-01-01T00:00:00Z')).toBe(Date.parse('0100-01-01T00:00:00Z'))
  })

  it('applies an offset in hours and minutes', () => {
    expect(isoDateTime.read('2023-11-15T03:43:20+05:30')).toBe(1_700_000_000_000)
    expect(isoDateTime.read('2023-11-14T16:43:20-05:30')).toBe(1_700_000_000_000)
  })
})

describe("isoDateTime.read against the engine's own parser", () => {
  it('agrees with Date.parse on any RFC 3339 date-time from year 1 to 9999', async () => {
    const fc = (await import('fast-check')).default
    const time = fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_000 })
    const fraction = fc.oneof(
      fc.constant(''),
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 9 }).map((d) => `.${d}`),
    )
    const zone = fc.oneof(
      fc.constantFrom('Z', 'z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([sign, h, m]) => `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    )
    fc.assert(
      fc.property(time, fraction, zone, fc.boolean(), (t, frac, tz, lowerT) => {
        const base = new Date(t).toISOString().slice(0, 19)
        const value = (lowerT ? base.replace('T', 't') : base) + frac + tz
        return isoDateTime.read(value) === Date.parse(value.replace('t', 'T').replace(/z$/, 'Z'))
      }),
      { numRuns: 5000 },
    )
  })
})
