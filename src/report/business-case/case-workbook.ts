import { cardQuantity, stakeholderName } from '../../domain/index.js'
import { createWorkbook } from '../workbook.js'
import type { CaseReportInput } from './case-report.js'

/** One case as a workbook: every card with its cost, per stakeholder, and per year. */
export async function caseWorkbook(input: CaseReportInput): Promise<Uint8Array> {
  const { conversation: c, result: r, language } = input
  // The engine's priced cards: the same costs its totals add up, to the cent.
  const cards = new Map(r.cards.map((p) => [`${p.scenario}/${p.card}`, p]))
  const workbook = createWorkbook()
  workbook.sheet(
    'Kaarten',
    [
      'scenario',
      'type',
      'start',
      'end',
      'item_or_domain',
      'description',
      'quantity',
      'price',
      'cost',
      'payer',
      'confidence',
    ],
    (['interventie', 'referentie'] as const).flatMap((scenario) =>
      c.scenarios[scenario].cards.map((card) => {
        if (card.type === 'event')
          return [
            scenario,
            'event',
            card.start,
            card.end ?? '',
            card.domain,
            `${card.direction}: ${card.description}`,
            '',
            '',
            '',
            '',
            card.confidence ?? '',
          ]
        const priced = cards.get(`${scenario}/${card.id}`)
        return [
          scenario,
          'activity',
          card.start,
          card.end ?? '',
          card.item,
          card.note ?? '',
          priced?.quantity ?? cardQuantity(card),
          priced?.unitPrice ?? '',
          priced?.cost ?? '',
          priced?.payer ?? card.payer ?? '',
          card.confidence ?? '',
        ]
      }),
    ),
  )
  workbook.sheet(
    'Belanghebbenden',
    ['stakeholder', 'name', 'interventie', 'referentie', 'difference'],
    r.perStakeholder.map((s) => [
      s.stakeholder,
      stakeholderName(s.stakeholder, language),
      s.interventie,
      s.referentie,
      s.difference,
    ]),
  )
  workbook.sheet(
    'Per jaar',
    ['year', 'interventie', 'referentie', 'difference'],
    r.perYear.map((y) => [y.year, y.interventie, y.referentie, y.difference]),
  )
  workbook.sheet(
    'Grondslag',
    ['case', 'measurement', 'base_year', 'price_list', 'price_list_version'],
    [[c.caseId, c.measurement, input.baseYear, input.priceList.id, input.priceList.version]],
  )
  return workbook.bytes()
}
