import { MS_PER_DAY } from '../calendar.js'
import type { CheckInOutcome } from '../follow-up/follow-up.js'
import type { Plan } from '../plan/plan.js'
import type { OutcomePoint } from './outcome.js'

/** The columns of the researchers' export, one row per participant, in this order. */
export const EVALUATION_COLUMNS = [
  'research_id',
  'age_band',
  'household_type',
  'start_date',
  'end_date',
  'plan_versions',
  'plan_goals',
  'plan_partners',
  'plan_partner_actions',
  'plan_resident_actions',
  'days_to_first_plan',
  'consents_given',
  'consents_withdrawn',
  'follow_ups_planned',
  'follow_ups_recorded',
  'latest_check_in',
  'relapse',
  'measurements',
  'ladder_first',
  'ladder_last',
  'zrm_mean_first',
  'zrm_mean_last',
] as const
export type EvaluationColumn = (typeof EVALUATION_COLUMNS)[number]
export type EvaluationRow = Record<EvaluationColumn, string | number | null>

export interface EvaluationInput {
  readonly researchId: string
  readonly ageBand: string | null
  readonly householdType: string | null
  readonly startDate: string
  readonly endDate: string | null
  /** The plan's versions, oldest first (the date each was saved). */
  readonly planVersions: readonly { readonly savedOn: string; readonly plan: Plan }[]
  readonly consents: readonly { readonly status: 'given' | 'withdrawn' }[]
  /** Check-ins in due order, with how each went (null: not yet). */
  readonly checkIns: readonly {
    readonly outcome: CheckInOutcome | null
    readonly checkedOn: string | null
  }[]
  readonly series: readonly OutcomePoint[]
}

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY)

/** The mean ZRM score of one measurement over the domains it scored (null when none). */
function zrmMean(point: OutcomePoint | undefined): number | null {
  const scores = Object.values(point?.zrm ?? {}).filter((s): s is number => s !== undefined)
  if (scores.length === 0) return null
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100
}

/**
 * One participant's row for the evaluation: counts from the plan, consents, follow-up and
 * outcome series, and fidelity measures of integrated working — partners per case (the
 * organisations with an action in the latest plan) and the time to the first plan (days from
 * the start of the enrolment to its first saved version).
 *
 * @example
 * ```ts
 * const plan = { goals: [{ id: 'g1', ownWords: 'Werk', domains: [] }], partnerActions: [{ id: 'a', organisationId: '00000000-0000-4000-8000-000000000001', action: 'Vacatures' }], residentActions: [], reviews: [] }
 * evaluationRow({ researchId: 'R-1', ageBand: null, householdType: null, startDate: '2026-01-01', endDate: null, planVersions: [{ savedOn: '2026-01-15', plan }], consents: [], checkIns: [{ outcome: 'reopened', checkedOn: '2026-06-01' }], series: [] })
 * // → { plan_partners: 1, days_to_first_plan: 14, relapse: 1, latest_check_in: 'reopened', … }
 * ```
 */
export function evaluationRow(input: EvaluationInput): EvaluationRow {
  const latest = input.planVersions[input.planVersions.length - 1]?.plan
  const first = input.planVersions[0]
  const recorded = input.checkIns.filter((c) => c.outcome !== null)
  const ladders = input.series.filter((p) => p.ladderRung !== null)
  const zrmPoints = input.series.filter((p) => Object.keys(p.zrm).length > 0)
  return {
    research_id: input.researchId,
    age_band: input.ageBand,
    household_type: input.householdType,
    start_date: input.startDate,
    end_date: input.endDate,
    plan_versions: input.planVersions.length,
    plan_goals: latest?.goals.length ?? 0,
    plan_partners: new Set(latest?.partnerActions.map((a) => a.organisationId) ?? []).size,
    plan_partner_actions: latest?.partnerActions.length ?? 0,
    plan_resident_actions: latest?.residentActions.length ?? 0,
    days_to_first_plan: first ? days(input.startDate, first.savedOn) : null,
    consents_given: input.consents.filter((c) => c.status === 'given').length,
    consents_withdrawn: input.consents.filter((c) => c.status === 'withdrawn').length,
    follow_ups_planned: input.checkIns.length,
    follow_ups_recorded: recorded.length,
    latest_check_in: recorded[recorded.length - 1]?.outcome ?? null,
    relapse:
      input.checkIns.length === 0 ? null : recorded.some((c) => c.outcome === 'reopened') ? 1 : 0,
    measurements: input.series.length,
    ladder_first: ladders.length >= 2 ? (ladders[0]?.ladderRung ?? null) : null,
    ladder_last: ladders.length >= 2 ? (ladders[ladders.length - 1]?.ladderRung ?? null) : null,
    zrm_mean_first: zrmPoints.length >= 2 ? zrmMean(zrmPoints[0]) : null,
    zrm_mean_last: zrmPoints.length >= 2 ? zrmMean(zrmPoints[zrmPoints.length - 1]) : null,
  }
}
