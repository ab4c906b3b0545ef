import { describe, expect, it } from 'vitest'
import { formatIssue, isDomainError, NotFoundError, ValidationError } from './errors.js'

describe('ValidationError', () => {
  it('names the row and column of each problem in Dutch and English', () => {
    const error = new ValidationError([
      { row: 3, column: 'age', message: { nl: 'geen getal', en: 'not a number' } },
    ])
    expect(error.localised.nl).toBe('Ongeldige invoer: rij 3, kolom age: geen getal')
    expect(error.message).toBe('Invalid input: row 3, column age: not a number')
    expect(error.code).toBe('validation')
  })

  it('lists at most ten problems and counts the rest', () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({
      row: i + 2,
      message: { nl: 'leeg', en: 'empty' },
    }))
    expect(new ValidationError(issues).message).toMatch(/and 2 more$/)
  })
})

describe('isDomainError', () => {
  it('recognises domain errors and nothing else', () => {
    expect(isDomainError(new NotFoundError({ nl: 'x', en: 'x' }))).toBe(true)
    expect(isDomainError(new Error('x'))).toBe(false)
  })

  it('formats a field location', () => {
    expect(
      formatIssue({ field: 'items[0].kind', message: { nl: 'ontbreekt', en: 'missing' } }, 'en'),
    ).toBe('field items[0].kind: missing')
  })
})
