import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'
import { publishedCountSchema } from '../api/research.js'
import { longText } from '../text/text.js'
import {
  actionStatusSchema,
  conferenceCadenceSchema,
  conferenceDomainSchema,
  MAX_SERIES_LENGTH,
} from './conference.js'

/** A professional as the conference screens name them: never a resident. */
export const colleagueSchema = z.object({
  id: idSchema,
  name: z.string(),
  organisation: z.object({ id: idSchema, name: z.string(), kind: z.string() }),
  team: z.string().nullable(),
})
export type Colleague = z.infer<typeof colleagueSchema>

export const colleagueListResponseSchema = z.object({
  colleagues: z.array(colleagueSchema.extend({ defaultDomain: conferenceDomainSchema })),
})

const questionText = () => longText().trim().min(1)

export const attendeeSchema = z.object({
  user: colleagueSchema,
  domain: conferenceDomainSchema,
  attended: z.boolean().describe('whether the attendee was at the table (false until recorded)'),
})

export const conferenceSummarySchema = z.object({
  id: idSchema,
  projectId: idSchema,
  seriesId: idSchema.nullable(),
  cadence: conferenceCadenceSchema.nullable(),
  organisation: z.object({ id: idSchema, name: z.string() }),
  team: z.string().nullable(),
  date: isoDateSchema,
  chair: colleagueSchema.nullable(),
  attendeeCount: z.number().int(),
  caseCount: z.number().int(),
})
export type ConferenceSummary = z.infer<typeof conferenceSummarySchema>

const caseParticipantSchema = z.object({ id: idSchema, pseudonym: z.string() })

export const conferenceActionSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  conference: z.object({ id: idSchema, date: isoDateSchema }),
  participant: caseParticipantSchema,
  description: z.string(),
  owner: colleagueSchema,
  dueDate: isoDateSchema,
  status: actionStatusSchema,
})
export type ConferenceAction = z.infer<typeof conferenceActionSchema>

/**
 * A case on the agenda as one reader may see it: with its content when the reader has a basis
 * for the participant (own team, or a share on a law article or a consent still in force),
 * else only that there is a case ("casus zonder grondslag voor u").
 */
export const conferenceCaseSchema = z.discriminatedUnion('visible', [
  z.object({
    id: idSchema,
    visible: z.literal(true),
    participant: caseParticipantSchema,
    broughtBy: colleagueSchema,
    domain: conferenceDomainSchema,
    question: z.string(),
    discussion: z.string(),
    decisions: z.string(),
    actions: z.array(conferenceActionSchema),
    /** Actions still open from earlier conferences of the series: they follow the case. */
    carriedActions: z.array(conferenceActionSchema),
  }),
  z.object({ id: idSchema, visible: z.literal(false) }),
])
export type ConferenceCase = z.infer<typeof conferenceCaseSchema>

export const conferenceDetailSchema = conferenceSummarySchema.extend({
  attendees: z.array(attendeeSchema),
  cases: z.array(conferenceCaseSchema),
  /**
   * Cases not on this agenda whose actions from an earlier conference of the series are still
   * open (visible ones only), and how many more there are that the reader has no basis for.
   */
  carried: z.array(
    z.object({ participant: caseParticipantSchema, actions: z.array(conferenceActionSchema) }),
  ),
  carriedWithoutBasis: z.number().int(),
})
export type ConferenceDetail = z.infer<typeof conferenceDetailSchema>

export const conferenceResponseSchema = z.object({ conference: conferenceDetailSchema })

