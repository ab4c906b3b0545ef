import { z } from 'zod'
import {
  activePriceListResponseSchema,
  emptyQuerySchema,
  priceListExportQuerySchema,
  priceListImportRequestSchema,
  priceListVersionsResponseSchema,
} from '../domain/index.js'
import { route } from './route.js'

export const priceList = {
  active: route({
    method: 'GET',
    url: '/api/v1/price-list',
    summary:
      "The municipality's active price list: its newest version, or the shipped starter list",
    query: emptyQuerySchema,
    response: { 200: activePriceListResponseSchema },
    access: 'priceList.read',
    data: 'none',
  }),
  versions: route({
    method: 'GET',
    url: '/api/v1/price-list/versions',
    summary: "The municipality's price-list versions, newest first",
    query: emptyQuerySchema,
    response: { 200: priceListVersionsResponseSchema },
    access: 'priceList.read',
    data: 'none',
  }),
  export: route({
    method: 'GET',
    url: '/api/v1/price-list/export',
    summary: 'The active price list as CSV or XLSX, in the columns an import accepts',
    query: priceListExportQuerySchema,
    response: { 200: z.union([z.string(), z.instanceof(Uint8Array)]) },
    contentType: 'text/csv; charset=utf-8',
    access: 'priceList.read',
    data: 'none',
  }),
  // Its example is a CSV file, which only the server can write (src/files): see the route.
  import: route({
    method: 'POST',
    url: '/api/v1/price-list/import',
    summary:
      'Imports a CSV or XLSX price list as a new version: every row is checked, and one wrong row rejects the whole file',
    body: priceListImportRequestSchema,
    response: { 201: activePriceListResponseSchema },
    access: 'priceList.import',
    data: 'none',
  }),
}
