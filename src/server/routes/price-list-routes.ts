import { z } from 'zod'
import {
  findActivePriceList,
  listPriceListVersions,
  saveMunicipalPriceList,
} from '../../db/index.js'
import {
  activePriceListResponseSchema,
  emptyQuerySchema,
  priceListExportQuerySchema,
  priceListFromRows,
  priceListImportRequestSchema,
  priceListToRows,
  priceListVersionsResponseSchema,
  STARTER_PRICE_LIST,
  ValidationError,
} from '../../domain/index.js'
import { createWorkbook, parseCsv, readFirstSheet, toCsv } from '../../files/index.js'
import { defineRoute } from '../route.js'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const getPriceListRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/price-list',
  summary: "The municipality's active price list: its newest version, or the shipped starter list",
  query: emptyQuerySchema,
  response: { 200: activePriceListResponseSchema },
  handler: async ({ actor, db }) => ({
    status: 200,
    body: await findActivePriceList(db, actor.municipality.id),
  }),
})

export const listPriceListVersionsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/price-list/versions',
  summary: "The municipality's price-list versions, newest first",
  query: emptyQuerySchema,
  response: { 200: priceListVersionsResponseSchema },
  handler: async ({ actor, db }) => ({
    status: 200,
    body: { versions: await listPriceListVersions(db, actor.municipality.id) },
  }),
})

export const exportPriceListRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/price-list/export',
  summary: 'The active price list as CSV or XLSX, in the columns an import accepts',
  query: priceListExportQuerySchema,
  response: { 200: z.union([z.string(), z.instanceof(Buffer)]) },
  contentType: 'text/csv; charset=utf-8',
  handler: async ({ actor, db, query }) => {
    const { list } = await findActivePriceList(db, actor.municipality.id)
    const rows = priceListToRows(list)
    // A version named before names were one line may hold any character: keep the file name safe.
    const name = `prijslijst-${list.version.replace(/[^\w.-]+/g, '-')}`
    if (query.format === 'csv')
      return {
        status: 200,
        body: toCsv(rows),
        headers: { 'content-disposition': `attachment; filename="${name}.csv"` },
      }
    const workbook = createWorkbook()
    workbook.sheet('Prijslijst', rows[0] ?? [], rows.slice(1))
    return {
      status: 200,
      body: Buffer.from(await workbook.bytes()),
      contentType: XLSX,
      headers: { 'content-disposition': `attachment; filename="${name}.xlsx"` },
    }
  },
})

export const importPriceListRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/price-list/import',
  summary:
    'Imports a CSV or XLSX price list as a new version: every row is checked, and one wrong row rejects the whole file',
  body: priceListImportRequestSchema,
  response: { 201: activePriceListResponseSchema },
  example: () => ({
    body: {
      format: 'csv',
      content: toCsv(
        priceListToRows({ ...STARTER_PRICE_LIST, items: STARTER_PRICE_LIST.items.slice(0, 3) }),
      ),
      version: 'voorbeeld-1',
    },
  }),
  handler: async ({ actor, db, body }) => {
    const rows =
      body.format === 'csv'
        ? parseCsv(body.content)
        : await readFirstSheet(new Uint8Array(Buffer.from(body.content, 'base64'))).catch(() => {
            throw new ValidationError([
              {
                message: {
                  nl: 'Dit bestand is geen leesbaar Excel-bestand (xlsx).',
                  en: 'This file is not a readable Excel file (xlsx).',
                },
              },
            ])
          })
    const list = priceListFromRows(rows, {
      id: `${actor.municipality.id}`,
      version: body.version,
      shipped: STARTER_PRICE_LIST,
    })
    await saveMunicipalPriceList(db, {
      municipalityId: actor.municipality.id,
      list,
      note: body.note ?? null,
      userId: actor.userId,
    })
    return { status: 201, body: await findActivePriceList(db, actor.municipality.id) }
  },
})

export const PRICE_LIST_ROUTES = [
  getPriceListRoute,
  listPriceListVersionsRoute,
  exportPriceListRoute,
  importPriceListRoute,
]
