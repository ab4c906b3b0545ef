import type { StudyResult } from '../../domain/index.js'
import { createWorkbook } from '../workbook.js'

/** The effect analysis as an XLSX workbook: propensity model, balance, outcomes, KM curves. */
export async function effectAnalysisWorkbook(result: StudyResult): Promise<Uint8Array> {
  const workbook = createWorkbook()
  workbook.sheet(
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
  workbook.sheet(
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
  workbook.sheet(
    'Propensity',
    ['term', 'estimate', 'se', 'z', 'p'],
    (result.propensity?.coefficients ?? []).map((c) => [c.term, c.estimate, c.se, c.z, c.p]),
  )
  workbook.sheet(
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
  return workbook.bytes()
}
