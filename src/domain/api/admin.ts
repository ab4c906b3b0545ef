import { z } from 'zod'
import { organisationKindSchema } from '../organisation/organisation.js'
import { teamSchema } from '../participant/participant.js'
import { roleSchema } from '../user/role.js'
import { idSchema } from './common.js'

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: organisationKindSchema,
})
export const organisationListResponseSchema = z.object({
  organisations: z.array(organisationSchema),
})
export const createOrganisationRequestSchema = z
  .object({ name: z.string().trim().min(2).max(120), kind: organisationKindSchema })
  .strict()
export const organisationResponseSchema = z.object({ organisation: organisationSchema })

export const userSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  role: roleSchema.nullable(),
  organisationId: idSchema.nullable(),
  team: z.string().nullable(),
  mfaEnabled: z.boolean(),
})
export const userListResponseSchema = z.object({ users: z.array(userSummarySchema) })

/** Passwords: at least 12 characters (NIST SP 800-63B §5.1.1.2 allows long passphrases). */
export const passwordSchema = z.string().min(12).max(1024)

export const createUserRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    email: z.email().max(254),
    role: roleSchema,
    organisationId: idSchema,
    team: teamSchema.optional(),
    password: passwordSchema,
  })
  .strict()
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>
/** `totpSecret` is returned once, when an administrator account is created. */
export const createUserResponseSchema = z.object({
  user: userSummarySchema,
  totpSecret: z.string().optional(),
})
