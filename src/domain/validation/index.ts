export {
  formatPath,
  localiseIssues,
  MISSING_REQUIRED,
  toValidationError,
} from './zod-issues.js'
