import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { DEMO_MKBA_MODEL } from '../demo/index.js'
import {
  type Problem,
  parseMkbaModel,
  priceListToRows,
  STARTER_PRICE_LIST,
  ValidationError,
} from '../domain/index.js'
import { toCsv } from '../files/index.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

/**
 * One zod-issue translator: a missing required field reads the same wherever it is found —
 * an HTTP body (MKBA model save, price-list import), a price-list row, or a model file read by
 * the model parser the CLI uses (src/cli/commands/mkba.test.ts runs the command itself) — and a
 * field of the wrong type is not called missing.
 */
const MISSING_NL = 'ontbreekt (verplicht)'
const model = DEMO_MKBA_MODEL as Record<string, unknown>
const { name: _name, ...modelWithoutName } = model

for (const dialect of testDialects()) {
  describe(`a missing required field, over HTTP on ${dialect.name} and in the model parser`, () => {
    let t: TestApp
    let manager: Record<string, string>

    beforeAll(async () => {
      t = await createTestApp(dialect)
      manager = {
        ...(await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])),
        'accept-language': 'nl',
      }
    })
    afterAll(async () => {
      await t.close()
    })

    const issues = async (method: 'PUT' | 'POST', url: string, payload: object) => {
      const response = await t.app.inject({ method, url, headers: manager, payload })
      expect(response.statusCode).toBe(400)
      return (response.json() as Problem).issues ?? []
    }
    const saveModel = (model: object) =>
      issues('PUT', `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/mkba`, model)
    const importCsv = (payload: object) => issues('POST', '/api/v1/price-list/import', payload)
    const csv = (edit: (rows: string[][]) => void) => {
      const rows = priceListToRows({
        ...STARTER_PRICE_LIST,
        items: STARTER_PRICE_LIST.items.slice(0, 2),
      })
      edit(rows)
      return toCsv(rows)
    }

    it('saving an MKBA model without a name', async () => {
      expect(await saveModel(modelWithoutName)).toEqual([
        { field: 'body.name', message: MISSING_NL },
      ])
    })

    it('importing a price list without a version', async () => {
      expect(await importCsv({ format: 'csv', content: csv(() => {}) })).toEqual([
        { field: 'body.version', message: MISSING_NL },
      ])
    })

    it('a price-list row with an empty Dutch name', async () => {
      const content = csv((rows) => {
        const column = rows[0]?.indexOf('name_nl') ?? -1
        ;(rows[2] as string[])[column] = ''
      })
      expect(await importCsv({ format: 'csv', content, version: 'x' })).toEqual([
        { row: 3, column: 'name_nl', message: MISSING_NL },
      ])
    })

    it('a model file without a name, read by the parser of `effectwijzer mkba`', () => {
      const error = (() => {
        try {
          parseMkbaModel(modelWithoutName)
        } catch (thrown) {
          return thrown
        }
      })()
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues).toEqual([
        { field: 'name', message: { nl: MISSING_NL, en: 'is missing (required)' } },
      ])
    })

    it('a field of the wrong type is named as such, not as missing', async () => {
      expect(await saveModel({ ...model, horizonYears: '5' })).toEqual([
        { field: 'body.horizonYears', message: 'moet een getal zijn' },
      ])
    })
  })
}
