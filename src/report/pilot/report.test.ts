// The pilot report (issue 16): its sections in order, each with its source and number of
// observations, and no rate of fewer than 10 observations.
import { describe, expect, it } from 'vitest'
import { PHASE_CHECKLIST } from '../../domain/index.js'
import {
  activitiesSection,
  capacitySection,
  caseBasedSection,
  conclusionsSection,
  MIN_RATE_OBSERVATIONS,
  methodsSection,
  phasesSection,
  pilotReportHtml,
  registerBasedSection,
  shareText,
} from './index.js'
import type { PilotReportInput } from './input.js'

// the sections as the server lists them (src/server/routes/pilot-report-sections.ts)
const pilotReportSections = (input: PilotReportInput, language: 'nl' | 'en') => [
  conclusionsSection(input, language, undefined),
  activitiesSection(input, language, undefined),
  capacitySection(input, language, TEAMS),
  phasesSection(input, language, undefined),
  caseBasedSection(input, language, undefined),
  registerBasedSection(input, language, undefined),
  methodsSection(input, language, undefined),
]
const reportHtml = (input: PilotReportInput, language: 'nl' | 'en') =>
  pilotReportHtml(input, pilotReportSections(input, language), language)

const month = (m: string, openCases: number) => ({
  month: m,
  openCases,
  fte: 2,
  casesPerFte: openCases / 2,
  partTimeShare: 0.5,
  staff: 3,
  pilotMinutes: 600,
  ownOrganisationMinutes: 0,
  joiners: 0,
  leavers: 0,
  averageTenureYears: 2,
  vacancyFte: 0,
  waitingDays: 4,
  firstContacts: 3,
  conferencesHeld: 1,
  attendeesPresent: 2,
  warning: false,
})

/** A team of 8 then 12 open cases. */
const TEAMS = [
  {
    organisationId: 'w',
    organisationName: 'Wijkteam',
    team: 'Noord',
    months: [month('2026-03', 8), month('2026-06', 12)],
  },
]

/** A small pilot: 8 conferences, a team of 8 then 12 open cases, 6 people in the pilot group. */
function input(over: Partial<PilotReportInput> = {}): PilotReportInput {
  const org = (id: string, name: string) => ({ id, name, kind: 'municipality' as const })
  return {
    madeAt: '2026-09-01T10:00:00.000Z',
    municipality: 'Gemeente Voorbeeldstad',
    project: {
      name: 'Wijkteam + Werk & Inkomen',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      targetGroup: 'Bijstand',
      participantCount: 40,
    },
    phases: {
      projectId: 'p',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      rows: [
        {
          organisation: null,
          history: [{ phase: 'experiment', date: '2026-01-01', reason: null, changedBy: null }],
        },
        {
          organisation: org('w', 'Werk & Inkomen'),
          history: [
            { phase: 'design', date: '2026-01-01', reason: 'Nog geen mandaat', changedBy: 'P' },
            { phase: 'experiment', date: '2026-05-01', reason: 'Mandaat rond', changedBy: 'P' },
          ],
        },
      ],
      checklist: PHASE_CHECKLIST.map((i) => ({
        ...i,
        done: i.id === 'startfoto' ? { date: '2026-02-01', by: 'Pilotleider' } : null,
      })),
    },
    conferences: {
      months: [
        { month: '2026-01', held: 4 },
        { month: '2026-02', held: 4 },
      ],
      partners: [{ name: 'Werk & Inkomen', attended: 7 }],
    },
    costs: {
      priceYear: 2026,
      hours: [
        {
          organisationId: 'w',
          organisationName: 'Wijkteam',
          year: 2026,
          formalMinutes: 6000,
          informalMinutes: 0,
          ownOrganisationMinutes: 0,
          entries: 50,
          stakeholder: 'gemeente',
          tariff: { code: 'x', eurosPerHour: 80, source: null, sourceYear: null },
          problem: null,
          pilotCents: 800000,
          ownOrganisationCents: 0,
        },
      ],
      spends: [{ domain: 'wmo', stakeholder: 'gemeente', year: 2026, cents: 120000, entries: 3 }],
      measuredCents: 920000,
      unpricedMinutes: 0,
    } as unknown as PilotReportInput['costs'],
    budgetPotCents: 1_000_000,
    businessCase: {
      result: null,
      coverage: { cases: 'signed-off', total: 3, signedOff: 0, notSignedOff: [], restricted: 0 },
    },
    effect: {
      version: 1,
      name: 'Uitstroom',
      finishedAt: null,
      pilot: 6,
      comparison: 400,
      outcomes: [{ name: 'werk', reading: { nl: 'PERCENTAGE 33%', en: 'RATE 33%' } }],
    },
    mkba: null,
    ...over,
  }
}

