import { expect } from 'vitest'

export interface CloseOptions {
  /** Named in the failure message (which value, which case). */
  readonly what?: string
  /**
   * The smallest scale the relative tolerance applies to: the bound is relTol × max(|expected|,
   * floor). 0 (the default) makes it purely relative; 1 makes it absolute below |expected| = 1.
   */
  readonly floor?: number
  /** An absolute allowance added to the bound (e.g. half a cent for amounts rounded to cents). */
  readonly abs?: number
}

/**
 * Expects |actual − expected| ≤ relTol × max(|expected|, floor) + abs. The one comparison of
 * computed numbers with reference values (R fixtures, worked examples) in every test, so that
 * "1e-9 relative" means the same everywhere. Written as a product, not a quotient, so that an
 * expected 0 asks for exactly 0 instead of dividing by it; null, undefined and NaN always fail.
 */
export function expectClose(
  actual: number | null | undefined,
  expected: number,
  relTol: number,
  options: CloseOptions = {},
): void {
  const { what, floor = 0, abs = 0 } = options
  const bound = relTol * Math.max(Math.abs(expected), floor) + abs
  const diff = Math.abs((actual ?? Number.NaN) - expected)
  const label = what === undefined ? '' : `${what}: `
  expect(
    diff,
    `${label}got ${actual}, want ${expected}, |Δ| ${diff}, allowed ${bound}`,
  ).toBeLessThanOrEqual(bound)
}
