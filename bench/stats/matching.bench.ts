/**
 * Nearest-neighbour matching of 1,000,000 people (100,000 treated, 900,000 controls, 1:1,
 * caliper 0.2 SD) against MatchIt 4.7.2 on the same distances in the same run, when R with
 * MatchIt is available (R_LIBS as for the fixtures: R_LIBS=/opt/r-reference). Both sides: the
 * fastest of three runs after a warm-up; MatchIt's figure is its matchit() call with the
 * distance given (no glm), which is what matchNearest does. Elapsed and CPU time (user +
 * system; steadier when other processes share the cores) are both printed. The pairs are
 * compared too.
 * Run: R_LIBS=/opt/r-reference npx tsx bench/stats/matching.bench.ts
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRandom, matchNearest } from '../../src/stats/index.js'

const n = 1_000_000
const random = createRandom(1)
const distance = Float64Array.from({ length: n }, () => random.uniform())
const treat = Int32Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 1 : 0))
const run = () => matchNearest({ distance, treat, caliper: 0.2 })

const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
run() // warm-up
const best = { ms: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY }
let result = run()
for (let k = 0; k < 3; k++) {
  const start = performance.now()
  const cpuStart = cpuMs()
  result = run()
  best.ms = Math.min(best.ms, performance.now() - start)
  best.cpu = Math.min(best.cpu, cpuMs() - cpuStart)
}
if (result.treatedMatched !== 100_000) throw new Error('not every treated unit matched')
const figures = (t: { ms: number; cpu: number }) =>
  `${t.ms.toFixed(0)} ms elapsed, ${t.cpu.toFixed(0)} ms CPU`
console.log(`matchNearest, 100,000 treated × 900,000 controls, 1:1, caliper 0.2: ${figures(best)}`)

const r = matchItTime()
if ('skipped' in r) console.log(`MatchIt not measured: ${r.skipped}`)
else {
  console.log(`${r.versions}, matchit(): ${figures(r)}`)
  console.log(
    `ratio matchNearest / MatchIt: ${(best.ms / r.ms).toFixed(2)} elapsed, ` +
      `${(best.cpu / r.cpu).toFixed(2)} CPU (target: at most 1); pairs identical: ${r.samePairs}`,
  )
}

/** MatchIt's time on the same distances, and whether its pairs equal ours. */
function matchItTime():
  | { ms: number; cpu: number; versions: string; samePairs: boolean }
  | { skipped: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ew-match-'))
  try {
    writeFileSync(join(dir, 'distance.bin'), distance)
    writeFileSync(join(dir, 'treat.bin'), treat)
    const script = `
      suppressPackageStartupMessages(library(MatchIt))
      d <- readBin("${dir}/distance.bin", "double", ${n})
      t <- readBin("${dir}/treat.bin", "integer", ${n})
      df <- data.frame(treat = t, x = 0)
      fit <- function() matchit(treat ~ x, data = df, method = "nearest", distance = d, caliper = 0.2)
      invisible(fit())
      times <- cpu <- numeric(3)
      for (k in 1:3) {
        s <- system.time(m <- fit())
        times[k] <- s[["elapsed"]]
        cpu[k] <- s[["user.self"]] + s[["sys.self"]]
      }
      mm <- m$match.matrix
      writeBin(as.integer(match(mm[, 1], rownames(df)) - 1L), "${dir}/controls.bin")
      cat(min(times) * 1000, min(cpu) * 1000, R.version.string, as.character(packageVersion("MatchIt")), sep = "\\n")
    `
    const out = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' })
    if (out.error || out.status !== 0)
      return {
        skipped: (out.error?.message ?? out.stderr).trim().split('\n')[0] ?? 'Rscript failed',
      }
    const [ms, cpu, rVersion, matchIt] = out.stdout.trim().split('\n')
    const bytes = readFileSync(join(dir, 'controls.bin'))
    const theirs = new Int32Array(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    )
    const ours = result.pairs.map((p) => p.controls[0] ?? -1)
    // NA (no match) arrives as R's NA_integer_, the most negative integer.
    const samePairs =
      theirs.length === ours.length && ours.every((c, i) => c === Math.max(theirs[i]!, -1))
    return {
      ms: Number(ms),
      cpu: Number(cpu),
      versions: `${rVersion}, MatchIt ${matchIt}`,
      samePairs,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
