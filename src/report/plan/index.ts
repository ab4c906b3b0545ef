export type { PlanCopyInput } from './plan-copy.js'
export { planCopyHtml } from './plan-copy.js'
