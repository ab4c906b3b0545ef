import { z } from 'zod'

export const idSchema = z.uuid()
export const idParamsSchema = z.object({ id: idSchema }).strict()
export const emptyQuerySchema = z.object({}).strict()

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(
        z.object({
          row: z.number().optional(),
          column: z.string().optional(),
          field: z.string().optional(),
          message: z.string(),
        }),
      )
      .optional(),
    correlationId: z.string(),
  }),
})
export type ErrorResponse = z.infer<typeof errorResponseSchema>

export const organisationRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.string(),
})
