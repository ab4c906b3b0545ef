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
 * What a reader can work out about the hidden cells of one dimension, computed from the
 * shown counts alone and the exact total (when it is shown, or is the sum of a dimension with
 * nothing hidden): each hidden cell lies in [1, S − (k − 1)], since zeros are shown.
 */
function readerBounds(table: CountTable, shown: readonly PublishedCount[]) {
  const exact = (cell: number) => table.counts[cell] ?? 0
  const fullyShown = table.relations.find((r) => r.parts.every((c) => shown[c]?.count !== null))
  const total =
    shown[0]?.count !== null ? exact(0) : fullyShown?.parts.reduce((sum, c) => sum + exact(c), 0)
  return table.relations.flatMap((relation) => {
    const hidden = relation.parts.filter((c) => shown[c]?.count === null)
    if (total === undefined || hidden.length === 0) return []
    const hiddenSum =
      total - relation.parts.filter((c) => !hidden.includes(c)).reduce((s, c) => s + exact(c), 0)
    return hidden.map((cell) => ({ cell, low: 1, high: hiddenSum - (hidden.length - 1) }))
  })
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

  it('hides the total when no shown cell is left to hide instead', () => {
    const shown = publish(linkedOneWayTables(6, [[1, 1, 1, 1, 1, 1]]))
    expect(shown[0]).toEqual({ count: null, suppression: 'secondary' })
  })

  it('shows zeros, and hides a total below five with all its cells', () => {
    const shown = publish(linkedOneWayTables(3, [[0, 3, 0]]))
    expect(shown.map((c) => c.count)).toEqual([null, 0, null, 0])
    expect(shown[0]?.suppression).toBe('primary')
  })

  it('links the dimensions through their total: a hidden total needs a hidden cell in each', () => {
    // Rungs hide the total; districts would give it back as 5 + 5 + 5 + 5 + 5 + 5 = 30.
    const shown = publish(linkedOneWayTables(30, [Array(30).fill(1), [5, 5, 5, 5, 5, 5]]))
    expect(shown[0]?.count).toBeNull()
    expect(shown.slice(31).filter((c) => c.count === null).length).toBeGreaterThan(0)
  })

  it('on random tables no hidden cell can be worked out, or shown to be small', () => {
    fc.assert(
      fc.property(people, (group) => {
        const table = tableOf(group)
        const shown = publish(table)
        for (const { low, high } of readerBounds(table, shown)) {
          expect(high).toBeGreaterThan(low)
          expect(high).toBeGreaterThanOrEqual(threshold)
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
            expect(hidden.length).not.toBe(1)
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
          const shown = publish(twoWayTable(cells))
          const edges = shown.flatMap((c, cell) =>
            c.count === null ? [[Math.floor(cell / columns), cell % columns] as const] : [],
          )
          for (const [k, [row, column]] of edges.entries()) {
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
