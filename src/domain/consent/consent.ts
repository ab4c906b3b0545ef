import { z } from 'zod'

export const CONSENT_STATUSES = ['given', 'withdrawn'] as const
export const consentStatusSchema = z.enum(CONSENT_STATUSES)
export type ConsentStatus = z.infer<typeof consentStatusSchema>

/** The recorded basis on which a participant is shared with another team or organisation. */
export const SHARE_BASES = ['law', 'consent'] as const
export const shareBasisSchema = z.enum(SHARE_BASES)
export type ShareBasis = z.infer<typeof shareBasisSchema>
