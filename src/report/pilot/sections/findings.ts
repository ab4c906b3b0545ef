import type { FindingsOverview } from '../../../domain/index.js'
import { escapeHtml } from '../../format.js'
import { type PilotSection, say } from '../section.js'

const count = (language: 'nl' | 'en', n: number, partners: number) =>
  say(
    language,
    `${n} ${n === 1 ? 'bevinding' : 'bevindingen'}, bij ${partners} ${partners === 1 ? 'partner' : 'partners'}`,
    `${n} ${n === 1 ? 'finding' : 'findings'}, at ${partners} ${partners === 1 ? 'partner' : 'partners'}`,
  )

/**
 * The pilot report's section on the process half (issue 16): each theme that findings carry,
 * most frequent first, with how many findings and at how many partner organisations, and at
 * most two of its quotes (newest first). Counts, never rates: a theme's share of a handful of
 * findings would read as a measurement it is not.
 */
export const findingsSection: PilotSection<FindingsOverview> = (_input, language, overview) => {
  const coded = overview.themes.filter((theme) => theme.count > 0)
  const label = (theme: FindingsOverview['themes'][number]) =>
    language === 'en' ? theme.labelEn : theme.labelNl
  const partnersOf = (theme: FindingsOverview['themes'][number]) =>
    theme.organisations.filter((o) => o.id !== null).length
  const themes = coded.map((theme) => {
    const quotes = theme.quotes
      .slice(0, 2)
      .map(
        (quote) =>
          `<blockquote><p>“${escapeHtml(quote.text)}”</p>${quote.organisationName ? `<footer>${escapeHtml(quote.organisationName)}, ${quote.date}</footer>` : ''}</blockquote>`,
      )
      .join('')
    return `<section class="theme"><h3>${escapeHtml(label(theme))}</h3><p>${count(language, theme.count, partnersOf(theme))}</p>${quotes}</section>`
  })
  return {
    id: 'findings',
    title: say(language, "Thema's en citaten", 'Themes and quotes'),
    html:
      coded.length === 0
        ? `<p>${say(language, 'Er zijn nog geen bevindingen gecodeerd.', 'No findings have been coded yet.')}</p>`
        : themes.join(''),
    provenance: [
      {
        figure: say(language, "thema's", 'themes'),
        source: say(
          language,
          'bevindingen uit interviews, tafelgesprekken en casusoverleggen, gecodeerd met het codeboek van het project',
          "findings from interviews, table conversations and case conferences, coded with the project's code book",
        ),
        observations: overview.findings,
      },
    ],
    sheet: {
      header: [
        say(language, 'thema', 'theme'),
        say(language, 'bevindingen', 'findings'),
        'partners',
      ],
      rows: coded.map((theme) => [label(theme), theme.count, partnersOf(theme)]),
    },
  }
}
