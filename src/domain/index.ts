export type { IssueLocation, LocalisedMessage, ValidationIssue } from './errors.js'
export {
  ConflictError,
  ForbiddenError,
  formatIssue,
  isDomainError,
  NotFoundError,
  ValidationError,
} from './errors.js'
export type {
  EffectEstimate,
  EffectReference,
  MkbaItemFile,
  MkbaModelFile,
  MkbaModelFileInput,
  ModelResolvers,
} from './mkba/index.js'
export { mkbaModelFileSchema, parseMkbaModel } from './mkba/index.js'
export { formatPath, toValidationError } from './validation/index.js'