describe('the pilot report', () => {
  it('puts the conclusions first under the title and names the issuing municipality', () => {
    const ids = pilotReportSections(input(), 'nl').map((s) => s.id)
    expect(ids[0]).toBe('conclusions')
    const html = reportHtml(input(), 'nl')
    expect(html.indexOf('Wat hebben we gedaan?')).toBeLessThan(html.indexOf('Wat er is gedaan'))
    expect(html).toContain('<section id="conclusions" class="cover">')
    expect(html).toContain('<meta name="author" content="Gemeente Voorbeeldstad">')
  })

  it('names the source and number of observations of every section with figures', () => {
    for (const s of pilotReportSections(input(), 'en')) {
      if (s.id === 'conclusions' || s.id === 'methods') continue
      expect(s.provenance.length, s.id).toBeGreaterThan(0)
      for (const p of s.provenance) expect(p.source.length).toBeGreaterThan(5)
    }
    const html = reportHtml(input(), 'nl')
    expect(html).toContain('Casusoverleggen — Bron: casuïstiekoverleggen in de app')
    expect(html).toContain('8 waarnemingen')
  })

  it('shows a share of fewer than 10 observations as counts, from 10 on as a rate', () => {
    expect(shareText(7, 9, 'nl')).toBe('7 van 9')
    expect(shareText(7, MIN_RATE_OBSERVATIONS, 'en')).toBe('70% (7 of 10)')
    const html = reportHtml(input(), 'nl')
    // 7 of 8 conferences attended: counts only
    expect(html).toContain('<td>7 van 8</td>')
    expect(html).not.toMatch(/88\s?%/)
  })

  it('leaves out rates that rest on fewer than 10 observations', () => {
    const sections = pilotReportSections(input(), 'nl')
    const capacity = sections.find((s) => s.id === 'capacity')
    // 8 open cases: no cases per FTE; 12: shown (6,0)
    expect(capacity?.html).toMatch(/2026-03.*?<td class="num">—<\/td>/)
    expect(capacity?.html).toContain('6,0')
    expect(capacity?.sheet?.rows[0]?.[5]).toBeNull()
    // a pilot group of 6: the effect analysis' readings are not shown, in page or workbook
    const register = sections.find((s) => s.id === 'register-based')
    expect(register?.html).not.toContain('PERCENTAGE')
    expect(JSON.stringify(register?.sheet)).not.toContain('PERCENTAGE')
    expect(reportHtml(input(), 'nl')).not.toContain('PERCENTAGE')
    // with 10 in each group they are
    const effect = input().effect
    if (!effect) throw new Error('the fixture has an effect analysis')
    const larger = input({ effect: { ...effect, pilot: 10 } })
    expect(reportHtml(larger, 'nl')).toContain('PERCENTAGE 33%')
  })

  it('says in the conclusions when partners are in different phases, and when a saving is unsure', () => {
    const base = input()
    const [whole, werk] = base.phases.rows
    if (!whole || !werk) throw new Error('the fixture has two rows')
    const other = {
      organisation: { id: 'z', name: 'Zorg', kind: 'municipality' as const },
      history: [{ phase: 'design' as const, date: '2026-01-01', reason: 'x', changedBy: null }],
    }
    const apart = input({ phases: { ...base.phases, rows: [whole, werk, other] } })
    const text = pilotReportSections(apart, 'nl')[0]?.html
    expect(text).toContain(
      'niet allemaal in dezelfde fase. Werk &amp; Inkomen: Experiment; Zorg: Ontwerp.',
    )
    const result = {
      n: 12,
      meanDifference: 500,
      medianDifference: 400,
      ciLow: -100,
      ciHigh: 1100,
      perStakeholder: [],
      byMeasurement: [],
      warnings: [],
      warningDetails: [],
    }
    const unsure = input({ businessCase: { ...base.businessCase, result } })
    expect(pilotReportSections(unsure, 'nl')[0]?.html).toContain('Dat is nog onzeker')
    const sure = input({ businessCase: { ...base.businessCase, result: { ...result, ciLow: 50 } } })
    expect(pilotReportSections(sure, 'nl')[0]?.html).not.toContain('onzeker')
  })

  it("puts each organisation's phase with its reason on the timeline and the checklists", () => {
    const phases = pilotReportSections(input(), 'en').find((s) => s.id === 'phases')
    expect(phases?.html).toContain('<svg')
    expect(phases?.html).toContain('Werk &amp; Inkomen — Experiment: Mandaat rond (2026-05-01)')
    expect(phases?.html).toContain('1 of 4 done')
    const conclusions = pilotReportSections(input(), 'nl')[0]
    expect(conclusions?.html).toContain(
      'De partners zitten in dezelfde fase (Werk &amp; Inkomen: Experiment)',
    )
    expect(conclusions?.html).toContain(`zijn er 1 gedaan`)
  })
})
