import {
  formatIssue,
  type Language,
  studySpecSchema,
  toValidationError,
} from '../../../domain/index.js'

export type OutcomeType =
  | 'binary'
  | 'continuous'
  | 'count'
  | 'cost'
  | 'time-to-event'
  | 'difference-in-differences'

/**
 * One outcome as the mapping step edits it; time to event from a time and event column, or
 * dates; difference in differences from a column before and one after the pilot.
 */
export interface OutcomeDraft {
  readonly name: string
  readonly type: OutcomeType
  readonly column: string
  readonly timing: 'columns' | 'dates'
  readonly time: string
  readonly event: string
  readonly start: string
  readonly end: string
  readonly followUp: number | undefined
  readonly before: string
  readonly after: string
}

/** The column mapping and the design options, as the form holds them. */
export interface SpecDraft {
  readonly id: string
  readonly group: string
  readonly treated: string
  /** Covariates by column, with their type; a column not here is not a covariate. */
  readonly covariates: Readonly<Record<string, 'numeric' | 'categorical'>>
  readonly outcomes: readonly OutcomeDraft[]
  readonly method: 'nearest' | 'ipw' | 'none'
  readonly ratio: number | undefined
  readonly replace: boolean
  readonly caliper: number | undefined
  readonly estimand: 'ATT' | 'ATE'
  /** The column holding BSNs, hashed on upload ('' when there is none). */
  readonly bsnColumn: string
  /** The pilot group from the group column, or the project's enrolled residents (by BSN). */
  readonly groupFrom: 'column' | 'enrolments'
}

/** A first mapping from the file's header: the first column as id, a pilot-like column as group. */
export function draftFromHeader(header: readonly string[]): SpecDraft {
  const group = header.find((h) => /pilot|groep|group|treat/i.test(h)) ?? header[1] ?? ''
  return {
    id: header[0] ?? '',
    group,
    treated: '1',
    covariates: {},
    outcomes: [],
    method: 'nearest',
    ratio: 1,
    replace: false,
    caliper: 0.2,
    estimand: 'ATT',
    bsnColumn: '',
    groupFrom: 'column',
  }
}

/**
 * What the upload says besides the file: the BSN column, and where the pilot group comes from —
 * the enrolments only with a BSN column to recognise residents by (the server requires it too).
 */
export function uploadOptions(draft: Pick<SpecDraft, 'bsnColumn' | 'groupFrom'>): {
  bsnColumn?: string
  groupFrom: 'column' | 'enrolments'
} {
  if (!draft.bsnColumn) return { groupFrom: 'column' }
  return { bsnColumn: draft.bsnColumn, groupFrom: draft.groupFrom }
}

export function newOutcome(column: string): OutcomeDraft {
  return {
    name: column,
    type: 'binary',
    column,
    timing: 'columns',
    time: '',
    event: column,
    start: '',
    end: '',
    followUp: undefined,
    before: column,
    after: column,
  }
}

function outcomeSpec(o: OutcomeDraft) {
  if (o.type === 'difference-in-differences')
    return { name: o.name, type: o.type, before: o.before, after: o.after }
  if (o.type !== 'time-to-event') return { name: o.name, type: o.type, column: o.column }
  if (o.timing === 'columns') return { name: o.name, type: o.type, time: o.time, event: o.event }
  return {
    name: o.name,
    type: o.type,
    start: o.start,
    ...(o.end ? { end: o.end } : {}),
    ...(o.followUp === undefined ? {} : { followUp: o.followUp }),
  }
}

export type SpecFile = ReturnType<typeof specFile>

/** The CLI's spec file for the draft (what `effectwijzer analyse --spec` reads). */
export function specFile(draft: SpecDraft) {
  return {
    id: draft.id,
    group: { column: draft.group, treated: draft.treated },
    covariates: Object.entries(draft.covariates).map(([column, type]) => ({ column, type })),
    design: {
      method: draft.method,
      ...(draft.method === 'nearest'
        ? {
            ratio: draft.ratio,
            replace: draft.replace,
            ...(draft.caliper === undefined ? {} : { caliper: draft.caliper }),
          }
        : {}),
      estimand: draft.estimand,
    },
    outcomes: draft.outcomes.map(outcomeSpec),
  }
}

/** The spec checked as the server and CLI check it: the spec, or every problem by field. */
export function checkedSpec(
  draft: SpecDraft,
  language: Language,
): { readonly spec: SpecFile } | { readonly problems: readonly string[] } {
  const file = specFile(draft)
  const parsed = studySpecSchema.safeParse(file)
  if (parsed.success) return { spec: file }
  return {
    problems: toValidationError(parsed.error, file).issues.map((i) => formatIssue(i, language)),
  }
}
