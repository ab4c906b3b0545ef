import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { runStudy } from './run-study.js'
import type { StudyTable } from './table.js'

const table = (columns: Record<string, string[]>): StudyTable => ({
  rowCount: Object.values(columns)[0]?.length ?? 0,
  columns: new Map(Object.entries(columns)),
})

describe('runStudy', () => {
  it('turns start and end dates into months with a follow-up cut-off', () => {
    const data = table({
      id: ['a', 'b', 'c', 'd', 'e', 'f'],
      pilot: ['1', '1', '1', '0', '0', '0'],
      start: ['2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01'],
      end: ['2025-04-02', '', '2027-01-01', '2025-07-02', '2025-02-01', ''],
    })
    const r = runStudy(
      {
        id: 'id',
        group: { column: 'pilot', treated: '1' },
        outcomes: [
          {
            name: 'uitstroom',
            type: 'time-to-event',
            start: 'start',
            end: 'end',
            followUp: 18,
            at: [6],
          },
        ],
      },
      data,
    )
    const km = r.outcomes[0] as unknown as { km: Array<{ group: string; time: number[] }> }
    // 91 days ≈ 2.99 months; no end or an end after 18 months is censored at 18.
    expect(km.km[0]?.time.map((t) => Math.round(t * 100) / 100)).toEqual([2.99, 18])
    expect(km.km[1]?.time.map((t) => Math.round(t * 100) / 100)).toEqual([1.02, 5.98, 18])
  })

  it('counts a calendar year of 365 days as exactly 12 months, as the business case does', () => {
    const data = table({
      id: ['a', 'b', 'c', 'd'],
      pilot: ['1', '1', '0', '0'],
      start: ['2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01'],
      end: ['2026-01-01', '2025-07-02', '2026-01-01', '2025-04-02'],
    })
    const outcome = { name: 'x', type: 'time-to-event', start: 'start', end: 'end', followUp: 24 }
    const r = runStudy(
      { id: 'id', group: { column: 'pilot', treated: '1' }, outcomes: [outcome] } as never,
      data,
    )
    const km = r.outcomes[0] as unknown as { km: Array<{ time: number[] }> }
    expect(km.km[0]?.time).toContain(12)
  })

  it('names the row and column of an end date before the start date, and an event without a time', () => {
    const data = table({
      id: ['a', 'b', 'c'],
      pilot: ['1', '0', '0'],
      start: ['2025-05-01', '2025-01-01', 'gisteren'],
      end: ['2025-01-01', '', ''],
    })
    const spec = {
      id: 'id',
      group: { column: 'pilot', treated: '1' },
      outcomes: [{ name: 'x', type: 'time-to-event', start: 'start', end: 'end', followUp: 12 }],
    }
    const error = (() => {
      try {
        runStudy(spec, data)
      } catch (e) {
        return e
      }
    })() as ValidationError
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.issues.map((i) => `${i.row}:${i.column}:${i.message.en}`)).toEqual([
      '2:end:end date before start date',
      '4:start:"gisteren" is not a date (yyyy-mm-dd)',
    ])
  })

  it('warns in Dutch and English, keeping results.json’s English warnings as they were', () => {
    const data = table({
      id: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      pilot: ['1', '1', '1', '0', '0', '0', '0'],
      age: ['30', '41', '52', '35', '47', '', '58'],
      cost: ['10', '20', '30', '15', '25', '35', '5'],
    })
    const r = runStudy(
      {
        id: 'id',
        group: { column: 'pilot', treated: '1' },
        covariates: [{ column: 'age', type: 'numeric' }],
        outcomes: [{ name: 'kosten', type: 'cost', column: 'cost' }],
      },
      data,
    )
    const dropped = {
      nl: '1 rij(en) met een ontbrekende covariaatwaarde zijn weggelaten (complete-case-analyse).',
      en: '1 row(s) with a missing covariate value were left out (complete-case analysis).',
    }
    expect(r.warningDetails).toContainEqual(dropped)
    expect(r.warnings).toEqual(r.warningDetails.map((w) => w.en))
  })

  it('says an empty group cell is missing in the words of every other input', () => {
    const data = table({ id: ['a', 'b', 'c'], pilot: ['1', '', '0'], cost: ['1', '2', '3'] })
    const spec = {
      id: 'id',
      group: { column: 'pilot', treated: '1' },
      outcomes: [{ name: 'kosten', type: 'cost', column: 'cost' }],
    }
    expect(() => runStudy(spec, data)).toThrow(ValidationError)
    try {
      runStudy(spec, data)
    } catch (error) {
      expect((error as ValidationError).issues).toContainEqual({
        row: 3,
        column: 'pilot',
        message: { nl: 'ontbreekt (verplicht)', en: 'is missing (required)' },
      })
    }
  })

  it('refuses a study where one group has no members', () => {
    const data = table({ id: ['a', 'b'], pilot: ['0', '0'], y: ['1', '2'] })
    expect(() =>
      runStudy(
        {
          id: 'id',
          group: { column: 'pilot', treated: '1' },
          outcomes: [{ name: 'y', type: 'continuous', column: 'y' }],
        },
        data,
      ),
    ).toThrow(/one of the groups has no members/)
  })
})
