export type { BudgetDomain } from './budget-domain.js'
export { BUDGET_DOMAINS, budgetDomainSchema, spendStakeholder } from './budget-domain.js'
export type {
  BudgetLedgerResponse,
  BudgetPot,
  BudgetSpendRequest,
  LedgerRow,
  LedgerSummary,
} from './ledger.js'
export {
  approvalProblem,
  budgetLedgerResponseSchema,
  budgetPotSchema,
  budgetSpendRequestSchema,
  ledgerSummarySchema,
  SPEND_FLAGS,
  summariseLedger,
} from './ledger.js'
