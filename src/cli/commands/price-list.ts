import { readFile, writeFile } from 'node:fs/promises'
import { basename, extname, resolve } from 'node:path'
import type { Command } from 'commander'
import { priceListFromRows, priceListToRows, STARTER_PRICE_LIST } from '../../domain/index.js'
import { createWorkbook, parseCsv, readFirstSheet, toCsv } from '../../files/index.js'
import { readPriceList, validated } from '../input.js'

export function registerPriceListCommand(program: Command): void {
  const command = program
    .command('price-list')
    .description(
      'The social price list as CSV or XLSX: export it, check a municipality’s own version',
    )
  command
    .command('export')
    .description('Writes a price list (default: the shipped starter list) as CSV or XLSX')
    .requiredOption('--out <file>', 'output file, .csv or .xlsx')
    .option('--from <file>', 'price list (JSON) to export instead of the starter list')
    .action(async (options: { out: string; from?: string }) => {
      const list = await readPriceList(options.from)
      const rows = priceListToRows(list)
      if (extname(options.out).toLowerCase() === '.xlsx') {
        const workbook = createWorkbook()
        workbook.sheet('Prijslijst', rows[0] ?? [], rows.slice(1))
        await writeFile(options.out, await workbook.bytes())
      } else await writeFile(options.out, toCsv(rows))
      console.error(`written: ${options.out} (${list.items.length} items, version ${list.version})`)
    })
  command
    .command('check')
    .description(
      'Checks a CSV or XLSX price list row by row (exit 2 with every wrong row and column); optionally writes it as JSON for business-case and mkba --price-list',
    )
    .argument('<file>', 'price list, .csv or .xlsx, in the columns of `price-list export`')
    .option('--version <v>', 'version name of the list', 'eigen')
    .option('--json-out <file>', 'write the checked list as JSON')
    .action(async (file: string, options: { version: string; jsonOut?: string }) => {
      const bytes = await readFile(resolve(file))
      const rows =
        extname(file).toLowerCase() === '.xlsx'
          ? await readFirstSheet(new Uint8Array(bytes))
          : parseCsv(bytes.toString('utf8'))
      const list = validated({ en: 'price list', nl: 'prijslijst' }, () =>
        priceListFromRows(rows, {
          id: basename(file, extname(file)),
          version: options.version,
          shipped: STARTER_PRICE_LIST,
        }),
      )
      const own = list.items.filter((i) => i.override).length
      const missing = list.items.filter((i) => i.priceCents === undefined).length
      console.error(
        `${file}: ${list.items.length} items, all rows valid; ${own} own tariff(s), ${missing} item(s) without a price`,
      )
      if (options.jsonOut) {
        await writeFile(options.jsonOut, `${JSON.stringify(list, null, 2)}\n`)
        console.error(`written: ${options.jsonOut}`)
      }
    })
}
