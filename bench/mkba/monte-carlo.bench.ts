/**
 * Monte Carlo benchmark (issue: 100,000 draws of a model with 50 uncertain parameters,
 * 10 years and 8 stakeholders in under 1 s on one core).
 * Reference in the same process: the naive approach a spreadsheet-style tool takes —
 * sample the inputs, rebuild the model and re-run the full deterministic evaluation per draw.
 * Run: npx tsx bench/mkba/monte-carlo.bench.ts
 */
import {
  analyseMkba,
  compileModel,
  type Distribution,
  evaluateModel,
  type MkbaItem,
  type MkbaModel,
  monteCarlo,
  sample,
} from '../../src/mkba/index.js'
import { createRandom } from '../../src/stats/index.js'

const STAKEHOLDERS = [
  'gemeente-wmo',
  'gemeente-pw',
  'gemeente-jw',
  'zorgverzekeraar',
  'rijk',
  'justitie',
  'woningcorporatie',
  'inwoner',
]

function benchModel(): MkbaModel {
  const items: MkbaItem[] = []
  for (let i = 0; i < 50; i++) {
    const stakeholder = STAKEHOLDERS[i % 8]!
    const base = { deadweight: 0.1, attribution: 0.1, displacement: 0, dropOff: 0.1 }
    const uncertainty: Partial<Record<'quantity' | 'unitValue', Distribution>> =
      i % 2 === 0
        ? { quantity: { distribution: 'triangular', low: 5, mode: 10, high: 20 } }
        : { unitValue: { distribution: 'pert', low: 500, mode: 1_000, high: 2_000 } }
    items.push({
      id: `item-${i}`,
      kind: i < 10 ? 'cost' : 'benefit',
      category: i % 3 === 0 ? 'social' : 'financial',
      stakeholder,
      quantity: 10,
      unitValue: i < 10 ? 5_000 : 1_000,
      startYear: 2024 + (i % 3),
      durationYears: 10 - (i % 3),
      ...base,
      uncertainty,
    })
  }
  return {
    name: 'bench',
    baseYear: 2024,
    priceYear: 2024,
    horizonYears: 10,
    discountRate: 0.0225,
    timing: 'start-of-year',
    stakeholders: STAKEHOLDERS,
    items,
  }
}

const model = benchModel()
const DRAWS = 100_000

const t0 = performance.now()
const fast = monteCarlo(compileModel(model), { draws: DRAWS, seed: 1 })
const fastSeconds = (performance.now() - t0) / 1000

// Naive reference: rebuild and fully evaluate the model per draw (fewer draws, timed per draw).
const NAIVE_DRAWS = 5_000
const random = createRandom(1)
const t1 = performance.now()
for (let j = 0; j < NAIVE_DRAWS; j++) {
  const drawn = model.items.map((item) => {
    const u = item.uncertainty ?? {}
    return {
      ...item,
      ...(u.quantity ? { quantity: sample(u.quantity, random) } : {}),
      ...(u.unitValue ? { unitValue: sample(u.unitValue, random) } : {}),
    } as MkbaItem
  })
  evaluateModel({ ...model, items: drawn })
}
const naivePerDraw = (performance.now() - t1) / 1000 / NAIVE_DRAWS

const runs = 200
const t2 = performance.now()
for (let r = 0; r < runs; r++) analyseMkba(model)
const deterministicMs = (performance.now() - t2) / runs

console.log(
  `Monte Carlo, ${DRAWS.toLocaleString('en')} draws, 50 uncertain parameters, 10 years, 8 stakeholders`,
)
console.log(
  `  ours:       ${fastSeconds.toFixed(3)} s   (target < 1 s)   P(B/C > 1) = ${fast.probRatioAbove1.toFixed(4)}`,
)
console.log(
  `  naive ref:  ${(naivePerDraw * DRAWS).toFixed(3)} s   (${NAIVE_DRAWS} draws timed, scaled to ${DRAWS})`,
)
console.log(`  ratio naive/ours: ${((naivePerDraw * DRAWS) / fastSeconds).toFixed(1)}×`)
console.log(
  `Deterministic analysis (evaluate + tornado of 50 parameters): ${deterministicMs.toFixed(2)} ms per run (target < 50 ms)`,
)
