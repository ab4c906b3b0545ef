import ExcelJS from 'exceljs'
import type { StudyResult } from '../../domain/index.js'

/** The effect analysis as an XLSX workbook: propensity model, balance, outcomes, KM curves. */
export async function effectAnalysisWorkbook(result: StudyResult): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Effectwijzer'
  const add = (name: string, header: string[], rows: unknown[][]) => {
    const ws = workbook.addWorksheet(name)
    ws.addRow(header).font = { bold: true }
    for (const r of rows) ws.addRow(r)
  }
  add(
    'Outcomes',
    [
      'name',
      'type',
      'scale',
      'n',
      'estimate',
      'se',
      'ciLow',
      'ciHigh',
      'p',
      'reading_nl',
      'reading_en',
    ],
    result.outcomes.map((o) => [
      o.name,
      o.type,
      o.scale,
      o.n,
      o.estimate,
      o.se,
      o.ciLow,
      o.ciHigh,
      o.p,
      o.reading.nl,
      o.reading.en,
    ]),
  )
  add(
    'Balance',
    ['covariate', 'smdBefore', 'smdAfter', 'varRatioBefore', 'varRatioAfter'],
    result.balance.map((b) => [
      b.covariate,
      b.smdBefore,
      b.smdAfter,
      b.varRatioBefore,
      b.varRatioAfter,
    ]),
  )
  add(
    'Propensity',
    ['term', 'estimate', 'se', 'z', 'p'],
    (result.propensity?.coefficients ?? []).map((c) => [c.term, c.estimate, c.se, c.z, c.p]),
  )
  add(
    'KaplanMeier',
    ['outcome', 'group', 'time', 'survival', 'lower', 'upper', 'nRisk'],
    result.outcomes.flatMap((o) =>
      'km' in o
        ? o.km.flatMap((k) =>
            k.time.map((t, i) => [
              o.name,
              k.group,
              t,
              k.survival[i],
              k.lower[i],
              k.upper[i],
              k.nRisk[i],
            ]),
          )
        : [],
    ),
  )
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
