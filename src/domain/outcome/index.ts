export type { EvaluationColumn, EvaluationInput, EvaluationRow } from './evaluation.js'
export { EVALUATION_COLUMNS, evaluationRow } from './evaluation.js'
export type {
  OutcomeAggregateResponse,
  OutcomePoint,
  RecordMeasurementRequest,
} from './outcome.js'
export {
  conversationPoint,
  outcomeAggregateQuerySchema,
  outcomeAggregateResponseSchema,
  outcomeChange,
  outcomePointResponseSchema,
  outcomePointSchema,
  outcomeSeriesQuerySchema,
  outcomeSeriesResponseSchema,
  recordMeasurementRequestSchema,
  sortSeries,
} from './outcome.js'
