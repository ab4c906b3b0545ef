import { MS_PER_DAY } from '../calendar.js'
import type { Card } from './conversation.js'
import { periodEnd } from './rate.js'

const DAY = MS_PER_DAY

export interface TimeRange {
  readonly from: number
  readonly to: number
}

export interface PlacedCard {
  readonly card: Card
  /** Position and width as percentages of the time axis. */
  readonly left: number
  readonly width: number
  /** Row within the lane, 0 at the top: overlapping cards get their own row. */
  readonly row: number
}

export const toTime = (date: string): number => Date.parse(`${date}T00:00:00Z`)
export const toDate = (time: number): string => new Date(time).toISOString().slice(0, 10)

/**
 * The geometry of a table conversation's timeline, shared by the live screen and the printed
 * case report: the time axis, where each card sits, and card moves in whole days.
 */

/** The axis: whole months around every card's period (at least six months). */
export function timeRange(cards: readonly Card[], fallback: string): TimeRange {
  const starts = cards.map((c) => toTime(c.start))
  const ends = cards.map((c) => toTime(periodEnd(c)))
  const first = new Date(Math.min(toTime(fallback), ...starts))
  const last = new Date(Math.max(toTime(fallback), ...ends))
  const from = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)
  let to = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1)
  const sixMonths = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 6, 1)
  if (to < sixMonths) to = sixMonths
  return { from, to }
}

/** The first day of each month on the axis, with its position in percent. */
export function monthTicks(range: TimeRange): Array<{ time: number; left: number }> {
  const ticks: Array<{ time: number; left: number }> = []
  const d = new Date(range.from)
  for (let m = 0; ; m++) {
    const time = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + m, 1)
    if (time >= range.to) return ticks
    ticks.push({ time, left: percent(range, time) })
  }
}

const percent = (range: TimeRange, time: number) =>
  ((time - range.from) / (range.to - range.from)) * 100

/**
 * Places a lane's cards on the axis. A card spans its period (a single date spans a day) but
 * takes at least `minWidth` percent so that its label fits; a card goes in the first row where
 * it does not overlap the previous card (greedy interval packing, cards sorted by start).
 */
export function layoutLane(cards: readonly Card[], range: TimeRange, minWidth = 9): PlacedCard[] {
  const sorted = [...cards].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  )
  const rowEnds: number[] = []
  return sorted.map((card) => {
    const left = percent(range, toTime(card.start))
    const right = percent(range, toTime(periodEnd(card)) + DAY)
    const width = Math.max(right - left, minWidth)
    let row = rowEnds.findIndex((end) => end <= left)
    if (row < 0) row = rowEnds.length
    rowEnds[row] = left + width
    return { card, left, width, row }
  })
}

/** The card moved by whole days (its period keeps its length). */
export function moveCard(card: Card, days: number): Card {
  const shift = (date: string) => toDate(toTime(date) + days * DAY)
  return { ...card, start: shift(card.start), ...(card.end ? { end: shift(card.end) } : {}) }
}

/** The card's period stretched (or shrunk) at its end by whole days; never before its start. */
export function stretchCard(card: Card, days: number): Card {
  const end = Math.max(toTime(periodEnd(card)) + days * DAY, toTime(card.start))
  return { ...card, end: toDate(end) }
}

/** Days per percent of the axis, to turn a drag distance into days. */
export function daysPerPercent(range: TimeRange): number {
  return (range.to - range.from) / DAY / 100
}
