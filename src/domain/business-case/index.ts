export { cardDescription } from './card-description.js'
export type {
  CaseOptions,
  CaseResult,
  CaseWarning,
  PriceLookup,
  Scenario,
  StakeholderCosts,
} from './case-costs.js'
export { cardQuantity, computeCase, createPriceLookup, roundCents } from './case-costs.js'
export type { BusinessCaseResult, ProjectResult } from './project.js'
export {
  BOOTSTRAP_RESAMPLES,
  computeBusinessCase,
  MIN_CASES,
} from './project.js'
