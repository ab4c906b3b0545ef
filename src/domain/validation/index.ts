export { formatPath, toValidationError } from './zod-issues.js'
