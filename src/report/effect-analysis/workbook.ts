import type { StudyResult } from '../../domain/index.js'
import { createWorkbook } from '../workbook.js'

/** A number cell, or an empty one where there is no number (an infinite or undefined estimate). */
const cell = (x: number | null | undefined) =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null

/** The effect analysis as an XLSX workbook: outcomes, balance, propensity model, KM curves, missing values. */
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
      cell(o.estimate),
      cell(o.se),
      cell(o.ciLow),
      cell(o.ciHigh),
      cell(o.p),
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
    (result.propensity?.coefficients ?? []).map((c) => [
      c.term,
      cell(c.estimate),
      cell(c.se),
      cell(c.z),
      cell(c.p),
    ]),
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
  workbook.sheet('Missing', ['column', 'rows'], Object.entries(result.missingByColumn))
  return workbook.bytes()
}
