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

/** The whole analysis of a model: deterministic result, tornado, Monte Carlo, scenarios. */
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
