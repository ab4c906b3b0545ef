import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ValidationError } from '../domain/index.js'
import { parseCsv } from './csv.js'
import { readCsvColumns } from './csv-columns.js'
import { detectDelimiter } from './csv-format.js'

/**
 * The byte scanner against the reference it replaced: csv-parse with the options the reader used
 * to pass it (RFC 4180, BOM, CRLF/LF/CR, relaxed quotes, rows of any length, empty lines kept).
 */
const reference = (text: string): string[][] =>
  parse(text, {
    bom: true,
    delimiter: detectDelimiter(text),
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
  })

/** CSV-ish text: the bytes the dialect cares about, often, and other text (é, emoji) too. */
const csvText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'a1 ,;"""\n\r\r\n\uFEFF'),
    fc.constantFrom('é', '€', '😀', 'ab', '12,5'),
  ),
  maxLength: 60,
})

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ew-csv-scan-'))
})

let files = 0
async function file(content: string): Promise<string> {
  const path = join(dir, `t${files++}.csv`)
  await writeFile(path, content)
  return path
}

/** The reference's reading of a file as the column reader's result: header trimmed, empty lines skipped. */
function referenceColumns(text: string, needed: ReadonlySet<string>) {
  const [header = [], ...rows] = reference(text)
  const data = rows.filter((r) => !(r.length === 1 && r[0] === ''))
  const names = header.map((h) => h.trim())
  const keep = names.flatMap((h, i) => (needed.has(h) ? [i] : []))
  return {
    rowCount: data.length,
    columns: new Map(keep.map((i) => [names[i] as string, data.map((r) => r[i] ?? '')])),
  }
}

describe('parseCsv reads as csv-parse did', () => {
  it('on any text, whatever quotes and line breaks it holds', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        let expected: string[][] | 'unclosed'
        try {
          expected = reference(text)
        } catch {
          expected = 'unclosed'
        }
        if (expected === 'unclosed') expect(() => parseCsv(text)).toThrow(ValidationError)
        else expect(parseCsv(text)).toEqual(expected)
      }),
      { numRuns: 3000 },
    )
  })

  it("keeps csv-parse's reading of a closing quote followed by text", () => {
    for (const text of ['a\n"ab"c,2\n', 'a\n"a""b"c,1\n', 'a\n"ab"c"d,e"f\n', 'a\n"a\nb"c,1\n'])
      expect(parseCsv(text)).toEqual(reference(text))
    expect(parseCsv('a,b\n"ab"c,2\n')).toEqual([
      ['a', 'b'],
      ['"ab"c', '2'],
    ])
  })

  it('reads a delimiter at the end of a record as a last empty cell', () => {
    expect(parseCsv('a,b\n1,\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ])
  })
})

describe('readCsvColumns', () => {
  it('reads as csv-parse did, the file read in chunks of any size', async () => {
    const table = fc.array(fc.array(csvText, { minLength: 3, maxLength: 3 }), { maxLength: 6 })
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        async (rows, delimiter, lineBreak, bom, chunkBytes) => {
          // Quoted as a writer would, so every generated table is a readable file.
          const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`
          const body = rows.map((r) => r.map(quote).join(delimiter)).join(lineBreak)
          const text = `${bom ? '\uFEFF' : ''}x${delimiter} y ${delimiter}z${lineBreak}${body}`
          const needed = new Set(['x', 'y'])
          const path = await file(text)
          expect(await readCsvColumns(path, needed, { progressEvery: 2, chunkBytes })).toEqual(
            referenceColumns(text, needed),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads any text as csv-parse did, or refuses it as a ragged or unclosed row', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.integer({ min: 1, max: 9 }), async (body, chunkBytes) => {
        const text = `a,b\n${body}`
        const needed = new Set(['a', 'b'])
        const path = await file(text)
        const read = () => readCsvColumns(path, needed, { progressEvery: 10, chunkBytes })
        let expected: ReturnType<typeof referenceColumns> | undefined
        try {
          const rows = reference(text).filter((r) => !(r.length === 1 && r[0] === ''))
          if (rows.every((r) => r.length === 2)) expected = referenceColumns(text, needed)
        } catch {
          // unclosed quote: the reader must refuse it too
        }
        if (expected) expect(await read()).toEqual(expected)
        else await expect(read()).rejects.toThrow(ValidationError)
      }),
      { numRuns: 1000 },
    )
  })

  it('reads Dutch Excel\'s file: BOM, semicolons, decimal commas, CRLF, quoted ; and ""', async () => {
    const path = await file(
      '\uFEFFnaam;bedrag;toelichting\r\n"Jansen; J.";1.234,5;"zegt ""ja"""\r\nDe Vries;-0,25;\r\n',
    )
    const table = await readCsvColumns(path, new Set(['naam', 'bedrag', 'toelichting']), {
      progressEvery: 1,
    })
    expect(Object.fromEntries(table.columns)).toEqual({
      naam: ['Jansen; J.', 'De Vries'],
      bedrag: ['1.234,5', '-0,25'],
      toelichting: ['zegt "ja"', ''],
    })
  })

  it('reads doubled quotes across chunk boundaries, and reports progress every so many rows', async () => {
    const path = await file(`g,n\n${'1,"a""b"\n2,x\n'.repeat(3)}`)
    const seen: number[] = []
    const table = await readCsvColumns(path, new Set(['g', 'n']), {
      progressEvery: 2,
      chunkBytes: 5,
      onRows: (rows) => seen.push(rows),
    })
    expect(table.columns.get('n')).toEqual(['a"b', 'x', 'a"b', 'x', 'a"b', 'x'])
    expect(seen).toEqual([2, 4, 6, 6])
  })

  it('reads a column of mostly distinct values (an id) beside one of few, past every table growth', async () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `P${(i * 7919) % 20_000}`)
    const groups = ids.map((_, i) => String(i % 3))
    const path = await file(`id,g\n${ids.map((id, i) => `${id},${groups[i]}`).join('\n')}\n`)
    const table = await readCsvColumns(path, new Set(['id', 'g']), {
      progressEvery: 1000,
      chunkBytes: 4096,
    })
    expect(table.columns.get('id')).toEqual(ids)
    expect(table.columns.get('g')).toEqual(groups)
  })

  it('names the row of a quote that is never closed, counting a quoted line break as one row', async () => {
    const path = await file('a,b\n1,"x\ny"\n\n3,"open\n4,5\n')
    const error = await readCsvColumns(path, new Set(['a']), { progressEvery: 10 }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues).toEqual([
      {
        row: 4,
        message: { nl: 'een aanhalingsteken wordt niet gesloten', en: 'a quote is never closed' },
      },
    ])
  })

  it('reads an empty file, or one with only a header, as no rows', async () => {
    for (const text of ['', '\uFEFF', 'a,b\r\n'])
      expect(await readCsvColumns(await file(text), new Set(['a']), { progressEvery: 1 })).toEqual({
        rowCount: 0,
        columns: new Map(text.includes('a') ? [['a', []]] : []),
      })
  })
})
