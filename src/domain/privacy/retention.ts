import { z } from 'zod'
import type { LocalisedMessage } from '../errors.js'
import { addMonths } from './calendar-months.js'

/** The law a resident's file falls under: it sets how long the file is kept. */
export const CARE_FRAMEWORKS = ['participatiewet', 'wmo', 'jeugdwet'] as const
export const careFrameworkSchema = z.enum(CARE_FRAMEWORKS)
export type CareFramework = z.infer<typeof careFrameworkSchema>

/** The record kinds that carry a retention period: a file per law, and research records. */
export const RETENTION_KINDS = [...CARE_FRAMEWORKS, 'research'] as const
export const retentionKindSchema = z.enum(RETENTION_KINDS)
export type RetentionKind = z.infer<typeof retentionKindSchema>

/** The event a period counts from. */
export const RETENTION_START_EVENTS = ['file-closed', 'project-ended'] as const
export type RetentionStartEvent = (typeof RETENTION_START_EVENTS)[number]

export interface RetentionRule {
  readonly kind: RetentionKind
  readonly years: number
  readonly startEvent: RetentionStartEvent
  /** Where the period comes from, as a municipality's archivist would check it. */
  readonly source: LocalisedMessage
}

const SELECTION_LIST: LocalisedMessage = {
  nl: 'Volgens de selectielijst van de gemeente (VNG, Selectielijst gemeenten en intergemeentelijke organen 2020). Standaard 10 jaar: stel de termijn in op de categorie uit uw eigen lijst.',
  en: "Per the municipality's selection list (VNG, Selectielijst gemeenten en intergemeentelijke organen 2020). Default 10 years: set it to the category of your own list.",
}

/**
 * The shipped retention table; a municipality overrides a row (retention_rules in the
 * database). Jeugdwet art. 7.3.9 keeps youth-care records twenty years, counted by the law from
 * when a record was made or longer where good care requires; counting from the end of the
 * care, as here, is never shorter. The selection list's periods for Participatiewet and Wmo
 * files differ per category, so they are set per municipality (10 years until then). Research
 * records (table conversations) are kept as the research protocol says, 5 years after the
 * project by default.
 */
export const DEFAULT_RETENTION_RULES: readonly RetentionRule[] = [
  { kind: 'participatiewet', years: 10, startEvent: 'file-closed', source: SELECTION_LIST },
  { kind: 'wmo', years: 10, startEvent: 'file-closed', source: SELECTION_LIST },
  {
    kind: 'jeugdwet',
    years: 20,
    startEvent: 'file-closed',
    source: {
      nl: 'Jeugdwet art. 7.3.9: twintig jaar (hier geteld vanaf het einde van de jeugdhulp, nooit korter dan de wet).',
      en: 'Jeugdwet art. 7.3.9: twenty years (counted here from the end of the youth care, never shorter than the law).',
    },
  },
  {
    kind: 'research',
    years: 5,
    startEvent: 'project-ended',
    source: {
      nl: 'Volgens het onderzoeksprotocol van het project (standaard 5 jaar na afloop). Gepseudonimiseerde uitkomsten zonder herleidbare gegevens (MKBA, business case) worden langer bewaard.',
      en: "Per the project's research protocol (default 5 years after it ends). Pseudonymised results without identifiable data (MKBA, business case) are kept longer.",
    },
  },
]

/**
 * The shipped table with a municipality's own rows in place of the defaults.
 *
 * @example
 * ```ts
 * const own = { kind: 'wmo' as const, years: 15, startEvent: 'file-closed' as const, source: { nl: 'cat.', en: 'cat.' } }
 * retentionTable([own]).map((rule) => rule.years) // → [10, 15, 20, 5]
 * ```
 */
export function retentionTable(overrides: readonly RetentionRule[]): readonly RetentionRule[] {
  return DEFAULT_RETENTION_RULES.map(
    (rule) => overrides.find((own) => own.kind === rule.kind) ?? rule,
  )
}

/**
 * The day a record may be destroyed: its start event plus the rule's years (null: the event
 * has not happened yet, so it is not due).
 *
 * @example
 * ```ts
 * retentionDueDate({ kind: 'jeugdwet', years: 20, startEvent: 'file-closed', source: { nl: '', en: '' } }, '2026-06-30')
 * // → '2046-06-30'
 * ```
 */
export function retentionDueDate(rule: RetentionRule, startDate: string | null): string | null {
  return startDate === null ? null : addMonths(startDate, rule.years * 12)
}

export const retentionRuleSchema = z.object({
  kind: retentionKindSchema,
  years: z.number().int().min(1).max(115),
  startEvent: z.enum(RETENTION_START_EVENTS),
  source: z.object({ nl: z.string(), en: z.string() }),
})
