import { createRandom } from '../../stats/index.js'

export const HOUSEHOLDS = [
  'alleenstaand',
  'eenoudergezin',
  'paar-zonder-kinderen',
  'paar-met-kinderen',
] as const
export const DISTRICTS = ['Centrum', 'Haven', 'Noord', 'Oost', 'West', 'Zuid'] as const

/** One synthetic social-assistance population, in columns. */
export interface SyntheticCohort {
  readonly n: number
  readonly pilot: Uint8Array
  readonly age: Float64Array
  /** 0 = v, 1 = m */
  readonly sex: Uint8Array
  readonly monthsOnBenefit: Float64Array
  readonly ladder: Uint8Array
  readonly household: Uint8Array
  readonly district: Uint8Array
  readonly outflow: Uint8Array
  readonly months: Float64Array
  readonly monthsToWmo: Float64Array
  readonly wmoEvent: Uint8Array
  readonly youthTrajectories: Uint8Array
  readonly cost: Float64Array
  readonly incomePre: Float64Array
  readonly incomePost: Float64Array
}

/**
 * A fictional cohort of social-assistance recipients with selection into a pilot on
 * observables, and outcomes with a modest true pilot effect — for tests, fixtures, the demo and
 * the benchmark. Deterministic for a seed.
 *
 * Pilot: logit P = −2.2 + 0.02(age − 40) − 0.01·months on benefit + 0.35(ladder − 3)
 *        + 0.3·[single parent] + district effect.
 * Outflow: monthly hazard 0.012 · exp(0.25·pilot + 0.15(ladder − 3) − 0.01(age − 40)), followed
 * 18 months (censored after). Wmo: hazard 0.006 · exp(−0.1·pilot + 0.02(age − 40)).
 */
export function generateSyntheticCohort(options: {
  readonly n: number
  readonly seed: number
}): SyntheticCohort {
  const { n } = options
  const r = createRandom(options.seed)
  const c = {
    n,
    pilot: new Uint8Array(n),
    age: new Float64Array(n),
    sex: new Uint8Array(n),
    monthsOnBenefit: new Float64Array(n),
    ladder: new Uint8Array(n),
    household: new Uint8Array(n),
    district: new Uint8Array(n),
    outflow: new Uint8Array(n),
    months: new Float64Array(n),
    monthsToWmo: new Float64Array(n),
    wmoEvent: new Uint8Array(n),
    youthTrajectories: new Uint8Array(n),
    cost: new Float64Array(n),
    incomePre: new Float64Array(n),
    incomePost: new Float64Array(n),
  }
  const districtEffect = [0.2, -0.1, 0.3, 0, -0.2, 0.1]
  for (let i = 0; i < n; i++) {
    const age = 18 + Math.floor(r.uniform() * 49)
    const sex = r.uniform() < 0.48 ? 1 : 0
    const months = Math.round(-36 * Math.log(1 - r.uniform()))
    const ladder = 1 + Math.min(5, Math.floor(-2 * Math.log(1 - r.uniform())))
    const household = r.integer(4)
    const district = r.integer(6)
    const lp =
      -2.2 +
      0.02 * (age - 40) -
      0.01 * months +
      0.35 * (ladder - 3) +
      (household === 1 ? 0.3 : 0) +
      (districtEffect[district] ?? 0)
    const pilot = r.uniform() < 1 / (1 + Math.exp(-lp)) ? 1 : 0
    const hazard = 0.012 * Math.exp(0.25 * pilot + 0.15 * (ladder - 3) - 0.01 * (age - 40))
    const tOut = Math.ceil(-Math.log(1 - r.uniform()) / hazard)
    const wmoHazard = 0.006 * Math.exp(-0.1 * pilot + 0.02 * (age - 40))
    const tWmo = Math.ceil(-Math.log(1 - r.uniform()) / wmoHazard)
    const children = household === 1 || household === 3
    const income = 1100 + 60 * ladder + 200 * r.normal()
    c.age[i] = age
    c.sex[i] = sex
    c.monthsOnBenefit[i] = months
    c.ladder[i] = ladder
    c.household[i] = household
    c.district[i] = district
    c.pilot[i] = pilot
    c.outflow[i] = tOut <= 18 ? 1 : 0
    c.months[i] = Math.min(tOut, 18)
    c.monthsToWmo[i] = Math.min(tWmo, 18)
    c.wmoEvent[i] = tWmo <= 18 ? 1 : 0
    c.youthTrajectories[i] = children
      ? Math.min(5, Math.floor(-Math.log(1 - r.uniform()) * (pilot ? 0.45 : 0.5)))
      : 0
    c.cost[i] = Math.round(Math.exp(8 + 0.6 * r.normal() - 0.05 * pilot + 0.1 * (3 - ladder)))
    c.incomePre[i] = Math.round(income)
    c.incomePost[i] = Math.round(income + 40 + 90 * pilot + 150 * r.normal())
  }
  return c
}

/** The CSV header and one row of the cohort (person ids P0000001 …). */
export const COHORT_HEADER =
  'person_id,pilot,age,sex,months_on_benefit,ladder,household,district,outflow,months,months_to_wmo,wmo_event,youth_trajectories,cost,income_pre,income_post'

export function cohortCsvRow(c: SyntheticCohort, i: number): string {
  return [
    `P${String(i + 1).padStart(7, '0')}`,
    c.pilot[i],
    c.age[i],
    c.sex[i] ? 'm' : 'v',
    c.monthsOnBenefit[i],
    c.ladder[i],
    HOUSEHOLDS[c.household[i] ?? 0],
    DISTRICTS[c.district[i] ?? 0],
    c.outflow[i],
    c.months[i],
    c.monthsToWmo[i],
    c.wmoEvent[i],
    c.youthTrajectories[i],
    c.cost[i],
    c.incomePre[i],
    c.incomePost[i],
  ].join(',')
}
