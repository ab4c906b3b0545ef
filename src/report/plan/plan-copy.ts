import { formatDay, type Plan, type ZrmDomain, zrmDomainName } from '../../domain/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'
import { REPORT_CSS } from '../report.css.js'

/**
 * The resident's own copy of their plan, in plain language (B1: short sentences, everyday
 * words, "you" and "we"), so it can be read without the professional beside them.
 */
const TEXT = {
  nl: {
    title: 'Mijn plan',
    intro:
      'Dit is uw plan. U heeft het samen met ons gemaakt. Hierin staat wat u wilt bereiken, wat u zelf doet en wat wij doen.',
    version: (v: number, date: string) => `Versie ${v}, bewaard op ${date}.`,
    goals: 'Wat u wilt bereiken',
    noGoals: 'Er staan nog geen doelen in uw plan.',
    about: 'Dit gaat over',
    by: 'Klaar op',
    you: 'Wat u zelf doet',
    partners: 'Wat wij doen',
    nothing: 'Hier staat nog niets.',
    dates: 'Afspraken over data',
    agreedOn: (d: string) => `Wij hebben dit plan samen afgesproken op ${d}.`,
    nextReview: (d: string) => `Op ${d} kijken we samen hoe het gaat.`,
    reviews: 'Eerdere gesprekken over het plan',
    questions:
      'Klopt er iets niet, of wilt u iets veranderen? Zeg het tegen uw contactpersoon. U mag altijd vragen om een nieuw gesprek.',
    forGoal: 'Voor het doel',
  },
  en: {
    title: 'My plan',
    intro:
      'This is your plan. You made it together with us. It says what you want to achieve, what you do yourself and what we do.',
    version: (v: number, date: string) => `Version ${v}, saved on ${date}.`,
    goals: 'What you want to achieve',
    noGoals: 'There are no goals in your plan yet.',
    about: 'This is about',
    by: 'Done by',
    you: 'What you do yourself',
    partners: 'What we do',
    nothing: 'Nothing here yet.',
    dates: 'Agreed dates',
    agreedOn: (d: string) => `We agreed this plan together on ${d}.`,
    nextReview: (d: string) => `On ${d} we will look together at how it is going.`,
    reviews: 'Earlier talks about the plan',
    questions:
      'Is something wrong, or do you want to change something? Tell your contact person. You can always ask for a new talk.',
    forGoal: 'For the goal',
  },
} as const

export interface PlanCopyInput {
  readonly plan: Plan
  readonly version: number
  /** When this version was saved (ISO date). */
  readonly savedOn: string | null
  /** Organisation names by id, for what each partner does. */
  readonly organisations: ReadonlyMap<string, string>
  /** Who issues the copy (the municipality): the PDF's Author. */
  readonly issuedBy: string
}

/** The printable page (a PDF prints from it) of the resident's plan. */
export function planCopyHtml(input: PlanCopyInput, language: ReportLanguage): string {
  const t = TEXT[language]
  const day = (date: string) => escapeHtml(formatDay(date, language))
  const plan = input.plan
  const goalWords = new Map(plan.goals.map((g) => [g.id, g.ownWords]))
  const forGoal = (goalId: string | undefined) => {
    const words = goalId === undefined ? undefined : goalWords.get(goalId)
    return words ? ` <span class="meta">(${t.forGoal}: “${escapeHtml(words)}”)</span>` : ''
  }
  const due = (date: string | undefined) =>
    date ? ` <span class="meta">${t.by} ${day(date)}.</span>` : ''
  const list = (items: string[]) =>
    items.length === 0
      ? `<p>${t.nothing}</p>`
      : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`
  const goals =
    plan.goals.length === 0
      ? `<p>${t.noGoals}</p>`
      : `<ol>${plan.goals
          .map(
            (goal) =>
              `<li><p><strong>“${escapeHtml(goal.ownWords)}”</strong></p>${
                goal.domains.length > 0
                  ? `<p class="meta">${t.about}: ${goal.domains
                      .map((d: ZrmDomain) => escapeHtml(zrmDomainName(d, language).toLowerCase()))
                      .join(', ')}.</p>`
                  : ''
              }${due(goal.targetDate)}</li>`,
          )
          .join('')}</ol>`
  const you = list(
    plan.residentActions.map((a) => `${escapeHtml(a.action)}${forGoal(a.goalId)}${due(a.dueDate)}`),
  )
  const partners = list(
    plan.partnerActions.map(
      (a) =>
        `<strong>${escapeHtml(input.organisations.get(a.organisationId) ?? '')}</strong>: ${escapeHtml(a.action)}${forGoal(a.goalId)}${due(a.dueDate)}`,
    ),
  )
  const dates = [
    plan.agreedOn ? `<p>${t.agreedOn(day(plan.agreedOn))}</p>` : '',
    plan.nextReview ? `<p>${t.nextReview(day(plan.nextReview))}</p>` : '',
  ].join('')
  const reviews =
    plan.reviews.length === 0
      ? ''
      : `<h2>${t.reviews}</h2>${list(plan.reviews.map((r) => `${day(r.date)}: ${escapeHtml(r.note)}`))}`
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${t.title}</title><meta name="author" content="${escapeHtml(input.issuedBy)}">
<style>${REPORT_CSS} body { font-size: 12pt; line-height: 1.5; } li { margin-bottom: 2mm; }</style></head>
<body><main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
${input.savedOn ? `<p class="meta">${t.version(input.version, day(input.savedOn))}</p>` : ''}
<h2>${t.goals}</h2>${goals}
<h2>${t.you}</h2>${you}
<h2>${t.partners}</h2>${partners}
${dates ? `<h2>${t.dates}</h2>${dates}` : ''}
${reviews}
<p class="headline">${t.questions}</p>
</main></body></html>`
}
