/** Splitting what a sender controls, with the work bounded before anything is split. */

/**
 * @internal `value` split at `separator` into at most `max` pieces, or
 * `undefined` when it holds more. The separators are counted first, so a
 * header of a million commas costs a scan, not a million strings.
 */
export function splitAtMost(value: string, separator: string, max: number): string[] | undefined {
  let count = 1
  for (let at = value.indexOf(separator); at !== -1; at = value.indexOf(separator, at + 1)) {
    if (++count > max) return undefined
  }
  return value.split(separator)
}
