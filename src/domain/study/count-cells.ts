import {
  type CountRelation,
  type DisclosureRules,
  type PublishedCount,
  publishCounts,
} from '../disclosure/index.js'

/**
 * One count table built from a study's results, cell by cell: every count a reader sees and
 * every count a reader could work out by subtraction (people unmatched, leaving the risk set
 * between two printed times, without the event) is a cell; `relate` says a whole is the sum of
 * its parts. Published together, so a count hidden in one place cannot be read in another.
 */
export class CountCells {
  private readonly counts: number[] = []
  private readonly relations: CountRelation[] = []

  /** A new cell; its index is its handle. */
  add(count: number): number {
    this.counts.push(count)
    return this.counts.length - 1
  }

  /** `whole` is the sum of `parts`. */
  relate(whole: number, parts: readonly number[]): void {
    this.relations.push({ parts, whole })
  }

  /**
   * A whole split into shown parts and the remainder: a cell no one is shown but anyone can
   * work out, so it is protected like the others (a remainder below zero, from inconsistent
   * input, relates nothing).
   */
  split(whole: number, parts: readonly number[]): void {
    const rest = (this.counts[whole] ?? 0) - parts.reduce((s, p) => s + (this.counts[p] ?? 0), 0)
    if (rest < 0) return
    this.relate(whole, [...parts, this.add(rest)])
  }

  count(cell: number): number {
    return this.counts[cell] ?? 0
  }

  publish(rules: DisclosureRules): PublishedCount[] {
    return publishCounts({ counts: this.counts, relations: this.relations }, rules)
  }
}
