import { z } from 'zod'
import { isoDateSchema } from '../api/common.js'
import type { Theme } from './code-book.js'
import { FINDING_SOURCES, type Finding } from './finding.js'

const quoteSchema = z.object({
  findingId: z.string(),
  text: z.string(),
  date: isoDateSchema,
  source: z.enum(FINDING_SOURCES),
  organisationName: z.string().nullable(),
})

export const themeOverviewSchema = z.object({
  themeId: z.string(),
  labelNl: z.string(),
  labelEn: z.string(),
  retired: z.boolean(),
  /** Findings coded with the theme. */
  count: z.number().int(),
  /** Across which partners: findings per organisation (null: no organisation given), most first. */
  organisations: z.array(
    z.object({ id: z.string().nullable(), name: z.string().nullable(), count: z.number().int() }),
  ),
  /** Findings per kind of source, most first. */
  sources: z.array(z.object({ source: z.enum(FINDING_SOURCES), count: z.number().int() })),
  /** Its quotes, newest first. */
  quotes: z.array(quoteSchema),
})
export type ThemeOverview = z.infer<typeof themeOverviewSchema>

export const findingsOverviewResponseSchema = z.object({
  findings: z.number().int(),
  themes: z.array(themeOverviewSchema),
})
export type FindingsOverview = z.infer<typeof findingsOverviewResponseSchema>

/**
 * Per theme how often it occurs, across which partners and sources, with its quotes (issue 16).
 * Themes merged into another are left out (their findings now carry the other); a retired theme
 * stays while findings carry it. Sorted by count, then Dutch label.
 * @example
 * ```ts
 * const themes = [{ id: 't1', key: 'trust', labelNl: 'Vertrouwen', labelEn: 'Trust', retired: false, mergedInto: null }]
 * const f = { id: 'f1', projectId: 'p', text: 'Ik durf weer', source: 'interview' as const, date: '2026-03-01',
 *   organisationId: 'o1', organisationName: 'Wijkteam', themeIds: ['t1'], quote: true, conversationId: null, createdAt: '' }
 * const o = findingsOverview([f], themes)
 * o.themes[0]  // → { themeId: 't1', count: 1, organisations: [{ id: 'o1', name: 'Wijkteam', count: 1 }] }
 * ```
 */
export function findingsOverview(
  findings: readonly Finding[],
  themes: readonly Theme[],
): FindingsOverview {
  const overviews = themes
    .filter((theme) => theme.mergedInto === null)
    .map((theme) =>
      themeOverview(
        theme,
        findings.filter((f) => f.themeIds.includes(theme.id)),
      ),
    )
    .filter((overview) => overview.count > 0 || !overview.retired)
    .sort((a, b) => b.count - a.count || a.labelNl.localeCompare(b.labelNl, 'nl'))
  return { findings: findings.length, themes: overviews }
}

function themeOverview(theme: Theme, coded: readonly Finding[]): ThemeOverview {
  const organisations = tally(coded, (f) => f.organisationId ?? '').map(([id, group]) => ({
    id: id === '' ? null : id,
    name: group[0]?.organisationName ?? null,
    count: group.length,
  }))
  const sources = tally(coded, (f) => f.source).map(([source, group]) => ({
    source: source as Finding['source'],
    count: group.length,
  }))
  const quotes = coded
    .filter((f) => f.quote)
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((f) => ({
      findingId: f.id,
      text: f.text,
      date: f.date,
      source: f.source,
      organisationName: f.organisationName,
    }))
  return {
    themeId: theme.id,
    labelNl: theme.labelNl,
    labelEn: theme.labelEn,
    retired: theme.retired,
    count: coded.length,
    organisations,
    sources,
    quotes,
  }
}

/** Groups by key, largest group first (ties in first-seen order). */
function tally<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    groups.set(k, [...(groups.get(k) ?? []), item])
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length)
}
