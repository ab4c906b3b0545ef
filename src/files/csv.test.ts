import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ValidationError } from '../domain/index.js'
import { parseCsv, toCsv } from './csv.js'
import { detectDelimiter } from './csv-format.js'
import { FORMULA_GUARD_PREFIX } from './guard.js'

describe('parseCsv', () => {
  it('reads quoted line breaks, delimiters and doubled quotes (RFC 4180)', () => {
    expect(parseCsv('a,b,c\r\n1,"twee\r\nregels","zeg ""hoi"", ja"\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'twee\r\nregels', 'zeg "hoi", ja'],
    ])
  })

  it("reads Dutch Excel's semicolons and ignores a byte-order mark", () => {
    expect(parseCsv('\uFEFFcode;prijs\n"A;1";"1.234,5"\n')).toEqual([
      ['code', 'prijs'],
      ['A;1', '1.234,5'],
    ])
  })

  it('accepts CRLF, LF and CR between records, also mixed', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ])
  })

  it('keeps a quote inside an unquoted field as text, and an empty line as one empty cell', () => {
    expect(parseCsv('a,b\n12" screen,2\n\n3,4\n')).toEqual([
      ['a', 'b'],
      ['12" screen', '2'],
      [''],
      ['3', '4'],
    ])
  })

  it('names the row of a quote that is never closed, in Dutch and English', () => {
    try {
      parseCsv('a,b\n1,2\n3,"open\n')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues).toEqual([
        {
          row: 3,
          message: { nl: expect.stringMatching(/aanhalingsteken/), en: expect.any(String) },
        },
      ])
    }
  })
})

describe('detectDelimiter', () => {
  it('takes ; when the header has more semicolons than commas, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,2,3')).toBe(';')
    expect(detectDelimiter('a,b;c,d')).toBe(',')
    expect(detectDelimiter('"x;y;z",b\n')).toBe(',')
    expect(detectDelimiter('"x,y,z";b\n')).toBe(';')
    expect(detectDelimiter('\uFEFFa;b')).toBe(';')
    expect(detectDelimiter('only')).toBe(',')
  })
})

describe('toCsv', () => {
  it('writes CRLF with a byte-order mark, quoting where needed (also a ;)', () => {
    expect(
      toCsv([
        ['a', 'b;c'],
        ['x "y"', 'een\nregel'],
      ]),
    ).toBe('\uFEFFa,"b;c"\r\n"x ""y""","een\nregel"\r\n')
  })

  it('guards formula-like text and writes numbers as numbers', () => {
    const csv = toCsv([
      ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)', '\tx', '\rx', -3.5, '-3.5'],
    ])
    expect(parseCsv(csv)).toEqual([
      ['\'=HYPERLINK("http://x","y")', "'+1", "'@SUM(A1)", "'\tx", "'\rx", '-3.5', "'-3.5"],
    ])
  })

  it('round-trips any strings, guarded ones coming back with the prefix', () => {
    // The characters CSV and the guard care about, often, and any other character too.
    const special = fc.constantFrom(...'aZ ,;"\n\r\t\0=+-@\'\uFEFFé')
    const text = fc.string({
      unit: fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 1 })),
    })
    const row = fc.array(text, { minLength: 1, maxLength: 5 })
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        // The documented rule, stated here on its own: a leading = + - @ tab or CR gets a quote.
        const expected = rows.map((r) =>
          r.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `${FORMULA_GUARD_PREFIX}${cell}` : cell)),
        )
        expect(parseCsv(toCsv(rows))).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })
})
