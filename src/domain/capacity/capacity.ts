import { z } from 'zod'
import { isoDateSchema } from '../api/common.js'
import { DAYS_PER_YEAR, MS_PER_DAY } from '../calendar.js'

/**
 * A full-time working week in the municipal sector: 36 hours (Cao Gemeenten, "volledige
 * arbeidsduur 36 uur per week"). One FTE is 36 contracted hours a week.
 */
export const FULL_TIME_HOURS = 36

/** A team is a team name within an organisation (users and participants carry both). */
export interface TeamKey {
  readonly organisationId: string
  readonly team: string | null
}

export interface CapacityContract extends TeamKey {
  readonly hoursPerWeek: number
  readonly startDate: string
  readonly endDate: string | null
}

export interface CapacityVacancy extends TeamKey {
  readonly hoursPerWeek: number
  readonly openedOn: string
  readonly filledOn: string | null
}

export interface CapacityEnrolment extends TeamKey {
  readonly startDate: string
  readonly endDate: string | null
  /** The first recorded contact with the case, if any. */
  readonly firstContact: string | null
}

export interface CapacityEntry extends TeamKey {
  readonly date: string
  readonly minutes: number
  readonly ownOrganisation: boolean
}

/** A case conference the team held, with how many attendees were there. */
export interface CapacityConference extends TeamKey {
  readonly date: string
  readonly present: number
}

export interface CapacityInput {
  /** Months as YYYY-MM, in order. */
  readonly months: readonly string[]
  readonly contracts: readonly CapacityContract[]
  readonly vacancies: readonly CapacityVacancy[]
  readonly enrolments: readonly CapacityEnrolment[]
  readonly entries: readonly CapacityEntry[]
  /** Conferences held (dated on or before today); none before the project records any. */
  readonly conferences: readonly CapacityConference[]
  /** A warning when open cases per FTE exceed this. */
  readonly maxCasesPerFte: number
}

export const capacityMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** Enrolments open on the month's last day. */
  openCases: z.number().int(),
  /** Contracted hours on the month's last day / 36. */
  fte: z.number(),
  casesPerFte: z.number().nullable(),
  /** Share of the staff on the month's last day with fewer than 36 hours. */
  partTimeShare: z.number().nullable(),
  staff: z.number().int(),
  pilotMinutes: z.number().int(),
  ownOrganisationMinutes: z.number().int(),
  joiners: z.number().int(),
  leavers: z.number().int(),
  /** Mean years since the start of each contract running on the month's last day. */
  averageTenureYears: z.number().nullable(),
  vacancyFte: z.number(),
  /** Mean days from enrolment (referral) to the first contact, over first contacts this month. */
  waitingDays: z.number().nullable(),
  firstContacts: z.number().int(),
  /** Case conferences the team held this month, and the attendees present at them together. */
  conferencesHeld: z.number().int(),
  attendeesPresent: z.number().int(),
  warning: z.boolean(),
})
export type CapacityMonth = z.infer<typeof capacityMonthSchema>

const teamCapacitySchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  team: z.string().nullable(),
  months: z.array(capacityMonthSchema),
})

export const capacityResponseSchema = z.object({
  maxCasesPerFte: z.number(),
  fullTimeHours: z.number(),
  teams: z.array(teamCapacitySchema),
  /** The pilot's phase changes, to mark on the chart. */
  phaseChanges: z.array(z.object({ phase: z.string(), date: isoDateSchema })),
})
export type CapacityResponse = z.infer<typeof capacityResponseSchema>

/** The caseload threshold a project gets until it sets its own (the example). */
export const DEFAULT_MAX_CASES_PER_FTE = 25

const keyOf = (t: TeamKey) => `${t.organisationId}|${t.team ?? ''}`

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / MS_PER_DAY
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length
/** A contract's or enrolment's end date is its last day; a vacancy is no longer open the day it is filled. */
const runsOn = (start: string, lastDay: string | null, day: string) =>
  start <= day && (lastDay === null || lastDay >= day)
const openOn = (opened: string, filled: string | null, day: string) =>
  opened <= day && (filled === null || filled > day)

