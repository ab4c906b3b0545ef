/**
 * Cholesky factorisation of a symmetric positive-definite matrix, A = L Lᵀ, and the solves
 * and inverse built on it. Matrices are dense, row-major Float64Array of size p × p: the
 * small normal-equation and information matrices of regression models (p ≲ 100).
 *
 * ## Notes
 *
 * - Returns `undefined` when A is not numerically positive definite (a pivot ≤ ε·max|A_ii|);
 *   callers report that as a singular fit, as R's glm reports aliased coefficients.
 *
 * ## References
 *
 * - Golub, G. H., and C. F. Van Loan. 2013. Matrix Computations, 4th ed., §4.2.
 *   Johns Hopkins University Press.
 *
 * @example
 * ```ts
 * cholesky(Float64Array.of(4, 2, 2, 3), 2) // → [2, 0, 1, 1.414214…]   (L, row-major)
 * cholesky(Float64Array.of(1, 2, 2, 4), 2) // → undefined   (singular)
 * ```
 */
export function cholesky(a: Float64Array, p: number): Float64Array | undefined {
  const l = new Float64Array(p * p)
  let maxDiag = 0
  for (let i = 0; i < p; i++) maxDiag = Math.max(maxDiag, Math.abs(a[i * p + i]!))
  const tol = 1e-13 * Math.max(maxDiag, Number.MIN_VALUE)
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j]!
    for (let k = 0; k < j; k++) d -= l[j * p + k]! * l[j * p + k]!
    if (!(d > tol)) return undefined
    const ljj = Math.sqrt(d)
    l[j * p + j] = ljj
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j]!
      for (let k = 0; k < j; k++) s -= l[i * p + k]! * l[j * p + k]!
      l[i * p + j] = s / ljj
    }
  }
  return l
}

/**
 * Solves L Lᵀ x = b for x, given the Cholesky factor L.
 * @example
 * ```ts
 * const l = cholesky(Float64Array.of(4, 2, 2, 3), 2)!
 * choleskySolve(l, 2, Float64Array.of(2, 1)) // → [0.5, 0]
 * ```
 */
export function choleskySolve(l: Float64Array, p: number, b: Float64Array): Float64Array {
  const y = new Float64Array(p)
  for (let i = 0; i < p; i++) {
    let s = b[i]!
    for (let k = 0; k < i; k++) s -= l[i * p + k]! * y[k]!
    y[i] = s / l[i * p + i]!
  }
  const x = new Float64Array(p)
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i]!
    for (let k = i + 1; k < p; k++) s -= l[k * p + i]! * x[k]!
    x[i] = s / l[i * p + i]!
  }
  return x
}

/**
 * A⁻¹ from the Cholesky factor of A, column by column.
 * @example
 * ```ts
 * const l = cholesky(Float64Array.of(4, 2, 2, 3), 2)!
 * choleskyInverse(l, 2) // → [0.375…, -0.25…, -0.25…, 0.5…]   (= [3, −2, −2, 4] / 8)
 * ```
 */
export function choleskyInverse(l: Float64Array, p: number): Float64Array {
  const inv = new Float64Array(p * p)
  const e = new Float64Array(p)
  for (let j = 0; j < p; j++) {
    e.fill(0)
    e[j] = 1
    const col = choleskySolve(l, p, e)
    for (let i = 0; i < p; i++) inv[i * p + j] = col[i]!
  }
  return inv
}