export const conferenceListQuerySchema = z
  .object({
    projectId: idSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict()
export const conferenceListResponseSchema = z.object({
  conferences: z.array(conferenceSummarySchema),
})

const attendeeRequestSchema = z
  .object({
    userId: idSchema,
    domain: conferenceDomainSchema.optional(),
    attended: z.boolean().optional(),
  })
  .strict()

export const createConferenceRequestSchema = z
  .object({
    projectId: idSchema,
    date: isoDateSchema,
    chairUserId: idSchema.optional(),
    attendees: z.array(attendeeRequestSchema).max(50).default([]),
    repeat: z
      .object({
        cadence: conferenceCadenceSchema,
        count: z.number().int().min(2).max(MAX_SERIES_LENGTH),
      })
      .strict()
      .optional(),
  })
  .strict()
export type CreateConferenceRequest = z.input<typeof createConferenceRequestSchema>
export const createConferenceResponseSchema = z.object({
  conferences: z.array(conferenceSummarySchema),
})

export const updateConferenceRequestSchema = z
  .object({
    date: isoDateSchema.optional(),
    chairUserId: idSchema.nullable().optional(),
    attendees: z.array(attendeeRequestSchema).max(50).optional(),
  })
  .strict()
export type UpdateConferenceRequest = z.input<typeof updateConferenceRequestSchema>

export const addCaseRequestSchema = z
  .object({
    participantId: idSchema,
    question: questionText(),
    domain: conferenceDomainSchema.optional(),
  })
  .strict()
export type AddCaseRequest = z.input<typeof addCaseRequestSchema>

export const updateCaseRequestSchema = z
  .object({ discussion: longText().optional(), decisions: longText().optional() })
  .strict()
export type UpdateCaseRequest = z.input<typeof updateCaseRequestSchema>

export const caseResponseSchema = z.object({ case: conferenceCaseSchema })

export const addActionRequestSchema = z
  .object({
    /** Made by the client, so an offline queue that sends it again adds the action once. */
    id: idSchema.optional(),
    description: questionText(),
    ownerUserId: idSchema,
    dueDate: isoDateSchema,
  })
  .strict()
export type AddActionRequest = z.input<typeof addActionRequestSchema>

export const updateActionRequestSchema = z
  .object({
    description: questionText().optional(),
    dueDate: isoDateSchema.optional(),
    status: actionStatusSchema.optional(),
  })
  .strict()
export type UpdateActionRequest = z.input<typeof updateActionRequestSchema>

export const actionResponseSchema = z.object({ action: conferenceActionSchema })

export const myActionsQuerySchema = z
  .object({ status: z.enum(['open', 'done', 'cancelled', 'all']).default('open') })
  .strict()
export const myActionsResponseSchema = z.object({
  actions: z.array(conferenceActionSchema),
  /** Actions of the user on cases they no longer have a basis for: counted, not shown. */
  withoutBasis: z.number().int(),
})
export type MyActionsResponse = z.infer<typeof myActionsResponseSchema>

export const minutesQuerySchema = z
  .object({
    for: idSchema
      .optional()
      .describe('the attendee whose basis the minutes follow (default: the caller)'),
  })
  .strict()
export const minutesResponseSchema = z.object({
  conference: conferenceSummarySchema,
  for: colleagueSchema,
  attendees: z.array(attendeeSchema),
  cases: z.array(conferenceCaseSchema),
})
export type Minutes = z.infer<typeof minutesResponseSchema>

export const attendanceQuerySchema = z.object({ projectId: idSchema }).strict()

const partnerMonthSchema = z.object({
  organisation: z.object({ id: idSchema, name: z.string() }),
  domain: conferenceDomainSchema,
  /** Conferences this partner (organisation and domain) was at: staff, not residents, so exact. */
  attended: z.number().int(),
  /** Cases this partner brought in: residents, so published with small cells suppressed. */
  cases: publishedCountSchema,
  /** cases / all cases of the month, from the published counts; null when either is hidden. */
  caseShare: z.number().nullable(),
})
export const attendanceResponseSchema = z.object({
  projectId: idSchema,
  suppressionThreshold: z.number().int(),
  roundingBase: z.number().int(),
  months: z.array(
    z.object({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      conferences: z.number().int(),
      cases: publishedCountSchema,
      partners: z.array(partnerMonthSchema),
    }),
  ),
})
export type AttendanceResponse = z.infer<typeof attendanceResponseSchema>
