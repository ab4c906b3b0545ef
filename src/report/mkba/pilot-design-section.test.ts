import { describe, expect, it } from 'vitest'
import { DEMO_MKBA_MODEL } from '../../demo/index.js'
import {
  assessPilotDesign,
  parseMkbaModel,
  pilotDesignSchema,
  runStudy,
} from '../../domain/index.js'
import { analyseMkba } from '../../mkba/index.js'
import { effectAnalysisReportHtml } from '../effect-analysis/report-html.js'
import { mkbaReportHtml } from './report-html.js'

const design = pilotDesignSchema.parse({
  outcome: 'proportion',
  nPilot: 150,
  nComparison: 150,
  followUpMonths: 18,
  baselineShare: 0.3,
  smallestDifference: 0.1,
})
const planned = { design, assessment: assessPilotDesign(design) }
const plain = (html: string) => html.replace(/\u00a0/g, ' ')

describe('the pilot design in the MKBA report', () => {
  const model = parseMkbaModel(DEMO_MKBA_MODEL)
  const analysis = analyseMkba(model, { draws: 500, seed: 3 })
  const context = { status: 'draft', madeAt: '2026-12-02T09:30:00Z' } as const

  it('prints the sentence, the inputs and the group size that would suffice, in the appendix', () => {
    const html = plain(mkbaReportHtml({ analysis, model, context, pilotDesign: planned }, 'nl'))
    const appendix = html.slice(html.indexOf('<section class="appendix">'))
    expect(appendix).toContain(
      'Met 150 mensen per groep en 18 maanden kan deze pilot geen verschil kleiner dan 15,6 procentpunt aantonen.',
    )
    expect(appendix).toContain('<th scope="row">basisniveau</th><td class="num">30,0%</td>')
    expect(appendix).toContain(
      'Groepen die zouden volstaan: 356 in de pilotgroep en 356 in de vergelijkingsgroep.',
    )
    const english = plain(mkbaReportHtml({ analysis, model, context, pilotDesign: planned }, 'en'))
    expect(english).toContain('Groups that would suffice: 356 in the pilot group')
  })

  it('prints nothing of a design that was never saved', () => {
    expect(mkbaReportHtml({ analysis, model, context }, 'nl')).not.toContain('Opzet van de pilot')
  })
})

describe('the pilot design beside the measured effect', () => {
  const people = 400
  const study = (outflow: (i: number) => string) =>
    runStudy(
      {
        id: 'id',
        group: { column: 'pilot', treated: '1' },
        outcomes: [{ name: 'uitstroom', type: 'binary', column: 'out' }],
      },
      {
        rowCount: people,
        columns: new Map([
          ['id', Array.from({ length: people }, (_, i) => `p${i}`)],
          ['pilot', Array.from({ length: people }, (_, i) => String(i % 2))],
          ['out', Array.from({ length: people }, (_, i) => outflow(i))],
        ]),
      },
    )

  it('says what the design could detect and what was measured, on the same scale', () => {
    // Pilot (odd rows): 2 in 5 leave; comparison (even rows): 3 in 10.
    const results = study((i) => (i % 2 === 1 ? (i % 5 < 2 ? '1' : '0') : i % 10 < 3 ? '1' : '0'))
    const measured = results.outcomes[0]?.estimate ?? Number.NaN
    const html = plain(effectAnalysisReportHtml(results, planned))
    const points = (100 * measured).toFixed(1).replace('.', ',')
    expect(html).toMatch(
      new RegExp(
        `De opzet kon een effect van 15,6 procentpunt aantonen; het gemeten effect is ${points} procentpunt \\(95%-BI `,
      ),
    )
    expect(html).toContain('The design could detect an effect of 15.6 percentage points')
    expect(plain(effectAnalysisReportHtml(results))).not.toContain('De opzet kon')
  })

  it('does not set an effect that is not shown beside the design', () => {
    // 3 of 200 pilot members leave: fewer than 10 events, so the effect is not shown.
    const results = study((i) => (i % 2 === 1 ? (i < 6 ? '1' : '0') : i % 10 < 3 ? '1' : '0'))
    const html = effectAnalysisReportHtml(results, planned)
    expect(html).toContain(
      'Er is geen getoonde uitkomst van deze soort gemeten om ernaast te leggen.',
    )
    expect(html).not.toContain('het gemeten effect is')
  })
})
