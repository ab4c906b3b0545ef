import { compileModel } from './compile.js'
import { evaluateCompiled, type MkbaResult } from './evaluate.js'
import type { MkbaModel } from './model.js'
import { type MonteCarloResult, monteCarlo } from './monte-carlo.js'
import { applyScenario } from './scenarios.js'
import { type TornadoBar, tornado } from './tornado.js'

export interface ScenarioSummary {
  readonly id: string
  readonly name: string
  readonly pvCosts: number
  readonly pvBenefits: number
  readonly pvBenefitsFinancial: number
  readonly npv: number
  readonly ratio: number | null
  readonly ratioFinancial: number | null
  readonly paybackYear: number | null
}

export interface MkbaAnalysis extends MkbaResult {
  readonly tornado: readonly TornadoBar[]
  readonly monteCarlo?: MonteCarloResult
  readonly scenarios: readonly ScenarioSummary[]
}

export interface AnalyseOptions {
  /** Monte Carlo draws; 0 or absent skips Monte Carlo. */
  readonly draws?: number
  readonly seed?: number
  readonly onProgress?: (done: number) => void
}

/** Default seed, written into every Monte Carlo result. */
export const DEFAULT_SEED = 20_210_101

/**
 * The whole analysis of a model: deterministic result, tornado, Monte Carlo, scenarios.
 * @example
 * ```ts
 * const none = { deadweight: 0, attribution: 0, displacement: 0, dropOff: 0 }
 * const pilot: MkbaModel = {
 *   name: 'pilot', baseYear: 2024, priceYear: 2024, horizonYears: 2, discountRate: 0.0225,
 *   timing: 'start-of-year', stakeholders: ['city'],
 *   items: [
 *     { id: 'team', kind: 'cost', category: 'financial', stakeholder: 'city',
 *       years: { 2024: 100000 }, ...none },
 *     { id: 'work', kind: 'benefit', category: 'financial', stakeholder: 'city',
 *       quantity: 20, unitValue: 6000, startYear: 2025, durationYears: 1, ...none,
 *       uncertainty: { quantity: { distribution: 'triangular', low: 10, mode: 20, high: 30 } } },
 *   ],
 * }
 * const cityWide = { id: 'city', name: 'city-wide', overrides: {
 *   team: { years: { 2024: 400000 } }, work: { quantity: 100 } } }
 * analyseMkba({ ...pilot, scenarios: [cityWide] }, { draws: 1000, seed: 1 })
 * // → { npv: 17359.41…, tornado: [{ parameter: 'work.quantity' }],
 * //     monteCarlo: { draws: 1000, seed: 1, probRatioAbove1: 0.749 },
 * //     scenarios: [{ id: 'base', npv: 17359.41… },
 * //                 { id: 'city', npv: 186797.07…, ratio: 1.4670… }] }
 * ```
 */
export function analyseMkba(model: MkbaModel, options: AnalyseOptions = {}): MkbaAnalysis {
  const compiled = compileModel(model)
  const result = evaluateCompiled(compiled)
  const draws = options.draws ?? 0
  const monteCarloResult =
    draws > 0
      ? monteCarlo(compiled, {
          draws,
          seed: options.seed ?? DEFAULT_SEED,
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        })
      : undefined
  return {
    ...result,
    tornado: tornado(compiled),
    ...(monteCarloResult ? { monteCarlo: monteCarloResult } : {}),
    scenarios: [
      summarise('base', model.name, result),
      ...(model.scenarios ?? []).map((scenario) =>
        summarise(
          scenario.id,
          scenario.name,
          evaluateCompiled(compileModel(applyScenario(model, scenario))),
        ),
      ),
    ],
  }
}

function summarise(id: string, name: string, r: MkbaResult): ScenarioSummary {
  return {
    id,
    name,
    pvCosts: r.pvCosts,
    pvBenefits: r.pvBenefits,
    pvBenefitsFinancial: r.pvBenefitsFinancial,
    npv: r.npv,
    ratio: r.ratio,
    ratioFinancial: r.ratioFinancial,
    paybackYear: r.paybackYear,
  }
}