/**
 * The capacity monitor's monthly figures of one team (`computeCapacity` groups the input by
 * team). A figure that has nothing to be a share or mean of is null, never 0.
 * @example
 * ```ts
 * const team = { organisationId: 'o', team: 'Noord' }
 * const [march] = teamMonths(['2026-03'], {
 *   months: ['2026-03'], maxCasesPerFte: 25, vacancies: [], entries: [],
 *   conferences: [{ ...team, date: '2026-03-05', present: 4 }, { ...team, date: '2026-03-12', present: 3 }],
 *   contracts: [{ ...team, hoursPerWeek: 36, startDate: '2025-03-31', endDate: null },
 *               { ...team, hoursPerWeek: 18, startDate: '2026-03-01', endDate: null }],
 *   enrolments: Array.from({ length: 45 }, () => ({ ...team, startDate: '2026-01-01', endDate: null, firstContact: null })),
 * })
 * march?.casesPerFte // → 30   (45 cases / 1.5 FTE)
 * march?.warning // → true
 * [march?.conferencesHeld, march?.attendeesPresent] // → [2, 7]
 * ```
 */
export function teamMonths(months: readonly string[], input: CapacityInput): CapacityMonth[] {
  return months.map((month) => {
    const end = lastDay(month)
    const inMonth = (date: string | null) => date !== null && date.slice(0, 7) === month
    const running = input.contracts.filter((c) => runsOn(c.startDate, c.endDate, end))
    const fte = running.reduce((sum, c) => sum + c.hoursPerWeek, 0) / FULL_TIME_HOURS
    const openCases = input.enrolments.filter((e) => runsOn(e.startDate, e.endDate, end)).length
    const casesPerFte = fte > 0 ? openCases / fte : null
    const entries = input.entries.filter((e) => inMonth(e.date))
    const firsts = input.enrolments.filter((e) => inMonth(e.firstContact))
    const held = input.conferences.filter((c) => inMonth(c.date))
    return {
      month,
      openCases,
      fte,
      casesPerFte,
      partTimeShare:
        running.length === 0
          ? null
          : running.filter((c) => c.hoursPerWeek < FULL_TIME_HOURS).length / running.length,
      staff: running.length,
      pilotMinutes: entries.filter((e) => !e.ownOrganisation).reduce((s, e) => s + e.minutes, 0),
      ownOrganisationMinutes: entries
        .filter((e) => e.ownOrganisation)
        .reduce((s, e) => s + e.minutes, 0),
      joiners: input.contracts.filter((c) => inMonth(c.startDate)).length,
      leavers: input.contracts.filter((c) => inMonth(c.endDate)).length,
      averageTenureYears: mean(running.map((c) => days(c.startDate, end) / DAYS_PER_YEAR)),
      vacancyFte:
        input.vacancies
          .filter((v) => openOn(v.openedOn, v.filledOn, end))
          .reduce((sum, v) => sum + v.hoursPerWeek, 0) / FULL_TIME_HOURS,
      waitingDays: mean(firsts.map((e) => days(e.startDate, e.firstContact as string))),
      firstContacts: firsts.length,
      conferencesHeld: held.length,
      attendeesPresent: held.reduce((sum, c) => sum + c.present, 0),
      warning: casesPerFte !== null && casesPerFte > input.maxCasesPerFte,
    }
  })
}

/**
 * The monthly figures per team: every team that has staff, cases, vacancies or entries.
 * @example
 * ```ts
 * const team = { organisationId: 'o', team: 'Noord' }
 * const teams = computeCapacity({ months: ['2026-03'], maxCasesPerFte: 25, vacancies: [],
 *   entries: [], enrolments: [], conferences: [],
 *   contracts: [{ ...team, hoursPerWeek: 36, startDate: '2026-01-01', endDate: null }] })
 * teams.length // → 1
 * teams[0]?.months[0]?.fte // → 1
 * ```
 */
export function computeCapacity(input: CapacityInput): (TeamKey & { months: CapacityMonth[] })[] {
  const teams = new Map<string, TeamKey>()
  for (const list of [
    input.contracts,
    input.vacancies,
    input.enrolments,
    input.entries,
    input.conferences,
  ])
    for (const t of list) teams.set(keyOf(t), { organisationId: t.organisationId, team: t.team })
  return [...teams.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, team]) => {
      const own = <T extends TeamKey>(list: readonly T[]) => list.filter((t) => keyOf(t) === key)
      return {
        ...team,
        months: teamMonths(input.months, {
          ...input,
          contracts: own(input.contracts),
          vacancies: own(input.vacancies),
          enrolments: own(input.enrolments),
          entries: own(input.entries),
          conferences: own(input.conferences),
        }),
      }
    })
}

/**
 * The months from a start date to an end date, both included, as YYYY-MM.
 * @example
 * ```ts
 * monthsBetween('2025-11-15', '2026-02-01') // → ['2025-11', '2025-12', '2026-01', '2026-02']
 * ```
 */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  const last = to.slice(0, 7)
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    if (month > last) return months
    months.push(month)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
}
