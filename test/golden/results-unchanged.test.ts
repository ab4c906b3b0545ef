import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runOk } from '../../src/cli/testing/run-in-process.js'

/**
 * Every number the three engines write to results.json stays what it was when these files
 * were recorded (commit 0d451b4, before the issue 9 redesign), to the last digit. A result may
 * gain fields; it may not lose or change one. `software` (name and version) is left out.
 */
const GOLDEN = new URL('./', import.meta.url).pathname
const EXAMPLES = new URL('../../examples/', import.meta.url).pathname

const outDirs: string[] = []
afterAll(() => Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true }))))

async function outDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ew-golden-'))
  outDirs.push(dir)
  return dir
}

async function resultsOf(dir: string): Promise<unknown> {
  return JSON.parse(await readFile(join(dir, 'results.json'), 'utf8'))
}

/** Every leaf of `golden` (path → value) that differs from `actual`, or is missing there. */
function differences(golden: unknown, actual: unknown, path = ''): string[] {
  if (golden !== null && typeof golden === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: not an object`]
    if (Array.isArray(golden) && (!Array.isArray(actual) || actual.length !== golden.length))
      return [`${path}: array length ${(actual as unknown[]).length} ≠ ${golden.length}`]
    return Object.entries(golden).flatMap(([key, value]) =>
      path === '' && key === 'software'
        ? []
        : differences(value, (actual as Record<string, unknown>)[key], `${path}/${key}`),
    )
  }
  return Object.is(golden, actual) ? [] : [`${path}: ${String(actual)} ≠ ${String(golden)}`]
}

async function expectUnchanged(goldenFile: string, outDir: string): Promise<void> {
  const golden = JSON.parse(await readFile(join(GOLDEN, goldenFile), 'utf8'))
  expect(differences(golden, await resultsOf(outDir))).toEqual([])
}

describe('results.json is unchanged on the shipped examples', () => {
  const mkbaModels = [
    ['mkba-almere-pilot.json', 'mkba/almere-pilot.json'],
    ['mkba-pilot-wijkteam.json', 'mkba/pilot-wijkteam.json'],
    ['mkba-effect.json', 'mkba/work-from-effect/model.json'],
  ] as const
  it.each(mkbaModels)('mkba %s', async (golden, model) => {
    const out = await outDir()
    await runOk([
      'mkba',
      '--model',
      join(EXAMPLES, model),
      '--out',
      out,
      '--draws',
      '2000',
      '--seed',
      '7',
      '--no-pdf',
      '--quiet',
    ])
    await expectUnchanged(golden, out)
  })

  it('business-case on the demo cases', async () => {
    const out = await outDir()
    await runOk([
      'business-case',
      '--cases',
      join(EXAMPLES, 'business-case/demo-cases.json'),
      '--out',
      out,
      '--no-pdf',
    ])
    await expectUnchanged('business-case-demo.json', out)
  })

  it('analyse on the fictional cohort of 2,000', async () => {
    const out = await outDir()
    const data = join(out, 'cohort.csv')
    await runOk(['cohort', '--n', '2000', '--out', data, '--quiet'])
    await runOk([
      'analyse',
      '--data',
      data,
      '--spec',
      join(EXAMPLES, 'analyse/cohort-spec.json'),
      '--out',
      join(out, 'analysis'),
      '--quiet',
    ])
    await expectUnchanged('analyse-cohort.json', join(out, 'analysis'))
  })
})
