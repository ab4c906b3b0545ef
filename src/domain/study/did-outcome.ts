import { fitLinearRobust, normalQuantile, normalSf } from '../../stats/index.js'
import type { OutcomeSpec } from './spec.js'
import { readChange } from './summary.js'
import { groupSizes, requireBothGroups } from './table.js'

type DidSpec = Extract<OutcomeSpec, { type: 'difference-in-differences' }>

/**
 * Difference-in-differences on one row per person, in the design's sample and weights: the
 * rows are stacked (before: post = 0, after: post = 1) and y ~ group * post fitted by
 * (weighted) least squares; the effect is the group × post coefficient, its standard error
 * clustered by person — both periods of a person are one cluster — as
 * sandwich::vcovCL(lm(y ~ group * post, weights), cluster = ~id) (HC1, its default), with a
 * normal-theory 95% interval and p, as every other outcome here.
 *
 * Ref: Angrist, J. D., and J.-S. Pischke. 2009. Mostly Harmless Econometrics, §5.2 and §8.2
 * (clustered standard errors). Princeton University Press.
 * Checked against: lm + sandwich::vcovCL — fixtures/did.R (did.json)
 */
export function didOutcome(
  o: DidSpec,
  before: Float64Array,
  after: Float64Array,
  pilot: Uint8Array,
  person: Int32Array,
  weights: Float64Array | undefined,
) {
  const rows: number[] = []
  for (let k = 0; k < pilot.length; k++)
    if ((weights ? weights[k]! > 0 : true) && !Number.isNaN(before[k]!) && !Number.isNaN(after[k]!))
      rows.push(k)
  const m = rows.length
  requireBothGroups(
    o.name,
    `${o.before}, ${o.after}`,
    rows.map((k) => pilot[k]!),
  )
  const y = new Float64Array(2 * m)
  const group = new Float64Array(2 * m)
  const post = new Float64Array(2 * m)
  const interaction = new Float64Array(2 * m)
  const w = weights ? new Float64Array(2 * m) : undefined
  const cluster = new Int32Array(2 * m)
  rows.forEach((k, j) => {
    y[j] = before[k]!
    y[m + j] = after[k]!
    group[j] = group[m + j] = pilot[k]!
    post[m + j] = 1
    interaction[m + j] = pilot[k]!
    cluster[j] = cluster[m + j] = person[k]!
    if (w && weights) w[j] = w[m + j] = weights[k]!
  })
  const fit = fitLinearRobust({
    x: [group, post, interaction],
    y,
    type: 'cluster',
    cluster,
    ...(w ? { weights: w } : {}),
  })
  const estimate = fit.coefficients[3]!
  const se = Math.sqrt(fit.covariance[15]!)
  const z = normalQuantile(0.975)
  const effect = {
    estimate,
    ciLower: estimate - z * se,
    ciUpper: estimate + z * se,
    pValue: 2 * normalSf(Math.abs(estimate / se)),
  }
  // The coefficients are the cell means: comparison before, pilot − comparison before, …
  const [c0, g, t] = [fit.coefficients[0]!, fit.coefficients[1]!, fit.coefficients[2]!]
  const means = {
    pilotBefore: c0 + g,
    pilotAfter: c0 + g + t + estimate,
    comparisonBefore: c0,
    comparisonAfter: c0 + t,
  }
  return {
    name: o.name,
    type: o.type,
    n: m,
    groupN: groupSizes(rows.map((k) => pilot[k]!)),
    scale: 'difference in differences (after − before, pilot − comparison)',
    estimate,
    se,
    ciLow: effect.ciLower,
    ciHigh: effect.ciUpper,
    p: effect.pValue,
    seMethod: 'cluster-person-HC1' as const,
    means,
    changePilot: t + estimate,
    changeComparison: t,
    reading: readChange(o.name, t + estimate, t, effect),
  }
}
