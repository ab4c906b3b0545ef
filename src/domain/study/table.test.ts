import { describe, expect, it } from 'vitest'
import { IssueCollector, numericColumn } from './table.js'

describe('numericColumn', () => {
  it('reads machine exports and Dutch decimal commas, and names what is neither', () => {
    const cells = ['1234.5', '1.2e+05', '1234,5', '1.234,5', '', 'NA', '1,2,3', 'veel']
    const issues = new IssueCollector()
    const column = numericColumn(
      { rowCount: cells.length, columns: new Map([['kosten', cells]]) },
      'kosten',
      issues,
    )
    expect([...column].slice(0, 4)).toEqual([1234.5, 120_000, 1234.5, 1234.5])
    expect([...column].slice(4).every(Number.isNaN)).toBe(true)
    expect(issues.issues.map((i) => `${i.row} ${i.column}: ${i.message.en}`)).toEqual([
      '8 kosten: "1,2,3" is not a number',
      '9 kosten: "veel" is not a number',
    ])
  })
})
