/**
 * The startfoto's results for one round (src/domain/startfoto roundResult: per statement the
 * distribution and mean per organisation with suppression, open answers sorted) on the shipped
 * questionnaire, three organisations of N responses each (default 2,000: far more staff than a
 * partner has). Prints milliseconds per run and the ratio to a floor: one pass that sums every
 * rating of every response, the least any summary of the same answers has to do.
 * Run: npx tsx bench/startfoto/round-results.bench.ts [N]
 */
import { type RoundAnswers, roundResult, STARTFOTO_TEMPLATE } from '../../src/domain/index.js'

const N = Number(process.argv[2] ?? 2000)
const organisations = ['a', 'b', 'c'].map((x) => ({
  id: `00000000-0000-4000-8000-00000000000${x}`,
  name: x,
}))
const statements = STARTFOTO_TEMPLATE.questions.filter((q) => q.kind === 'agreement')
const round: RoundAnswers = {
  number: 1,
  openedOn: '2026-01-12',
  closedOn: null,
  organisations,
  responses: organisations.flatMap((organisation, o) =>
    Array.from({ length: N }, (_, person) => ({
      organisationId: organisation.id,
      ratings: Object.fromEntries(
        statements.map((q, s) => [q.id, ((person * 7 + s * 3 + o) % 5) + 1]),
      ),
      texts: person % 4 === 0 ? { learn: `antwoord ${person}` } : {},
    })),
  ),
}

function floor(): number {
  let sum = 0
  for (const response of round.responses)
    for (const rating of Object.values(response.ratings)) sum += rating
  return sum
}

const ms = (f: () => unknown) => {
  const t = performance.now()
  f()
  return performance.now() - t
}

for (let run = 1; run <= 3; run++) {
  const ours = ms(() => roundResult(STARTFOTO_TEMPLATE, round))
  const base = ms(floor)
  console.log(
    `run ${run}: roundResult ${ours.toFixed(1)} ms for ${3 * N} responses, one-pass sum ${base.toFixed(1)} ms, ratio ${(ours / base).toFixed(1)}`,
  )
}
