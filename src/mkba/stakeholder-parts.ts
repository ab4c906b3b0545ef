import type { ItemValue } from './evaluate.js'

/** What a present value is, for a stakeholder's stacked bar. */
export type StakeholderPartKind = 'cost' | 'money' | 'social' | 'transfer'

export interface StakeholderPart {
  readonly stakeholder: string
  readonly part: StakeholderPartKind
  /** Present value: negative for what the stakeholder pays or gives up, positive for what it gains. */
  readonly value: number
}

/**
 * Each valued item split onto the stakeholders it touches, signed from their side: costs
 * negative, benefits in money and social benefits positive, and a transfer twice — received
 * (+) by one side and paid (−) by its counterparty — so that per stakeholder the parts add up
 * to its net, and over all stakeholders transfers cancel (Romijn & Renes 2013, §6: the
 * distribution table shows transfers, society's balance does not).
 * Unquantified (PM) items have no value and no part.
 *
 * @example
 * ```ts
 * stakeholderParts([
 *   { id: 'team', label: 'Team', stakeholder: 'city', kind: 'cost', category: 'financial',
 *     pv: 100000 },
 *   { id: 'allowance', label: 'Allowance', stakeholder: 'resident', counterparty: 'city',
 *     kind: 'benefit', category: 'transfer', pv: 12000 },
 *   { id: 'wellbeing', label: 'Wellbeing', stakeholder: 'resident', kind: 'benefit',
 *     category: 'social', pv: 40000 },
 * ])
 * // → [{ stakeholder: 'city', part: 'cost', value: -100000 },
 * //    { stakeholder: 'resident', part: 'transfer', value: 12000 },
 * //    { stakeholder: 'city', part: 'transfer', value: -12000 },
 * //    { stakeholder: 'resident', part: 'social', value: 40000 }]
 * ```
 */
export function stakeholderParts(items: readonly ItemValue[]): StakeholderPart[] {
  return items.flatMap((item): StakeholderPart[] => {
    if (item.category === 'unquantified') return []
    if (item.category === 'transfer') {
      const sign = item.kind === 'benefit' ? 1 : -1
      return [
        { stakeholder: item.stakeholder, value: sign * item.pv, part: 'transfer' },
        ...(item.counterparty === undefined
          ? []
          : [
              { stakeholder: item.counterparty, value: -sign * item.pv, part: 'transfer' as const },
            ]),
      ]
    }
    const part = item.kind === 'cost' ? 'cost' : item.category === 'social' ? 'social' : 'money'
    return [
      { stakeholder: item.stakeholder, value: item.kind === 'cost' ? -item.pv : item.pv, part },
    ]
  })
}
