import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'
import type { LocalisedMessage } from '../errors.js'
import { BOUNDS } from '../number/bounds.js'
import { longText } from '../text/text.js'
import { type BudgetDomain, budgetDomainSchema } from './budget-domain.js'

/** A pot holds at most a thousand times the largest price (€ 10,000 million); a spend one price. */
const potCents = z
  .number()
  .int()
  .min(0)
  .max(BOUNDS.priceCents * 1000)
const spendCents = z.number().int().min(0).max(BOUNDS.priceCents)

/** One pot per project across domains: its amount, period and the approval threshold. */
export const budgetPotSchema = z
  .object({
    amountCents: potCents,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    /** A spend above this amount needs a second person's approval. */
    approvalThresholdCents: spendCents,
  })
  .strict()
  .refine((p) => p.periodStart <= p.periodEnd, { message: 'period-order', path: ['periodEnd'] })
export type BudgetPot = z.infer<typeof budgetPotSchema>

/**
 * A spend for a case, or (with `corrects`) a correction of an earlier one: then `amountCents`
 * is what the spend should have been (0 cancels it) and `purpose` says why. The ledger never
 * changes a row; a correction is a new row.
 */
export const budgetSpendRequestSchema = z
  .object({
    participantId: idSchema,
    amountCents: spendCents,
    date: isoDateSchema,
    /** Why the money is spent; a spend without one is flagged in the ledger. */
    purpose: longText().trim(),
    /** The resident's goal the spend serves; flagged when missing. */
    goal: longText().trim().default(''),
    /** The domain whose regular provision the spend replaces or prevents, if any. */
    replacesDomain: budgetDomainSchema.nullable().optional(),
    approverId: idSchema.optional(),
    corrects: idSchema.optional(),
  })
  .strict()
export type BudgetSpendRequest = z.input<typeof budgetSpendRequestSchema>

/** A row of the ledger as stored. */
export interface LedgerRow {
  readonly id: string
  readonly seq: number
  readonly participantId: string
  readonly pseudonym: string
  readonly amountCents: number
  readonly date: string
  readonly purpose: string
  readonly goal: string
  readonly replacesDomain: BudgetDomain | null
  readonly recordedBy: string
  readonly approvedBy: string | null
  readonly corrects: string | null
  readonly recordedAt: string
}

export const SPEND_FLAGS = ['no-purpose', 'no-goal'] as const

const ledgerRowSchema = z.object({
  id: idSchema,
  seq: z.number().int(),
  participantId: idSchema,
  pseudonym: z.string(),
  amountCents: z.number().int(),
  date: isoDateSchema,
  purpose: z.string(),
  goal: z.string(),
  replacesDomain: budgetDomainSchema.nullable(),
  recordedBy: z.string(),
  approvedBy: z.string().nullable(),
  corrects: idSchema.nullable(),
  recordedAt: z.string(),
})

export const ledgerSummarySchema = z.object({
  pot: budgetPotSchema.nullable(),
  spentCents: z.number().int(),
  /** The pot minus every row (spends and corrections); negative when overspent. */
  balanceCents: z.number().int().nullable(),
  spends: z.array(
    ledgerRowSchema.extend({
      /** The spend after its corrections. */
      effectiveCents: z.number().int(),
      corrections: z.array(ledgerRowSchema),
      flags: z.array(z.enum(SPEND_FLAGS)),
    }),
  ),
  perDomain: z.array(
    z.object({
      domain: budgetDomainSchema.nullable(),
      cents: z.number().int(),
      spends: z.number().int(),
    }),
  ),
  perCase: z.array(
    z.object({
      participantId: idSchema,
      pseudonym: z.string(),
      cents: z.number().int(),
      spends: z.number().int(),
    }),
  ),
  flagged: z.number().int(),
})
export type LedgerSummary = z.infer<typeof ledgerSummarySchema>

/** The ledger as the API answers it, with who may be named as the second person. */
export const budgetLedgerResponseSchema = ledgerSummarySchema.extend({
  approvers: z.array(z.object({ id: idSchema, name: z.string() })),
})
export type BudgetLedgerResponse = z.infer<typeof budgetLedgerResponseSchema>

