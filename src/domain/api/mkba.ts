import { z } from 'zod'
import { mkbaModelFileSchema } from '../mkba/index.js'

/** The project's MKBA model (null until one is saved) and when it was last saved. */
export const mkbaModelResponseSchema = z.object({
  model: mkbaModelFileSchema.nullable(),
  updatedAt: z.string().nullable(),
})
export type MkbaModelResponse = z.input<typeof mkbaModelResponseSchema>

/** Saving or importing a model: the model file itself is the body. */
export const saveMkbaModelRequestSchema = mkbaModelFileSchema
