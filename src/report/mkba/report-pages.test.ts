import { describe, expect, it } from 'vitest'
import { DEMO_MKBA_MODEL } from '../../demo/index.js'
import { assessPilotDesign, parseMkbaModel, pilotDesignSchema } from '../../domain/index.js'
import { analyseMkba } from '../../mkba/index.js'
import { chromiumPath } from '../chromium.js'
import { htmlToPdf } from '../pdf.js'
import { mkbaReportHtml } from './report-html.js'

/** Page count of a Chromium PDF: the /Count of its page tree. */
function pageCount(pdf: Uint8Array): number {
  const match = /\/Count (\d+)/.exec(Buffer.from(pdf).toString('latin1'))
  return Number(match?.[1])
}

/** A busy model: 8 stakeholders, 10 years, 15 uncertain inputs, PM items, warnings, scenarios. */
function busyModel(): unknown {
  const stakeholders = ['wmo', 'pw', 'jw', 'zvw', 'rijk', 'justitie', 'corporatie', 'inwoner']
  const benefits = stakeholders.flatMap((stakeholder, i) =>
    [0, 1].map((j) => ({
      id: `b${i}-${j}`,
      label: `Vermeden kosten categorie ${i}-${j} met een lange omschrijving`,
      kind: 'benefit',
      category: j === 0 ? 'financial' : 'social',
      stakeholder,
      quantity: 10 + i,
      unitValue: 2_000,
      startYear: 2025,
      durationYears: 8,
      dropOff: 0.1,
      uncertainty: { quantity: { distribution: 'pert', low: 0, mode: 10 + i, high: 30 } },
    })),
  )
  return {
    name: 'Acht partijen, tien jaar, veel aannames',
    baseYear: 2024,
    priceYear: 2024,
    horizonYears: 10,
    stakeholders,
    items: [
      {
        id: 'team',
        kind: 'cost',
        category: 'financial',
        stakeholder: 'wmo',
        quantity: 1,
        unitValue: 400_000,
        startYear: 2024,
        durationYears: 10,
      },
      ...benefits,
      {
        id: 'wage',
        kind: 'benefit',
        category: 'social',
        stakeholder: 'inwoner',
        quantity: 5,
        unitValue: 10_000,
        startYear: 2025,
        durationYears: 12,
      },
      {
        id: 'uitkering',
        kind: 'benefit',
        category: 'social',
        stakeholder: 'inwoner',
        quantity: 5,
        unitValue: 1_000,
        startYear: 2025,
        durationYears: 3,
      },
      ...['+', '-', '?', '+', '-'].map((sign, i) => ({
        id: `pm${i}`,
        label: `Niet in geld uitgedrukt effect ${i}`,
        kind: 'benefit',
        category: 'unquantified',
        stakeholder: stakeholders[i],
        sign,
      })),
    ],
    scenarios: [
      { id: 'stad', name: 'Opschaling stad', overrides: { 'b1-0': { quantity: 100 } } },
      { id: 'krimp', name: 'Krimp', overrides: { 'b2-0': { quantity: 1 } } },
    ],
  }
}

describe.skipIf(chromiumPath() === undefined)('the MKBA report on paper', () => {
  for (const [name, model] of [
    ['the demo pilot', DEMO_MKBA_MODEL],
    ['a busy model', busyModel()],
  ] as const) {
    it(`fits ${name}'s answer on two A4 pages, and its items and terms after, in Dutch and English`, async () => {
      const parsed = parseMkbaModel(model)
      const analysis = analyseMkba(parsed, { draws: 2_000, seed: 1 })
      expect(analysis.warnings.length).toBeGreaterThan(name === 'a busy model' ? 1 : -1)
      const context = { status: 'final', madeAt: '2026-12-02T10:00:00Z' } as const
      const design = pilotDesignSchema.parse({
        outcome: 'proportion',
        nPilot: 150,
        nComparison: 600,
        followUpMonths: 18,
        baselineShare: 0.175,
        smallestDifference: 0.1,
      })
      const pilotDesign = { design, assessment: assessPilotDesign(design) }
      for (const language of ['nl', 'en'] as const) {
        const html = mkbaReportHtml({ analysis, model: parsed, context, pilotDesign }, language)
        // The pilot design is printed in the appendix, so the answer keeps its two pages.
        expect(html.indexOf(pilotDesign.assessment.sentence[language])).toBeGreaterThan(
          html.indexOf('<section class="appendix">'),
        )
        const answer = html.replace(/<section class="appendix">[\s\S]*?<\/section>/, '')
        expect(answer).not.toBe(html)
        expect(pageCount(await htmlToPdf(answer))).toBeLessThanOrEqual(2)
        // The appendix starts on a page of its own: at most two pages more for 17 items, and
        // one more for the pilot design at its head.
        expect(pageCount(await htmlToPdf(html))).toBeLessThanOrEqual(5)
      }
    }, 120_000)
  }
})
