import { describe, expect, it } from 'vitest'
import { runStudy } from '../../domain/index.js'
import { readFirstSheet } from '../../files/index.js'
import { effectAnalysisReportHtml } from './report-html.js'
import { effectAnalysisWorkbook } from './workbook.js'

/** 40 people per group from the same ages, 16 with outflow in each: 10 or more of everyone. */
const people = 80
const result = runStudy(
  {
    id: 'id',
    group: { column: 'pilot', treated: '1' },
    covariates: [{ column: 'age', type: 'numeric' }],
    outcomes: [{ name: 'uitstroom', type: 'binary', column: 'out' }],
  },
  {
    rowCount: people,
    columns: new Map([
      ['id', Array.from({ length: people }, (_, i) => `p${i}`)],
      ['pilot', Array.from({ length: people }, (_, i) => String(i % 2))],
      [
        'age',
        Array.from({ length: people }, (_, i) => (i === 7 ? '' : String(30 + ((i * 7) % 29)))),
      ],
      ['out', Array.from({ length: people }, (_, i) => (i % 5 < 2 ? '1' : '0'))],
    ]),
  },
)

describe('the effect-analysis report', () => {
  it('speaks Dutch on its Dutch page: warnings, captions and the SMD note', () => {
    const [dutch, english] = effectAnalysisReportHtml(result).split(
      '<div class="page-break"></div>',
    )
    // One row left out: a count below 10, so "<10" in the warning too.
    expect(dutch).toContain('&lt;10 rij(en) met een ontbrekende covariaatwaarde zijn weggelaten')
    expect(dutch).toContain('SMD: standaardafwijking van de pilotgroep')
    expect(dutch).toContain('<figcaption>Risicoverschillen</figcaption>')
    for (const words of ['row(s) with a missing', 'standard deviation', 'Risk differences'])
      expect(dutch).not.toContain(words)
    expect(english).toContain('&lt;10 row(s) with a missing covariate value were left out')
    expect(english).toContain('<figcaption>Risk differences</figcaption>')
  })
})

describe('the effect-analysis report on every level and on an estimate that does not exist', () => {
  // 12 pilot members without an event, 14 comparisons of whom 11 have one.
  const pilot = 12
  const n = 26
  const degenerate = runStudy(
    {
      id: 'id',
      group: { column: 'pilot', treated: '1' },
      covariates: [{ column: 'district', type: 'categorical' }],
      outcomes: [{ name: 'uitstroom', type: 'time-to-event', time: 'months', event: 'event' }],
    },
    {
      rowCount: n,
      columns: new Map([
        ['id', Array.from({ length: n }, (_, i) => `p${i}`)],
        ['pilot', Array.from({ length: n }, (_, i) => (i < pilot ? '1' : '0'))],
        [
          'district',
          Array.from({ length: n }, (_, i) => (i === 5 ? 'NA' : (['N', 'O', 'W'][i % 3] ?? 'N'))),
        ],
        ['months', Array.from({ length: n }, (_, i) => (i < pilot ? '18' : String(1 + (i % 17))))],
        ['event', Array.from({ length: n }, (_, i) => (i < pilot || i >= n - 3 ? '0' : '1'))],
      ]),
    },
  )

  it('lists every level in the balance table and the love plot, and the missing values per column', () => {
    const html = effectAnalysisReportHtml(degenerate)
    // Each level once in the table and once on the love plot's axis, in Dutch and in English.
    for (const level of ['district:N', 'district:O', 'district:W']) {
      expect(html.match(new RegExp(`<td>${level}</td>`, 'g'))).toHaveLength(2)
      expect(html.match(new RegExp(`>${level}</text>`, 'g'))).toHaveLength(2)
    }
    expect(html).toContain('Ontbrekende waarden per kolom: district &lt;10.')
    expect(html).toContain('Missing values per column: district &lt;10.')
  })

  it('shows a dash, not NaN or ∞, where the hazard ratio has no interval, and reads the log-rank test', async () => {
    const html = effectAnalysisReportHtml(degenerate)
    expect(html).not.toMatch(/NaN|∞/)
    expect(html).toContain('volgens de log-ranktoets')
    const [header, row] = await readFirstSheet(await effectAnalysisWorkbook(degenerate))
    expect(header?.slice(3, 13)).toEqual([
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
    ])
    expect(row?.slice(3, 12)).toEqual(['25', '11', '14', '', '', '0', '', '', ''])
  })
})

describe('the effect-analysis report of a small pilot group', () => {
  // 7 pilot members beside 40 comparisons: the 7 is "<10", and 47 − 40 must not give it back.
  const size = 47
  const small = runStudy(
    {
      id: 'id',
      group: { column: 'pilot', treated: '1' },
      outcomes: [{ name: 'uitstroom', type: 'binary', column: 'out' }],
    },
    {
      rowCount: size,
      columns: new Map([
        ['id', Array.from({ length: size }, (_, i) => `p${i}`)],
        ['pilot', Array.from({ length: size }, (_, i) => (i < 7 ? '1' : '0'))],
        ['out', Array.from({ length: size }, (_, i) => String(i % 2))],
      ]),
    },
  )

  it('prints "<10" for the group, hides the other group and does not show the effect', () => {
    const html = effectAnalysisReportHtml(small)
    expect(html).toContain('· personen geanalyseerd (&lt;10 pilot, · vergelijking)')
    expect(html).toContain('uitstroom: niet getoond, want dit berust op minder dan 10')
    expect(html).not.toContain('procentpunt')
  })

  it('writes the same counts in the workbook', async () => {
    const [, ...rows] = await readFirstSheet(await effectAnalysisWorkbook(small))
    expect(rows[0]?.slice(3, 9)).toEqual(['47', '<10', '·', '', '', ''])
  })
})
