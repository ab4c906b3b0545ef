import type { FindingsOverview } from '../../domain/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'

const TEXT = {
  nl: {
    heading: "Thema's en citaten",
    source: (n: number) =>
      `Bron: ${n} ${n === 1 ? 'bevinding' : 'bevindingen'} uit interviews, tafelgesprekken en casusoverleggen, gecodeerd met het codeboek van het project.`,
    count: (n: number, partners: number) =>
      `${n} ${n === 1 ? 'bevinding' : 'bevindingen'}, bij ${partners} ${partners === 1 ? 'partner' : 'partners'}`,
    none: 'Er zijn nog geen bevindingen gecodeerd.',
  },
  en: {
    heading: 'Themes and quotes',
    source: (n: number) =>
      `Source: ${n} ${n === 1 ? 'finding' : 'findings'} from interviews, table conversations and case conferences, coded with the project's code book.`,
    count: (n: number, partners: number) =>
      `${n} ${n === 1 ? 'finding' : 'findings'}, at ${partners} ${partners === 1 ? 'partner' : 'partners'}`,
    none: 'No findings have been coded yet.',
  },
} as const

/**
 * The pilot report's section on the process half (issue 16): each theme that findings carry,
 * most frequent first, with how many findings and at how many partner organisations, and at
 * most two of its quotes (newest first). Counts, never rates: a theme's share of a handful of
 * findings would read as a measurement it is not.
 */
export function findingsSection(overview: FindingsOverview, language: ReportLanguage): string {
  const text = TEXT[language]
  const coded = overview.themes.filter((theme) => theme.count > 0)
  const themes = coded.map((theme) => {
    const label = language === 'en' ? theme.labelEn : theme.labelNl
    const partners = theme.organisations.filter((o) => o.id !== null).length
    const quotes = theme.quotes
      .slice(0, 2)
      .map(
        (quote) =>
          `<blockquote><p>“${escapeHtml(quote.text)}”</p>${quote.organisationName ? `<footer>${escapeHtml(quote.organisationName)}, ${quote.date}</footer>` : ''}</blockquote>`,
      )
      .join('')
    return `<section class="theme"><h3>${escapeHtml(label)}</h3><p>${text.count(theme.count, partners)}</p>${quotes}</section>`
  })
  return [
    '<section class="findings">',
    `<h2>${text.heading}</h2>`,
    coded.length === 0 ? `<p>${text.none}</p>` : themes.join(''),
    `<p class="source">${text.source(overview.findings)}</p>`,
    '</section>',
  ].join('')
}
