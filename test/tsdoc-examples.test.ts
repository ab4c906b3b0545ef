// The example runner must fail on a wrong example, or its green would mean nothing.
import { describe, expect, it } from 'vitest'
import {
  check,
  examplesIn,
  parseExpected,
  runSteps,
  stepsOf,
  typeErrors,
} from './tsdoc-examples.js'

const source = `
/**
 * Adds.
 * @example
 * \`\`\`ts
 * const a = add(1, 0.2345)
 * a // → 1.23…   (rounded to two decimals)
 * [add(1, 1), add(a, 1)]
 * // → [2, …]
 * \`\`\`
 */
export function add(a: number, b: number): number { return a + b }
`
const api = { add: (a: number, b: number) => a + b }

describe('tsdoc examples', () => {
  it('finds an example on an exported function and runs its steps with shared variables', () => {
    const [example] = examplesIn('add.ts', source)
    expect(example?.fn).toBe('add')
    const steps = stepsOf(example?.code ?? '')
    expect(steps).toHaveLength(2)
    const values = runSteps(steps, api)
    expect(values).toEqual([1.2345, [2, 1 + 0.2345 + 1]])
    for (const [i, s] of steps.entries()) check(values[i], s.expected)
  })

  it('reads rounded and exact numbers, partial objects and prefix arrays', () => {
    expect(parseExpected(" { p: 0.313…, n: 150, e: 1.5e-3…, s: 'x', ok: true } (R)")).toEqual({
      kind: 'object',
      fields: [
        ['p', { kind: 'number', value: 0.313, decimals: 3 }],
        ['n', { kind: 'number', value: 150, decimals: undefined }],
        ['e', { kind: 'number', value: 0.0015, decimals: 4 }],
        ['s', { kind: 'exact', value: 'x' }],
        ['ok', { kind: 'exact', value: true }],
      ],
    })
  })

  it('fails on a wrong digit, a wrong length, a missing field and unreadable literals', () => {
    expect(() => check(0.3144, parseExpected('0.313…'))).toThrow()
    expect(() => check(150.0001, parseExpected('150'))).toThrow()
    expect(() => check(0, parseExpected('NaN'))).toThrow()
    expect(() => check([1, 2, 3], parseExpected('[1, 2]'))).toThrow()
    expect(() => check({ q: 1 }, parseExpected('{ p: 1 }'))).toThrow()
    expect(() => parseExpected('1.2x')).toThrow()
    expect(() => stepsOf('add(1, 2)')).toThrow()
    expect(() => runSteps(stepsOf('const x = 1 // → 1'), api)).toThrow()
  })

  it('type-checks examples against the module they document, with the line of each error', () => {
    const stats = new URL('../src/stats/', import.meta.url)
    const example = (code: string) => ({ fn: 'normalCdf', file: 'dists/normal.ts', code })
    const errors = typeErrors(
      stats,
      [example('normalCdf(1.96) // → 0.975…'), example("const x = 1\nnormalCdf('1.96')")],
      [new URL('index.ts', stats)],
    )
    expect(errors[0]).toEqual([])
    expect(errors[1]).toHaveLength(1)
    expect(errors[1]?.[0]).toMatch(/^line 2: Argument of type 'string'/)
  })
})
