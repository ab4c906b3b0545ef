import {
  type PublishedCount,
  publishedResults,
  type StudyResult,
  shownCount,
} from '../../domain/index.js'
import { createWorkbook } from '../workbook.js'

/** A number cell, or an empty one where there is no number (an infinite or undefined estimate). */
const cell = (x: number | null | undefined) =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null

const HIDDEN: PublishedCount = { count: null, suppression: 'secondary' }

/** A count as published: the number, or "<10" / "·" (text) where it is hidden. */
const count = (c: PublishedCount) => c.count ?? shownCount(c, String)

/**
 * The effect analysis as an XLSX workbook: counts, outcomes, balance, propensity model, KM
 * curves with the numbers at risk, missing values; the published results (publishedResults).
 */
export async function effectAnalysisWorkbook(results: StudyResult): Promise<Uint8Array> {
  const result = publishedResults(results)
  const workbook = createWorkbook()
  const { n, matching } = result
  workbook.sheet(
    'Outcomes',
    [
      'name',
      'type',
      'scale',
      'n',
      'nPilot',
      'nComparison',
      'meanPilot',
      'meanComparison',
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
      count(o.n),
      count(o.groupN.pilot),
      count(o.groupN.comparison),
      cell(o.meanPilot),
      cell(o.meanComparison),
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
    'Counts',
    ['count', 'value'],
    [
      ['rows', count(n.rows)],
      ['analysed', count(n.analysed)],
      ['pilot', count(n.pilot)],
      ['comparison', count(n.comparison)],
      ['droppedRows', count(result.droppedRows)],
      ...(matching
        ? [
            ['matchedPilot', count(matching.treated)],
            ['matchedControls', count(matching.controlsMatched)],
            ['unmatchedPilot', count(matching.unmatchedTreated)],
          ]
        : []),
    ],
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
    ['outcome', 'group', 'time', 'survival'],
    result.outcomes.flatMap((o) =>
      o.km.flatMap((k) => k.time.map((t, i) => [o.name, k.group, t, k.survival[i]])),
    ),
  )
  workbook.sheet(
    'AtRisk',
    ['outcome', 'group', 'time', 'atRisk'],
    result.outcomes.flatMap((o) => {
      const atRisk = o.atRisk
      if (!atRisk) return []
      return (['pilot', 'comparison'] as const).flatMap((g) =>
        atRisk.times.map((t, i) => [o.name, g, t, count(atRisk.counts[g][i] ?? HIDDEN)]),
      )
    }),
  )
  workbook.sheet(
    'Missing',
    ['column', 'rows'],
    result.missingByColumn.map((m) => [m.column, count(m.rows)]),
  )
  workbook.sheet(
    'Warnings',
    ['nl', 'en'],
    result.warningDetails.map((w) => [w.nl, w.en]),
  )
  return workbook.bytes()
}
