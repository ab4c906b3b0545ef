import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'
import { teamSchema } from '../participant/participant.js'

const hoursPerWeek = z.number().gt(0).max(60)
const endAfterStart = (start: string, end: string | null) => end === null || end >= start

/**
 * A user's employment as an administrator keeps it: hours a week, start and (for a leaver) end
 * date, in the user's organisation and team. A user may have several, one after another.
 */
export const userContractSchema = z
  .object({
    hoursPerWeek,
    startDate: isoDateSchema,
    endDate: isoDateSchema.nullable().default(null),
  })
  .strict()
  .refine((c) => endAfterStart(c.startDate, c.endDate), {
    message: 'period-order',
    path: ['endDate'],
  })

export const userContractsRequestSchema = z
  .object({ contracts: z.array(userContractSchema).max(50) })
  .strict()
export const userContractsResponseSchema = z.object({
  userId: idSchema,
  contracts: z.array(
    z.object({
      hoursPerWeek: z.number(),
      startDate: isoDateSchema,
      endDate: isoDateSchema.nullable(),
    }),
  ),
})
export type UserContracts = z.infer<typeof userContractsResponseSchema>

/** An open post in a team of an organisation, from the day it opened until it was filled. */
export const vacancySchema = z
  .object({
    team: teamSchema.nullable().default(null),
    hoursPerWeek,
    openedOn: isoDateSchema,
    filledOn: isoDateSchema.nullable().default(null),
  })
  .strict()
  .refine((v) => endAfterStart(v.openedOn, v.filledOn), {
    message: 'period-order',
    path: ['filledOn'],
  })
export const vacanciesRequestSchema = z
  .object({ vacancies: z.array(vacancySchema).max(200) })
  .strict()
export const vacanciesResponseSchema = z.object({
  organisationId: idSchema,
  vacancies: z.array(
    z.object({
      team: z.string().nullable(),
      hoursPerWeek: z.number(),
      openedOn: isoDateSchema,
      filledOn: isoDateSchema.nullable(),
    }),
  ),
})

export const capacitySettingsSchema = z
  .object({ maxCasesPerFte: z.number().gt(0).max(1000) })
  .strict()
