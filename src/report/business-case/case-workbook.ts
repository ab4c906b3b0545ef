import { cardQuantity, createPriceLookup } from '../../domain/index.js'
import { createWorkbook } from '../workbook.js'
import type { CaseReportInput } from './case-report.js'
import { stakeholderName } from './stakeholder-names.js'

/** One case as a workbook: every card with its cost, per stakeholder, and per year. */
export async function caseWorkbook(input: CaseReportInput): Promise<Uint8Array> {
  const { conversation: c, result: r, language } = input
  const lookup = createPriceLookup({ priceList: input.priceList, baseYear: input.baseYear })
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
        const price = lookup(card.item)
        const priced = 'price' in price ? price : undefined
        const quantity = cardQuantity(card)
        return [
          scenario,
          'activity',
          card.start,
          card.end ?? '',
          card.item,
          card.note ?? '',
          quantity,
          priced?.price ?? '',
          priced ? quantity * priced.price : '',
          card.payer ?? priced?.payer ?? '',
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
