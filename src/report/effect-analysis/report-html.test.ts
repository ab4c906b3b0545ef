import { describe, expect, it } from 'vitest'
import { runStudy } from '../../domain/index.js'
import { effectAnalysisReportHtml } from './report-html.js'

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
