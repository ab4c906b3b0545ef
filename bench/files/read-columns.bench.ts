/**
 * files/'s CSV reader (byte-level, chunked: csv-scan.ts) on a synthetic cohort of N people (default
 * 300,000), keeping the nine columns the effect-analysis bench uses. Prints seconds and MB/s
 * per run, and the ratio to a bare line scan of the same file (split on '\n', no quotes, no
 * cells kept): the floor any reader of this file has to stand on.
 * Run: npx tsx bench/files/read-columns.bench.ts [N]
 */
import { execFileSync } from 'node:child_process'
import { createReadStream, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readColumns } from '../../src/files/index.js'

const N = Number(process.argv[2] ?? 300_000)
const csv = join(mkdtempSync(join(tmpdir(), 'ew-bench-files-')), 'cohort.csv')
execFileSync(
  'node',
  ['bin/effectwijzer.js', 'cohort', '--n', String(N), '--seed', '1', '--out', csv, '--quiet'],
  { stdio: 'inherit' },
)
const mb = statSync(csv).size / 1e6
const columns = new Set(['pilot', 'age', 'sex', 'months_on_benefit', 'ladder', 'household'])
for (const c of ['district', 'months', 'outflow']) columns.add(c)

async function lineScan(): Promise<number> {
  let lines = 0
  for await (const chunk of createReadStream(csv, { encoding: 'utf8', highWaterMark: 1 << 20 }))
    lines += (chunk as string).split('\n').length - 1
  return lines
}

const seconds = async (f: () => Promise<unknown>) => {
  const t = performance.now()
  await f()
  return (performance.now() - t) / 1000
}

for (let run = 1; run <= 3; run++) {
  const ours = await seconds(() => readColumns(csv, columns))
  const floor = await seconds(lineScan)
  console.log(
    `run ${run}: readColumns ${ours.toFixed(2)} s (${(mb / ours).toFixed(1)} MB/s), line scan ${floor.toFixed(2)} s, ratio ${(ours / floor).toFixed(1)}`,
  )
}
