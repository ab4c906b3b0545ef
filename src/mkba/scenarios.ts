import type { MkbaItem, MkbaModel, MkbaScenario } from './model.js'

/**
 * The model with a scenario's overrides applied to its items (unknown ids are ignored by
 * design: validation reports them).
 * @example
 * ```ts
 * const none = { deadweight: 0, attribution: 0, displacement: 0, dropOff: 0 }
 * const pilot: MkbaModel = {
 *   name: 'pilot', baseYear: 2024, priceYear: 2024, horizonYears: 2, discountRate: 0.0225,
 *   timing: 'start-of-year', stakeholders: ['city'],
 *   items: [
 *     { id: 'team', kind: 'cost', category: 'financial', stakeholder: 'city',
 *       years: { 2024: 100000 }, ...none },
 *     { id: 'work', kind: 'benefit', category: 'financial', stakeholder: 'city',
 *       quantity: 20, unitValue: 6000, startYear: 2025, durationYears: 1, ...none,
 *       uncertainty: { quantity: { distribution: 'triangular', low: 10, mode: 20, high: 30 } } },
 *   ],
 * }
 * applyScenario(pilot, { id: 'city', name: 'city-wide', overrides: { work: { quantity: 100 } } })
 * // → { name: 'pilot — city-wide', items: [{ id: 'team' }, { id: 'work', quantity: 100 }] }
 * ```
 */
export function applyScenario(model: MkbaModel, scenario: MkbaScenario): MkbaModel {
  return {
    ...model,
    name: `${model.name} — ${scenario.name}`,
    items: model.items.map((item) => {
      const override = scenario.overrides[item.id]
      return override === undefined ? item : ({ ...item, ...override } as MkbaItem)
    }),
  }
}
