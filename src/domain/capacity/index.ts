export type {
  CapacityContract,
  CapacityEnrolment,
  CapacityEntry,
  CapacityInput,
  CapacityMonth,
  CapacityResponse,
  CapacityVacancy,
  TeamKey,
} from './capacity.js'
export {
  capacityMonthSchema,
  capacityResponseSchema,
  computeCapacity,
  DEFAULT_MAX_CASES_PER_FTE,
  FULL_TIME_HOURS,
  monthsBetween,
  teamMonths,
} from './capacity.js'
export type { UserContracts } from './staff-records.js'
export {
  capacitySettingsSchema,
  userContractSchema,
  userContractsRequestSchema,
  userContractsResponseSchema,
  vacanciesRequestSchema,
  vacanciesResponseSchema,
  vacancySchema,
} from './staff-records.js'
