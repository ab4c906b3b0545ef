import { z } from 'zod'
import type { Stakeholder } from '../stakeholder/stakeholder.js'

/** The domains one unshielded pot spans; a spend names the one whose provision it replaces. */
export const BUDGET_DOMAINS = ['participatiewet', 'wmo', 'jeugdwet', 'other'] as const
export const budgetDomainSchema = z.enum(BUDGET_DOMAINS)
export type BudgetDomain = z.infer<typeof budgetDomainSchema>

const DOMAIN_STAKEHOLDER: Readonly<Record<BudgetDomain, Stakeholder>> = {
  participatiewet: 'gemeente-participatiewet',
  wmo: 'gemeente-wmo',
  jeugdwet: 'gemeente-jeugdwet',
  other: 'gemeente-overig',
}

/**
 * Who bears a spend in the business case and the MKBA: the municipality's budget of the
 * domain whose provision it replaces or prevents; a spend that replaces none is the
 * municipality's other spending.
 * @example
 * ```ts
 * spendStakeholder('wmo') // → 'gemeente-wmo'
 * spendStakeholder(null) // → 'gemeente-overig'
 * ```
 */
export function spendStakeholder(domain: BudgetDomain | null): Stakeholder {
  return DOMAIN_STAKEHOLDER[domain ?? 'other']
}
