import type {
  BusinessCaseCoverage,
  LocalisedMessage,
  PilotPhasesResponse,
  ProjectResult,
  RecordedCosts,
} from '../../domain/index.js'

/**
 * What the server gathers for the pilot report (src/server/routes/pilot-report-data.ts): every
 * figure already an aggregate, nothing that names a resident.
 */
export interface PilotReportInput {
  readonly madeAt: string
  /** The issuing municipality: the page's author and the PDF's Author. */
  readonly municipality: string
  readonly project: {
    readonly name: string
    readonly periodStart: string
    readonly periodEnd: string | null
    readonly targetGroup: string
    readonly participantCount: number
  }
  readonly phases: PilotPhasesResponse
  /** Case conferences held per month, and per partner the conferences it attended. */
  readonly conferences: {
    readonly months: readonly { readonly month: string; readonly held: number }[]
    readonly partners: readonly { readonly name: string; readonly attended: number }[]
  }
  /** Hours (priced with the tariffs) and budget spends, per organisation or domain and year. */
  readonly costs: RecordedCosts
  /** The unshielded budget's pot, when one is set. */
  readonly budgetPotCents: number | null
  /** The business case of the signed-off table conversations; null when none is signed off. */
  readonly businessCase: {
    readonly result: ProjectResult | null
    readonly coverage: BusinessCaseCoverage
  }
  /** The latest finished effect analysis. */
  readonly effect: {
    readonly version: number
    readonly name: string
    readonly finishedAt: string | null
    readonly pilot: number
    readonly comparison: number
    readonly outcomes: readonly {
      readonly name: string
      readonly reading: LocalisedMessage | null
    }[]
  } | null
  /** The saved MKBA model's ratio, with the 90% interval of its Monte Carlo. */
  readonly mkba: {
    readonly version: number
    readonly pvCosts: number
    readonly pvBenefits: number
    readonly ratio: number | null
    readonly ratioFinancial: number | null
    readonly ratioP5: number | null
    readonly ratioP95: number | null
    readonly probRatioAbove1: number
    readonly draws: number
    readonly seed: number
  } | null
}
