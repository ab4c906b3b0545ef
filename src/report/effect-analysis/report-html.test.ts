import { describe, expect, it } from 'vitest'
import { runStudy } from '../../domain/index.js'
import { readFirstSheet } from '../../files/index.js'
import { effectAnalysisReportHtml } from './report-html.js'
import { effectAnalysisWorkbook } from './workbook.js'

const result = runStudy(
  {
    id: 'id',
    group: { column: 'pilot', treated: '1' },
    covariates: [{ column: 'age', type: 'numeric' }],
    outcomes: [{ name: 'uitstroom', type: 'binary', column: 'out' }],
  },
  {
    rowCount: 8,
    columns: new Map([
      ['id', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
      ['pilot', ['1', '1', '1', '1', '0', '0', '0', '0']],
      ['age', ['30', '41', '52', '44', '35', '47', '', '58']],
      ['out', ['1', '0', '1', '1', '0', '1', '0', '0']],
    ]),
  },
)

describe('the effect-analysis report', () => {
  it('speaks Dutch on its Dutch page: warnings, captions and the SMD note', () => {
    const [dutch, english] = effectAnalysisReportHtml(result).split(
      '<div class="page-break"></div>',
    )
    expect(dutch).toContain('1 rij(en) met een ontbrekende covariaatwaarde zijn weggelaten')
    expect(dutch).toContain('SMD: standaardafwijking van de pilotgroep')
    expect(dutch).toContain('<figcaption>Risicoverschillen</figcaption>')
    for (const words of ['row(s) with a missing', 'standard deviation', 'Risk differences'])
      expect(dutch).not.toContain(words)
    expect(english).toContain('1 row(s) with a missing covariate value were left out')
    expect(english).toContain('<figcaption>Risk differences</figcaption>')
  })
})

describe('the effect-analysis report on every level and on an estimate that does not exist', () => {
  const n = 12
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
        ['pilot', ['1', '1', '1', '1', '1', '1', '0', '0', '0', '0', '0', '0']],
        ['district', ['N', 'O', 'W', 'N', 'O', 'NA', 'W', 'N', 'O', 'W', 'N', 'W']],
        ['months', ['18', '18', '18', '18', '18', '18', '3', '5', '7', '9', '18', '12']],
        ['event', ['0', '0', '0', '0', '0', '0', '1', '1', '1', '1', '0', '1']],
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
    expect(html).toContain('Ontbrekende waarden per kolom: district 1.')
    expect(html).toContain('Missing values per column: district 1.')
  })

  it('shows a dash, not NaN or ∞, where the hazard ratio has no interval, and reads the log-rank test', async () => {
    const html = effectAnalysisReportHtml(degenerate)
    expect(html).not.toMatch(/NaN|∞/)
    expect(html).toContain('volgens de log-ranktoets')
    const [header, row] = await readFirstSheet(await effectAnalysisWorkbook(degenerate))
    expect(header?.slice(4, 9)).toEqual(['estimate', 'se', 'ciLow', 'ciHigh', 'p'])
    expect(row?.slice(4, 8)).toEqual(['0', '', '', ''])
  })
})
