import { z } from 'zod'
import { idSchema } from './common.js'

export const auditQuerySchema = z
  .object({ personId: idSchema.optional(), actorId: idSchema.optional() })
  .strict()

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  personPseudonym: z.string().nullable(),
  purpose: z.string(),
  allowed: z.boolean(),
  origin: z.string().nullable(),
})
export type AuditEntryView = z.infer<typeof auditEntrySchema>
export const auditListResponseSchema = z.object({ entries: z.array(auditEntrySchema) })
