import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import {
  formatIssue,
  type PriceList,
  priceListSchema,
  STARTER_PRICE_LIST,
  toValidationError,
  ValidationError,
} from '../domain/index.js'

/** Reads a JSON file; a parse error exits with code 2 and names the file. */
export async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw Object.assign(new Error(`${path} is not valid JSON: ${(error as Error).message}`), {
      exitCode: 2,
    })
  }
}

/** Runs a validation; a ValidationError exits with code 2, every problem listed in English and Dutch. */
export function validated<T>(what: { en: string; nl: string }, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof ValidationError) {
      const lines = error.issues.map(
        (i) => `  - ${formatIssue(i, 'en')}\n    ${formatIssue(i, 'nl')}`,
      )
      throw Object.assign(
        new Error(`invalid ${what.en} / ongeldig ${what.nl}:\n${lines.join('\n')}`),
        {
          exitCode: 2,
        },
      )
    }
    throw error
  }
}

/** A price list from a JSON file (validated), or the shipped starter list when none is given. */
export async function readPriceList(path: string | undefined): Promise<PriceList> {
  if (path === undefined) return STARTER_PRICE_LIST
  const json = await readJson(resolve(path))
  return validated({ en: 'price list', nl: 'prijslijst' }, () => {
    const parsed = priceListSchema.safeParse(json)
    if (!parsed.success) throw toValidationError(parsed.error, json)
    return parsed.data
  })
}
