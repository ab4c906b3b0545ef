import { describe, expect, it } from 'vitest'
import { studySpecSchema } from '../../../domain/index.js'
import { checkedSpec, draftFromHeader, newOutcome, specFile, uploadOptions } from './spec-draft.js'

const HEADER = ['person_id', 'pilot', 'age', 'sex', 'outflow', 'months', 'start', 'end']

describe('the column mapping as the CLI spec file', () => {
  it('starts from the header: the first column as id, a pilot-like column as the group', () => {
    const draft = draftFromHeader(HEADER)
    expect([draft.id, draft.group, draft.treated]).toEqual(['person_id', 'pilot', '1'])
  })

  it('writes a spec file the CLI and the server accept, with every option of the design', () => {
    const draft = {
      ...draftFromHeader(HEADER),
      covariates: { age: 'numeric', sex: 'categorical' } as const,
      outcomes: [
        newOutcome('outflow'),
        {
          ...newOutcome('outflow'),
          name: 'uitstroom',
          type: 'time-to-event' as const,
          time: 'months',
        },
        {
          ...newOutcome('start'),
          name: 'tot einde',
          type: 'time-to-event' as const,
          timing: 'dates' as const,
          start: 'start',
          end: 'end',
          followUp: 18,
        },
      ],
      ratio: 2,
      replace: true,
      caliper: 0.1,
    }
    const file = specFile(draft)
    expect(file).toEqual({
      id: 'person_id',
      group: { column: 'pilot', treated: '1' },
      covariates: [
        { column: 'age', type: 'numeric' },
        { column: 'sex', type: 'categorical' },
      ],
      design: { method: 'nearest', ratio: 2, replace: true, caliper: 0.1, estimand: 'ATT' },
      outcomes: [
        { name: 'outflow', type: 'binary', column: 'outflow' },
        { name: 'uitstroom', type: 'time-to-event', time: 'months', event: 'outflow' },
        { name: 'tot einde', type: 'time-to-event', start: 'start', end: 'end', followUp: 18 },
      ],
    })
    expect(studySpecSchema.safeParse(file).success).toBe(true)
    expect(checkedSpec(draft, 'nl')).toEqual({ spec: file })
  })

  it('names what is missing, by field, in the language asked', () => {
    const checked = checkedSpec(draftFromHeader(HEADER), 'en')
    expect(checked).toEqual({ problems: [expect.stringMatching(/outcomes/)] })
  })

  it('writes a difference in differences as the CLI spec has it: a column before and one after', () => {
    const draft = {
      ...draftFromHeader([...HEADER, 'earnings_before', 'earnings_after']),
      outcomes: [
        {
          ...newOutcome('earnings_before'),
          name: 'earnings',
          type: 'difference-in-differences' as const,
          after: 'earnings_after',
        },
      ],
    }
    const file = specFile(draft)
    expect(file.outcomes).toEqual([
      {
        name: 'earnings',
        type: 'difference-in-differences',
        before: 'earnings_before',
        after: 'earnings_after',
      },
    ])
    expect(checkedSpec(draft, 'nl')).toEqual({ spec: file })
  })

  it('takes the pilot group from the enrolments only with a BSN column to recognise them by', () => {
    expect(uploadOptions({ bsnColumn: '', groupFrom: 'enrolments' })).toEqual({
      groupFrom: 'column',
    })
    expect(uploadOptions({ bsnColumn: 'bsn', groupFrom: 'enrolments' })).toEqual({
      bsnColumn: 'bsn',
      groupFrom: 'enrolments',
    })
  })
})
