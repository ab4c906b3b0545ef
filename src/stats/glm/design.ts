/**
 * A model matrix [1, x₁, …, x_k] stored by its nonzero cells per row, for sums over rows such as
 * XᵀWX: a categorical covariate's k − 1 indicator columns hold at most one 1 per row, so a row of
 * a design with a few categoricals has a handful of nonzero cells out of dozens of columns.
 *
 * Consecutive 0/1 columns of which no row has two 1s form a group, of which a row keeps the
 * one cell holding its 1 (if any). Row i's cells are then the intercept, the other columns'
 * values and at most one cell per group, in column order, so a sum over them adds the same terms
 * in the same order as a sum over all columns (a skipped cell is an exact 0, which leaves a sum
 * unchanged): results are bit for bit those of the dense loop.
 */
export class SparseDesign {
  /** Number of columns, the intercept included. */
  readonly p: number
  /** Row i's cells are `cellColumn[rowStart[i] … rowStart[i + 1])`, with their values. */
  private readonly rowStart: Int32Array
  private readonly cellColumn: Int32Array
  private readonly cellValue: Float64Array

  constructor(x: readonly Float64Array[]) {
    this.p = x.length + 1
    const n = x[0]?.length ?? 0
    // Per slot in column order: a dense column, or a group's row → column (−1: none) map.
    const slots: ({ dense: Float64Array; column: number } | { group: Int32Array })[] = []
    let open: Int32Array | undefined
    x.forEach((values, j) => {
      if (!isIndicator(values)) {
        slots.push({ dense: values, column: j + 1 })
        open = undefined
        return
      }
      if (!open || !joins(open, values)) {
        open = new Int32Array(n).fill(-1)
        slots.push({ group: open })
      }
      addToGroup(open, values, j + 1)
    })
    // Cells per row, then each slot's cells written row by row behind the ones before it.
    const cursor = new Int32Array(n).fill(1 + slots.filter((slot) => !('group' in slot)).length)
    for (const slot of slots) if ('group' in slot) countGroup(slot.group, cursor)
    this.rowStart = startsOf(cursor)
    const cells = this.rowStart[n] as number
    this.cellColumn = new Int32Array(cells)
    this.cellValue = new Float64Array(cells)
    startIntercepts(this.rowStart, cursor, this.cellValue)
    for (const slot of slots) {
      if ('group' in slot) fillGroup(slot.group, cursor, this.cellColumn, this.cellValue)
      else fillDense(slot.dense, slot.column, cursor, this.cellColumn, this.cellValue)
    }
  }

  /**
   * Adds Σᵢ wᵢ·xᵢxᵢᵀ to the lower triangle of `xtwx` (p × p, row-major) and, when given,
   * Σᵢ wᵢ·zᵢ·xᵢ to `xtwz`; each product as (wᵢ·x_a)·x_b, as the dense sum computes it.
   */
  addCrossProducts(
    w: Float64Array,
    xtwx: Float64Array,
    z?: Float64Array,
    xtwz?: Float64Array,
  ): void {
    const { p, rowStart, cellColumn, cellValue } = this
    for (let i = 0; i < w.length; i++) {
      const wi = w[i] as number
      const zi = z ? (z[i] as number) : 0
      const from = rowStart[i] as number
      const to = rowStart[i + 1] as number
      for (let u = from; u < to; u++) {
        const a = cellColumn[u] as number
        const wa = wi * (cellValue[u] as number)
        if (xtwz) xtwz[a] = (xtwz[a] as number) + wa * zi
        const row = a * p
        for (let v = from; v <= u; v++) {
          const k = row + (cellColumn[v] as number)
          xtwx[k] = (xtwx[k] as number) + wa * (cellValue[v] as number)
        }
      }
    }
  }

  /** η = Xβ into `eta`, each row summed in column order from β₀. */
  linearPredictor(beta: Float64Array, eta: Float64Array): void {
    const { rowStart, cellColumn, cellValue } = this
    for (let i = 0; i < eta.length; i++) {
      const to = rowStart[i + 1] as number
      let e = beta[0] as number
      for (let u = (rowStart[i] as number) + 1; u < to; u++)
        e += (beta[cellColumn[u] as number] as number) * (cellValue[u] as number)
      eta[i] = e
    }
  }
}

// The loops over rows live in small functions of their own: V8 optimises a function after a
// few calls, a long loop inside a constructor called once only by on-stack replacement.

function countGroup(group: Int32Array, cells: Int32Array): void {
  for (let i = 0; i < group.length; i++) if ((group[i] as number) >= 0) cells[i]!++
}

function startsOf(cells: Int32Array): Int32Array {
  const starts = new Int32Array(cells.length + 1)
  for (let i = 0; i < cells.length; i++)
    starts[i + 1] = (starts[i] as number) + (cells[i] as number)
  return starts
}

/** Row i's first cell, the intercept's 1; `cursor[i]` moves to the cell after it. */
function startIntercepts(rowStart: Int32Array, cursor: Int32Array, cellValue: Float64Array): void {
  for (let i = 0; i < cursor.length; i++) {
    const c = rowStart[i] as number
    cellValue[c] = 1
    cursor[i] = c + 1
  }
}

function fillDense(
  values: Float64Array,
  column: number,
  cursor: Int32Array,
  cellColumn: Int32Array,
  cellValue: Float64Array,
): void {
  for (let i = 0; i < values.length; i++) {
    const c = cursor[i]!++
    cellColumn[c] = column
    cellValue[c] = values[i]!
  }
}

function fillGroup(
  group: Int32Array,
  cursor: Int32Array,
  cellColumn: Int32Array,
  cellValue: Float64Array,
): void {
  for (let i = 0; i < group.length; i++) {
    if (group[i]! < 0) continue
    const c = cursor[i]!++
    cellColumn[c] = group[i]!
    cellValue[c] = 1
  }
}

function addToGroup(group: Int32Array, values: Float64Array, column: number): void {
  for (let i = 0; i < values.length; i++) if (values[i] === 1) group[i] = column
}

function isIndicator(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== 0 && values[i] !== 1) return false
  return true
}

/** Whether a 0/1 column has no 1 in a row where the group already has one. */
function joins(group: Int32Array, values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] === 1 && group[i] !== -1) return false
  return true
}
