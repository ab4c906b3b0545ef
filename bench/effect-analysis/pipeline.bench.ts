/**
 * The effect-analysis pipeline on a synthetic cohort of N people (default 1,000,000), stage by
 * stage, against the same pipeline in R (data.table::fread, glm, MatchIt, survival) on the same
 * file when Rscript is installed. Prints seconds per stage, the ratio R/ours, and peak memory.
 * Run: npx tsx bench/effect-analysis/pipeline.bench.ts [N]
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { readTable } from '../../src/cli/io/read-table.js'
import { categoricalTerms } from '../../src/domain/index.js'
import { IssueCollector, numericColumn, requireColumn } from '../../src/domain/study/table.js'
import {
  balanceTable,
  fitCox,
  fitLogistic,
  kaplanMeier,
  logRank,
  matchNearest,
} from '../../src/stats/index.js'

const N = Number(process.argv[2] ?? 1_000_000)
const dir = mkdtempSync(join(tmpdir(), 'ew-bench-'))
const csv = join(dir, 'cohort.csv')
execFileSync(
  'node',
  ['bin/effectwijzer.js', 'cohort', '--n', String(N), '--seed', '1', '--out', csv, '--quiet'],
  { stdio: 'inherit' },
)

const loadBefore = loadavg()[0] as number
const ours: Record<string, number> = {}
const oursCpu: Record<string, number> = {}
const time = async <T>(stage: string, f: () => T | Promise<T>): Promise<T> => {
  const t = performance.now()
  const cpu = process.cpuUsage()
  const v = await f()
  ours[stage] = (performance.now() - t) / 1000
  const used = process.cpuUsage(cpu)
  oursCpu[stage] = (used.user + used.system) / 1e6
  return v
}

const columns = [
  'pilot',
  'age',
  'sex',
  'months_on_benefit',
  'ladder',
  'household',
  'district',
  'months',
  'outflow',
]
// Reading includes turning text into typed columns, as fread's result is typed, with the
// functions `analyse` types them with.
const data = await time('read', async () => {
  const table = await readTable(csv, new Set(columns))
  const issues = new IssueCollector()
  const num = (name: string) => numericColumn(table, name, issues)
  const indicators = (name: string) =>
    categoricalTerms(name, requireColumn(table, name, issues)).map((t) => t.values)
  const age = num('age')
  return {
    pilot: Uint8Array.from(num('pilot')),
    x: [
      age,
      ...indicators('sex'),
      num('months_on_benefit'),
      num('ladder'),
      ...indicators('household'),
      ...indicators('district'),
    ],
    months: num('months'),
    outflow: num('outflow'),
    age,
  }
})
const { pilot, x, months, outflow, age } = data
const ps = await time('propensity', () => fitLogistic({ x, y: pilot }))
const m = await time('matching', () =>
  matchNearest({ distance: ps.fitted, treat: pilot, caliper: 0.2 }),
)
await time('balance', () =>
  balanceTable({
    covariates: x.map((values, j) => ({ name: `x${j}`, values })),
    treat: pilot,
    weights: m.weights,
  }),
)
const rows = [...m.weights.keys()].filter((i) => m.weights[i]! > 0)
const t = Float64Array.from(rows, (i) => months[i]!)
const e = Float64Array.from(rows, (i) => outflow[i]!)
const g = Float64Array.from(rows, (i) => pilot[i]!)
await time('kaplan-meier', () =>
  [1, 0].map((grp) =>
    kaplanMeier({
      time: t.filter((_, k) => g[k] === grp),
      event: e.filter((_, k) => g[k] === grp),
    }),
  ),
)
await time('log-rank', () => logRank({ time: t, event: e, group: Array.from(g, String) }))
await time('cox', () =>
  fitCox({ time: t, event: e, x: [g, Float64Array.from(rows, (i) => age[i]!)] }),
)
// The operating system's high-water mark: a timer cannot sample while a stage holds the thread.
const peak = process.resourceUsage().maxRSS * 1024

const r: Record<string, number> = {}
const rCpu: Record<string, number> = {}
const versions: string[] = []
// BENCH_SKIP_R=1 measures ours only (MatchIt 4.5.1's matching took minutes at 10⁶; 4.7.2's a second).
const hasR = process.env.BENCH_SKIP_R !== '1' && spawnSync('Rscript', ['--version']).status === 0
if (hasR) {
  const out = spawnSync('Rscript', ['bench/effect-analysis/pipeline.R', csv], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  })
  for (const line of out.stdout.split('\n')) {
    if (line.startsWith('#')) versions.push(line.slice(1).trim())
    const [stage, seconds, cpu] = line.trim().split(/\s+/)
    if (stage && seconds && cpu && !line.startsWith('#')) {
      r[stage] = Number(seconds)
      rCpu[stage] = Number(cpu)
    }
  }
  if (out.status !== 0) console.error(out.stderr)
}
const total = (o: Record<string, number>) => Object.values(o).reduce((s, v) => s + v, 0)
console.log(
  `\nEffect-analysis pipeline, ${N.toLocaleString('en')} people, ${m.treatedMatched.toLocaleString('en')} matched pairs (2-core machine)\n`,
)
// Wall time is the comparison; CPU time (user + system, all threads) shows what a loaded machine
// took from each side.
const cells = (a: number, b: number | undefined) =>
  `${a.toFixed(2).padStart(8)} ${b === undefined ? '       —' : b.toFixed(2).padStart(8)} ${b === undefined ? '        ' : (b / a).toFixed(1).padStart(8)}`
console.log('stage          ours (s)   R (s)    R/ours   | CPU: ours (s)   R (s)    R/ours')
for (const stage of Object.keys(ours)) {
  console.log(
    `${stage.padEnd(14)} ${cells(ours[stage]!, r[stage])}   |      ${cells(oursCpu[stage]!, rCpu[stage])}`,
  )
}
console.log(
  `${'total'.padEnd(14)} ${cells(total(ours), hasR ? total(r) : undefined)}   |      ${cells(total(oursCpu), hasR ? total(rCpu) : undefined)}`,
)
console.log(`peak RSS (ours): ${(peak / 2 ** 20).toFixed(0)} MB`)
console.log(`R: ${versions.join('; ') || 'not run'}`)
console.log(
  `load average (1 min) before ours ${loadBefore.toFixed(1)}, after R ${(loadavg()[0] as number).toFixed(1)}`,
)
