import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ValidationError } from '../domain/index.js'
import { readColumns } from './columns.js'
import { createWorkbook } from './xlsx-write.js'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ew-files-'))
})

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

const plain = (table: { rowCount: number; columns: Map<string, string[]> }) => ({
  rowCount: table.rowCount,
  columns: Object.fromEntries(table.columns),
})

describe('readColumns', () => {
  it('keeps only the needed columns of a CSV with a quoted line break', async () => {
    const path = await file('a.csv', 'id,note,age\r\n1,"twee\r\nregels",30\r\n\r\n2,kort,41\r\n')
    expect(plain(await readColumns(path, new Set(['id', 'age'])))).toEqual({
      rowCount: 2,
      columns: { id: ['1', '2'], age: ['30', '41'] },
    })
  })

  it("reads Dutch Excel's semicolons and a byte-order mark, trimming the header", async () => {
    const path = await file('b.csv', '\uFEFF id ; bedrag\n1;"1,5"\n')
    expect(plain(await readColumns(path, new Set(['id', 'bedrag'])))).toEqual({
      rowCount: 1,
      columns: { id: ['1'], bedrag: ['1,5'] },
    })
  })

  it('names a row with the wrong number of cells', async () => {
    const path = await file('c.csv', 'a,b,c\n1,2,3\n"x\ny",2,3\n4,5\n')
    const error = await readColumns(path, new Set(['a'])).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues).toEqual([
      { row: 4, message: { nl: '2 cellen, verwacht 3', en: '2 cells, expected 3' } },
    ])
  })

  it('reports progress at the end', async () => {
    const path = await file('d.csv', 'a\n1\n2\n3\n')
    const seen: number[] = []
    await readColumns(path, new Set(['a']), (rows) => seen.push(rows))
    expect(seen).toEqual([3])
  })

  it('reads the same columns from the first sheet of an XLSX file', async () => {
    const workbook = createWorkbook()
    workbook.sheet(
      'Blad1',
      ['id', 'note', 'age'],
      [
        [1, 'twee\nregels', 30],
        [2, 'kort', 41],
      ],
    )
    const path = await file('e.xlsx', await workbook.bytes())
    expect(plain(await readColumns(path, new Set(['id', 'age'])))).toEqual({
      rowCount: 2,
      columns: { id: ['1', '2'], age: ['30', '41'] },
    })
  })
})
