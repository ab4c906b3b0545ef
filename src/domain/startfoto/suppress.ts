import { DISCLOSURE_RULES } from '../disclosure/index.js'

/** How one group's figures are published: shown, too small, hidden as a complement, or none. */
export type GroupVisibility = 'shown' | 'small' | 'complement' | 'empty'

/**
 * Which organisations' figures may be shown beside the all-partners figure (issue 16: nothing
 * from fewer than five answers). A group of 1 to 4 is hidden (primary suppression). When
 * the all-partners figure is shown and exactly one group is hidden, the shown groups
 * subtracted from the whole would give it away (Hundepool et al., Statistical Disclosure
 * Control, 2012, §5.3: complementary suppression), so the smallest shown group is hidden
 * too; two hidden groups only give away their sum. The whole is shown from five on.
 *
 * @example
 * ```ts
 * shownGroups([12, 9, 3]) // → { all: true, groups: ['shown', 'complement', 'small'] }
 * shownGroups([6, 7, 8]) // → { all: true, groups: ['shown', 'shown', 'shown'] }
 * shownGroups([3, 0]) // → { all: false, groups: ['small', 'empty'] }
 * shownGroups([2, 3, 10]) // → { all: true, groups: ['small', 'small', 'shown'] }
 * ```
 */
export function shownGroups(
  counts: readonly number[],
  minimum: number = DISCLOSURE_RULES.threshold,
): { all: boolean; groups: GroupVisibility[] } {
  const total = counts.reduce((sum, n) => sum + n, 0)
  const groups = counts.map(
    (n): GroupVisibility => (n === 0 ? 'empty' : n < minimum ? 'small' : 'shown'),
  )
  const all = total >= minimum
  if (all && groups.filter((group) => group === 'small').length === 1) {
    let smallest = -1
    groups.forEach((group, i) => {
      if (group === 'shown' && (smallest < 0 || (counts[i] ?? 0) < (counts[smallest] ?? 0)))
        smallest = i
    })
    if (smallest >= 0) groups[smallest] = 'complement'
  }
  return { all, groups }
}
