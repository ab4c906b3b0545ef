import { stakeholderName } from '../../domain/index.js'
import type { MkbaAnalysis, MkbaItem } from '../../mkba/index.js'
import type { ReportLanguage } from '../format.js'

/** The words of the item list that the report's appendix and the workbook's items sheet share. */
export const ITEM_TEXT = {
  nl: {
    item: 'Post',
    stakeholder: 'Belanghebbende',
    pv: 'Contante waarde',
    kinds: { cost: 'kosten', benefit: 'baten' },
    categories: { financial: 'geld', social: 'maatschappelijk', transfer: 'overdracht' },
  },
  en: {
    item: 'Item',
    stakeholder: 'Stakeholder',
    pv: 'Present value',
    kinds: { cost: 'cost', benefit: 'benefit' },
    categories: { financial: 'money', social: 'social', transfer: 'transfer' },
  },
} satisfies Record<ReportLanguage, unknown>

/** A quantified item as both the appendix table and the workbook list it. */
export interface ItemRow<Entry> {
  /** What the row was made from: the item, or the compiled item that carries it. */
  readonly entry: Entry
  readonly item: MkbaItem
  /** The item's label, or its id when it has none. */
  readonly label: string
  readonly stakeholder: string
  /** Empty when the item has no counterparty. */
  readonly counterparty: string
  readonly kind: string
  readonly category: string
  /** Present value as the engine computed it. */
  readonly pv: number
}

/**
 * Every quantified item in model order with its label, stakeholders, kind and category in
 * `language` and its present value: one list that the report and the workbook both render, so
 * the two cannot name or value an item differently. `entries` are the model's items as
 * `{ item }`, or the compiled model's items (the workbook's formulas need their flows).
 */
export function itemRows<Entry extends { readonly item: MkbaItem }>(
  entries: readonly Entry[],
  result: MkbaAnalysis,
  language: ReportLanguage,
): ItemRow<Entry>[] {
  const t = ITEM_TEXT[language]
  const pv = new Map(result.items.map((i) => [i.id, i.pv]))
  return entries.flatMap((entry) => {
    const { item } = entry
    return item.category === 'unquantified'
      ? []
      : [
          {
            entry,
            item,
            label: item.label ?? item.id,
            stakeholder: stakeholderName(item.stakeholder, language),
            counterparty:
              item.counterparty === undefined ? '' : stakeholderName(item.counterparty, language),
            kind: t.kinds[item.kind],
            category: t.categories[item.category],
            pv: pv.get(item.id) ?? 0,
          },
        ]
  })
}
