import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isoDateSchema } from '../api/common.js'
import { MISSING_REQUIRED, toValidationError } from './zod-issues.js'

const messages = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input)
  if (result.success) throw new Error(`${JSON.stringify(input)} was accepted`)
  return toValidationError(result.error, input).issues.map((i) => i.message)
}

describe('toValidationError', () => {
  it('says in both languages that a date must be an existing day, YYYY-MM-DD', () => {
    const schema = z.object({ date: isoDateSchema })
    for (const date of ['2026-02-30', '2026-2-3', '3 februari 2026']) {
      const result = schema.safeParse({ date })
      if (result.success) throw new Error(`${date} was accepted`)
      const [issue] = toValidationError(result.error, { date }, (path) =>
        ['body', ...path].join('.'),
      ).issues
      expect(issue).toEqual({
        field: 'body.date',
        message: {
          nl: 'is geen bestaande datum (JJJJ-MM-DD)',
          en: 'is not a valid date (YYYY-MM-DD)',
        },
      })
    }
    expect(schema.safeParse({ date: '2028-02-29' }).success).toBe(true)
  })

  it('tells a missing field from one of the wrong type', () => {
    const schema = z.object({ n: z.number() })
    expect(messages(schema, {})).toEqual([MISSING_REQUIRED])
    expect(messages(schema, { n: '5' })).toEqual([
      { nl: 'moet een getal zijn', en: 'must be a number' },
    ])
  })

  it('speaks of text length for text and of value for numbers, exclusive bounds included', () => {
    expect(messages(z.object({ s: z.string().min(1) }), { s: '' })).toEqual([
      { nl: 'mag niet leeg zijn', en: 'must not be empty' },
    ])
    expect(messages(z.object({ s: z.string().max(3) }), { s: 'abcd' })).toEqual([
      { nl: 'is te lang (hoogstens 3 tekens)', en: 'is too long (at most 3 characters)' },
    ])
    expect(messages(z.object({ n: z.number().positive() }), { n: 0 })).toEqual([
      {
        nl: 'is te klein (moet groter zijn dan 0)',
        en: 'is too small (must be greater than 0)',
      },
    ])
    expect(messages(z.object({ n: z.number().max(8) }), { n: 9 })).toEqual([
      { nl: 'is te groot (hoogstens 8)', en: 'is too big (at most 8)' },
    ])
  })

  it('gives a refinement’s named problem in both languages, and never zod’s English', () => {
    const bsn = z.object({ bsn: z.string().refine(() => false, { message: 'elfproef' }) })
    expect(messages(bsn, { bsn: '1' })).toEqual([
      { nl: 'is geen geldig BSN (elfproef)', en: 'is not a valid BSN (elfproef)' },
    ])
    const unnamed = z.object({ x: z.string().refine(() => false, { message: 'Bad x' }) })
    expect(messages(unnamed, { x: '1' })).toEqual([{ nl: 'is ongeldig', en: 'is invalid' }])
  })
})
