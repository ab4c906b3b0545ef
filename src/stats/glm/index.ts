export type { LogisticCoefficient, LogisticFit } from './logistic.js'
export { fitLogistic } from './logistic.js'
