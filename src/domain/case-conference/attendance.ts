import {
  type DisclosureRules,
  type PublishedCount,
  publishLinkedTables,
  suppressionReason,
} from '../disclosure/index.js'
import type { LocalisedMessage } from '../errors.js'
import type { ConferenceDomain } from './conference.js'

/** One partner (organisation and domain) in one month, as counted. */
export interface PartnerMonthCount {
  readonly month: string
  readonly organisation: { readonly id: string; readonly name: string }
  readonly domain: ConferenceDomain
  /** Conferences attended: professionals, not residents, so shown exactly. */
  readonly attended: number
  /** Cases brought in: residents, so published under the disclosure rules. */
  readonly cases: number
}

interface ShownCount {
  readonly count: number | null
  readonly suppression: {
    readonly kind: 'primary' | 'secondary'
    readonly reason: LocalisedMessage
  } | null
}

function shown(published: PublishedCount, rules: DisclosureRules): ShownCount {
  return {
    count: published.count,
    suppression: published.suppression && {
      kind: published.suppression,
      reason: suppressionReason(published.suppression, rules),
    },
  }
}

/**
 * Who was at the table, month by month: per month the conferences held and the cases on their
 * agendas, and per partner the conferences attended and its share of the cases. The case counts
 * of a month and its partners form one linked table (the partners' cells add up to the month's
 * total), suppressed together so no small count is shown or can be worked out from the others
 * (src/domain/disclosure). A share is computed from the published counts only.
 */
export function publishAttendance(
  conferences: readonly { readonly month: string; readonly count: number }[],
  partners: readonly PartnerMonthCount[],
  rules: DisclosureRules,
) {
  return conferences.map(({ month, count }) => {
    const cells = partners.filter((p) => p.month === month).map((p) => ({ ...p, count: p.cases }))
    const total = cells.reduce((sum, cell) => sum + cell.count, 0)
    const published = publishLinkedTables(total, [cells], rules)
    const monthCases = shown(published.total, rules)
    return {
      month,
      conferences: count,
      cases: monthCases,
      partners: (published.dimensions[0] ?? []).map((cell) => {
        const cases = shown(cell, rules)
        return {
          organisation: cell.organisation,
          domain: cell.domain,
          attended: cell.attended,
          cases,
          caseShare:
            cases.count === null || monthCases.count === null || monthCases.count === 0
              ? null
              : cases.count / monthCases.count,
        }
      }),
    }
  })
}
