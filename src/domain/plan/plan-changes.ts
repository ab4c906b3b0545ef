import type { Plan } from './plan.js'

/** The parts of a plan whose items have an id, and its single fields. */
export type PlanPart =
  | 'goal'
  | 'partnerAction'
  | 'residentAction'
  | 'review'
  | 'agreedOn'
  | 'nextReview'

/**
 * One change between two versions of a plan, readable as it stands: a goal added, a partner's
 * action changed (with the field, before and after), a review added, the next review moved.
 */
export interface PlanChange {
  readonly kind: 'added' | 'removed' | 'changed'
  readonly part: PlanPart
  /** The item's id (goals, actions), the review's date, or null for a single field. */
  readonly id: string | null
  readonly field: string | null
  readonly before: string | null
  readonly after: string | null
}

type Item = Readonly<Record<string, unknown>> & { readonly id: string }

const show = (value: unknown): string | null =>
  value === undefined || value === null
    ? null
    : Array.isArray(value)
      ? value.join(', ')
      : String(value)

function itemChanges(
  part: PlanPart,
  before: readonly Item[],
  after: readonly Item[],
): PlanChange[] {
  const changes: PlanChange[] = []
  const old = new Map(before.map((item) => [item.id, item]))
  const now = new Map(after.map((item) => [item.id, item]))
  for (const item of after) {
    const previous = old.get(item.id)
    if (!previous) {
      changes.push({
        kind: 'added',
        part,
        id: item.id,
        field: null,
        before: null,
        after: describe(item),
      })
      continue
    }
    const fields = new Set([...Object.keys(previous), ...Object.keys(item)])
    for (const field of fields) {
      if (field === 'id') continue
      const was = show(previous[field])
      const is = show(item[field])
      if (was !== is)
        changes.push({ kind: 'changed', part, id: item.id, field, before: was, after: is })
    }
  }
  for (const item of before)
    if (!now.has(item.id))
      changes.push({
        kind: 'removed',
        part,
        id: item.id,
        field: null,
        before: describe(item),
        after: null,
      })
  return changes
}

/** An item in one line: its words (own words, action or note). */
function describe(item: Item): string {
  return show(item.ownWords ?? item.action ?? item.note) ?? item.id
}

function fieldChange(
  part: PlanPart,
  before: string | undefined,
  after: string | undefined,
): PlanChange[] {
  if (before === after) return []
  const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed'
  return [{ kind, part, id: null, field: null, before: before ?? null, after: after ?? null }]
}

/**
 * What changed from one version of a plan to the next, item by item (matched by id) and field by
 * field, so the versions list can say who changed what.
 *
 * @example
 * ```ts
 * const before = { goals: [{ id: 'g1', ownWords: 'Rust in mijn hoofd', domains: [] }], partnerActions: [], residentActions: [], reviews: [] }
 * const after = { ...before, goals: [{ id: 'g1', ownWords: 'Rust in mijn hoofd en werk', domains: [] }] }
 * planChanges(before, after)
 * // → [{ kind: 'changed', part: 'goal', id: 'g1', field: 'ownWords', before: 'Rust in mijn hoofd', after: 'Rust in mijn hoofd en werk' }]
 * ```
 */
export function planChanges(before: Plan, after: Plan): PlanChange[] {
  const reviews = (plan: Plan) => plan.reviews.map((review) => ({ ...review, id: review.date }))
  return [
    ...itemChanges('goal', before.goals, after.goals),
    ...itemChanges('partnerAction', before.partnerActions, after.partnerActions),
    ...itemChanges('residentAction', before.residentActions, after.residentActions),
    ...itemChanges('review', reviews(before), reviews(after)),
    ...fieldChange('agreedOn', before.agreedOn, after.agreedOn),
    ...fieldChange('nextReview', before.nextReview, after.nextReview),
  ]
}
