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
  /** false once offboarded: no sign-in anywhere, every session ended. */
  active: z.boolean(),
  deactivatedAt: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
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
/** `totpSecret` is returned once, when an account of a role that needs a second factor is created. */
export const createUserResponseSchema = z.object({
  user: userSummarySchema,
  totpSecret: z.string().optional(),
})

/**
 * A change to an account (offboarding, a new role or team). At least one field; a role that
 * needs a second factor on an account without one gets a new TOTP secret, returned once.
 */
export const changeUserRequestSchema = z
  .object({
    role: roleSchema.optional(),
    organisationId: idSchema.optional(),
    team: teamSchema.nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .refine((change) => Object.keys(change).length > 0, { message: 'nothing-to-change' })

/** A reset: a new (temporary) password, a new second factor, or both. */
export const resetCredentialsRequestSchema = z
  .object({ password: passwordSchema.optional(), newTotpSecret: z.literal(true).optional() })
  .strict()
  .refine((reset) => reset.password !== undefined || reset.newTotpSecret === true, {
    message: 'nothing-to-reset',
  })

/** The account after a change; `totpSecret` when a new one was made (shown once). */
export const userResponseSchema = z.object({
  user: userSummarySchema,
  totpSecret: z.string().optional(),
})

/**
 * The municipality's policy: whether a resident's inspection package names the professionals
 * who viewed or changed their file (else their role and organisation only).
 */
export const municipalityPolicySchema = z.object({ staffNamesInInspection: z.boolean() }).strict()
export const municipalityPolicyResponseSchema = z.object({ policy: municipalityPolicySchema })
