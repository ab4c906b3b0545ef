import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import type { Command } from 'commander'
import {
  COHORT_HEADER,
  cohortCsvRow,
  DEFAULTS,
  generateSyntheticCohort,
} from '../../domain/index.js'
import { parseIntegerOption } from '../output.js'
import { createProgress } from '../progress.js'

/** `effectwijzer cohort`: writes the synthetic social-assistance cohort as CSV (for tests, demos, benchmarks). */
export function registerCohortCommand(program: Command): void {
  program
    .command('cohort')
    .description('Write a fictional social-assistance cohort with a pilot group (CSV)')
    .option('--n <n>', 'number of people', parseIntegerOption('--n', 10), 5000)
    .option('--seed <s>', 'random seed', parseIntegerOption('--seed', 0), DEFAULTS.cohortSeed)
    .requiredOption('--out <file>', 'CSV file to write')
    .option('--quiet', 'no progress bar')
    .action(async (o: { n: number; seed: number; out: string; quiet?: boolean }) => {
      const cohort = generateSyntheticCohort({ n: o.n, seed: o.seed })
      const progress = createProgress('write', o.n, o.quiet === true)
      const file = createWriteStream(o.out)
      file.write(`${COHORT_HEADER}\n`)
      let chunk: string[] = []
      for (let i = 0; i < o.n; i++) {
        chunk.push(cohortCsvRow(cohort, i))
        if (chunk.length === 10_000 || i === o.n - 1) {
          if (!file.write(`${chunk.join('\n')}\n`)) await once(file, 'drain')
          chunk = []
          progress.update(i + 1)
        }
      }
      file.end()
      await once(file, 'finish')
      progress.stop()
      console.error(`${o.n} people written to ${o.out}`)
    })
}
