export type { KaplanMeierCurve, SurvivalAt } from './kaplan-meier.js'
export { kaplanMeier, survivalAt } from './kaplan-meier.js'
export type { LogRankResult } from './log-rank.js'
export { logRank } from './log-rank.js'
