import {
  eventProbabilityFromRate,
  powerMeans,
  powerProportions,
  schoenfeldEvents,
  survivalPower,
} from '../../stats/index.js'
import type { LocalisedMessage } from '../errors.js'
import { formatNumber, type Language } from '../format/index.js'
import type { PilotDesign } from './design.js'

export interface PilotGroupSizes {
  readonly nPilot: number
  readonly nComparison: number
}

export interface PilotAssessment {
  /**
   * The smallest effect the planned groups detect at the design's power: percentage points as
   * a share (proportion), outcome units (mean) or a hazard ratio on the side of the smallest
   * difference (time to event).
   */
  readonly detectableDifference: number
  /** The power to detect the smallest difference that matters, with the planned groups. */
  readonly powerAtSmallestDifference: number
  /** Group sizes, in the planned ratio and rounded up, that detect it at the design's power. */
  readonly needed: PilotGroupSizes
  /** The answer in one sentence, in Dutch and English. */
  readonly sentence: LocalisedMessage
  /** Power at the smallest difference against the pilot group's size (20 points, same ratio). */
  readonly curve: { readonly nPilot: number; readonly power: number }[]
}

/** What each outcome kind computes, for groups of any size. */
interface PowerEngine {
  readonly detectable: (groups: PilotGroupSizes) => number
  readonly power: (groups: PilotGroupSizes) => number
  /** The pilot group's size (unrounded) that reaches the design's power. */
  readonly neededPilot: () => number
}

/**
 * Whether the pilot can show the effect that matters: the detectable difference, the power at
 * the smallest difference that matters, the group sizes that would suffice, one sentence and a
 * power curve. Proportions and means use R's power.prop.test / power.t.test (src/stats/power),
 * which assume equal groups; unequal groups enter with the harmonic-mean equivalent size
 * n′ = 2 n₁ n₂ / (n₁ + n₂) (Cohen 1988, Statistical Power Analysis, §2.3.2), exact when the
 * groups are equal. Time to event uses Schoenfeld's formula with the planned allocation.
 *
 * @example
 * ```ts
 * const a = assessPilotDesign({ outcome: 'proportion', nPilot: 150, nComparison: 150,
 *   followUpMonths: 18, baselineShare: 0.3, smallestDifference: 0.1, alpha: 0.05, power: 0.8 })
 * a.detectableDifference // → 0.156255…   (R: power.prop.test(n = 150, p1 = 0.3, power = 0.8)$p2 − 0.3)
 * a.needed // → { nPilot: 356, nComparison: 356 }
 * a.sentence.en
 * // → 'With 150 people per group and 18 months, this pilot cannot show a difference smaller than 15.6 percentage points.'
 * ```
 */
export function assessPilotDesign(design: PilotDesign): PilotAssessment {
  const engine = engineFor(design)
  const planned = { nPilot: design.nPilot, nComparison: design.nComparison }
  const ratio = design.nComparison / design.nPilot
  const neededPilot = engine.neededPilot()
  const needed = { nPilot: Math.ceil(neededPilot), nComparison: Math.ceil(neededPilot * ratio) }
  const detectableDifference = engine.detectable(planned)
  const top = Math.max(2 * design.nPilot, Math.ceil(1.25 * needed.nPilot))
  const curve = Array.from({ length: 20 }, (_, i) => {
    const nPilot = Math.max(2, Math.round((top * (i + 1)) / 20))
    return { nPilot, power: engine.power({ nPilot, nComparison: Math.max(2, nPilot * ratio) }) }
  })
  return {
    detectableDifference,
    powerAtSmallestDifference: engine.power(planned),
    needed,
    sentence: {
      nl: sentence(design, detectableDifference, 'nl'),
      en: sentence(design, detectableDifference, 'en'),
    },
    curve,
  }
}

/** Cohen's (1988, §2.3.2) equal-group equivalent of two group sizes. */
const harmonicSize = ({ nPilot, nComparison }: PilotGroupSizes) =>
  (2 * nPilot * nComparison) / (nPilot + nComparison)

