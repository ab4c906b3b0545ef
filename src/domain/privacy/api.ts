import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'
import {
  ageBandSchema,
  districtSchema,
  householdTypeSchema,
  ladderRungSchema,
  pseudonymSchema,
} from '../participant/participant.js'
import { longText } from '../text/text.js'
import {
  PRIVACY_REQUEST_STATUSES,
  privacyRequestKindSchema,
  privacyRequestStatusSchema,
} from './request.js'
import { careFrameworkSchema, retentionKindSchema, retentionRuleSchema } from './retention.js'

const localisedSchema = z.object({ nl: z.string(), en: z.string() })
const reasonSchema = longText().trim().min(1)

export const privacyRequestSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  pseudonym: pseudonymSchema,
  kind: privacyRequestKindSchema,
  receivedOn: isoDateSchema,
  deadline: isoDateSchema,
  extensionReason: z.string().nullable(),
  status: privacyRequestStatusSchema,
  closedOn: isoDateSchema.nullable(),
  outcome: z.string().nullable(),
  /** Days until the deadline today (negative: overdue); null once handled. */
  daysLeft: z.number().int().nullable(),
})
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>

export const privacyRequestListQuerySchema = z
  .object({ status: z.enum(['open', 'all']).default('open') })
  .strict()
export const privacyRequestListResponseSchema = z.object({
  requests: z.array(privacyRequestSchema),
})
export const createPrivacyRequestSchema = z
  .object({
    kind: privacyRequestKindSchema,
    receivedOn: isoDateSchema,
    note: longText().optional(),
  })
  .strict()
export const extendPrivacyRequestSchema = z.object({ reason: reasonSchema }).strict()
export const closePrivacyRequestSchema = z
  .object({
    status: z.enum(PRIVACY_REQUEST_STATUSES.filter((s) => s !== 'open') as ['granted', 'refused']),
    outcome: reasonSchema,
  })
  .strict()
export const privacyRequestResponseSchema = z.object({ request: privacyRequestSchema })

/** The participant fields a correction may change, each with the schema of its value. */
export const correctionRequestSchema = z.discriminatedUnion('field', [
  z
    .object({ field: z.literal('ageBand'), value: ageBandSchema.nullable(), reason: reasonSchema })
    .strict(),
  z
    .object({
      field: z.literal('householdType'),
      value: householdTypeSchema.nullable(),
      reason: reasonSchema,
    })
    .strict(),
  z
    .object({
      field: z.literal('district'),
      value: districtSchema.nullable(),
      reason: reasonSchema,
    })
    .strict(),
  z
    .object({
      field: z.literal('ladderRung'),
      value: ladderRungSchema.nullable(),
      reason: reasonSchema,
    })
    .strict(),
  z
    .object({ field: z.literal('careFramework'), value: careFrameworkSchema, reason: reasonSchema })
    .strict(),
])
export type CorrectionRequest = z.infer<typeof correctionRequestSchema>
export const correctionSchema = z.object({
  id: idSchema,
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string(),
  correctedBy: z.string().nullable(),
  correctedAt: z.string(),
})
export const correctionResponseSchema = z.object({ correction: correctionSchema })

export const RESTRICTION_KINDS = ['restriction', 'objection'] as const
export const restrictionRequestSchema = z
  .object({ kind: z.enum(RESTRICTION_KINDS), reason: reasonSchema })
  .strict()
export const liftRestrictionSchema = z.object({ reason: reasonSchema }).strict()
export const restrictionSchema = z.object({
  id: idSchema,
  kind: z.enum(RESTRICTION_KINDS),
  reason: z.string(),
  fromAt: z.string(),
  liftedAt: z.string().nullable(),
  liftReason: z.string().nullable(),
})
export const restrictionResponseSchema = z.object({ restriction: restrictionSchema })

