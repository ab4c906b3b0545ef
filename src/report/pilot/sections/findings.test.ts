import { describe, expect, it } from 'vitest'
import type { FindingsOverview } from '../../../domain/index.js'
import type { PilotReportInput } from '../input.js'
import { findingsSection } from './findings.js'

// The section draws on its own data only.
const input = {} as PilotReportInput
const render = (o: FindingsOverview, language: 'nl' | 'en') => {
  const section = findingsSection(input, language, o)
  return `<h2>${section.title}</h2>${section.html}${section.provenance.map((p) => `${p.source}: ${p.observations}`).join('')}`
}

const quote = (id: string, text: string, date: string) => ({
  findingId: id,
  text,
  date,
  source: 'table-conversation' as const,
  organisationName: 'Wijkteam',
})

const overview: FindingsOverview = {
  findings: 5,
  themes: [
    {
      themeId: 't1',
      labelNl: 'Vertrouwen',
      labelEn: 'Trust',
      retired: false,
      count: 4,
      organisations: [
        { id: 'o1', name: 'Wijkteam', count: 3 },
        { id: null, name: null, count: 1 },
      ],
      sources: [{ source: 'table-conversation', count: 4 }],
      quotes: [
        quote('f3', 'Derde <b>citaat</b>', '2026-05-01'),
        quote('f2', 'Tweede', '2026-04-01'),
        quote('f1', 'Eerste', '2026-03-01'),
      ],
    },
    {
      themeId: 't2',
      labelNl: 'Tijd',
      labelEn: 'Time',
      retired: false,
      count: 0,
      organisations: [],
      sources: [],
      quotes: [],
    },
  ],
}

describe('the pilot report’s findings section', () => {
  it('lists coded themes with their count, partners and two quotes, escaped', () => {
    const html = render(overview, 'nl')
    expect(html).toContain("<h2>Thema's en citaten</h2>")
    expect(html).toContain('<h3>Vertrouwen</h3><p>4 bevindingen, bij 1 partner</p>')
    expect(html).toContain('Derde &lt;b&gt;citaat&lt;/b&gt;')
    expect(html).toContain('Tweede')
    expect(html).not.toContain('Eerste')
    expect(html).not.toContain('Tijd')
    expect(html).toContain('gecodeerd met het codeboek van het project: 5')
  })

  it('speaks English, and says so when nothing is coded', () => {
    expect(render(overview, 'en')).toContain('<h3>Trust</h3><p>4 findings, at 1 partner</p>')
    expect(render({ findings: 0, themes: [] }, 'nl')).toContain(
      'Er zijn nog geen bevindingen gecodeerd.',
    )
  })
})
