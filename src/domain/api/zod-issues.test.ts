import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isoDateSchema } from './common.js'
import { toValidationError } from './zod-issues.js'

describe('toValidationError', () => {
  it('says in both languages that a date must be an existing day, YYYY-MM-DD', () => {
    const schema = z.object({ date: isoDateSchema })
    for (const date of ['2026-02-30', '2026-2-3', '3 februari 2026']) {
      const result = schema.safeParse({ date })
      if (result.success) throw new Error(`${date} was accepted`)
      const [issue] = toValidationError(result.error, 'body').issues
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
})
