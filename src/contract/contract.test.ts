import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PERMISSIONS } from '../domain/index.js'
import { registeredRoutes } from '../server/app.js'
import { POLICY_RULES } from '../server/policy.js'
import { CONTRACT_ROUTES, routeKey } from './index.js'

const here = dirname(fileURLToPath(import.meta.url))
const src = resolve(here, '..')

describe('the contract', () => {
  it('names each route once', () => {
    const keys = CONTRACT_ROUTES.map(routeKey)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('is what the server registers: every registered route is a contract entry and vice versa', () => {
    const registered = registeredRoutes().map(routeKey).sort()
    expect(registered).toEqual(CONTRACT_ROUTES.map(routeKey).sort())
  })

  it('is implemented, not repeated: each registered route uses its entry’s own schemas', () => {
    const repeated: string[] = []
    for (const route of registeredRoutes()) {
      const entry = CONTRACT_ROUTES.find((e) => routeKey(e) === routeKey(route))
      for (const part of ['summary', 'params', 'query', 'body', 'response', 'access'] as const)
        if (route[part] !== entry?.[part]) repeated.push(`${routeKey(route)}: ${part}`)
    }
    expect(repeated).toEqual([])
  })

  it('gives every entry an access that exists: anyone, signed-in or a permission', () => {
    const unknown = CONTRACT_ROUTES.filter(
      (e) => e.access !== 'anyone' && e.access !== 'signed-in' && !(e.access in PERMISSIONS),
    ).map(routeKey)
    expect(unknown).toEqual([])
  })

  it('has a server policy rule (purpose, object) for every entry and none for a route it lacks', () => {
    expect(Object.keys(POLICY_RULES).sort()).toEqual(CONTRACT_ROUTES.map(routeKey).sort())
  })
})

/** Every module specifier a source file imports or re-exports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const found = text.matchAll(
    /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )
  return [...found].map((m) => (m[1] ?? m[2]) as string)
}

/** Why an import is not allowed in src/contract (null: allowed). */
function boundaryProblem(file: string, specifier: string): string | null {
  if (specifier === 'zod') return null
  if (!specifier.startsWith('.')) return 'a package other than zod'
  const target = relative(src, resolve(dirname(file), specifier))
  if (target.startsWith('contract/')) return null
  if (target === join('domain', 'index.js')) return null
  return target.startsWith('domain/') ? 'domain/ other than its index.js' : `src/${target}`
}

describe('src/contract imports only zod and src/domain', () => {
  const files = readdirSync(here)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(here, name))

  it('finds the contract’s modules and their imports', () => {
    expect(files.length).toBeGreaterThan(5)
    expect(importsOf(join(here, 'projects.ts'))).toEqual([
      'zod',
      '../domain/index.js',
      './route.js',
    ])
  })

  it('has no import of the server, the database, the web app or any other package', () => {
    const problems = files.flatMap((file) =>
      importsOf(file).flatMap((specifier) => {
        const problem = boundaryProblem(file, specifier)
        return problem ? [`${relative(src, file)}: ${specifier} (${problem})`] : []
      }),
    )
    expect(problems).toEqual([])
  })

  it('would refuse a server, database, web or package import', () => {
    const file = join(here, 'example.ts')
    expect(boundaryProblem(file, '../server/route.js')).toBe('src/server/route.js')
    expect(boundaryProblem(file, '../db/index.js')).toBe('src/db/index.js')
    expect(boundaryProblem(file, '../web/api/client.js')).toBe('src/web/api/client.js')
    expect(boundaryProblem(file, '../domain/api/common.js')).toBe('domain/ other than its index.js')
    expect(boundaryProblem(file, 'fastify')).toBe('a package other than zod')
  })
})
