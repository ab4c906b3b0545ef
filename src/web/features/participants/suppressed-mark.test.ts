import { describe, expect, it } from 'vitest'
import { SUPPRESSED_MARK, shownCount } from './suppressed-mark.js'

const reason = (nl: string, en: string) => ({ nl, en })

describe('the mark for a hidden count', () => {
  it('is the same for a small cell and for one hidden to protect it, with the reason as a title', () => {
    const primary = { kind: 'primary', reason: reason('Minder dan 5.', 'Fewer than 5.') } as const
    const secondary = { kind: 'secondary', reason: reason('Verborgen.', 'Hidden.') } as const
    expect(shownCount({ count: null, suppression: primary }, 'nl')).toEqual({
      text: SUPPRESSED_MARK,
      reason: 'Minder dan 5.',
    })
    expect(shownCount({ count: null, suppression: secondary }, 'en')).toEqual({
      text: SUPPRESSED_MARK,
      reason: 'Hidden.',
    })
    expect(shownCount({ count: 15, suppression: null }, 'nl')).toEqual({
      text: '15',
      reason: undefined,
    })
  })
})
