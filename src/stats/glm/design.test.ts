import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SparseDesign } from './design.js'

/** The dense sums over all p columns, [1, x₁, …], as logistic.ts computed them before. */
function denseCrossProducts(x: readonly Float64Array[], w: Float64Array, z: Float64Array) {
  const p = x.length + 1
  const value = (j: number, i: number) => (j === 0 ? 1 : ((x[j - 1] as Float64Array)[i] as number))
  const xtwx = new Float64Array(p * p)
  const xtwz = new Float64Array(p)
  for (let i = 0; i < w.length; i++)
    for (let a = 0; a < p; a++) {
      const wa = (w[i] as number) * value(a, i)
      xtwz[a] = (xtwz[a] as number) + wa * (z[i] as number)
      for (let b = 0; b <= a; b++) xtwx[a * p + b] = (xtwx[a * p + b] as number) + wa * value(b, i)
    }
  return { xtwx, xtwz }
}

function denseLinearPredictor(x: readonly Float64Array[], beta: Float64Array, n: number) {
  return Float64Array.from({ length: n }, (_, i) => {
    let e = beta[0] as number
    x.forEach((column, j) => {
      e += (beta[j + 1] as number) * (column[i] as number)
    })
    return e
  })
}

const real = fc.double({ min: -50, max: 50, noNaN: true })

/** Columns of a design: numeric ones, categoricals' indicators (one 1 at most per row), loose 0/1 ones. */
const design = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc
    .array(
      fc.oneof(
        fc.array(real, { minLength: n, maxLength: n }).map((v) => [Float64Array.from(v)]),
        fc
          .tuple(
            fc.integer({ min: 2, max: 5 }),
            fc.array(fc.nat(4), { minLength: n, maxLength: n }),
          )
          .map(([levels, codes]) =>
            Array.from({ length: levels - 1 }, (_, l) =>
              Float64Array.from(codes, (c) => (c % levels === l + 1 ? 1 : 0)),
            ),
          ),
        fc
          .array(fc.constantFrom(0, 1), { minLength: n, maxLength: n })
          .map((v) => [Float64Array.from(v)]),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((blocks) => ({ n, x: blocks.flat() })),
)

describe('SparseDesign', () => {
  it('sums XᵀWX, XᵀWz and Xβ to the same bits as the dense loops', () => {
    fc.assert(
      fc.property(design, fc.infiniteStream(real), ({ n, x }, numbers) => {
        const next = () => numbers.next().value as number
        const w = Float64Array.from({ length: n }, () => Math.abs(next()) / 50)
        const z = Float64Array.from({ length: n }, next)
        const beta = Float64Array.from({ length: x.length + 1 }, next)
        const p = x.length + 1
        const sparse = new SparseDesign(x)
        const xtwx = new Float64Array(p * p)
        const xtwz = new Float64Array(p)
        sparse.addCrossProducts(w, xtwx, z, xtwz)
        const eta = new Float64Array(n)
        sparse.linearPredictor(beta, eta)
        const dense = denseCrossProducts(x, w, z)
        // The same bits, except the sign of a zero: skipping a zero cell leaves +0 where the dense
        // loop may add −0 (w·0·z with z < 0), and −0 + 0 is +0 — equal values, both exact.
        const bits = (v: Float64Array) => Array.from(v, (e) => e + 0)
        expect(bits(xtwx)).toEqual(bits(dense.xtwx))
        expect(bits(xtwz)).toEqual(bits(dense.xtwz))
        expect(bits(eta)).toEqual(bits(denseLinearPredictor(x, beta, n)))
      }),
      { numRuns: 500 },
    )
  })
})
