import type { MkbaItem, MkbaModel } from './model.js'

/** Builds a model with the defaults the file format applies (for tests and benchmarks). */
export function model(partial: Partial<MkbaModel> & Pick<MkbaModel, 'items'>): MkbaModel {
  return {
    name: 'test',
    baseYear: 2024,
    priceYear: 2024,
    horizonYears: 10,
    discountRate: 0.0225,
    timing: 'start-of-year',
    stakeholders: [
      ...new Set(partial.items.flatMap((i) => [i.stakeholder, i.counterparty ?? i.stakeholder])),
    ],
    ...partial,
  }
}

const NO_ADJUSTMENTS = { deadweight: 0, attribution: 0, displacement: 0, dropOff: 0 }

/** An item with the file format's default adjustments (all 0). */
export function item<T extends Partial<MkbaItem>>(
  fields: T & Pick<MkbaItem, 'id' | 'kind' | 'category' | 'stakeholder'>,
): MkbaItem {
  return { ...NO_ADJUSTMENTS, ...fields } as MkbaItem
}

/** A yearly series from year `from` to `to` inclusive with the same amount. */
export function flat(from: number, to: number, amount: number): Record<string, number> {
  const years: Record<string, number> = {}
  for (let y = from; y <= to; y++) years[String(y)] = amount
  return years
}
