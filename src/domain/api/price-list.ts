import { z } from 'zod'
import { priceListSchema } from '../price-list/price-list.js'
import { singleLineText } from '../text/text.js'

/** The municipality's active price list (its newest version, or the shipped starter list). */
export const activePriceListResponseSchema = z.object({
  list: priceListSchema,
  source: z.enum(['starter', 'municipality']),
  createdAt: z.string().nullable(),
})
export type ActivePriceListResponse = z.output<typeof activePriceListResponseSchema>

export const priceListVersionsResponseSchema = z.object({
  versions: z.array(
    z.object({
      id: z.string(),
      version: z.string(),
      note: z.string().nullable(),
      items: z.number().int(),
      createdAt: z.string(),
      createdBy: z.string().nullable(),
    }),
  ),
})

export const priceListExportQuerySchema = z
  .object({ format: z.enum(['csv', 'xlsx']).default('csv') })
  .strict()

/** An import: the file's text (CSV) or its bytes in base64 (XLSX), and the new version's name. */
export const priceListImportRequestSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    content: z.string().min(1).max(20_000_000),
    /** One line: it names the export's download (a line break split that header: a 500). */
    version: singleLineText().trim().min(1).max(40),
    note: z.string().max(2000).optional(),
  })
  .strict()
export type PriceListImportRequest = z.input<typeof priceListImportRequestSchema>
