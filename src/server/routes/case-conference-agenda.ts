import {
  CONFERENCE_DOMAIN_NAMES,
  type ConferenceDetail,
  formatWeekday,
  type Language,
} from '../../domain/index.js'
import { escapeHtml } from '../../report/index.js'

const TEXT = {
  nl: {
    title: 'Agenda casuïstiekoverleg',
    chair: 'Voorzitter',
    none: 'nog niet gekozen',
    attendees: 'Aanwezig (genodigd)',
    cases: 'Casussen',
    noCases: 'Nog geen casussen op de agenda.',
    broughtBy: 'ingebracht door',
    withoutBasis: 'Casus zonder grondslag voor u',
    carried: 'Openstaande acties uit eerdere overleggen',
    openActions: (n: number) => `${n} openstaande ${n === 1 ? 'actie' : 'acties'}`,
    privacy: 'Alleen pseudoniemen: vragen en verslagen staan niet op de agenda.',
  },
  en: {
    title: 'Case conference agenda',
    chair: 'Chair',
    none: 'not chosen yet',
    attendees: 'Attendees (invited)',
    cases: 'Cases',
    noCases: 'No cases on the agenda yet.',
    broughtBy: 'brought in by',
    withoutBasis: 'Case without a basis for you',
    carried: 'Open actions from earlier conferences',
    openActions: (n: number) => `${n} open ${n === 1 ? 'action' : 'actions'}`,
    privacy: 'Pseudonyms only: questions and records are not on the agenda.',
  },
}

/**
 * The printable agenda: the pseudonym, partner and domain of each case the reader has a basis
 * for, "case without a basis for you" for the others, and nothing else of a case (no question,
 * no record), so the paper that lies on the table carries no more than a pseudonym.
 */
export function agendaHtml(conference: ConferenceDetail, language: Language): string {
  const t = TEXT[language]
  const e = escapeHtml
  const team = [conference.organisation.name, conference.team].filter(Boolean).join(' – ')
  const cases = conference.cases.map((item) =>
    item.visible
      ? `<li><strong>${e(item.participant.pseudonym)}</strong> — ${t.broughtBy} ${e(item.broughtBy.organisation.name)} (${e(CONFERENCE_DOMAIN_NAMES[item.domain][language])})${item.carriedActions.length > 0 ? ` · ${t.openActions(item.carriedActions.length)}` : ''}</li>`
      : `<li><em>${t.withoutBasis}</em></li>`,
  )
  const carried = conference.carried.map(
    (c) =>
      `<li><strong>${e(c.participant.pseudonym)}</strong> · ${t.openActions(c.actions.length)}</li>`,
  )
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${t.title} ${e(conference.date)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}h1{font-size:1.5rem}li{margin:.25rem 0}.note{color:#444;font-size:.9rem}</style>
</head><body>
<h1>${t.title}</h1>
<p>${e(team)} · ${e(formatWeekday(conference.date, language))}</p>
<p>${t.chair}: ${conference.chair ? e(conference.chair.name) : t.none}</p>
<h2>${t.attendees}</h2>
<ul>${conference.attendees.map((a) => `<li>${e(a.user.name)}, ${e(a.user.organisation.name)} (${e(CONFERENCE_DOMAIN_NAMES[a.domain][language])})</li>`).join('')}</ul>
<h2>${t.cases}</h2>
${cases.length > 0 ? `<ol>${cases.join('')}</ol>` : `<p>${t.noCases}</p>`}
${carried.length + conference.carriedWithoutBasis > 0 ? `<h2>${t.carried}</h2><ul>${carried.join('')}${conference.carriedWithoutBasis > 0 ? `<li><em>${t.withoutBasis}</em> (${conference.carriedWithoutBasis})</li>` : ''}</ul>` : ''}
<p class="note">${t.privacy}</p>
</body></html>`
}
