export type { FieldChange, ModelComparison } from './compare-models.js'
export { compareMkbaModels, isUnchanged } from './compare-models.js'
export { followValue } from './follow-value.js'
export type {
  EffectReference,
  MkbaItemFile,
  MkbaModelFile,
  MkbaModelFileInput,
} from './model-schema.js'
export { mkbaModelFileSchema } from './model-schema.js'
export type { EffectEstimate, ModelResolvers } from './parse-model.js'
export { parseMkbaModel } from './parse-model.js'
export type { EffectOutcome } from './sources.js'
export {
  effectOutcomes,
  findEffect,
  itemFromCases,
  itemFromEffect,
  itemFromPrice,
  priceResolver,
} from './sources.js'
