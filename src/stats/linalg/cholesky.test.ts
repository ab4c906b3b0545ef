import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cholesky, choleskyInverse, choleskySolve } from './index.js'

describe('cholesky', () => {
  it('factors a known matrix exactly (Golub & Van Loan style 3 × 3 example)', () => {
    // A = L Lᵀ with L = [[2,0,0],[6,1,0],[-8,5,3]]
    const a = Float64Array.from([4, 12, -16, 12, 37, -43, -16, -43, 98])
    expect(Array.from(cholesky(a, 3) ?? [])).toEqual([2, 0, 0, 6, 1, 0, -8, 5, 3])
  })

  it('reports a singular matrix instead of returning garbage', () => {
    expect(cholesky(Float64Array.from([1, 1, 1, 1]), 2)).toBeUndefined()
  })

  it('solves and inverts: A · A⁻¹ = I for random positive-definite matrices', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 9, maxLength: 9 }),
        (m) => {
          // A = MᵀM + I is symmetric positive definite.
          const p = 3
          const a = new Float64Array(9)
          for (let i = 0; i < p; i++)
            for (let j = 0; j < p; j++) {
              let s = i === j ? 1 : 0
              for (let k = 0; k < p; k++) s += m[k * p + i]! * m[k * p + j]!
              a[i * p + j] = s
            }
          const l = cholesky(a, p)!
          const inv = choleskyInverse(l, p)
          for (let i = 0; i < p; i++)
            for (let j = 0; j < p; j++) {
              let s = 0
              for (let k = 0; k < p; k++) s += a[i * p + k]! * inv[k * p + j]!
              expect(s).toBeCloseTo(i === j ? 1 : 0, 8)
            }
          const x = choleskySolve(l, p, Float64Array.from([1, 2, 3]))
          for (let i = 0; i < p; i++) {
            let s = 0
            for (let k = 0; k < p; k++) s += a[i * p + k]! * x[k]!
            expect(s).toBeCloseTo(i + 1, 8)
          }
        },
      ),
    )
  })
})
