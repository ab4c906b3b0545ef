export type { SyntheticCohort } from './synthetic-cohort.js'
export {
  COHORT_HEADER,
  cohortCsvRow,
  DISTRICTS,
  generateSyntheticCohort,
  HOUSEHOLDS,
} from './synthetic-cohort.js'
