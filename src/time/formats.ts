/**
 * How a provider writes a signed time: read strictly from a delivery, written
 * by `sign`, named in messages. hookproof has {@link unixSeconds},
 * {@link unixMilliseconds} and {@link isoDateTime}; a provider that writes
 * another can be given its own. An object rather than a name, so that a bundle carries
 * only the readers its providers use: `hookproof/eversince` has no ISO 8601
 * reader.
 */
export interface TimestampFormat {
  /** How the format reads in a message, after "is not": `Unix seconds`. */
  readonly description: string
  /**
   * Milliseconds since the epoch, or `undefined` unless `value` is exactly
   * this format. It reads what a sender controls: it must not throw, and must
   * take time linear in the length of `value`.
   */
  read(value: string): number | undefined
  /** A time, in milliseconds since the epoch, as the provider writes it. */
  write(time: number): string
}

// Unix time: digits only, at most 12 of seconds or 15 of milliseconds (both
// reach the year 33658); the bound keeps a hostile value from becoming an
// unsafe integer.
const MAX_SECONDS_DIGITS = 12
const MAX_MILLISECONDS_DIGITS = 15
function parseDigits(value: string, max: number): number | undefined {
  if (value.length === 0 || value.length > max) return undefined
  let number = 0
  for (let i = 0; i < value.length; i++) {
    const digit = value.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return undefined
    number = number * 10 + digit
  }
  return number
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The number in `count` ASCII digits from `start`, or -1 if any is not a digit. */
function digits(value: string, start: number, count: number): number {
  let number = 0
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - 48
    if (!(digit >= 0 && digit <= 9)) return -1
    number = number * 10 + digit
  }
  return number
}

// 400 Gregorian years are exactly 146,097 days of 86,400,000 ms. Written as
// the literal product: a bundler drops an unused literal with the ISO reader,
// but keeps an unused multiplication.
const FOUR_CENTURIES = 12_622_780_800_000

// RFC 3339 date-time, `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, read by
// position: no regex, no backtracking, no Date.parse (which accepts a
// different set of strings on every engine, and local time without an offset).
function parseIsoDateTime(value: string): number | undefined {
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 2)
  const day = digits(value, 8, 2)
  const hour = digits(value, 11, 2)
  const minute = digits(value, 14, 2)
  const second = digits(value, 17, 2)
  const t = value.charCodeAt(10) | 0x20
  if (value[4] !== '-' || value[7] !== '-' || t !== 116 || value[13] !== ':' || value[16] !== ':') return undefined
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  // 60 is a leap second; Date.UTC carries it into the next minute.
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return undefined

  let i = 19
  let millis = 0
  if (value[i] === '.') {
    const start = ++i
    while (i < value.length && i - start < 10 && digits(value, i, 1) >= 0) i++
    const count = i - start
    if (count < 1 || count > 9) return undefined
    const fraction = digits(value, start, count)
    // Integer arithmetic only: milliseconds, further digits dropped.
    millis = count <= 3 ? fraction * 10 ** (3 - count) : Math.floor(fraction / 10 ** (count - 3))
  }

  let offset = 0
  const zone = value[i]
  if ((zone === 'Z' || zone === 'z') && value.length === i + 1) offset = 0
  else if ((zone === '+' || zone === '-') && value.length === i + 6 && value[i + 3] === ':') {
    const offsetHours = digits(value, i + 1, 2)
    const offsetMinutes = digits(value, i + 4, 2)
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return undefined
    offset = (zone === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000
  } else return undefined

  // Date.UTC reads years 0-99 as 1900-1999: shift them by 400 years and back.
  const early = year < 100
  const time = Date.UTC(early ? year + 400 : year, month - 1, day, hour, minute, second, millis)
  return (early ? time - FOUR_CENTURIES : time) - offset
}

/**
 * Unix seconds: ASCII digits only, at most 12 (no sign, no fraction, no
 * spaces). Eversince, Magic Hour, Stripe-style and Standard Webhooks senders
 * write this.
 *
 * @example
 * ```ts
 * unixSeconds.read('1700000000')    // 1700000000000
 * unixSeconds.read('1700000000.5')  // undefined
 * unixSeconds.write(1700000000999)  // '1700000000'
 * ```
 */
export const unixSeconds: TimestampFormat = {
  description: 'Unix seconds',
  read(value) {
    const seconds = parseDigits(value, MAX_SECONDS_DIGITS)
    return seconds === undefined ? undefined : seconds * 1000
  },
  write: (time) => String(Math.floor(time / 1000)),
}

/**
 * Unix milliseconds: ASCII digits only, at most 15 (no sign, no fraction, no
 * spaces). Retell and ImageKit write this.
 *
 * @example
 * ```ts
 * unixMilliseconds.read('1700000000123')  // 1700000000123
 * unixMilliseconds.read('1700000000')     // 1700000000 (a time in 1970: refused by any tolerance)
 * unixMilliseconds.write(1700000000123.9) // '1700000000123'
 * ```
 */
export const unixMilliseconds: TimestampFormat = {
  description: 'Unix milliseconds',
  read: (value) => parseDigits(value, MAX_MILLISECONDS_DIGITS),
  write: (time) => String(Math.floor(time)),
}

/**
 * An RFC 3339 date-time (the ISO 8601 profile the web uses):
 * `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, read by position. A date that
 * does not exist, a missing offset or any extra character is refused.
 * RemoveBGVideo writes this, and VideoPilot in its body.
 *
 * @example
 * ```ts
 * isoDateTime.read('2023-11-14T22:13:20.000Z')   // 1700000000000
 * isoDateTime.read('2023-11-14T23:13:20+01:00')  // 1700000000000
 * isoDateTime.read('2023-11-14 22:13:20')        // undefined
 * isoDateTime.write(1700000000000)               // '2023-11-14T22:13:20.000Z'
 * ```
 */
export const isoDateTime: TimestampFormat = {
  description: 'an ISO 8601 date-time',
  read: parseIsoDateTime,
  write: (time) => new Date(time).toISOString(),
}
