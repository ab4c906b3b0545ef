// The public surface of the MKBA engine. Pure: a model in, plain results out.
export type { AnalyseOptions, MkbaAnalysis, ScenarioSummary } from './analyse.js'
export { analyseMkba, DEFAULT_SEED } from './analyse.js'
export type { CompiledModel } from './compile.js'
export { compileModel } from './compile.js'
export { DISCOUNT_RATE_RISK_FREE, DISCOUNT_RATE_STANDARD, discountFactor } from './discounting.js'
export { meanOf, sample, sensitivityRange } from './distributions.js'
export { findDoubleCounting } from './double-counting.js'
export type {
  ItemValue,
  MkbaResult,
  StakeholderBalance,
  UnquantifiedEffect,
  YearFlow,
} from './evaluate.js'
export { evaluateCompiled, evaluateModel } from './evaluate.js'
export type {
  Distribution,
  EffectSign,
  ItemAdjustments,
  ItemCategory,
  ItemKind,
  ItemOverride,
  MkbaItem,
  MkbaModel,
  MkbaScenario,
  QuantityItem,
  SeriesItem,
  TimingConvention,
  UncertainParameter,
  UnquantifiedItem,
} from './model.js'
export type { HistogramBin, MonteCarloOptions, MonteCarloResult } from './monte-carlo.js'
export { monteCarlo, quantile7 } from './monte-carlo.js'
export { applyScenario } from './scenarios.js'
export { impactFactor } from './sroi-adjustments.js'
export type { StakeholderPart, StakeholderPartKind } from './stakeholder-parts.js'
export { stakeholderParts } from './stakeholder-parts.js'
export type { TornadoBar } from './tornado.js'
export { tornado } from './tornado.js'
export { uncertainInputs } from './uncertainty.js'
export type { MkbaWarning } from './warnings.js'
