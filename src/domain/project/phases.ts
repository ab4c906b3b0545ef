import type { LocalisedMessage } from '../errors.js'
import type { MinkmanPhase } from './project.js'

/** What a phase change's date is told when it cannot be (src/server names the field). */
export const PHASE_DATE_MESSAGES = {
  'before-start': {
    nl: 'ligt vóór de start van het project',
    en: 'is before the start of the project',
  },
  'before-previous': {
    nl: 'ligt vóór de vorige fasewisseling van deze organisatie',
    en: "is before this organisation's previous phase change",
  },
} as const satisfies Record<string, LocalisedMessage>

/**
 * Why a phase change cannot take effect on this date, or null when it can: not before the
 * project started (a phase is the pilot's, which did not exist before), and not before the
 * same row's previous change (the history reads in order of the dates).
 * @example
 * ```ts
 * phaseDateProblem('2026-03-01', '2026-01-01', '2026-02-01') // → null
 * phaseDateProblem('2025-12-31', '2026-01-01', null)?.en // → 'is before the start of the project'
 * phaseDateProblem('2026-01-15', '2026-01-01', '2026-02-01')?.nl
 * // → 'ligt vóór de vorige fasewisseling van deze organisatie'
 * ```
 */
export function phaseDateProblem(
  date: string,
  projectStart: string,
  previousChange: string | null,
): LocalisedMessage | null {
  if (date < projectStart) return PHASE_DATE_MESSAGES['before-start']
  if (previousChange !== null && date < previousChange)
    return PHASE_DATE_MESSAGES['before-previous']
  return null
}

/** A phase as a band over time: from its change to the next (or to `until`). */
export interface PhaseBand {
  readonly phase: MinkmanPhase
  readonly from: string
  /** Exclusive: the next change's date, or the end of the timeline. */
  readonly to: string
  readonly reason: string | null
}

/**
 * The bands of one timeline row from its changes (in date order): each phase lasts until the
 * next change, the last until `until`. Changes on or after `until` are left out; a later change
 * on the same date replaces an earlier one.
 * @example
 * ```ts
 * phaseBands([
 *   { phase: 'design', date: '2026-01-01', reason: null },
 *   { phase: 'experiment', date: '2026-04-01', reason: 'eerste casussen' },
 * ], '2026-12-31')
 * // → [{ phase: 'design', from: '2026-01-01', to: '2026-04-01' },
 * //    { phase: 'experiment', from: '2026-04-01', to: '2026-12-31', reason: 'eerste casussen' }]
 * ```
 */
export function phaseBands(
  changes: readonly { phase: MinkmanPhase; date: string; reason: string | null }[],
  until: string,
): PhaseBand[] {
  const kept = changes.filter((c, i) => c.date < until && changes[i + 1]?.date !== c.date)
  return kept.map((c, i) => ({
    phase: c.phase,
    from: c.date,
    to: kept[i + 1]?.date ?? until,
    reason: c.reason,
  }))
}

/**
 * The span a phase timeline covers: from the project start to its end, or to today while it
 * runs on (and to today when an organisation's change is recorded after the planned end).
 * @example
 * ```ts
 * timelineSpan('2026-01-01', '2026-12-31', '2026-06-15') // → { from: '2026-01-01', to: '2026-12-31' }
 * timelineSpan('2026-01-01', null, '2026-06-15') // → { from: '2026-01-01', to: '2026-06-15' }
 * timelineSpan('2026-01-01', '2026-03-31', '2026-06-15') // → { from: '2026-01-01', to: '2026-06-15' }
 * ```
 */
export function timelineSpan(
  periodStart: string,
  periodEnd: string | null,
  today: string,
): { from: string; to: string } {
  const to = periodEnd !== null && periodEnd > today ? periodEnd : today
  return { from: periodStart, to: to > periodStart ? to : periodStart }
}

/**
 * The first day of every quarter within a span: the ticks of a phase timeline's axis.
 * @example
 * ```ts
 * quarterStarts('2026-02-15', '2026-12-31') // → ['2026-04-01', '2026-07-01', '2026-10-01']
 * quarterStarts('2026-01-01', '2026-01-01') // → ['2026-01-01']
 * ```
 */
export function quarterStarts(from: string, to: string): string[] {
  const ticks: string[] = []
  let year = Number(from.slice(0, 4))
  let month = Math.floor((Number(from.slice(5, 7)) - 1) / 3) * 3
  for (;;) {
    const tick = `${year}-${String(month + 1).padStart(2, '0')}-01`
    if (tick > to) return ticks
    if (tick >= from) ticks.push(tick)
    month += 3
    if (month === 12) {
      month = 0
      year += 1
    }
  }
}
