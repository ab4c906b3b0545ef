import { describe, expect, it } from 'vitest'
import { DEMO_MKBA_MODEL } from '../../demo/index.js'
import { parseMkbaModel, stakeholderName } from '../../domain/index.js'
import { analyseMkba, type MkbaModel } from '../../mkba/index.js'
import type { MkbaReportContext } from './report-context.js'
import { mkbaReportHtml } from './report-html.js'

const model = parseMkbaModel(DEMO_MKBA_MODEL)
const analysis = analyseMkba(model, { draws: 2_000, seed: 3 })
const draft: MkbaReportContext = { status: 'draft', madeAt: '2026-12-02T09:30:00Z' }
/** The report as text with the non-breaking spaces of Dutch currency formatting made plain. */
const report = (language: 'nl' | 'en', result = analysis, context = draft, of: MkbaModel = model) =>
  mkbaReportHtml({ analysis: result, model: of, context }, language).replace(/\u00a0/g, ' ')

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
    const of = parseMkbaModel({
      name: 'w',
      baseYear: 2024,
      priceYear: 2024,
      horizonYears: 2,
      stakeholders: ['g'],
      items: [
        { id: 'c', kind: 'cost', category: 'financial', stakeholder: 'g', years: { 2030: 1 } },
      ],
    })
    expect(report('nl', warned, draft, of)).toContain('1 jaar buiten de looptijd 2024–2025')
    expect(report('en', warned, draft, of)).toContain('1 year(s) outside the horizon 2024–2025')
  })

  it('says on top whether it is a draft or final, whose, by whom, when and of which saved version', () => {
    const final: MkbaReportContext = {
      status: 'final',
      madeAt: '2026-12-02T09:30:00Z',
      organisation: 'Gemeente Voorbeeldstad',
      author: 'Pim Pilotleider',
      version: { number: 3, savedAt: '2026-11-30T15:00:00Z' },
    }
    expect(report('nl')).toContain('CONCEPT — niet voor besluitvorming')
    expect(report('en')).toContain('DRAFT — not for decision-making')
    const nl = report('nl', analysis, final)
    expect(nl).not.toContain('CONCEPT')
    expect(nl).toContain('>Definitief<')
    expect(nl).toContain(
      'Gemeente Voorbeeldstad · opgesteld door Pim Pilotleider · gemaakt 2 dec 2026, 10:30 · modelversie 3 van 30 nov 2026, 16:00',
    )
  })

  it('lists every quantified item with its quantity × value, stakeholder, years, present value and source', () => {
    const nl = report('nl')
    const quantified = model.items.filter((i) => i.category !== 'unquantified')
    const rows = nl.split('<table class="compact items">')[1]?.split('</table>')[0] ?? ''
    expect(rows.match(/<tr>/g)).toHaveLength(quantified.length + 1)
    // A series item: its summed amounts, its years, and its present value as the engine has it.
    const consultants = analysis.items.find((i) => i.id === 'consultant-hours')
    expect(rows).toContain('<td>Extra uren consulenten W&amp;I in het wijkteam</td>')
    expect(rows).toContain(`€ ${Math.round(consultants?.pv ?? 0).toLocaleString('nl-NL')}`)
    // The demo's figures name no source: the report says so rather than leave it blank.
    expect(rows).toContain('<em>geen bron opgegeven</em>')
    const sourced = parseMkbaModel({
      name: 's',
      baseYear: 2026,
      priceYear: 2026,
      horizonYears: 3,
      stakeholders: ['gemeente'],
      items: [
        {
          id: 'uur',
          label: 'Uren wijkteam',
          kind: 'cost',
          category: 'financial',
          stakeholder: 'gemeente',
          quantity: 4.5,
          unitValue: 78.5,
          startYear: 2026,
          durationYears: 2,
          source: 'Begroting 2026, p. 12',
        },
      ],
    })
    const html = report('nl', analyseMkba(sourced), draft, sourced)
    expect(html).toContain('<td class="num">4,5 × € 78,50</td><td>2026–2027</td>')
    expect(html).toContain('<td class="source">Begroting 2026, p. 12</td>')
  })

  it('explains its terms in one line each, in the report’s language', () => {
    expect(report('nl')).toContain('<dt>Contante waarde</dt>')
    expect(report('nl')).toContain('<dt>Monte Carlo</dt>')
    expect(report('en')).toContain('<dt>Discount rate</dt>')
  })
})
