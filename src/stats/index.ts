// The public surface of the statistics engine. Pure: typed arrays in, plain objects out.
// Two lean entry points sit beside this one (allowed in biome.json): random/index.js (the
// seeded generator) and dists/normal.js (the normal distribution). The MKBA engine, and so
// the browser's Monte Carlo worker, needs only those two and should not load (or bundle) the
// t, F and chi-square distributions and their stdlib special functions that this file brings.

export type { BalanceRow } from './balance/index.js'
export { balanceTable } from './balance/index.js'
export {
  chisqCdf,
  chisqSf,
  fCdf,
  fSf,
  normalCdf,
  normalQuantile,
  normalSf,
  tCdf,
  tQuantile,
  tSf,
} from './dists/index.js'
export type {
  BinaryEffects,
  EffectEstimate,
  LinearFit,
  RobustBinaryEffects,
  RobustType,
  StandardErrorKind,
} from './effects/index.js'
export {
  binaryEffects,
  differenceInMeans,
  diffInDiff,
  fitLinearRobust,
  ipwWeights,
  robustBinaryEffects,
} from './effects/index.js'
export type { LogisticCoefficient, LogisticFit } from './glm/index.js'
export { fitLogistic } from './glm/index.js'
export { cholesky, choleskyInverse, choleskySolve } from './linalg/index.js'
export type { NearestMatch } from './matching/index.js'
export { matchNearest } from './matching/index.js'
export type {
  PowerMeansResult,
  PowerProportionsResult,
  SurvivalPowerResult,
} from './power/index.js'
export {
  eventProbabilityFromRate,
  findRoot,
  noncentralTUpper,
  powerMeans,
  powerProportions,
  schoenfeldEvents,
  survivalPower,
} from './power/index.js'
export type { Random } from './random/index.js'
export { createRandom } from './random/index.js'
export { bootstrapMeanInterval, median, quantileSorted } from './resampling/index.js'
export type {
  CoxFit,
  CoxTerm,
  CoxTest,
  CoxTies,
  KaplanMeierCurve,
  LogRankResult,
  SurvivalAt,
} from './survival/index.js'
export { concordance, fitCox, kaplanMeier, logRank, survivalAt } from './survival/index.js'
export type {
  ChiSquareResult,
  FisherResult,
  TwoByTwo,
  WelchResult,
  WilcoxonResult,
} from './tests/index.js'
export { chiSquare2x2, fisherExact2x2, welchTTest, wilcoxonRankSum } from './tests/index.js'
