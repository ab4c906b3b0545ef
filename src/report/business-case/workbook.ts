import ExcelJS from 'exceljs'
import type { BusinessCaseResult } from '../../domain/index.js'

/** The business case as an XLSX workbook: project, per stakeholder, per case. */
export async function businessCaseWorkbook(result: BusinessCaseResult): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Effectwijzer'
  const add = (name: string, header: string[], rows: unknown[][]) => {
    const ws = workbook.addWorksheet(name)
    ws.addRow(header).font = { bold: true }
    for (const r of rows) ws.addRow(r)
  }
  const p = result.project
  add(
    'Project',
    ['measure', 'value'],
    [
      ['n', p.n],
      ['meanDifference', p.meanDifference],
      ['medianDifference', p.medianDifference],
      ['ciLow', p.ciLow],
      ['ciHigh', p.ciHigh],
      ['baseYear', result.baseYear],
      ['priceList', `${result.priceList.id} ${result.priceList.version}`],
      ['seed', result.seed],
    ],
  )
  add(
    'Stakeholders',
    ['stakeholder', 'interventie', 'referentie', 'difference'],
    p.perStakeholder.map((s) => [s.stakeholder, s.interventie, s.referentie, s.difference]),
  )
  add(
    'Cases',
    ['caseId', 'measurement', 'interventie', 'referentie', 'difference'],
    result.perCase.map((c) => [c.caseId, c.measurement, c.interventie, c.referentie, c.difference]),
  )
  add(
    'CaseStakeholders',
    ['caseId', 'measurement', 'stakeholder', 'interventie', 'referentie', 'difference'],
    result.perCase.flatMap((c) =>
      c.perStakeholder.map((s) => [
        c.caseId,
        c.measurement,
        s.stakeholder,
        s.interventie,
        s.referentie,
        s.difference,
      ]),
    ),
  )
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
