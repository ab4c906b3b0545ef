export type { BinaryEffects, EffectEstimate } from './effects.js'
export { binaryEffects, differenceInMeans, diffInDiff, ipwWeights } from './effects.js'
export type { LinearFit, RobustType } from './linear-model.js'
export { fitLinearRobust } from './linear-model.js'
