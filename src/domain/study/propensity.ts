import { fitLogistic, type LogisticFit } from '../../stats/index.js'
import type { LocalisedMessage } from '../errors.js'
import type { OneGroupLevel, Term } from './covariates.js'
import type { IssueCollector } from './table.js'

/** R's glm.control() defaults: where R's IRLS stops on a fit whose likelihood has no maximum. */
const R_GLM_CONTROL = { epsilon: 1e-8, maxIterations: 25 } as const

/**
 * The propensity model, logistic regression of the group on the model terms. The engine's
 * tighter convergence walks a quasi-separated coefficient (a level only one group has) out
 * until the information matrix is singular and every standard error is lost; R's glm stops
 * earlier, at a large finite coefficient, the other coefficients and the fitted scores at their
 * limits. Such a fit is redone with R's glm.control() defaults, so its numbers are R's.
 * Complete separation — no comparison's score reaches any pilot member's — leaves nothing to
 * match or weigh against: an error naming the covariates that separate (as MatchIt stops).
 */
export function fitPropensity(
  terms: readonly Term[],
  pilot: Uint8Array,
  oneGroupLevels: readonly OneGroupLevel[],
  usesScore: boolean,
  issues: IssueCollector,
): { fit: LogisticFit | undefined; warnings: LocalisedMessage[] } {
  if (terms.length === 0) return { fit: undefined, warnings: [] }
  const input = { x: terms.map((t) => t.values), terms: terms.map((t) => t.name), y: pilot }
  const first = fitOrUndefined(input)
  if (!first) {
    // R's glm would drop an aliased term (NA coefficient); the engine asks for a clean model.
    const named = terms.map((t) => t.name).join(', ')
    issues.add(
      undefined,
      named,
      `de covariaten zijn lineair afhankelijk: één is een combinatie van andere (${named}); laat er een weg`,
      `the covariates are linearly dependent: one is a combination of others (${named}); leave one out`,
    )
    return { fit: undefined, warnings: [] }
  }
  const fit = first.coefficients.every((c) => Number.isFinite(c.stdError))
    ? first
    : fitLogistic({ ...input, ...R_GLM_CONTROL })
  if (!fit.fitted.every(Number.isFinite) || separatesCompletely(fit.linearPredictor, pilot)) {
    const separating = terms.filter((t) => separatesCompletely(t.values, pilot)).map((t) => t.name)
    const named = (separating.length > 0 ? separating : terms.map((t) => t.name)).join(', ')
    const message = {
      nl: `het propensity-model scheidt de groepen volledig (${named}): geen enkele vergelijkingspersoon lijkt op een pilotdeelnemer, er valt niets te koppelen of te wegen`,
      en: `the propensity model separates the groups completely (${named}): no comparison resembles any pilot member, so there is nothing to match or weigh`,
    }
    if (usesScore) issues.add(undefined, named, message.nl, message.en)
    return { fit, warnings: usesScore ? [] : [message] }
  }
  return {
    fit,
    warnings: [...oneGroupLevels.map(oneGroupWarning), ...fit.warnings.map(propensityWarning)],
  }
}

/** The fit, or undefined when its design is singular (aliased covariates). */
function fitOrUndefined(input: Parameters<typeof fitLogistic>[0]): LogisticFit | undefined {
  try {
    return fitLogistic(input)
  } catch (error) {
    if (error instanceof RangeError && error.message.includes('singular')) return undefined
    throw error
  }
}

/** True when every pilot value lies above every comparison value, or every one below. */
function separatesCompletely(values: ArrayLike<number>, pilot: Uint8Array): boolean {
  let minPilot = Number.POSITIVE_INFINITY
  let maxPilot = Number.NEGATIVE_INFINITY
  let minComparison = Number.POSITIVE_INFINITY
  let maxComparison = Number.NEGATIVE_INFINITY
  for (let i = 0; i < pilot.length; i++) {
    const v = values[i]!
    if (pilot[i] === 1) {
      minPilot = Math.min(minPilot, v)
      maxPilot = Math.max(maxPilot, v)
    } else {
      minComparison = Math.min(minComparison, v)
      maxComparison = Math.max(maxComparison, v)
    }
  }
  return maxComparison < minPilot || maxPilot < minComparison
}

function oneGroupWarning(level: OneGroupLevel): LocalisedMessage {
  return level.group === 'comparison'
    ? {
        nl: `${level.column} = "${level.level}" komt alleen in de vergelijkingsgroep voor: hun propensity score is (vrijwel) 0 en het coëfficiënt van dit niveau oneindig (R's glm stopt bij een grote eindige waarde); ze tellen bij koppelen en wegen nauwelijks mee.`,
        en: `${level.column} = "${level.level}" occurs in the comparison group only: their propensity score is (nearly) 0 and this level's coefficient infinite (R's glm stops at a large finite value); they hardly count in matching or weighting.`,
      }
    : {
        nl: `${level.column} = "${level.level}" komt alleen in de pilotgroep voor: hun propensity score is (vrijwel) 1 en het coëfficiënt van dit niveau oneindig (R's glm stopt bij een grote eindige waarde); voor hen is er geen vergelijkbare persoon.`,
        en: `${level.column} = "${level.level}" occurs in the pilot group only: their propensity score is (nearly) 1 and this level's coefficient infinite (R's glm stops at a large finite value); no comparison resembles them.`,
      }
}

/**
 * The logistic fit's warnings (stats speaks English only) in both languages; the English is the
 * fit's own text, so results.json's `warnings` stay as they were.
 */
function propensityWarning(warning: string): LocalisedMessage {
  const en = `propensity model: ${warning}`
  const iterations = /^IRLS did not converge in (\d+) iterations$/.exec(warning)?.[1]
  if (iterations !== undefined)
    return { nl: `propensity-model: IRLS is na ${iterations} iteraties niet geconvergeerd`, en }
  if (warning.includes('complete separation'))
    return {
      nl: 'propensity-model: voorspelde kansen van (bijna) 0 of 1: (quasi-)volledige scheiding',
      en,
    }
  return { nl: en, en }
}
