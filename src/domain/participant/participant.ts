import { z } from 'zod'

/** Age bands; wide enough that a band never identifies a resident. */
export const AGE_BANDS = ['0-17', '18-26', '27-44', '45-66', '67+'] as const
export const HOUSEHOLD_TYPES = [
  'single',
  'single-parent',
  'couple',
  'couple-with-children',
  'other',
] as const
/** The six rungs of the Participatieladder (1 = isolated … 6 = paid work without support). */
export const LADDER_RUNGS = [1, 2, 3, 4, 5, 6] as const

export const ageBandSchema = z.enum(AGE_BANDS)
export const householdTypeSchema = z.enum(HOUSEHOLD_TYPES)
export const ladderRungSchema = z.number().int().min(1).max(6)
export const districtSchema = z.string().trim().min(1).max(80)
export const teamSchema = z.string().trim().min(1).max(80)

export type AgeBand = z.infer<typeof ageBandSchema>
export type HouseholdType = z.infer<typeof householdTypeSchema>

/**
 * The pseudonym shown for a participant: a random key, never derived from a name or BSN.
 * Format `P-` and eight characters from an alphabet without look-alikes.
 */
export const pseudonymSchema = z.string().regex(/^P-[0-9A-HJKMNP-TV-Z]{8}$/)

/**
 * A BSN passes the "elfproef": Σ (9−i)·dᵢ for i = 0..7, minus d₈, is divisible by 11
 * (Besluit BSN / Wet algemene bepalingen burgerservicenummer).
 */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(bsn[i])
  sum -= Number(bsn[8])
  return sum % 11 === 0 && bsn !== '000000000'
}
