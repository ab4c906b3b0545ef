import { z } from 'zod'
import { checkInMonthsSchema, DEFAULT_CHECK_IN_MONTHS } from '../follow-up/follow-up.js'
import {
  ageBandSchema,
  districtSchema,
  householdTypeSchema,
  ladderRungSchema,
  pseudonymSchema,
  teamSchema,
} from '../participant/participant.js'
import { idSchema, isoDateSchema } from './common.js'

/** A new participant registered while enrolling: the minimal set (the pseudonym is generated). */
const newParticipantSchema = z
  .object({
    team: teamSchema.optional(),
    ageBand: ageBandSchema.optional(),
    householdType: householdTypeSchema.optional(),
    district: districtSchema.optional(),
    ladderRung: ladderRungSchema.optional(),
  })
  .strict()

/** Enrols an existing participant (`participantId`) or registers a new one (`participant`). */
export const enrolRequestSchema = z
  .object({
    participantId: idSchema.optional(),
    participant: newParticipantSchema.optional(),
    startDate: isoDateSchema,
  })
  .strict()
  .refine((e) => (e.participantId === undefined) !== (e.participant === undefined), {
    message: 'participant-or-new',
    path: ['participantId'],
  })
export type EnrolRequest = z.input<typeof enrolRequestSchema>

export const endEnrolmentRequestSchema = z
  .object({
    participantId: idSchema,
    endDate: isoDateSchema,
    reason: z.string().trim().min(1).max(2000),
    /** Check-ins after the outflow, in months after the end date; [] plans none. */
    followUpMonths: checkInMonthsSchema.default([...DEFAULT_CHECK_IN_MONTHS]),
  })
  .strict()
export type EndEnrolmentRequest = z.input<typeof endEnrolmentRequestSchema>

export const projectEnrolmentSchema = z.object({
  participantId: idSchema,
  pseudonym: pseudonymSchema,
  team: z.string(),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  endReason: z.string().nullable(),
})
export type ProjectEnrolment = z.infer<typeof projectEnrolmentSchema>
export const projectEnrolmentResponseSchema = z.object({ enrolment: projectEnrolmentSchema })
export const projectEnrolmentListResponseSchema = z.object({
  enrolments: z.array(projectEnrolmentSchema),
})

/** A CSV or XLSX (base64) file of participants to register and enrol in one project. */
export const participantImportRequestSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    content: z.string().min(1).max(20_000_000),
  })
  .strict()
export type ParticipantImportRequest = z.input<typeof participantImportRequestSchema>

export const participantImportResponseSchema = z.object({
  imported: z.number().int(),
  enrolments: z.array(projectEnrolmentSchema),
})
export type ParticipantImportResponse = z.infer<typeof participantImportResponseSchema>
