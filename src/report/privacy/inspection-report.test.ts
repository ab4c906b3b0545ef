import { describe, expect, it } from 'vitest'
import { DEFAULT_RETENTION_RULES, type InspectionPackage } from '../../domain/index.js'
import { inspectionReportHtml } from './inspection-report.js'

const rule = DEFAULT_RETENTION_RULES[0] as (typeof DEFAULT_RETENTION_RULES)[number]
const PACKAGE: InspectionPackage = {
  participant: { id: '00000000-0000-4000-8000-000000000001', pseudonym: 'P-ABC' },
  municipality: 'Gemeente <Voorbeeld>',
  generatedAt: '2026-12-02T10:00:00.000Z',
  restricted: true,
  staffNamesShown: true,
  sections: [
    {
      table: 'consents',
      title: { nl: 'Uw toestemmingen', en: 'Your consents' },
      purpose: { nl: 'Uw verzoeken afhandelen.', en: '' },
      retention: { ...rule, dueDate: '2036-12-01' },
      columns: [
        { name: 'status', label: { nl: 'Gegeven of ingetrokken', en: '' } },
        { name: 'date', label: { nl: 'Datum', en: '' }, format: 'date' },
      ],
      rows: [{ status: 'withdrawn', date: '2026-03-01' }],
    },
    {
      table: 'conversations',
      title: { nl: 'Tafelgesprekken', en: '' },
      purpose: { nl: 'Onderzoek.', en: '' },
      retention: { ...rule, dueDate: null },
      columns: [],
      rows: [],
    },
  ],
  recipients: [],
  accessLog: [
    {
      at: '2026-12-01T09:00:00.000Z',
      action: 'GET /api/v1/participants/:id',
      actorRole: 'professional',
      actorName: 'Professional Noord',
      organisation: 'Wijkteam',
      purpose: 'support',
      allowed: true,
    },
  ],
}

describe('the inspection package as a page in plain Dutch', () => {
  const html = inspectionReportHtml(PACKAGE)

  it('says in words what each code means, when it may be destroyed, and who looked', () => {
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('<td>ingetrokken</td><td>1 maart 2026</td>')
    expect(html).toContain('Dat is op zijn vroegst op 1 december 2036.')
    expect(html).toContain('Hierover hebben wij niets van u.')
    expect(html).toContain('Professional Noord (hulpverlener)')
    expect(html).toContain('<td>bekeken</td><td>hulp en ondersteuning</td>')
    expect(html).toContain('Daarom gebruiken wij uw gegevens niet meer voor onderzoek.')
    expect(html).toContain('Autoriteit Persoonsgegevens')
  })

  it('escapes what it prints and names the municipality as the author', () => {
    expect(html).toContain('Gemeente &lt;Voorbeeld&gt;')
    expect(html).not.toContain('<Voorbeeld>')
    expect(html).toContain('<meta name="author" content="Gemeente &lt;Voorbeeld&gt;">')
  })
})
