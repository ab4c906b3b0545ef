import { z } from 'zod'
import { roleSchema } from '../user/role.js'
import { idSchema, organisationRefSchema } from './common.js'

export const csrfResponseSchema = z.object({ token: z.string() })

export const loginRequestSchema = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(1024),
    totp: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .strict()
export type LoginRequest = z.infer<typeof loginRequestSchema>

/** The signed-in user. `role`, `organisation` and `municipality` are null for a new OIDC account. */
export const sessionUserSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  role: roleSchema.nullable(),
  organisation: organisationRefSchema.nullable(),
  municipality: z.object({ id: idSchema, name: z.string() }).nullable(),
  team: z.string().nullable(),
})
export type SessionUser = z.infer<typeof sessionUserSchema>

export const sessionResponseSchema = z.object({ user: sessionUserSchema })
export type SessionResponse = z.infer<typeof sessionResponseSchema>
