/** About five round tick values between lo and hi (1, 2 or 5 times a power of ten apart). */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const raw = (hi - lo) / count
  if (!(raw > 0)) return [lo]
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 5, 10].find((f) => f * power >= raw) ?? 10) * power
  const ticks: number[] = []
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(v + 0) // + 0: no "-0"
  return ticks
}

/**
 * A linear scale from [lo, hi] — widened to include zero, so bars of money always start at
 * the break-even line — onto [from, to] pixels, with its round ticks.
 */
export function moneyScale(values: readonly number[], from: number, to: number) {
  const lo = Math.min(0, ...values)
  const hi = Math.max(0, ...values)
  const span = hi - lo || 1
  const at = (v: number) => from + ((v - lo) / span) * (to - from)
  return { at, ticks: niceTicks(lo, hi, 4) }
}

/** Tableau 10 plus two greys: distinct hues for up to twelve series. */
export const SERIES_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#6b6b6b',
  '#2f2f2f',
] as const
