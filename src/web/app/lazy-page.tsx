import { type ComponentType, type LazyExoticComponent, lazy } from 'react'

/**
 * A page component loaded on first render, so each page (and what only it uses: charts, the
 * Monte Carlo worker, the conversation table) is its own chunk instead of part of the entry.
 * Pages are named exports; `lazy` wants a module with a default, hence the mapping.
 */
export function lazyPage<P extends object, K extends string>(
  load: () => Promise<{ readonly [key in K]: ComponentType<P> }>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy<ComponentType<P>>(async () => ({ default: (await load())[name] }))
}
