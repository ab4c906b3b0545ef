/**
 * Business-case benchmark (issue 4: with 1,000 cases of 100 cards each, the project result is
 * computed server-side in under 200 ms). Measures, on this machine:
 *  1. the computation alone (computeBusinessCase: every case, the 2,000-resample bootstrap and
 *     the three sensitivity variants), against a reference in the same process: JSON.parse of
 *     the same conversations, i.e. merely reading them;
 *  2. the whole request GET /api/v1/projects/:id/business-case on the embedded database
 *     (load 1,000 conversations, compute, answer), through the real server.
 * Run: npx tsx bench/business-case/project.bench.ts
 */
import { randomUUID } from 'node:crypto'
import { testDialects } from '../../src/db/index.js'
import {
  type Card,
  type ConversationFile,
  computeBusinessCase,
  STARTER_PRICE_LIST,
  type TableConversation,
} from '../../src/domain/index.js'
import { createTestApp } from '../../src/server/testing/test-app.js'
import { createRandom } from '../../src/stats/index.js'

const CASES = 1_000
const CARDS = 100
const rng = createRandom(20261124)
const random = () => rng.uniform()
const priced = STARTER_PRICE_LIST.items.filter((i) => i.priceCents !== undefined)
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T
const day = (offset: number) =>
  new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)

function card(k: number): Card {
  const start = Math.floor(random() * 600)
  if (k % 10 === 9)
    return {
      type: 'event',
      id: `e${k}`,
      domain: 'financien',
      start: day(start),
      description: 'gebeurtenis',
      direction: random() < 0.5 ? 'better' : 'worse',
    }
  return {
    type: 'activity',
    id: `a${k}`,
    item: pick(priced).code,
    start: day(start),
    ...(k % 3 === 0 ? { end: day(start + Math.floor(random() * 200)) } : {}),
    quantity: 1 + Math.floor(random() * 20),
    ...(k % 4 === 0 ? { confidence: 'low' as const } : {}),
  }
}

function conversation(c: number): TableConversation {
  const cards = Array.from({ length: CARDS }, (_, k) => card(k))
  return {
    caseId: `casus-${c}`,
    measurement: c % 5 === 0 ? 'T0' : 'T1',
    attendees: [],
    scenarios: {
      interventie: { cards: cards.slice(0, CARDS / 2) },
      referentie: { kind: 'former-approach', reasoning: '', cards: cards.slice(CARDS / 2) },
    },
  }
}

const cases = Array.from({ length: CASES }, (_, c) => conversation(c))
const file: ConversationFile = {
  format: 'effectwijzer-table-conversations',
  version: 1,
  baseYear: 2024,
  priceList: STARTER_PRICE_LIST,
  cases,
}

/** Median wall time of `runs` calls in ms, after one warm-up call. */
async function timed(runs: number, run: () => unknown): Promise<number> {
  await run()
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    await run()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number
}

const json = JSON.stringify(cases)
const parseMs = await timed(5, () => JSON.parse(json))
const computeMs = await timed(5, () => computeBusinessCase(file))
const result = computeBusinessCase(file)

// The whole request, on PGlite with the demo tenant and the 1,000 cases in its pilot.
const [pglite] = testDialects()
if (!pglite) throw new Error('no PGlite dialect')
const t = await createTestApp(pglite)
const tenant = t.demo.voorbeeldstad
const participants = await t.handle.db
  .insertInto('participants')
  .values(
    cases.map((_, c) => ({
      id: randomUUID(),
      municipality_id: tenant.municipalityId,
      pseudonym: `P-B${String(c).padStart(7, '0')}`,
      organisation_id: tenant.organisations.wijkteam,
      team: 'Noord',
    })),
  )
  .returning('id')
  .execute()
await t.handle.db
  .insertInto('conversations')
  .values(
    cases.map((c, i) => ({
      id: randomUUID(),
      project_id: tenant.projectId,
      participant_id: participants[i]?.id as string,
      measurement: c.measurement,
      document: JSON.stringify(c),
      status: 'open',
      updated_by: null,
    })),
  )
  .execute()
const headers = await t.headersFor(tenant.users['pilot-manager'])
const request = () =>
  t.app.inject({ url: `/api/v1/projects/${tenant.projectId}/business-case`, headers })
const answer = await request()
const body = answer.json() as { result: { project: { n: number } }; computeMs: number }
const requestMs = await timed(5, request)
await t.close()

const f = (ms: number) => `${ms.toFixed(0)} ms`
console.log(`cases × cards: ${CASES} × ${CARDS} (${(json.length / 1e6).toFixed(1)} MB of JSON)`)
console.log(
  `project result: n = ${result.project.n}, mean difference ${result.project.meanDifference}`,
)
console.log(
  `compute (computeBusinessCase, median of 5): ${f(computeMs)}; reference JSON.parse of the same cases: ${f(parseMs)} (${(computeMs / parseMs).toFixed(2)}×)`,
)
console.log(
  `whole request GET /business-case on PGlite (median of 5): ${f(requestMs)}, of which compute ${f(body.computeMs)}; n = ${body.result.project.n}`,
)
