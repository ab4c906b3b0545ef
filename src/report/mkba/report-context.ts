import { formatMoment } from '../../domain/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'

/**
 * Who hands the report to whom, and how final it is: a council member must see at a glance
 * whether they hold a draft or the version the proposal rests on, and which saved version of
 * the model it is, so a number in a debate can be traced back.
 */
export interface MkbaReportContext {
  readonly status: 'draft' | 'final'
  /** When the report was made (an ISO moment). */
  readonly madeAt: string
  /** The municipality or organisation the model is of. */
  readonly organisation?: string
  /** Who asked for the report. */
  readonly author?: string
  /** The saved model version it reports, with when it was saved. */
  readonly version?: { readonly number: number; readonly savedAt: string }
}

const TEXT = {
  nl: {
    draft: 'CONCEPT — niet voor besluitvorming',
    final: 'Definitief',
    madeBy: (who: string) => `opgesteld door ${who}`,
    madeAt: (when: string) => `gemaakt ${when}`,
    version: (n: number, when: string) => `modelversie ${n} van ${when}`,
  },
  en: {
    draft: 'DRAFT — not for decision-making',
    final: 'Final',
    madeBy: (who: string) => `prepared by ${who}`,
    madeAt: (when: string) => `made ${when}`,
    version: (n: number, when: string) => `model version ${n} of ${when}`,
  },
} satisfies Record<ReportLanguage, unknown>

/** The status banner and the line with organisation, author, date and model version. */
export function reportContextHtml(context: MkbaReportContext, language: ReportLanguage): string {
  const t = TEXT[language]
  const parts = [
    context.organisation,
    context.author === undefined ? undefined : t.madeBy(context.author),
    t.madeAt(formatMoment(context.madeAt, language)),
    context.version === undefined
      ? undefined
      : t.version(context.version.number, formatMoment(context.version.savedAt, language)),
  ].filter((part): part is string => part !== undefined)
  return `<p class="status status-${context.status}">${t[context.status]}</p>
<p class="meta">${escapeHtml(parts.join(' · '))}</p>`
}
