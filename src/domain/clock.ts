/**
 * Where "now" comes from. The server (services.now) and the CLI take it from a Clock, so that
 * retention periods and statutory deadlines can be tested by moving time instead of waiting.
 */
export type Clock = () => Date

/** The machine's own time: the default everywhere. */
export const systemClock: Clock = () => new Date()

/**
 * A clock that stands still at one moment; a bare date (`--now 2046-06-01`) is noon UTC that
 * day, which is the same date in Europe/Amsterdam.
 *
 * @example
 * ```ts
 * clockAt('2046-06-01')().toISOString() // → '2046-06-01T12:00:00.000Z'
 * ```
 */
export function clockAt(moment: string | Date): Clock {
  const at = typeof moment === 'string' && moment.length === 10 ? `${moment}T12:00:00Z` : moment
  const fixed = new Date(at)
  if (Number.isNaN(fixed.getTime())) throw new RangeError(`not a date: ${String(moment)}`)
  return () => new Date(fixed)
}
