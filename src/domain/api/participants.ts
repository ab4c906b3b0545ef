import { z } from 'zod'
import { consentStatusSchema, shareBasisSchema } from '../consent/consent.js'
import {
  ageBandSchema,
  districtSchema,
  householdTypeSchema,
  isValidBsn,
  ladderRungSchema,
  pseudonymSchema,
  teamSchema,
} from '../participant/participant.js'
import { idSchema, isoDateSchema } from './common.js'

export const participantListQuerySchema = z
  .object({
    projectId: idSchema.optional(),
    q: z.string().trim().max(80).optional(),
  })
  .strict()

export const participantSummarySchema = z.object({
  id: idSchema,
  pseudonym: pseudonymSchema,
  ageBand: ageBandSchema.nullable(),
  householdType: householdTypeSchema.nullable(),
  district: z.string().nullable(),
  ladderRung: z.number().int().nullable(),
  team: z.string(),
  projectIds: z.array(idSchema),
})
export type ParticipantSummary = z.infer<typeof participantSummarySchema>
export const participantListResponseSchema = z.object({
  participants: z.array(participantSummarySchema),
})

export const consentSchema = z.object({
  id: idSchema,
  purpose: z.string(),
  partnerOrganisationId: idSchema,
  status: consentStatusSchema,
  date: isoDateSchema,
})
export type Consent = z.infer<typeof consentSchema>

export const enrolmentSchema = z.object({
  projectId: idSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  endReason: z.string().nullable(),
})

export const shareSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  team: z.string().nullable(),
  basis: shareBasisSchema,
  lawArticle: z.string().nullable(),
  consentId: idSchema.nullable(),
  scope: z.string(),
  purpose: z.string(),
  date: isoDateSchema,
})

export const participantDetailSchema = participantSummarySchema.extend({
  consents: z.array(consentSchema),
  enrolments: z.array(enrolmentSchema),
  shares: z.array(shareSchema),
})
export type ParticipantDetail = z.infer<typeof participantDetailSchema>
export const participantResponseSchema = z.object({ participant: participantDetailSchema })

const bsnSchema = z.string().refine(isValidBsn, { message: 'elfproef' })

/** The minimal set: nothing is mandatory beyond the team (the pseudonym is generated). */
export const createParticipantRequestSchema = z
  .object({
    team: teamSchema.optional(),
    ageBand: ageBandSchema.optional(),
    householdType: householdTypeSchema.optional(),
    district: districtSchema.optional(),
    ladderRung: ladderRungSchema.optional(),
    projectId: idSchema.optional(),
    /** Only stored as a keyed HMAC, never returned. */
    bsn: bsnSchema.optional(),
  })
  .strict()
export type CreateParticipantRequest = z.infer<typeof createParticipantRequestSchema>

export const updateParticipantRequestSchema = z
  .object({
    ageBand: ageBandSchema.nullable().optional(),
    householdType: householdTypeSchema.nullable().optional(),
    district: districtSchema.nullable().optional(),
    ladderRung: ladderRungSchema.nullable().optional(),
  })
  .strict()
export type UpdateParticipantRequest = z.infer<typeof updateParticipantRequestSchema>

export const createConsentRequestSchema = z
  .object({
    purpose: z.string().trim().min(1).max(200),
    partnerOrganisationId: idSchema,
    status: consentStatusSchema,
    date: isoDateSchema,
  })
  .strict()
export type CreateConsentRequest = z.infer<typeof createConsentRequestSchema>
export const consentResponseSchema = z.object({ consent: consentSchema })

export const createShareRequestSchema = z
  .object({
    organisationId: idSchema,
    team: teamSchema.optional(),
    basis: shareBasisSchema,
    lawArticle: z.string().trim().min(1).max(120).optional(),
    consentId: idSchema.optional(),
    scope: z.string().trim().min(1).max(200),
    purpose: z.string().trim().min(1).max(200),
    date: isoDateSchema,
  })
  .strict()
  .refine(
    (share) =>
      share.basis === 'law' ? share.lawArticle !== undefined : share.consentId !== undefined,
    {
      message: 'law-article-or-consent',
      path: ['basis'],
    },
  )
export type CreateShareRequest = z.infer<typeof createShareRequestSchema>
export const shareResponseSchema = z.object({ share: shareSchema })