/** The pilot group's size whose equivalent equal-group size with its ratio is `equal`. */
const pilotFromEqual = (equal: number, ratio: number) => (equal * (1 + ratio)) / (2 * ratio)

function engineFor(design: PilotDesign): PowerEngine {
  const { alpha: sigLevel, power } = design
  const ratio = design.nComparison / design.nPilot
  switch (design.outcome) {
    case 'proportion': {
      const p1 = design.baselineShare
      const p2 = p1 + design.smallestDifference
      return {
        detectable: (g) => powerProportions({ n: harmonicSize(g), p1, power, sigLevel }).p2 - p1,
        power: (g) => powerProportions({ n: harmonicSize(g), p1, p2, sigLevel }).power,
        neededPilot: () => pilotFromEqual(powerProportions({ p1, p2, power, sigLevel }).n, ratio),
      }
    }
    case 'mean': {
      const { sd, smallestDifference: delta } = design
      return {
        detectable: (g) => powerMeans({ n: harmonicSize(g), sd, power, sigLevel }).delta,
        power: (g) => powerMeans({ n: harmonicSize(g), delta, sd, sigLevel }).power,
        neededPilot: () => pilotFromEqual(powerMeans({ delta, sd, power, sigLevel }).n, ratio),
      }
    }
    case 'time-to-event': {
      const eventProbability = eventProbabilityFromRate(
        design.eventRatePerMonth,
        design.followUpMonths,
      )
      const hazardRatio = design.smallestDifference
      const survival = (g: PilotGroupSizes) =>
        survivalPower({ ...g, eventProbability, power, sigLevel, hazardRatio })
      const allocation = 1 / (1 + ratio)
      return {
        detectable: (g) =>
          hazardRatio > 1 ? survival(g).minimalHazardRatioUp : survival(g).minimalHazardRatioDown,
        power: (g) => survival(g).power ?? Number.NaN,
        // Schoenfeld's events D over the event probability is everyone; the pilot's share of it.
        neededPilot: () =>
          (schoenfeldEvents({ hazardRatio, power, sigLevel, allocation }) / eventProbability) *
          allocation,
      }
    }
  }
}

const count = (n: number, language: Language) => formatNumber(n, language, { upTo: 1 })

function sentence(design: PilotDesign, detectable: number, language: Language): string {
  const months = count(design.followUpMonths, language)
  const pilot = count(design.nPilot, language)
  const comparison = count(design.nComparison, language)
  const equal = design.nPilot === design.nComparison
  const groups =
    language === 'nl'
      ? equal
        ? `Met ${pilot} mensen per groep en ${months} maanden`
        : `Met ${pilot} mensen in de pilotgroep, ${comparison} in de vergelijkingsgroep en ${months} maanden`
      : equal
        ? `With ${pilot} people per group and ${months} months`
        : `With ${pilot} people in the pilot group, ${comparison} in the comparison group and ${months} months`
  const value = (decimals: number) => formatNumber(detectable, language, decimals)
  switch (design.outcome) {
    case 'proportion': {
      const points = formatNumber(detectable * 100, language, 1)
      return language === 'nl'
        ? `${groups} kan deze pilot geen verschil kleiner dan ${points} procentpunt aantonen.`
        : `${groups}, this pilot cannot show a difference smaller than ${points} percentage points.`
    }
    case 'mean':
      return language === 'nl'
        ? `${groups} kan deze pilot geen verschil in het gemiddelde kleiner dan ${value(1)} aantonen.`
        : `${groups}, this pilot cannot show a difference in the mean smaller than ${value(1)}.`
    case 'time-to-event':
      return language === 'nl'
        ? `${groups} kan deze pilot geen effect met een hazardratio dichter bij 1 dan ${value(2)} aantonen.`
        : `${groups}, this pilot cannot show an effect with a hazard ratio closer to 1 than ${value(2)}.`
  }
}
