export { costItems } from './cost-items.js'
export type { HourlyTariff, HourlyTariffProblem } from './hourly-tariff.js'
export { HOURLY_TARIFF_CODE, hourlyTariff, hoursCents, isTariffProblem } from './hourly-tariff.js'
export type { DomainYearSpends, OrganisationYearMinutes, RecordedCosts } from './recorded-costs.js'
export { recordedCosts, recordedCostsSchema } from './recorded-costs.js'
export type {
  MinuteTotals,
  TimeEntry,
  TimeEntryListResponse,
  TimeEntryRequest,
  TimeKind,
} from './time-entry.js'
export {
  FORMAL_KINDS,
  INFORMAL_KINDS,
  isInformal,
  MAX_ENTRY_MINUTES,
  minuteTotals,
  minuteTotalsSchema,
  QUICK_MINUTES,
  TIME_KINDS,
  TYPICAL_MINUTES,
  timeCaseSchema,
  timeEntryListResponseSchema,
  timeEntryQuerySchema,
  timeEntryRequestSchema,
  timeEntryResponseSchema,
  timeEntrySchema,
  timeKindSchema,
} from './time-entry.js'
export type { TimeRowInput } from './time-rows.js'
export {
  KIND_NAMES_NL,
  TIME_COLUMNS,
  timeEntriesFromRows,
  timeEntriesToRows,
  timeExportQuerySchema,
  timeImportRequestSchema,
  timeImportResponseSchema,
} from './time-rows.js'
