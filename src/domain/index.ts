export type { IssueLocation, LocalisedMessage, ValidationIssue } from './errors.js'
export {
  ConflictError,
  ForbiddenError,
  formatIssue,
  isDomainError,
  NotFoundError,
  ValidationError,
} from './errors.js'
