import type { MkbaItem, MkbaModel, MkbaScenario } from './model.js'

/** The model with a scenario's overrides applied to its items (unknown ids are ignored by design: validation reports them). */
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
