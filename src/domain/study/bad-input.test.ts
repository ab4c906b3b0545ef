import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { runStudy } from './run-study.js'
import type { StudyTable } from './table.js'

const table = (columns: Record<string, string[]>): StudyTable => ({
  rowCount: Object.values(columns)[0]?.length ?? 0,
  columns: new Map(Object.entries(columns)),
})

function issuesOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).issues.map(
      (i) => `${i.row ?? '-'}:${i.column ?? '-'}:${i.message.en} / ${i.message.nl}`,
    )
  }
  throw new Error('expected a ValidationError')
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`)
const base = {
  id: 'id',
  group: { column: 'pilot', treated: '1' },
  outcomes: [{ name: 'kosten', type: 'cost', column: 'cost' }],
}

describe('runStudy on bad data', () => {
  const pilot = ['1', '1', '1', '1', '0', '0', '0', '0', '0', '0']
  const cost = ['10', '20', '30', '15', '25', '35', '5', '8', '9', '11']
  const household = ['a', 'NA', 'b', '.', 'b', 'a', 'NULL', '', 'b', 'a']

  it('treats NA, ".", NULL and empty as missing in a categorical, never as a level, and counts them per column', () => {
    const r = runStudy(
      { ...base, covariates: [{ column: 'household', type: 'categorical' }] },
      table({ id: ids(10), pilot, household, cost }),
    )
    expect(r.balance.map((b) => b.covariate)).toEqual(['household:a', 'household:b'])
    expect(r.propensity?.coefficients.map((c) => c.term)).toEqual(['(Intercept)', 'household:b'])
    expect(r.droppedRows).toBe(4)
    expect(r.missingByColumn).toEqual({ household: 4 })
  })

  it('takes the missing spellings from the spec, in number columns too', () => {
    const r = runStudy(
      {
        ...base,
        missing: ['onbekend', ''],
        covariates: [
          { column: 'household', type: 'categorical' },
          { column: 'age', type: 'numeric' },
        ],
      },
      table({
        id: ids(10),
        pilot,
        household: household.map((h) =>
          h === 'NA' ? 'onbekend' : h === '.' ? 'a' : h === 'NULL' ? 'b' : h,
        ),
        age: ['30', '40', 'onbekend', '35', '45', '50', '33', '41', '39', '37'],
        cost,
      }),
    )
    expect(r.missingByColumn).toEqual({ household: 2, age: 1 })
    expect(r.droppedRows).toBe(3)
    // Without "NA" in the list, NA is text, and text in a number column is an error.
    expect(
      issuesOf(() =>
        runStudy(
          { ...base, missing: [''], covariates: [{ column: 'age', type: 'numeric' }] },
          table({
            id: ids(3),
            pilot: ['1', '0', '0'],
            age: ['NA', '1', '2'],
            cost: ['1', '2', '3'],
          }),
        ),
      ),
    ).toEqual(['2:age:"NA" is not a number / "NA" is geen getal'])
  })

  it('stops on perfect separation in the propensity model, naming the covariate, instead of matching on NaN scores', () => {
    const data = table({
      id: ids(10),
      pilot,
      age: ['61', '62', '70', '65', '30', '41', '52', '44', '35', '47'],
      ladder: ['1', '2', '3', '1', '2', '3', '1', '2', '3', '2'],
      cost,
    })
    const spec = {
      ...base,
      covariates: [
        { column: 'age', type: 'numeric' },
        { column: 'ladder', type: 'numeric' },
      ],
      design: { method: 'nearest' },
    }
    expect(issuesOf(() => runStudy(spec, data))).toEqual([
      '-:age:the propensity model separates the groups completely (age): no comparison resembles any pilot member, so there is nothing to match or weigh / het propensity-model scheidt de groepen volledig (age): geen enkele vergelijkingspersoon lijkt op een pilotdeelnemer, er valt niets te koppelen of te wegen',
    ])
    // Without a design that uses the score it is a warning, and the comparison still runs.
    const r = runStudy({ ...spec, design: { method: 'none' } }, data)
    expect(r.warnings).toContainEqual(
      expect.stringMatching(/separates the groups completely \(age\)/),
    )
  })

  it('names both rows of a repeated person id, and only warns when the rows are person-periods', () => {
    const data = table({
      id: ['a', 'b', 'c', 'a', 'd', 'e'],
      pilot: ['1', '1', '0', '0', '0', '1'],
      cost: ['1', '2', '3', '4', '5', '6'],
    })
    expect(issuesOf(() => runStudy(base, data))).toEqual([
      '5:id:id "a" also occurs in row 2: one row per person expected (or set "rows": "person-period" in the spec) / id "a" staat ook in rij 2: één rij per persoon verwacht (of zet "rows": "person-period" in de opzet)',
    ])
    const r = runStudy({ ...base, rows: 'person-period' }, data)
    expect(r.warningDetails).toContainEqual({
      nl: expect.stringMatching(/^1 rij\(en\) herhalen het id van een persoon/),
      en: expect.stringMatching(/^1 row\(s\) repeat a person's id \(person-periods\)/),
    })
  })

  it('requires an id in every row', () => {
    const data = table({ id: ['a', 'NA', 'c'], pilot: ['1', '0', '0'], cost: ['1', '2', '3'] })
    expect(issuesOf(() => runStudy(base, data))).toEqual([
      '3:id:is missing (required) / ontbreekt (verplicht)',
    ])
  })

  it('says an empty file is empty, once, not one line per missing column', () => {
    expect(issuesOf(() => runStudy(base, table({})))).toEqual([
      '-:-:the file is empty (no data rows) / het bestand is leeg (geen gegevensrijen)',
    ])
  })

  const survival = {
    id: ids(12),
    pilot: ['1', '1', '1', '1', '1', '1', '0', '0', '0', '0', '0', '0'],
    months: ['2', '4', '6', '8', '18', '18', '3', '5', '7', '9', '18', '12'],
    wijk: ['N', 'N', 'Z', 'N', 'Z', 'N', 'Z', 'N', 'Z', 'N', 'Z', 'Z'],
  }
  const tte = (adjust: object[] = []) => ({
    ...base,
    outcomes: [
      { name: 'uitstroom', type: 'time-to-event', time: 'months', event: 'event', adjust },
    ],
  })

  it('gives an infinite hazard ratio (null in JSON) when the comparison group has no events', () => {
    const event = ['1', '1', '1', '1', '0', '0', '0', '0', '0', '0', '0', '0']
    const r = runStudy(tte(), table({ ...survival, event }))
    expect(r.outcomes[0]).toMatchObject({ estimate: Number.POSITIVE_INFINITY, pSource: 'log-rank' })
    expect(r.outcomes[0]!.reading.en).toContain('no one in the comparison group had the event')
    expect(JSON.parse(JSON.stringify(r.outcomes[0])).estimate).toBeNull()
  })

  it('flags an adjustment level without events in the Cox model, and keeps the group’s estimate', () => {
    // Every event in district N: the coefficient of wijk:Z runs off to −∞.
    const event = ['1', '1', '0', '1', '0', '0', '0', '1', '0', '1', '0', '0']
    const r = runStudy(
      tte([{ column: 'wijk', type: 'categorical' }]),
      table({ ...survival, event }),
    )
    const o = r.outcomes[0] as Extract<(typeof r.outcomes)[number], { type: 'time-to-event' }>
    expect(o.cox.monotoneLikelihood).toEqual(['wijk:Z'])
    expect(o).not.toHaveProperty('pSource')
    expect(r.warnings).toContainEqual(
      'uitstroom: the Cox coefficient of wijk:Z is infinite (no events with wijk:Z, monotone likelihood); the value shown is meaningless.',
    )
  })

  it('leaves a person without a before or after value out of a difference-in-differences', () => {
    const r = runStudy(
      {
        ...base,
        outcomes: [{ name: 'kosten', type: 'difference-in-differences', before: 'b', after: 'a' }],
      },
      table({
        id: ids(6),
        pilot: ['1', '1', '1', '0', '0', '0'],
        b: ['10', '12', 'NA', '13', '9', '12'],
        a: ['15', '18', '14', '13', '', '14'],
      }),
    )
    expect(r.outcomes[0]!.n).toBe(4)
    // Pilot +5 and +6, comparison 0 and +2: (5.5 − 1).
    expect(r.outcomes[0]!.estimate).toBeCloseTo(4.5, 12)
  })

  it('refuses aliased covariates with a message, not a crash', () => {
    const age = ['30', '41', '52', '44', '35', '47', '29', '58', '39', '40']
    expect(
      issuesOf(() =>
        runStudy(
          {
            ...base,
            covariates: [
              { column: 'age', type: 'numeric' },
              { column: 'age_again', type: 'numeric' },
            ],
          },
          table({ id: ids(10), pilot, age, age_again: age, cost }),
        ),
      ),
    ).toEqual([
      '-:age, age_again:the covariates are linearly dependent: one is a combination of others (age, age_again); leave one out / de covariaten zijn lineair afhankelijk: één is een combinatie van andere (age, age_again); laat er een weg',
    ])
  })

  it('says so when no one had the event, instead of a Cox model without events', () => {
    const event = survival.pilot.map(() => '0')
    expect(issuesOf(() => runStudy(tte(), table({ ...survival, event })))).toEqual([
      '-:event:uitstroom: no one in the analysis had the event, so there is no time to the event to compare / uitstroom: niemand in de analyse had de gebeurtenis; er valt geen tijd tot de gebeurtenis te vergelijken',
    ])
  })

  it.each([
    [{ name: 'k', type: 'cost', column: 'y' }, 'y'],
    [{ name: 'k', type: 'difference-in-differences', before: 'y', after: 'y' }, 'y, y'],
    [{ name: 'k', type: 'time-to-event', time: 'y', event: 'e' }, 'y, e'],
  ])('says which outcome has no values in one group (%o)', (outcome, columns) => {
    const data = table({
      id: ids(4),
      pilot: ['1', '1', '0', '0'],
      y: ['1', 'NA', '', 'NA'],
      e: ['1', '', '', ''],
    })
    expect(issuesOf(() => runStudy({ ...base, outcomes: [outcome] }, data))).toEqual([
      `-:${columns}:k: the comparison group has no value at all, so there is nothing to compare / k: de vergelijkingsgroep heeft geen enkele waarde; er valt niets te vergelijken`,
    ])
  })
})
