import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { DEMO_CONVERSATIONS } from '../../demo/index.js'
import { conversationFileSchema } from '../../domain/index.js'

const run = promisify(execFile)
const CLI = new URL('../../../bin/effectwijzer.js', import.meta.url).pathname
const DEMO = new URL('../../../examples/business-case/demo-cases.json', import.meta.url).pathname

describe('effectwijzer business-case', () => {
  it('computes the demo pilot: results.json with perCase and project under the documented names', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ew-bc-'))
    await run('node', [CLI, 'business-case', '--cases', DEMO, '--out', out, '--no-pdf'])
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'))
    expect(results.perCase).toHaveLength(13)
    const caseReport = await readFile(join(out, 'cases', 'VS-11-T0.html'), 'utf8')
    expect(caseReport).toContain('Tafelgesprek VS-11 · T0')
    expect(results.perCase[0]).toEqual(
      expect.objectContaining({
        caseId: 'VS-01',
        interventie: expect.any(Number),
        referentie: expect.any(Number),
        difference: expect.any(Number),
      }),
    )
    const first = results.perCase[0]
    expect(first.difference).toBeCloseTo(first.referentie - first.interventie, 2)
    expect(first.perStakeholder[0]).toEqual(
      expect.objectContaining({
        stakeholder: expect.any(String),
        interventie: expect.any(Number),
        referentie: expect.any(Number),
        difference: expect.any(Number),
      }),
    )
    expect(results.project).toEqual(
      expect.objectContaining({
        n: 12,
        meanDifference: expect.any(Number),
        medianDifference: expect.any(Number),
        ciLow: expect.any(Number),
        ciHigh: expect.any(Number),
      }),
    )
    expect(results.project.ciLow).toBeLessThanOrEqual(results.project.meanDifference)
    expect(results.priceList).toEqual({ id: 'voorbeeldstad-2026', version: '2026.1' })
    expect(results.baseYear).toBe(2024)
  }, 60_000)

  it('names the case, card and field of a bad file and exits with code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ew-bc-'))
    const file = JSON.parse(await readFile(DEMO, 'utf8'))
    file.cases[2].scenarios.referentie.cards[0].quantity = 'veel'
    await writeFile(join(dir, 'bad.json'), JSON.stringify(file))
    const failure = await run('node', [
      CLI,
      'business-case',
      '--cases',
      join(dir, 'bad.json'),
      '--out',
      dir,
    ]).catch((e) => e)
    expect(failure.code).toBe(2)
    expect(failure.stderr).toMatch(
      /field cases\[2\]\.scenarios\.referentie\.cards\[0\]\.quantity: must be a number/,
    )
    expect(failure.stderr).toMatch(
      /veld cases\[2\]\.scenarios\.referentie\.cards\[0\]\.quantity: moet een getal zijn/,
    )
  }, 60_000)

  it('ships an examples file that matches the demo conversations', async () => {
    const shipped = conversationFileSchema.parse(JSON.parse(await readFile(DEMO, 'utf8')))
    expect(shipped.cases).toEqual(conversationFileSchema.parse(DEMO_CONVERSATIONS).cases)
  })
})
