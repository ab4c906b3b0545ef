import type { RoundComparison, RoundResult, StatementResult } from './api.js'
import { type GroupVisibility, shownGroups } from './suppress.js'
import type { StartfotoTemplate } from './template.js'

/** One submitted questionnaire, as stored: no person, no time finer than the day. */
export interface StoredResponse {
  readonly organisationId: string
  readonly ratings: Readonly<Record<string, number>>
  readonly texts: Readonly<Record<string, string>>
}

export interface RoundAnswers {
  readonly number: number
  readonly openedOn: string
  readonly closedOn: string | null
  /** The organisations that got a link in this round, in the order to show them. */
  readonly organisations: readonly { readonly id: string; readonly name: string }[]
  readonly responses: readonly StoredResponse[]
}

/**
 * Distribution and mean of ratings on the five-point scale. The mean treats the points as
 * equally spaced, as is usual for summarising agreement items across groups (Norman, "Likert
 * scales, levels of measurement and the 'laws' of statistics", Adv. Health Sci. Educ. 15,
 * 2010, 625–632); the distribution is shown beside it so no one has to trust the mean alone.
 *
 * @example
 * ```ts
 * summarise([1, 2, 2, 5]) // → { n: 4, distribution: [1, 2, 0, 0, 1], mean: 2.5 }
 * ```
 */
export function summarise(ratings: readonly number[]): {
  n: number
  distribution: number[]
  mean: number
} {
  const distribution = [0, 0, 0, 0, 0]
  let sum = 0
  for (const rating of ratings) {
    distribution[rating - 1] = (distribution[rating - 1] ?? 0) + 1
    sum += rating
  }
  return { n: ratings.length, distribution, mean: ratings.length ? sum / ratings.length : 0 }
}

const HIDDEN: Record<GroupVisibility, 'small' | 'complement' | null> = {
  shown: null,
  empty: null,
  small: 'small',
  complement: 'complement',
}

function statementResult(
  question: StartfotoTemplate['questions'][number],
  round: RoundAnswers,
): StatementResult {
  const ratingsOf = round.organisations.map((organisation) =>
    round.responses.flatMap((response) => {
      const rating = response.ratings[question.id]
      return response.organisationId === organisation.id && rating !== undefined ? [rating] : []
    }),
  )
  const visibility = shownGroups(ratingsOf.map((ratings) => ratings.length))
  const organisations = round.organisations.map((organisation, i) => {
    const ratings = ratingsOf[i] ?? []
    const group = visibility.groups[i] ?? 'empty'
    return {
      organisationId: organisation.id,
      name: organisation.name,
      n: ratings.length,
      summary: group === 'shown' ? summarise(ratings) : null,
      hidden: HIDDEN[group],
    }
  })
  const means = organisations.flatMap((o) => (o.summary ? [o.summary.mean] : []))
  return {
    questionId: question.id,
    text: question.text,
    all: visibility.all ? summarise(ratingsOf.flat()) : null,
    organisations,
    spread: means.length >= 2 ? Math.max(...means) - Math.min(...means) : null,
  }
}

/**
 * A round's results: responses per organisation (always shown: they count answers, not
 * people's views), per statement the all-partners figure and each organisation's where
 * shownGroups allows, and the open answers per question, named by organisation only where
 * its group of responses is shown.
 *
 * @example
 * ```ts
 * const org = (id: string) => ({ id, name: id.slice(0, 1) })
 * const a = '00000000-0000-4000-8000-00000000000a'
 * const b = '00000000-0000-4000-8000-00000000000b'
 * const answer = (organisationId: string, rating: number) => ({ organisationId, ratings: { 'one-plan': rating }, texts: {} })
 * const r = roundResult(STARTFOTO_TEMPLATE, { number: 1, openedOn: '2026-02-01', closedOn: null,
 *   organisations: [org(a), org(b)],
 *   responses: [...[5, 5, 4, 5, 5].map((x) => answer(a, x)), ...[1, 2, 1, 2, 1].map((x) => answer(b, x))] })
 * r.total // → 10
 * r.statements[0]?.organisations.map((o) => o.summary?.mean) // → [4.8, 1.4]
 * r.statements[0]?.spread // → 3.4…
 * ```
 */
export function roundResult(template: StartfotoTemplate, round: RoundAnswers): RoundResult {
  const counts = round.organisations.map(
    (organisation) =>
      round.responses.filter((response) => response.organisationId === organisation.id).length,
  )
  const named = shownGroups(counts).groups
  const nameable = new Set(
    round.organisations.flatMap((o, i) => (named[i] === 'shown' ? [o.id] : [])),
  )
  return {
    number: round.number,
    openedOn: round.openedOn,
    closedOn: round.closedOn,
    responses: round.organisations.map((organisation, i) => ({
      organisationId: organisation.id,
      name: organisation.name,
      count: counts[i] ?? 0,
    })),
    total: round.responses.length,
    statements: template.questions
      .filter((question) => question.kind === 'agreement')
      .map((question) => statementResult(question, round)),
    texts: template.questions
      .filter((question) => question.kind === 'text')
      .map((question) => ({
        questionId: question.id,
        text: question.text,
        answers: round.responses
          .flatMap((response) => {
            const text = response.texts[question.id]
            return text === undefined
              ? []
              : [
                  {
                    text,
                    organisationId: nameable.has(response.organisationId)
                      ? response.organisationId
                      : null,
                    theme: null,
                  },
                ]
          })
          .sort((x, y) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0)),
      })),
  }
}

/**
 * The change of the mean rating per statement from the first round to a later one: for all
 * partners and per organisation, only where both rounds show the figure (a change is never
 * a way around the minimum group size).
 *
 * @example
 * ```ts
 * const s = (mean: number | null) => ({ questionId: 'q', text: { nl: 'q', en: 'q' },
 *   all: mean === null ? null : { n: 10, distribution: [0, 0, 10, 0, 0], mean }, organisations: [], spread: null })
 * const round = (number: number, mean: number | null) => ({ number, openedOn: '2026-01-01', closedOn: null,
 *   responses: [], total: 10, statements: [s(mean)], texts: [] })
 * compareRounds(round(1, 2.5), round(2, 3.25)).statements[0]?.all // → { from: 2.5, to: 3.25, change: 0.75 }
 * compareRounds(round(1, null), round(2, 3.25)).statements[0]?.all // → null
 * ```
 */
export function compareRounds(first: RoundResult, later: RoundResult): RoundComparison {
  const change = (from: number, to: number) => ({ from, to, change: to - from })
  return {
    from: first.number,
    to: later.number,
    statements: later.statements.map((statement) => {
      const before = first.statements.find((s) => s.questionId === statement.questionId)
      return {
        questionId: statement.questionId,
        text: statement.text,
        all: before?.all && statement.all ? change(before.all.mean, statement.all.mean) : null,
        organisations: statement.organisations.flatMap((organisation) => {
          const earlier = before?.organisations.find(
            (o) => o.organisationId === organisation.organisationId,
          )
          return earlier?.summary && organisation.summary
            ? [
                {
                  organisationId: organisation.organisationId,
                  name: organisation.name,
                  ...change(earlier.summary.mean, organisation.summary.mean),
                },
              ]
            : []
        }),
      }
    }),
  }
}
