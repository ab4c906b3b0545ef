import { describe, expect, it } from 'vitest'
import { countText, partsAndTotal } from './small-count.js'

const plain = (n: number) => String(n)

describe('counts of an effect analysis on screen', () => {
  it('shows a count below 10 as "<10" and 10 or more as it is', () => {
    expect([0, 1, 9, 10, 250].map((n) => countText(n, plain))).toEqual([
      '<10',
      '<10',
      '<10',
      '10',
      '250',
    ])
  })

  it('hides a total whose part is small, so total minus the other part does not give it away', () => {
    expect(partsAndTotal([7, 400], 407, plain)).toEqual({ parts: ['<10', '400'], total: '·' })
    expect(partsAndTotal([70, 400], 470, plain)).toEqual({ parts: ['70', '400'], total: '470' })
  })
})
