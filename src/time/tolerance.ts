import { WebhookVerificationError } from '../errors.js'

/**
 * How far a signed timestamp may be from the clock, in seconds: one number for
 * both directions, `{ past, future }` to set them apart, or `false` to skip the
 * check (replays are then yours to stop, by de-duplicating deliveries).
 */
export type Tolerance = number | false | { readonly past: number; readonly future: number }

/** The timestamp options of `verify`, for providers that sign a timestamp. */
export interface CheckOptions {
  /**
   * Seconds a signed timestamp may be from the clock, both ways; `{ past,
   * future }` sets them apart; `false` turns the check off. Default: the provider's, 300 s both ways for
   * most (ElevenLabs: 1800 s back, 300 s ahead).
   */
  readonly tolerance?: Tolerance
  /** The clock to check timestamps against (a `Date` or ms since the epoch). Default: `Date.now()`. */
  readonly now?: Date | number
}

/**
 * What `verify` takes instead for providers that sign no timestamp: no
 * `tolerance`, rather than one that suggests a replay check that cannot
 * happen. De-duplicate deliveries to stop replays.
 */
export interface NoTimestampOptions {
  /** This provider signs no timestamp, so none can be checked: de-duplicate deliveries instead. `false` says so. */
  readonly tolerance?: false
}

/** The time option of `sign`, for providers that sign a timestamp. */
export interface SignTimeOptions {
  /** When the delivery is sent (a `Date` or ms since the epoch). Default: now. */
  readonly timestamp?: Date | number
}

/** A tolerance in milliseconds, checked and ready; `false` when disabled. */
export type ToleranceWindow = false | { readonly past: number; readonly future: number }

function isSeconds(value: unknown): value is number {
  return Number.isFinite(value) && (value as number) >= 0
}

/** Checks a caller's `tolerance` option and turns it into milliseconds. */
export function toleranceWindow(tolerance: Tolerance | undefined, fallback: Tolerance): ToleranceWindow {
  const value = tolerance === undefined ? fallback : tolerance
  if (value === false) return false
  if (isSeconds(value)) return { past: value * 1000, future: value * 1000 }
  const sides = value as { past?: unknown; future?: unknown } | null
  if (isSeconds(sides?.past) && isSeconds(sides?.future)) return { past: sides.past * 1000, future: sides.future * 1000 }
  throw new TypeError(
    'hookproof: tolerance must be a number of seconds (>= 0), { past, future } in seconds, or false to turn the timestamp check off.',
  )
}

/** A caller's `Date` or milliseconds, checked; `where` names the option in the message. */
export function toMillis(value: Date | number, where: string): number {
  const millis = value instanceof Date ? value.getTime() : value
  if (!Number.isFinite(millis)) {
    throw new TypeError(`hookproof: ${where} must be a valid Date or a number of milliseconds since the epoch.`)
  }
  return millis
}

/** The caller's `now` option, checked, or the current time. */
export function clock(now: Date | number | undefined): number {
  return now === undefined ? Date.now() : toMillis(now, 'options.now')
}

/**
 * Rejects a timestamp outside the window around `now`. The edges are
 * inclusive: with a 300 s tolerance, 300 s old passes and 301 s old fails.
 */
export function checkTimestamp(timestamp: number, window: ToleranceWindow, now: number): void {
  if (window === false) return
  if (now - timestamp > window.past) {
    throw new WebhookVerificationError(
      'timestamp_too_old',
      `The delivery's timestamp is ${Math.round((now - timestamp) / 1000)} s old, more than the ${window.past / 1000} s tolerance allows.`,
    )
  }
  if (timestamp - now > window.future) {
    throw new WebhookVerificationError(
      'timestamp_too_new',
      `The delivery's timestamp is ${Math.round((timestamp - now) / 1000)} s in the future, more than the ${window.future / 1000} s tolerance allows.`,
    )
  }
}
