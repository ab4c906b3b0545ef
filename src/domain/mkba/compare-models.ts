/**
 * What changed between two saved MKBA models ("what changed since the council version"):
 * the settings one by one, and the items matched by id — added, removed, and changed field by
 * field. Values are compared as JSON with their keys sorted: PostgreSQL's jsonb keeps keys in
 * its own order, so a model read back is equal to the one saved although its text is not.
 */
export interface FieldChange {
  readonly field: string
  /** The value before and after as JSON text; undefined where the field was absent. */
  readonly before: string | undefined
  readonly after: string | undefined
}

export interface ModelComparison {
  readonly settings: readonly FieldChange[]
  readonly added: readonly string[]
  readonly removed: readonly string[]
  readonly changed: ReadonlyArray<{ readonly id: string; readonly fields: readonly FieldChange[] }>
}

type Json = Record<string, unknown>

const asObject = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {}

const sortedKeys = (_key: string, value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value

const text = (value: unknown) =>
  value === undefined ? undefined : JSON.stringify(value, sortedKeys)

function fieldChanges(before: Json, after: Json, skip: ReadonlySet<string>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return fields
    .filter((field) => !skip.has(field))
    .map((field) => ({ field, before: text(before[field]), after: text(after[field]) }))
    .filter((c) => c.before !== c.after)
}

function itemsById(model: Json): Map<string, Json> {
  const items = Array.isArray(model.items) ? model.items : []
  return new Map(
    items.map((item, index) => [String(asObject(item).id ?? `#${index + 1}`), asObject(item)]),
  )
}

export function compareMkbaModels(older: unknown, newer: unknown): ModelComparison {
  const a = asObject(older)
  const b = asObject(newer)
  const itemsA = itemsById(a)
  const itemsB = itemsById(b)
  const none = new Set<string>()
  return {
    settings: fieldChanges(a, b, new Set(['items'])),
    added: [...itemsB.keys()].filter((id) => !itemsA.has(id)),
    removed: [...itemsA.keys()].filter((id) => !itemsB.has(id)),
    changed: [...itemsB.entries()].flatMap(([id, item]) => {
      const previous = itemsA.get(id)
      if (!previous) return []
      const fields = fieldChanges(previous, item, none)
      return fields.length === 0 ? [] : [{ id, fields }]
    }),
  }
}

/** No difference at all. */
export const isUnchanged = (c: ModelComparison): boolean =>
  c.settings.length + c.added.length + c.removed.length + c.changed.length === 0
