import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { DEMO_MKBA_MODEL } from '../../demo/index.js'
import { parseMkbaModel, stakeholderName } from '../../domain/index.js'
import { analyseMkba } from '../../mkba/index.js'
import { mkbaReportHtml } from './report-html.js'
import { mkbaWorkbook } from './workbook.js'

const analysis = analyseMkba(parseMkbaModel(DEMO_MKBA_MODEL), { draws: 2_000, seed: 3 })
/** The report as text with the non-breaking spaces of Dutch currency formatting made plain. */
const report = (language: 'nl' | 'en', result = analysis) =>
  mkbaReportHtml(result, language).replace(/\u00a0/g, ' ')

describe('mkbaReportHtml', () => {
  it('leads with the headline in Dutch and English: 14 cents per euro, 4 in money', () => {
    expect(report('nl')).toContain(
      'Elke geïnvesteerde euro levert <strong>€ 0,14</strong> op; <strong>€ 0,04</strong> in geld.',
    )
    expect(report('en')).toContain(
      'Each invested euro returns <strong>€0.14</strong>; <strong>€0.04</strong> in money.',
    )
  })

  it('is self-contained: no scripts, no external resources, charts inline', () => {
    const html = report('nl')
    expect(html).not.toMatch(/<script|<link|src=|url\((?!#)/i)
    // Stakeholder, cash flow, tornado and Monte Carlo charts.
    expect(html.match(/<svg/g)).toHaveLength(4)
  })

  it('lists every stakeholder, the unquantified effects with their signs, and the assumptions', () => {
    const html = report('nl')
    // By name, as the screen names them: `gemeente` is Gemeente, an id of the model's own as typed.
    for (const s of analysis.perStakeholder)
      expect(html).toContain(`<td>${stakeholderName(s.stakeholder, 'nl')}</td>`)
    expect(html).toContain('<td>Gemeente</td>')
    expect(html).toContain('<strong>+</strong> Vertrouwen in de gemeente')
    expect(html).toContain('<strong>-</strong> Hogere caseload en personeelsverloop')
    expect(html).toContain('discontovoet 2,25% (basisjaar niet verdisconteerd)')
    expect(html).toContain('Opschaling naar alle wijkteams')
  })

  it('shows the probability of breaking even from the Monte Carlo run', () => {
    const p = analysis.monteCarlo?.probRatioAbove1 ?? Number.NaN
    const shown = new Intl.NumberFormat('en-GB', {
      style: 'percent',
      minimumFractionDigits: 1,
    }).format(p)
    expect(report('en')).toContain(
      `the probability that benefits exceed costs is <strong>${shown}</strong>`,
    )
  })

  it('gives the warnings in the report’s language', () => {
    const warned = analyseMkba(
      parseMkbaModel({
        name: 'w',
        baseYear: 2024,
        priceYear: 2024,
        horizonYears: 2,
        stakeholders: ['g'],
        items: [
          { id: 'c', kind: 'cost', category: 'financial', stakeholder: 'g', years: { 2030: 1 } },
        ],
      }),
    )
    expect(report('nl', warned)).toContain('1 jaar buiten de looptijd 2024–2025')
    expect(report('en', warned)).toContain('1 year(s) outside the horizon 2024–2025')
  })
})

describe('mkbaWorkbook', () => {
  it('holds the summary, stakeholder, year and Monte Carlo sheets with numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await mkbaWorkbook(analysis)).buffer as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Summary', 'Stakeholders', 'Years', 'Tornado', 'MonteCarlo']),
    )
    const summary = workbook.getWorksheet('Summary')
    const ratio = summary?.getRows(2, 20)?.find((r) => r.getCell(1).value === 'ratio')
    expect(ratio?.getCell(2).value).toBeCloseTo(analysis.ratio ?? Number.NaN, 12)
    expect(workbook.getWorksheet('Stakeholders')?.rowCount).toBe(1 + analysis.perStakeholder.length)
  })
})
