import type { BusinessCaseResult } from '../../domain/index.js'
import { createWorkbook } from '../workbook.js'

/** The business case as an XLSX workbook: project, per stakeholder, per case. */
export async function businessCaseWorkbook(result: BusinessCaseResult): Promise<Uint8Array> {
  const workbook = createWorkbook()
  const p = result.project
  workbook.sheet(
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
  workbook.sheet(
    'Stakeholders',
    ['stakeholder', 'interventie', 'referentie', 'difference'],
    p.perStakeholder.map((s) => [s.stakeholder, s.interventie, s.referentie, s.difference]),
  )
  workbook.sheet(
    'Cases',
    ['caseId', 'measurement', 'interventie', 'referentie', 'difference'],
    result.perCase.map((c) => [c.caseId, c.measurement, c.interventie, c.referentie, c.difference]),
  )
  workbook.sheet(
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
  return workbook.bytes()
}
