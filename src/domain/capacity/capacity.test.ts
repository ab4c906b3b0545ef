import { describe, expect, it } from 'vitest'
import { computeCapacity, monthsBetween } from './capacity.js'

const noord = { organisationId: 'wijkteam', team: 'Noord' }
const zuid = { organisationId: 'wijkteam', team: 'Zuid' }

describe('capacity figures against a hand computation', () => {
  // Team Noord, March and April 2026.
  // Contracts: A 36 h since 2024-04-01; B 24 h since 2025-10-01, leaves 2026-04-15;
  //            C 32 h joins 2026-04-01. Vacancy 36 h open from 2026-03-10, filled 2026-05-01.
  // Cases: 40 open all along; 5 more enrolled 2026-03-20; 3 of the 40 end 2026-04-10.
  // First contacts: one referred 2026-03-20, first seen 2026-03-27 (7 days);
  //                 one referred 2026-03-20, first seen 2026-04-02 (13 days).
  // Entries: March 600 pilot + 120 own-organisation minutes; April 300 pilot minutes.
  const input = {
    months: ['2026-03', '2026-04'],
    maxCasesPerFte: 25,
    contracts: [
      { ...noord, hoursPerWeek: 36, startDate: '2024-04-01', endDate: null },
      { ...noord, hoursPerWeek: 24, startDate: '2025-10-01', endDate: '2026-04-15' },
      { ...noord, hoursPerWeek: 32, startDate: '2026-04-01', endDate: null },
      { ...zuid, hoursPerWeek: 36, startDate: '2025-01-01', endDate: null },
    ],
    vacancies: [{ ...noord, hoursPerWeek: 36, openedOn: '2026-03-10', filledOn: '2026-05-01' }],
    enrolments: [
      ...Array.from({ length: 37 }, () => ({
        ...noord,
        startDate: '2026-01-05',
        endDate: null,
        firstContact: null,
      })),
      ...Array.from({ length: 3 }, () => ({
        ...noord,
        startDate: '2026-01-05',
        endDate: '2026-04-10',
        firstContact: null,
      })),
      { ...noord, startDate: '2026-03-20', endDate: null, firstContact: '2026-03-27' },
      { ...noord, startDate: '2026-03-20', endDate: null, firstContact: '2026-04-02' },
      ...Array.from({ length: 3 }, () => ({
        ...noord,
        startDate: '2026-03-20',
        endDate: null,
        firstContact: null,
      })),
    ],
    entries: [
      { ...noord, date: '2026-03-03', minutes: 600, ownOrganisation: false },
      { ...noord, date: '2026-03-04', minutes: 120, ownOrganisation: true },
      { ...noord, date: '2026-04-03', minutes: 300, ownOrganisation: false },
    ],
    // Conferences: Noord met twice in March (4 and 3 present), once in April (5); Zuid once.
    conferences: [
      { ...noord, date: '2026-03-05', present: 4 },
      { ...noord, date: '2026-03-19', present: 3 },
      { ...noord, date: '2026-04-02', present: 5 },
      { ...zuid, date: '2026-03-05', present: 6 },
    ],
  }
  const [team] = computeCapacity(input).filter((t) => t.team === 'Noord')
  const [march, april] = team?.months ?? []

  it('counts open cases per FTE on the last day of each month', () => {
    // March 31: 45 cases; A + B = 60 h = 1.6667 FTE → 27.0 cases per FTE (above 25: warning)
    expect(march).toMatchObject({ month: '2026-03', openCases: 45, staff: 2, warning: true })
    expect(march?.fte).toBeCloseTo(60 / 36, 10)
    expect(march?.casesPerFte).toBeCloseTo(45 / (60 / 36), 10)
    // April 30: 42 cases; B has left, A + C = 68 h = 1.8889 FTE → 22.24 (no warning)
    expect(april).toMatchObject({ openCases: 42, staff: 2, warning: false })
    expect(april?.casesPerFte).toBeCloseTo(42 / (68 / 36), 10)
  })

  it('gives part-time share, turnover, tenure and vacancies', () => {
    expect(march?.partTimeShare).toBe(0.5) // B (24 h) of A, B
    expect(april?.partTimeShare).toBe(0.5) // C (32 h) of A, C
    expect([march?.joiners, march?.leavers, april?.joiners, april?.leavers]).toEqual([0, 0, 1, 1])
    // March 31: A 729 days, B 181 days → (729 + 181) / 2 / 365 = 1.24658 years
    expect(march?.averageTenureYears).toBeCloseTo((729 + 181) / 2 / 365, 10)
    expect(march?.vacancyFte).toBe(1)
    expect(april?.vacancyFte).toBe(1)
  })

  it('splits pilot and own-organisation hours and measures waiting time to first contact', () => {
    expect([march?.pilotMinutes, march?.ownOrganisationMinutes]).toEqual([600, 120])
    expect([april?.pilotMinutes, april?.ownOrganisationMinutes]).toEqual([300, 0])
    expect([march?.waitingDays, march?.firstContacts]).toEqual([7, 1])
    expect([april?.waitingDays, april?.firstContacts]).toEqual([13, 1])
  })

  it('counts the team’s conferences held and the attendees present, per month', () => {
    expect([march?.conferencesHeld, march?.attendeesPresent]).toEqual([2, 7])
    expect([april?.conferencesHeld, april?.attendeesPresent]).toEqual([1, 5])
  })

  it('leaves a figure out (null) when there is nothing to compute it from', () => {
    const [empty] = computeCapacity({ ...input, contracts: [], vacancies: [], entries: [] })
    expect(empty?.months[0]).toMatchObject({
      casesPerFte: null,
      partTimeShare: null,
      averageTenureYears: null,
      warning: false,
    })
  })

  it('lists months across a year end', () => {
    expect(monthsBetween('2025-12-31', '2026-01-01')).toEqual(['2025-12', '2026-01'])
  })
})
