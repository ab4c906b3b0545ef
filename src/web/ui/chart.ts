import { scaleLinear } from 'd3-scale'

/**
 * Round tick values between lo and hi (1, 2 or 5 times a power of ten apart), at most `count`
 * intervals apart, by d3's tick algorithm (integer steps, so no 0.30000000000000004). d3
 * reads `count` as a hint and may step finer than (hi − lo) / count; the charts leave room for
 * `count` intervals only, so this asks with smaller hints until the step is wide enough.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo]
  const scale = scaleLinear().domain([lo, hi])
  const least = ((hi - lo) / count) * (1 - 1e-9)
  let ticks = scale.ticks(count)
  for (let hint = count - 1; hint >= 1 && stepOf(ticks) < least; hint--) ticks = scale.ticks(hint)
  return ticks.map((v) => v + 0) // + 0: no "-0"
}

function stepOf(ticks: readonly number[]): number {
  const [first, second] = ticks
  return first === undefined || second === undefined ? Number.POSITIVE_INFINITY : second - first
}

/**
 * A linear scale from [lo, hi] — widened to include zero, so bars of money always start at
 * the break-even line — onto [from, to] pixels, with its round ticks. The domain is not made
 * nice: the bars use the whole plot and the ticks fall inside it.
 */
export function moneyScale(values: readonly number[], from: number, to: number) {
  const lo = Math.min(0, ...values)
  const hi = Math.max(0, ...values)
  const scale = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([from, to])
  return { at: (v: number) => scale(v), ticks: niceTicks(lo, hi, 4) }
}

/** Where a line chart (640 × 260, as the app's figures are laid out) draws its values. */
export interface LinePlot {
  readonly width: number
  readonly height: number
  /** The plot area's edges in pixels: the y labels stand left of it, the x labels below. */
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
  /** A value on [0, xMax] to its pixel column; with xMax 0 (one point) the left edge. */
  readonly x: (value: number) => number
  /** A value on [0, yMax] to its pixel row, 0 at the bottom. */
  readonly y: (value: number) => number
}

/**
 * The plot of a line chart with `left` pixels for the y labels, for values from zero to
 * xMax across and to yMax up.
 */
export function linePlot(options: { left: number; xMax: number; yMax: number }): LinePlot {
  const width = 640
  const height = 260
  const { left, xMax, yMax } = options
  const right = width - 12
  const top = 12
  const bottom = height - 36
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    x: (v) => left + (xMax === 0 ? 0 : v / xMax) * (right - left),
    y: (v) => top + (1 - v / yMax) * (bottom - top),
  }
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
