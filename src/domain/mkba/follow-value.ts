import type { Distribution } from '../../mkba/index.js'

/**
 * A distribution built around an input's old value, moved to its new value, so that the Monte
 * Carlo follows an edit instead of still drawing around the number the user just replaced
 * (20 with a triangle 10–20–30, edited to 40, becomes 20–40–60). Quantities and values scale
 * by new/old, keeping the relative spread the user gave; from an old value of 0 (nothing to
 * scale) and for shares, the distribution shifts by the difference, shares kept within 0–1. An
 * effect from the effect analysis is a measurement, not the user's guess: it stays as measured.
 * @example
 * ```ts
 * const triangle = { distribution: 'triangular', low: 10, mode: 20, high: 30 } as const
 * followValue(triangle, 20, 40, 'scale') // → { low: 20, mode: 40, high: 60 }
 * followValue({ distribution: 'uniform', low: 0.1, high: 0.3 }, 0.2, 0.5, 'share')
 * // → { low: 0.4, high: 0.6 }
 * followValue({ distribution: 'normal', mean: 0, sd: 5 }, 0, 10, 'scale') // → { mean: 10, sd: 5 }
 * ```
 */
export function followValue(
  distribution: Distribution,
  from: number,
  to: number,
  kind: 'scale' | 'share',
): Distribution {
  if (distribution.distribution === 'effect' || from === to) return distribution
  const ratio = kind === 'scale' && from !== 0 ? to / from : undefined
  const clamp = (v: number) => (kind === 'share' ? Math.min(1, Math.max(0, v)) : v)
  const move = (v: number) => clamp(ratio === undefined ? v + (to - from) : v * ratio)
  const spread = (sd: number) => (ratio === undefined ? sd : sd * Math.abs(ratio))
  switch (distribution.distribution) {
    case 'fixed':
      return { ...distribution, value: to }
    case 'uniform':
      return ordered({
        ...distribution,
        low: move(distribution.low),
        high: move(distribution.high),
      })
    case 'triangular':
    case 'pert':
      return ordered({
        ...distribution,
        low: move(distribution.low),
        mode: move(distribution.mode),
        high: move(distribution.high),
      })
    case 'normal':
      return { ...distribution, mean: move(distribution.mean), sd: spread(distribution.sd) }
    case 'lognormal':
      // A lognormal is of a positive quantity: a move to 0 or below cannot be one, so it stays.
      return to > 0
        ? { ...distribution, mean: move(distribution.mean), sd: spread(distribution.sd) }
        : distribution
  }
}

/** A negative ratio (a value edited across zero) flips low and high; put them back in order. */
function ordered<D extends { low: number; high: number; mode?: number }>(d: D): D {
  return d.low <= d.high ? d : { ...d, low: d.high, high: d.low }
}
