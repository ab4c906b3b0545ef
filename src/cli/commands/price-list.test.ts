import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { STARTER_PRICE_LIST } from '../../domain/index.js'
import { parseCsv, readFirstSheet } from '../../files/index.js'

const run = promisify(execFile)
const CLI = new URL('../../../bin/effectwijzer.js', import.meta.url).pathname

describe('effectwijzer price-list', () => {
  it('exports the starter list as XLSX and checks it back into the same list', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ew-pl-'))
    const xlsx = join(dir, 'lijst.xlsx')
    await run('node', [CLI, 'price-list', 'export', '--out', xlsx])
    const json = join(dir, 'lijst.json')
    await run('node', [
      CLI,
      'price-list',
      'check',
      xlsx,
      '--version',
      STARTER_PRICE_LIST.version,
      '--json-out',
      json,
    ])
    const list = JSON.parse(await readFile(json, 'utf8'))
    expect(list.items).toEqual(STARTER_PRICE_LIST.items)
  })

  it('exits 2 and names each wrong row and column in English and Dutch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ew-pl-'))
    const csv = join(dir, 'lijst.csv')
    await run('node', [CLI, 'price-list', 'export', '--out', csv])
    const lines = (await readFile(csv, 'utf8')).split('\r\n')
    lines[2] = (lines[2] as string).replace(',health-insurance,', ',zorg,')
    await writeFile(csv, lines.join('\r\n'))
    const failed = await run('node', [CLI, 'price-list', 'check', csv]).catch((error) => error)
    expect(failed.code).toBe(2)
    expect(failed.stderr).toContain("row 3, column domain: Unknown domain 'zorg'")
    expect(failed.stderr).toContain("rij 3, kolom domain: Onbekend domein 'zorg'")
  })

  it('guards formula-like names in both CSV and XLSX exports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ew-pl-'))
    const hostile = ['=HYPERLINK("https://evil.example","klik")', '+1', '-2+3', '@SUM(A1)', '\tx']
    const list = {
      ...STARTER_PRICE_LIST,
      items: hostile.map((name, k) => ({
        ...STARTER_PRICE_LIST.items[k],
        name: { nl: name, en: 'x' },
      })),
    }
    const from = join(dir, 'lijst.json')
    await writeFile(from, JSON.stringify(list))
    for (const out of [join(dir, 'lijst.csv'), join(dir, 'lijst.xlsx')]) {
      await run('node', [CLI, 'price-list', 'export', '--from', from, '--out', out])
      const rows = out.endsWith('.csv')
        ? parseCsv(await readFile(out, 'utf8'))
        : await readFirstSheet(out)
      const at = (rows[0] as string[]).indexOf('name_nl')
      expect(rows.slice(1).map((r) => r[at])).toEqual(hostile.map((h) => `'${h}`))
    }
  })
})
