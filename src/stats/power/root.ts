/**
 * Root of a continuous f on [a, b] by bisection to `tol` (absolute in x). The bracket is
 * widened outwards (doubling its width, as R's uniroot(extendInt = "yes")) until f changes sign.
 * Bisection is slower than Brent's method but cannot fail on a bracketed root, and here f is
 * cheap. Returns NaN when no sign change is found.
 *
 * @example
 * ```ts
 * findRoot((x) => x * x - 2, 0, 1) // → 1.41421356…   (the bracket widens to [0, 2])
 * ```
 */
export function findRoot(f: (x: number) => number, a: number, b: number, tol = 1e-13): number {
  let lo = a
  let hi = b
  let flo = f(lo)
  let fhi = f(hi)
  for (let k = 0; k < 60 && Math.sign(flo) === Math.sign(fhi); k++) {
    const w = hi - lo
    hi += w
    fhi = f(hi)
  }
  if (Math.sign(flo) === Math.sign(fhi)) return Number.NaN
  for (let k = 0; k < 400 && hi - lo > tol * Math.max(1, Math.abs(lo)); k++) {
    const mid = (lo + hi) / 2
    const fm = f(mid)
    if (fm === 0) return mid
    if (Math.sign(fm) === Math.sign(flo)) {
      lo = mid
      flo = fm
    } else hi = mid
  }
  return (lo + hi) / 2
}
