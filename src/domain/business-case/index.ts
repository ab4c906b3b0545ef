export { cardDescription } from './card-description.js'
export type { PriceLookup } from './case-costs.js'
export { cardQuantity, computeCase, createPriceLookup, roundCents } from './case-costs.js'
export { caseLabel } from './case-label.js'
export {
  BOOTSTRAP_RESAMPLES,
  computeBusinessCase,
  MIN_CASES,
} from './project.js'
export type {
  BusinessCaseResult,
  CaseOptions,
  CaseResult,
  CaseWarning,
  PricedCard,
  ProjectResult,
  Scenario,
  StakeholderCosts,
} from './result-schema.js'
export { businessCaseResultSchema } from './result-schema.js'
