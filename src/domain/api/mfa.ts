import { z } from 'zod'
import { longText } from '../text/text.js'
import { MFA_EXEMPTABLE_ROLES } from '../user/permissions.js'
import { type Role, roleSchema } from '../user/role.js'
import { idSchema } from './common.js'

/** The roles an administrator may exempt from the second factor (never the key holders). */
export const exemptableRoleSchema = z.enum(MFA_EXEMPTABLE_ROLES as [Role, ...Role[]])

/** An administrator's written decision that a role signs in without a second factor. */
export const mfaExemptionSchema = z.object({
  id: idSchema,
  role: roleSchema,
  reason: z.string(),
  decidedAt: z.string(),
  decidedBy: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
})
export type MfaExemption = z.infer<typeof mfaExemptionSchema>

/** Every exemption the municipality made, standing ones and revoked ones, newest first. */
export const mfaExemptionListResponseSchema = z.object({
  exemptions: z.array(mfaExemptionSchema),
  /** The roles that may be exempted at all. */
  exemptableRoles: z.array(roleSchema),
})

export const grantMfaExemptionRequestSchema = z
  .object({ role: exemptableRoleSchema, reason: longText().trim().min(1) })
  .strict()

export const revokeMfaExemptionQuerySchema = z.object({ role: exemptableRoleSchema }).strict()

/**
 * The answer to a right password of an account that must have a second factor but has none
 * yet: a fresh TOTP secret (as text and as an otpauth:// URI for an authenticator app), to be
 * confirmed by signing in again with a code for it.
 */
export const mfaEnrolmentResponseSchema = z.object({
  enrolment: z.object({ secret: z.string(), uri: z.string() }),
})
export type MfaEnrolmentResponse = z.infer<typeof mfaEnrolmentResponseSchema>