export const erasureRequestSchema = z.object({ reason: reasonSchema }).strict()
export const erasureSchema = z.object({
  id: idSchema,
  reason: z.string(),
  requestedBy: idSchema,
  requestedAt: z.string(),
  approvedBy: idSchema.nullable(),
  approvedAt: z.string().nullable(),
  /** Rows erased per table, once approved: counts only, never the content. */
  erased: z.record(z.string(), z.number().int()).nullable(),
})
export const erasureResponseSchema = z.object({ erasure: erasureSchema })

export const INSPECTION_FORMATS = ['json', 'pdf'] as const
export const inspectionQuerySchema = z
  .object({ format: z.enum(INSPECTION_FORMATS).default('json') })
  .strict()

const retentionViewSchema = retentionRuleSchema.extend({
  /** When this resident's records of the kind may be destroyed (null: not yet known). */
  dueDate: isoDateSchema.nullable(),
})

export const inspectionSectionSchema = z.object({
  table: z.string(),
  title: localisedSchema,
  purpose: localisedSchema,
  retention: retentionViewSchema,
  columns: z.array(
    z.object({
      name: z.string(),
      label: localisedSchema,
      format: z.enum(['date', 'moment', 'json']).optional(),
    }),
  ),
  rows: z.array(z.record(z.string(), z.unknown())),
})
export type InspectionSection = z.infer<typeof inspectionSectionSchema>

export const accessLogEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  actorRole: z.string().nullable(),
  /** The professional's name where the municipality's policy shows names (else null). */
  actorName: z.string().nullable(),
  organisation: z.string().nullable(),
  purpose: z.string(),
  allowed: z.boolean(),
})

export const recipientSchema = z.object({
  organisation: z.string(),
  team: z.string().nullable(),
  basis: z.string(),
  lawArticle: z.string().nullable(),
  purpose: z.string(),
  date: isoDateSchema,
})

export const inspectionPackageSchema = z.object({
  participant: z.object({ id: idSchema, pseudonym: pseudonymSchema }),
  municipality: z.string(),
  generatedAt: z.string(),
  restricted: z.boolean(),
  /** The municipality's policy: names of professionals shown, or their role and organisation only. */
  staffNamesShown: z.boolean(),
  sections: z.array(inspectionSectionSchema),
  recipients: z.array(recipientSchema),
  accessLog: z.array(accessLogEntrySchema),
})
export type InspectionPackage = z.infer<typeof inspectionPackageSchema>

export const destructionStatementSchema = z.object({
  id: idSchema,
  at: z.string(),
  referenceDate: isoDateSchema,
  rule: z.string(),
  approvedBy: z.string(),
  /** Per record kind: how many files and rows were destroyed, under which rule. */
  items: z.array(
    z.object({
      kind: z.string(),
      files: z.number().int(),
      rows: z.record(z.string(), z.number().int()),
      rule: z.string(),
    }),
  ),
})
export type DestructionStatement = z.infer<typeof destructionStatementSchema>

export const retentionDueSchema = z.object({
  kind: retentionKindSchema,
  /** How many files (case-file kinds) or conversations (research) are due. */
  files: z.number().int(),
  rows: z.record(z.string(), z.number().int()),
})

/**
 * The privacy officer's approval of what is due: the day and, per kind, the count they
 * reviewed. The server destroys only when today's due list is exactly that, so nothing is
 * destroyed that nobody saw.
 */
export const destroyDueRequestSchema = z
  .object({
    referenceDate: isoDateSchema,
    due: z
      .array(z.object({ kind: retentionKindSchema, files: z.number().int().min(1) }).strict())
      .min(1)
      .max(50),
  })
  .strict()
export type DestroyDueRequest = z.input<typeof destroyDueRequestSchema>

export const destructionResponseSchema = z.object({ statement: destructionStatementSchema })

export const retentionOverviewSchema = z.object({
  rules: z.array(retentionRuleSchema),
  today: isoDateSchema,
  due: z.array(retentionDueSchema),
  lastCheck: z.object({ at: z.string(), dueFiles: z.number().int() }).nullable(),
  statements: z.array(destructionStatementSchema),
})
