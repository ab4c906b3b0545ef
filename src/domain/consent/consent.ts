import { z } from 'zod'

export const CONSENT_STATUSES = ['given', 'withdrawn'] as const
export const consentStatusSchema = z.enum(CONSENT_STATUSES)
export type ConsentStatus = z.infer<typeof consentStatusSchema>

/** The recorded basis on which a participant is shared with another team or organisation. */
export const SHARE_BASES = ['law', 'consent'] as const
export const shareBasisSchema = z.enum(SHARE_BASES)
export type ShareBasis = z.infer<typeof shareBasisSchema>

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  )
export type IsoDate = z.infer<typeof isoDateSchema>
