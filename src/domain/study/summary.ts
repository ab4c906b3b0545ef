import { formatNumber } from '../format/index.js'

/** Plain-language readings of estimates, in Dutch and English. */
export interface Reading {
  readonly nl: string
  readonly en: string
}

const nlNum = (x: number, digits = 1) => formatNumber(x, 'nl', digits)
const enNum = (x: number, digits = 1) => formatNumber(x, 'en', digits)

export function readProportions(
  name: string,
  p1: number,
  p0: number,
  rd: { estimate: number; ciLower: number; ciUpper: number; pValue: number },
): Reading {
  const sig = rd.pValue < 0.05
  const pp = (f: (x: number, d?: number) => string, x: number) => f(100 * x)
  return {
    nl: `${sig ? 'Significant verschil' : 'Geen significant verschil'} in ${name}: ${pp(nlNum, p1)}% (pilot) tegen ${pp(nlNum, p0)}% (vergelijking), verschil ${pp(nlNum, rd.estimate)} procentpunt (95%-BI ${pp(nlNum, rd.ciLower)} tot ${pp(nlNum, rd.ciUpper)}; p = ${nlNum(rd.pValue, 3)}).`,
    en: `${sig ? 'Significant difference' : 'No significant difference'} in ${name}: ${pp(enNum, p1)}% (pilot) vs ${pp(enNum, p0)}% (comparison), difference ${pp(enNum, rd.estimate)} percentage points (95% CI ${pp(enNum, rd.ciLower)} to ${pp(enNum, rd.ciUpper)}; p = ${enNum(rd.pValue, 3)}).`,
  }
}

export function readMeans(
  name: string,
  m1: number,
  m0: number,
  d: { estimate: number; ciLower: number; ciUpper: number; pValue: number },
): Reading {
  const sig = d.pValue < 0.05
  return {
    nl: `${sig ? 'Significant verschil' : 'Geen significant verschil'} in ${name}: gemiddeld ${nlNum(m1)} (pilot) tegen ${nlNum(m0)} (vergelijking), verschil ${nlNum(d.estimate)} (95%-BI ${nlNum(d.ciLower)} tot ${nlNum(d.ciUpper)}; p = ${nlNum(d.pValue, 3)}).`,
    en: `${sig ? 'Significant difference' : 'No significant difference'} in ${name}: mean ${enNum(m1)} (pilot) vs ${enNum(m0)} (comparison), difference ${enNum(d.estimate)} (95% CI ${enNum(d.ciLower)} to ${enNum(d.ciUpper)}; p = ${enNum(d.pValue, 3)}).`,
  }
}

export function readHazard(name: string, hr: number, lo: number, hi: number, p: number): Reading {
  const sig = p < 0.05
  return {
    nl: `${sig ? 'Significant verschil' : 'Geen significant verschil'} in de tijd tot ${name}: hazard ratio pilot tegen vergelijking ${nlNum(hr, 2)} (95%-BI ${nlNum(lo, 2)} tot ${nlNum(hi, 2)}; p = ${nlNum(p, 3)}).`,
    en: `${sig ? 'Significant difference' : 'No significant difference'} in the time to ${name}: hazard ratio pilot vs comparison ${enNum(hr, 2)} (95% CI ${enNum(lo, 2)} to ${enNum(hi, 2)}; p = ${enNum(p, 3)}).`,
  }
}

/** The reading of a time-to-event outcome whose hazard ratio has no finite estimate: the log-rank test's. */
export function readLogRankOnly(
  name: string,
  eventless: 'pilot' | 'comparison',
  p: number,
): Reading {
  const sig = p < 0.05
  return {
    nl: `${sig ? 'Significant verschil' : 'Geen significant verschil'} in de tijd tot ${name} volgens de log-ranktoets (p = ${nlNum(p, 3)}); niemand in de ${eventless === 'pilot' ? 'pilotgroep' : 'vergelijkingsgroep'} had de gebeurtenis, dus een hazard ratio is niet te schatten.`,
    en: `${sig ? 'Significant difference' : 'No significant difference'} in the time to ${name} by the log-rank test (p = ${enNum(p, 3)}); no one in the ${eventless} group had the event, so no hazard ratio can be estimated.`,
  }
}

/** The reading of a difference-in-differences: each group's change and the difference between them. */
export function readChange(
  name: string,
  changePilot: number,
  changeComparison: number,
  d: { estimate: number; ciLower: number; ciUpper: number; pValue: number },
): Reading {
  const sig = d.pValue < 0.05
  return {
    nl: `${sig ? 'Significant verschil' : 'Geen significant verschil'} in de verandering van ${name}: ${nlNum(changePilot)} (pilot) tegen ${nlNum(changeComparison)} (vergelijking), verschil in verschillen ${nlNum(d.estimate)} (95%-BI ${nlNum(d.ciLower)} tot ${nlNum(d.ciUpper)}; p = ${nlNum(d.pValue, 3)}).`,
    en: `${sig ? 'Significant difference' : 'No significant difference'} in the change in ${name}: ${enNum(changePilot)} (pilot) vs ${enNum(changeComparison)} (comparison), difference in differences ${enNum(d.estimate)} (95% CI ${enNum(d.ciLower)} to ${enNum(d.ciUpper)}; p = ${enNum(d.pValue, 3)}).`,
  }
}

/** The warning that rows were left out; `count` as text, so the published form can say "<10". */
export function droppedRowsWarning(count: string): Reading {
  return {
    nl: `${count} rij(en) met een ontbrekende covariaatwaarde zijn weggelaten (complete-case-analyse).`,
    en: `${count} row(s) with a missing covariate value were left out (complete-case analysis).`,
  }
}
