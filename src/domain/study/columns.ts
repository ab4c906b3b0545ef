import type { StudySpec } from './spec.js'

/**
 * The columns a study specification uses: what a reader keeps of a data file (the CLI's and
 * the server's), so a million-row extract does not hold the columns nobody asked for.
 */
export function studyColumns(spec: StudySpec): Set<string> {
  const names = [
    spec.id,
    spec.group.column,
    ...spec.covariates.map((c) => c.column),
    ...spec.design.exact,
  ]
  for (const o of spec.outcomes) {
    if (o.type === 'time-to-event')
      names.push(
        ...[o.time, o.event, o.start, o.end].filter((x): x is string => x !== undefined),
        ...o.adjust.map((a) => a.column),
      )
    else if (o.type === 'difference-in-differences') names.push(o.before, o.after)
    else names.push(o.column)
  }
  return new Set(names)
}
