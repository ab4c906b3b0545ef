import { z } from 'zod'
import { pseudonymSchema } from '../participant/participant.js'
import { idSchema, isoDateSchema } from './common.js'

/** Entries per page of the audit search; the export pages through all of them. */
export const AUDIT_PAGE_SIZE = 100
export const AUDIT_MAX_PAGE_SIZE = 500

/**
 * The audit search: per resident (participant id, or the pseudonym a privacy officer is given),
 * per employee and per period (days in Europe/Amsterdam, both ends included), newest first;
 * `before` is the previous page's `next`.
 */
export const auditQuerySchema = z
  .object({
    personId: idSchema.optional(),
    pseudonym: pseudonymSchema.optional(),
    actorId: idSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_MAX_PAGE_SIZE).optional(),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'audit-period-reversed',
  })
export type AuditQuery = z.infer<typeof auditQuerySchema>

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  action: z.string(),
  /** The action in words ("bekeek het dossier van"), to be followed by the pseudonym. */
  description: z.object({ nl: z.string(), en: z.string() }),
  objectType: z.string(),
  objectId: z.string().nullable(),
  personPseudonym: z.string().nullable(),
  purpose: z.string(),
  allowed: z.boolean(),
  origin: z.string().nullable(),
})
export type AuditEntryView = z.infer<typeof auditEntrySchema>
export const auditListResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** `before` for the next (older) page; null when this was the last. */
  next: z.number().int().nullable(),
})

/** The employees of the municipality, to search the log by one of them. */
export const auditActorsResponseSchema = z.object({
  actors: z.array(z.object({ id: idSchema, name: z.string(), role: z.string().nullable() })),
})
