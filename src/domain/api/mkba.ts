import { z } from 'zod'
import { mkbaModelFileSchema } from '../mkba/index.js'
import { idSchema } from './common.js'

/** The project's MKBA model (null until one is saved), when it was last saved and as which version. */
export const mkbaModelResponseSchema = z.object({
  model: mkbaModelFileSchema.nullable(),
  updatedAt: z.string().nullable(),
  /** The saved version on screen (0 before the first save). */
  version: z.number().int(),
})
export type MkbaModelResponse = z.input<typeof mkbaModelResponseSchema>

/** Saving or importing a model: the model file itself is the body. */
export const saveMkbaModelRequestSchema = mkbaModelFileSchema

const versionSchema = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  /** Who saved it (null: the demo or an import without a user). */
  savedBy: z.object({ name: z.string(), role: z.string().nullable() }).nullable(),
  /** Set when this version restored an older one. */
  restoredFrom: z.number().int().nullable(),
})

/** Every saved version of the project's model, newest first. */
export const mkbaVersionListResponseSchema = z.object({ versions: z.array(versionSchema) })
export type MkbaVersionListResponse = z.output<typeof mkbaVersionListResponseSchema>

/** One saved version with its model as it was saved. */
export const mkbaVersionResponseSchema = z.object({
  version: versionSchema,
  model: mkbaModelFileSchema,
})
export type MkbaVersionResponse = z.input<typeof mkbaVersionResponseSchema>

export const mkbaVersionParamsSchema = z
  .object({ id: idSchema, version: z.coerce.number().int().min(1).max(1_000_000) })
  .strict()

/** Restoring a version takes nothing but its number: an empty object as the body. */
export const restoreMkbaVersionRequestSchema = z.object({}).strict()