/**
 * The ledger read as the pilot manager needs it: each spend with its corrections and what it
 * comes to after them, the balance of the pot, spend per domain and per case, and the spends
 * without a purpose or a goal flagged. Rows in ledger order (`seq`).
 * @example
 * ```ts
 * const row = { seq: 1, participantId: 'p', pseudonym: 'P-1', date: '2026-03-01', goal: '',
 *   replacesDomain: 'wmo', recordedBy: 'u', approvedBy: null, recordedAt: '' } as const
 * const summary = summariseLedger(
 *   { amountCents: 100000, periodStart: '2026-01-01', periodEnd: '2026-12-31', approvalThresholdCents: 50000 },
 *   [{ ...row, id: 'a', amountCents: 30000, purpose: 'Fiets', corrects: null },
 *    { ...row, id: 'b', seq: 2, amountCents: -5000, purpose: 'Goedkoper', corrects: 'a' }])
 * summary.balanceCents // → 75000
 * summary.spends[0]?.flags // → ['no-goal']
 * ```
 */
export function summariseLedger(pot: BudgetPot | null, rows: readonly LedgerRow[]): LedgerSummary {
  const ordered = [...rows].sort((a, b) => a.seq - b.seq)
  const corrections = new Map<string, LedgerRow[]>()
  for (const row of ordered)
    if (row.corrects !== null)
      corrections.set(row.corrects, [...(corrections.get(row.corrects) ?? []), row])
  const spends = ordered
    .filter((row) => row.corrects === null)
    .map((row) => {
      const own = corrections.get(row.id) ?? []
      const flags: (typeof SPEND_FLAGS)[number][] = []
      if (row.purpose.trim() === '') flags.push('no-purpose')
      if (row.goal.trim() === '') flags.push('no-goal')
      return {
        ...row,
        effectiveCents: own.reduce((sum, c) => sum + c.amountCents, row.amountCents),
        corrections: own,
        flags,
      }
    })
  const perDomain = new Map<BudgetDomain | null, { cents: number; spends: number }>()
  const perCase = new Map<string, { pseudonym: string; cents: number; spends: number }>()
  for (const s of spends) {
    const d = perDomain.get(s.replacesDomain) ?? { cents: 0, spends: 0 }
    perDomain.set(s.replacesDomain, { cents: d.cents + s.effectiveCents, spends: d.spends + 1 })
    const c = perCase.get(s.participantId) ?? { pseudonym: s.pseudonym, cents: 0, spends: 0 }
    perCase.set(s.participantId, { ...c, cents: c.cents + s.effectiveCents, spends: c.spends + 1 })
  }
  const spentCents = ordered.reduce((sum, row) => sum + row.amountCents, 0)
  return {
    pot,
    spentCents,
    balanceCents: pot === null ? null : pot.amountCents - spentCents,
    spends,
    perDomain: [...perDomain].map(([domain, v]) => ({ domain, ...v })),
    perCase: [...perCase].map(([participantId, v]) => ({ participantId, ...v })),
    flagged: spends.filter((s) => s.flags.length > 0).length,
  }
}

/**
 * The two-person rule: above the pot's threshold a spend needs an approver other than the one
 * who records it. Returns the problem, or null when the spend may be recorded.
 * @example
 * ```ts
 * approvalProblem(60000, 50000, 'u1', undefined)?.en // → 'above the approval threshold a second person must approve'
 * approvalProblem(60000, 50000, 'u1', 'u1')?.en // → 'the approver must be someone other than the one who records'
 * approvalProblem(60000, 50000, 'u1', 'u2') // → null
 * ```
 */
export function approvalProblem(
  amountCents: number,
  thresholdCents: number,
  recorderId: string,
  approverId: string | undefined,
): LocalisedMessage | null {
  if (approverId === recorderId)
    return {
      nl: 'de fiatteur moet iemand anders zijn dan wie de uitgave vastlegt',
      en: 'the approver must be someone other than the one who records',
    }
  if (amountCents > thresholdCents && approverId === undefined)
    return {
      nl: 'boven de fiatteringsgrens moet een tweede persoon goedkeuren',
      en: 'above the approval threshold a second person must approve',
    }
  return null
}
