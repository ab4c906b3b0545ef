import type { MkbaModelFileInput } from '../mkba/index.js'
import { modelStakeholderFor } from '../stakeholder/stakeholder.js'
import type { RecordedCosts } from './recorded-costs.js'

type ItemInput = MkbaModelFileInput['items'][number]

const DOMAIN_NAMES: Readonly<Record<string, string>> = {
  participatiewet: 'Participatiewet',
  wmo: 'Wmo',
  jeugdwet: 'Jeugdwet',
  other: 'overig',
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * The MKBA builder's source "Uit de tijdregistratie en het budget": one cost item per
 * organisation (its pilot hours × its hourly tariff, per year) and one per domain (the
 * unshielded budget's spends, per year), each label saying how many entries it rests on.
 * Hours without a tariff give no item (they are listed as unpriced in the costs answer).
 * @example
 * ```ts
 * const costs = { priceYear: 2025, measuredCents: 41000, unpricedMinutes: 0,
 *   hours: [{ organisationId: 'o', organisationName: 'Wijkteams', year: 2025, formalMinutes: 90,
 *     informalMinutes: 30, ownOrganisationMinutes: 0, entries: 4, stakeholder: 'gemeente-overig',
 *     tariff: { code: 'WIJKTEAM-UUR', eurosPerHour: 80, source: null, sourceYear: null },
 *     problem: null, pilotCents: 16000, ownOrganisationCents: 0 }],
 *   spends: [{ domain: 'wmo', stakeholder: 'gemeente-wmo', year: 2025, cents: 25000, entries: 1 }] } as const
 * const items = costItems(costs, { stakeholders: ['gemeente', 'inwoner'] })
 * items.map((i) => [i.id, i.stakeholder, i.years])
 * // → [['tijd-wijkteams', 'gemeente', { 2025: 160 }], ['budget-wmo', 'gemeente', { 2025: 250 }]]
 * ```
 */
export function costItems(
  costs: RecordedCosts,
  model: Pick<MkbaModelFileInput, 'stakeholders'>,
): ItemInput[] {
  const items = new Map<string, ItemInput & { years: Record<string, number>; entries: number }>()
  const add = (
    id: string,
    label: (n: number) => string,
    stakeholder: string,
    year: number,
    cents: number,
    entries: number,
  ) => {
    const item = items.get(id) ?? {
      id,
      label: '',
      kind: 'cost' as const,
      category: 'financial' as const,
      stakeholder: modelStakeholderFor(stakeholder as never, model.stakeholders),
      years: {},
      entries: 0,
    }
    item.years[String(year)] = (item.years[String(year)] ?? 0) + cents / 100
    item.entries += entries
    item.label = label(item.entries)
    items.set(id, item)
  }
  for (const h of costs.hours)
    if (h.pilotCents !== null && h.stakeholder !== null && h.pilotCents > 0)
      add(
        `tijd-${slug(h.organisationName)}`,
        (n) => `Uren ${h.organisationName} (tijdregistratie, ${n} registraties)`,
        h.stakeholder,
        h.year,
        h.pilotCents,
        h.entries,
      )
  for (const s of costs.spends)
    if (s.cents !== 0)
      add(
        `budget-${s.domain ?? 'other'}`,
        (n) => `Ontschot budget, ${DOMAIN_NAMES[s.domain ?? 'other']} (${n} uitgaven)`,
        s.stakeholder,
        s.year,
        s.cents,
        s.entries,
      )
  return [...items.values()].map(({ entries: _entries, ...item }) => item)
}
