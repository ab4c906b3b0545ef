export type { BalanceRow } from './balance.js'
export { balanceTable } from './balance.js'
