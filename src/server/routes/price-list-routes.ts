import { contract } from '../../contract/index.js'
import {
  findActivePriceList,
  listPriceListVersions,
  saveMunicipalPriceList,
} from '../../db/index.js'
import { priceListFromRows, priceListToRows, STARTER_PRICE_LIST } from '../../domain/index.js'
import { toCsv } from '../../files/index.js'
import { implement } from '../route.js'
import { tableDownload } from './table-download.js'
import { rowsOfUpload } from './upload-rows.js'

export const getPriceListRoute = implement(contract.priceList.active, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: await findActivePriceList(db, actor.municipality.id),
  }),
})

export const listPriceListVersionsRoute = implement(contract.priceList.versions, {
  handler: async ({ actor, db }) => ({
    status: 200,
    body: { versions: await listPriceListVersions(db, actor.municipality.id) },
  }),
})

export const exportPriceListRoute = implement(contract.priceList.export, {
  handler: async ({ actor, db, query }) => {
    const { list } = await findActivePriceList(db, actor.municipality.id)
    const rows = priceListToRows(list)
    // A version named before names were one line may hold any character: keep the file name safe.
    const name = `prijslijst-${list.version.replace(/[^\w.-]+/g, '-')}`
    return tableDownload(rows, query.format, { file: name, sheet: 'Prijslijst' })
  },
})

export const importPriceListRoute = implement(contract.priceList.import, {
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
    const rows = await rowsOfUpload(body)
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
