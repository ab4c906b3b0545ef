import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CountTable, linkedOneWayTables, twoWayTable } from './count-table.js'
import { derivableCells } from './derivable-cells.js'
import { type PublishedCount, publishCounts } from './publish.js'
import { DISCLOSURE_RULES, roundToBase } from './rules.js'

const { threshold } = DISCLOSURE_RULES
const publish = (table: CountTable) => publishCounts(table, DISCLOSURE_RULES)

/** Rung, district, age band and household: the four dimensions the research route shows. */
const CATEGORIES = [6, 4, 5, 4] as const
const person = fc.tuple(...CATEGORIES.map((n) => fc.nat({ max: n - 1 })))
const people = fc.array(person, { maxLength: 90 })

function tableOf(group: readonly (readonly number[])[]): CountTable {
  return linkedOneWayTables(
    group.length,
    CATEGORIES.map((n, d) =>
      Array.from({ length: n }, (_, v) => group.filter((p) => p[d] === v).length),
    ),
  )
}

/**
 * What a reader of linked one-way tables can work out, computed on its own from the shown
 * counts (taken as exact), the exact total when shown, and the kind of every hidden cell
 * (primary 1 … threshold − 1, secondary ≥ threshold; a zero hidden as the last resort is taken
 * as ≥ threshold too, a belief under which any value a reader could pin comes out as that
 * value or as an empty range, and both fail the check). The dimensions meet only in the total,
 * so the total's range is the intersection of what each dimension allows, and each hidden
 * cell's range follows from it: these ranges are exact, not an approximation.
 */
function readerRanges(table: CountTable, shown: readonly PublishedCount[]) {
  // Below a small total every cell is hidden, zeros too, so a primary cell there may be 0.
  const smallTotal = shown[0]?.suppression === 'primary'
  const kindRange = (cell: number): [number, number] =>
    shown[cell]?.suppression === 'primary'
      ? [cell !== 0 && smallTotal ? 0 : 1, threshold - 1]
      : [threshold, Infinity]
  const exact = (cell: number) => table.counts[cell] ?? 0
  const dimensions = table.relations.map(({ parts }) => {
    const hidden = parts.filter((c) => shown[c]?.count === null)
    const shownSum = parts.filter((c) => !hidden.includes(c)).reduce((s, c) => s + exact(c), 0)
    const sum = (cells: number[], end: 0 | 1) => cells.reduce((s, c) => s + kindRange(c)[end], 0)
    return { hidden, shownSum, sum }
  })
  let [totalLow, totalHigh] = shown[0]?.count === null ? kindRange(0) : [exact(0), exact(0)]
  for (const { hidden, shownSum, sum } of dimensions) {
    totalLow = Math.max(totalLow, shownSum + sum(hidden, 0))
    totalHigh = Math.min(totalHigh, shownSum + sum(hidden, 1))
  }
  const ranges = shown[0]?.count === null ? [{ cell: 0, low: totalLow, high: totalHigh }] : []
  for (const { hidden, shownSum, sum } of dimensions) {
    for (const cell of hidden) {
      const others = hidden.filter((c) => c !== cell)
      const [low, high] = kindRange(cell)
      ranges.push({
        cell,
        low: Math.max(low, totalLow - shownSum - sum(others, 1)),
        high: Math.min(high, totalHigh - shownSum - sum(others, 0)),
      })
    }
  }
  return ranges
}

