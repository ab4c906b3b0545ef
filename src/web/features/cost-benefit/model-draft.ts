import {
  DEFAULTS,
  type MkbaItemFile,
  type MkbaModelFileInput,
  type NumberLanguage,
  parseNumber,
} from '../../../domain/index.js'

/** A model as the builder edits it: the file format, items in the input shape. */
export type ModelDraft = MkbaModelFileInput
export type ItemDraft = ModelDraft['items'][number]

export function emptyModel(name: string, year: number): ModelDraft {
  return {
    name,
    baseYear: year,
    priceYear: year,
    horizonYears: 5,
    discountRate: DEFAULTS.discountRate,
    timing: 'start-of-year',
    stakeholders: ['gemeente', 'inwoner'],
    items: [newItem(0, 'gemeente', year)],
  }
}

export function newItem(index: number, stakeholder: string, year: number): ItemDraft {
  return {
    id: `post-${index + 1}`,
    kind: 'cost',
    category: 'financial',
    stakeholder,
    quantity: 1,
    unitValue: 0,
    startYear: year,
    durationYears: 1,
  }
}

/**
 * "2024: 150.000; 2025: 90.000" ⇄ { "2024": 150000, "2025": 90000 } for series items. Entries
 * are separated by semicolons or new lines, since the comma is the Dutch decimal separator;
 * amounts are read by the app's number rule. An entry it cannot read is returned as the error.
 */
export function formatYears(
  years: Readonly<Record<string, number>> | undefined,
  format: (value: number) => string,
): string {
  return Object.entries(years ?? {})
    .map(([year, amount]) => `${year}: ${format(amount)}`)
    .join('; ')
}

export function parseYears(
  text: string,
  language: NumberLanguage,
): { readonly years: Record<string, number> } | { readonly error: string } {
  const years: Record<string, number> = {}
  for (const part of text.split(/[;\n]/)) {
    if (part.trim() === '') continue
    const [year = '', amount = '', ...rest] = part.split(':').map((s) => s.trim())
    const parsed = parseNumber(amount, language)
    if (!/^\d{4}$/.test(year) || rest.length > 0 || !parsed.ok) return { error: part.trim() }
    years[year] = parsed.value
  }
  return { years }
}

/** Replaces item `index` with `patch` applied; `undefined` values remove a field. */
export function patchItem(
  model: ModelDraft,
  index: number,
  patch: Partial<Record<keyof MkbaItemFile, unknown>>,
): ModelDraft {
  const items = model.items.map((item, i) => {
    if (i !== index) return item
    const next: Record<string, unknown> = { ...item, ...patch }
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key]
    return next as ItemDraft
  })
  return { ...model, items }
}
