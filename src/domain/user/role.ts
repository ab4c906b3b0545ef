import { z } from 'zod'

/**
 * The seven roles a user holds within their organisation. A user created through OIDC starts
 * with no role (and so with no rights) until an administrator assigns one.
 */
export const ROLES = [
  'administrator',
  'pilot-manager',
  'researcher',
  'professional',
  'facilitator',
  'controller',
  'privacy-officer',
] as const

export const roleSchema = z.enum(ROLES)
export type Role = z.infer<typeof roleSchema>

/** Roles that may only see participants of their own team or shared with them. */
export const TEAM_SCOPED_ROLES: readonly Role[] = ['professional', 'facilitator']