describe('disclosure control of the research aggregates', () => {
  it('hides a small cell and a second one, so 44 − 40 no longer gives the 4 away', () => {
    const shown = publish(linkedOneWayTables(44, [[12, 7, 4, 21]]))
    expect(shown.map((c) => c.suppression)).toEqual([null, null, 'secondary', 'primary', null])
    expect(shown.map((c) => c.count)).toEqual([45, 10, null, null, 20])
  })

  it('hides a third cell when two hidden ones would add up to a known small number', () => {
    // Two hidden 1s under a shown 42 − 40 = 2 are both 1.
    const shown = publish(linkedOneWayTables(42, [[1, 1, 40]]))
    expect(shown.map((c) => c.suppression)).toEqual([null, 'primary', 'primary', 'secondary'])
  })

  it('hides more when a primary beside its complement could only be one value', () => {
    // Told that 5 is secondary (so at least 5), a reader gets the primary as 36 − 30 − 5 = 1.
    const shown = publish(linkedOneWayTables(36, [[1, 5, 30]]))
    expect(shown.map((c) => c.suppression)).toEqual([null, 'primary', 'secondary', 'secondary'])
  })

  it('hides the total when no shown cell is left to hide instead', () => {
    const shown = publish(linkedOneWayTables(6, [[1, 1, 1, 1, 1, 1]]))
    expect(shown[0]).toEqual({ count: null, suppression: 'secondary' })
  })

  it('shows zeros, but hides everything, zeros too, below a total under five', () => {
    expect(publish(linkedOneWayTables(12, [[0, 12]])).map((c) => c.count)).toEqual([10, 0, 10])
    // Shown zeros would make the four hidden cells under a total below 5 each exactly 1.
    const shown = publish(linkedOneWayTables(4, [[1, 1, 1, 1, 0, 0]]))
    expect(shown.map((c) => c.suppression)).toEqual(Array(7).fill('primary'))
  })

  it('links the dimensions through their total: a hidden total needs a hidden cell in each', () => {
    // Rungs hide the total; districts would give it back as 5 + 5 + 5 + 5 + 5 + 5 = 30.
    const shown = publish(linkedOneWayTables(30, [Array(30).fill(1), [5, 5, 5, 5, 5, 5]]))
    expect(shown[0]?.count).toBeNull()
    expect(shown.slice(31).filter((c) => c.count === null).length).toBeGreaterThan(0)
  })

  it('hides a zero when nothing else is left, if shown zeros would pin a hidden whole', () => {
    // Found by the property below. First: the ages' two hidden primaries (at most 4 each, the
    // other ages shown as 0) cap the hidden total at 8; the households' three primaries and a
    // secondary put it at 8 or more, so it was 8. Second: hiding the rungs' zeros instead, as
    // secondaries of 5 or more, would put the total above what the districts allow.
    const groups = [
      [
        [0, 0, 1, 1],
        [0, 0, 0, 3],
        [0, 0, 1, 1],
        [0, 0, 0, 0],
        [0, 0, 1, 1],
        [0, 0, 0, 1],
        [0, 0, 1, 2],
        [0, 0, 0, 1],
      ],
      [
        [0, 0, 0, 1],
        [0, 0, 3, 0],
        [0, 0, 2, 1],
        [0, 0, 3, 1],
        [0, 3, 3, 0],
        [0, 2, 3, 0],
        [0, 1, 3, 1],
        [0, 1, 1, 0],
      ],
    ]
    for (const group of groups) {
      const table = tableOf(group)
      const shown = publish(table)
      for (const { cell, low, high } of readerRanges(table, shown))
        expect(high, `cell ${cell} of ${JSON.stringify(group)}`).toBeGreaterThan(low)
      expect(shown.some((c, cell) => c.count === null && table.counts[cell] === 0)).toBe(true)
    }
  })

  it('on random tables no hidden cell can be worked out, even knowing which kind each is', () => {
    fc.assert(
      fc.property(people, (group) => {
        const table = tableOf(group)
        const shown = publish(table)
        for (const { cell, low, high } of readerRanges(table, shown)) {
          expect(high, `cell ${cell} of ${JSON.stringify(table.counts)}`).toBeGreaterThan(low)
        }
        for (const [cell, c] of shown.entries()) {
          if (c.count === null) continue
          expect(c.count === 0 || c.count >= threshold).toBe(true)
          expect(c.count % DISCLOSURE_RULES.roundingBase).toBe(0)
          expect(Math.abs(c.count - (table.counts[cell] ?? 0))).toBeLessThanOrEqual(2)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('one more person in shown cells changes nothing a reader sees unless a count crosses a rounding step', () => {
    // The newcomer joins, in every dimension, a shown cell whose rounded count stays the same;
    // `picks` chooses among those cells. Would fail if complements were chosen on exact counts.
    const steady = (count: number) =>
      count >= threshold && roundToBase(count, 5) === roundToBase(count + 1, 5)
    const crowd = fc.array(person, { minLength: 40, maxLength: 160 })
    const picks = fc.array(fc.nat(), { minLength: CATEGORIES.length, maxLength: CATEGORIES.length })
    fc.assert(
      fc.property(crowd, picks, (group, pick) => {
        const before = tableOf(group)
        const shownBefore = publish(before)
        fc.pre(steady(group.length))
        const newcomer = before.relations.map((relation, d) => {
          const open = relation.parts.flatMap((cell, value) =>
            shownBefore[cell]?.count !== null && steady(before.counts[cell] ?? 0) ? [value] : [],
          )
          return open[(pick[d] ?? 0) % Math.max(open.length, 1)]
        })
        fc.pre(newcomer.every((value) => value !== undefined))
        const after = tableOf([...group, newcomer.map((value) => value ?? 0)])
        expect(publish(after)).toEqual(shownBefore)
      }),
      { numRuns: 300 },
    )
  })

  it('chooses complements on rounded counts, so a 6 becoming 7 does not move the choice', () => {
    // On exact counts the 6 would be hidden first, and the 7 once the 6 became a 7 too.
    const before = publish(linkedOneWayTables(45, [[4, 7, 6, 28]]))
    expect(before.map((c) => c.count)).toEqual([45, null, null, 5, 30])
    expect(publish(linkedOneWayTables(46, [[4, 7, 7, 28]]))).toEqual(before)
  })

  it('a person who joins is not given away by the difference (the issue’s attack)', () => {
    // 41 participants; the newcomer is on rung 2, in district B, aged 27–45, living alone.
    const before = linkedOneWayTables(41, [
      [6, 11, 9, 4, 5, 6],
      [14, 10, 10, 7],
      [10, 16, 9, 6],
      [21, 11, 4, 5],
    ])
    const after = linkedOneWayTables(42, [
      [6, 12, 9, 4, 5, 6],
      [14, 11, 10, 7],
      [10, 17, 9, 6],
      [22, 11, 4, 5],
    ])
    expect(publish(after)).toEqual(publish(before))
  })

  it('a count crossing a rounding step does show: the residual risk publish.ts documents', () => {
    const before = publish(linkedOneWayTables(40, [[22, 18]]))
    const after = publish(linkedOneWayTables(41, [[23, 18]]))
    expect([before[1]?.count, after[1]?.count]).toEqual([20, 25])
  })
})

describe('two-way tables with their margins', () => {
  const grid = (rows: number, columns: number) =>
    fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    })
  // Zeros and small counts are common in real tables, and they make the hard patterns.
  const count = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 5, max: 19 }),
  )
  const shape = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))

  it('every row and column, margins included, has no hidden cell or at least two', () => {
    fc.assert(
      fc.property(
        shape.chain(([r, c]) => grid(r, c)),
        (cells) => {
          const table = twoWayTable(cells)
          const shown = publish(table)
          for (const relation of table.relations) {
            const hidden = [...relation.parts, relation.whole].filter(
              (cell) => shown[cell]?.count === null,
            )
            // A lone hidden zero (below a small whole) may be worked out: it counts nobody.
            if (hidden.length === 1) expect(table.counts[hidden[0] ?? 0]).toBe(0)
          }
        },
      ),
      { numRuns: 400 },
    )
  })

  it('no hidden cell is a bridge of the hidden pattern, so none follows from the margins', () => {
    // In the (r + 1) × (c + 1) table with its margins, a hidden cell is determined by the
    // shown counts exactly when it lies on no cycle of hidden cells (rows and columns as the
    // two sides of a graph, hidden cells as its edges). Checked here as graph connectivity.
    fc.assert(
      fc.property(
        shape.chain(([r, c]) => grid(r, c)),
        (cells) => {
          const columns = (cells[0]?.length ?? 0) + 1
          const table = twoWayTable(cells)
          const shown = publish(table)
          const hiddenCells = shown.flatMap((c, cell) => (c.count === null ? [cell] : []))
          const edges = hiddenCells.map(
            (cell) => [Math.floor(cell / columns), cell % columns] as const,
          )
          for (const [k, [row, column]] of edges.entries()) {
            if (table.counts[hiddenCells[k] ?? 0] === 0) continue // a zero counts nobody
            const rest = edges.filter((_, other) => other !== k)
            expect(connected(rest, row, column)).toBe(true)
          }
        },
      ),
      { numRuns: 400 },
    )
  })

  it('hides more where the rows and columns look safe but a chain of them gives a cell away', () => {
    // Row and column rules alone hide 14, 5, 17 and 13 as complements; then the top-left 1
    // follows from column 1, row 4, column 2 and row 2 together (32 − 19 − 12 = 1).
    const table = twoWayTable([
      [1, 0, 1],
      [14, 5, 11],
      [0, 0, 5],
      [17, 13, 0],
    ])
    const shown = publish(table)
    const hidden = new Set(shown.flatMap((c, cell) => (c.count === null ? [cell] : [])))
    expect(derivableCells(table, hidden)).toEqual([])
  })

  it('finds a hidden cell that joins two otherwise protected blocks', () => {
    // Two 2 × 2 blocks of hidden cells and one hidden cell (1, 2) between them: every row and
    // column holds two or more hidden cells, yet (1, 2) is row 1's total minus known cells.
    const table = twoWayTable([
      [9, 9, 0, 0],
      [9, 9, 9, 0],
      [0, 0, 9, 9],
      [0, 0, 9, 9],
    ])
    const at = (i: number, j: number) => i * 5 + j
    const blocks = [at(0, 0), at(0, 1), at(1, 0), at(1, 1), at(2, 2), at(2, 3), at(3, 2), at(3, 3)]
    expect(derivableCells(table, new Set([...blocks, at(1, 2)]))).toEqual([at(1, 2)])
    expect(derivableCells(table, new Set(blocks))).toEqual([])
  })
})

/** Whether a row and a column stay connected through the hidden cells left (edges). */
function connected(edges: readonly (readonly [number, number])[], row: number, column: number) {
  const seen = new Set([`r${row}`])
  const queue = [`r${row}`]
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const [i, j] of edges) {
      const [a, b] = [`r${i}`, `c${j}`]
      const next = node === a ? b : node === b ? a : undefined
      if (next && !seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  return seen.has(`c${column}`)
}
