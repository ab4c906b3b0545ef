import { describe, expect, it } from 'vitest'
import { answerProblems, startfotoAnswersSchema, storableText } from './answers.js'
import { compareRounds, type RoundAnswers, roundResult, summarise } from './results.js'
import { shownGroups } from './suppress.js'
import {
  STARTFOTO_TEMPLATE,
  type StartfotoTemplate,
  startfotoTemplateSchema,
  templateChangeProblems,
} from './template.js'

const A = '00000000-0000-4000-8000-00000000000a'
const B = '00000000-0000-4000-8000-00000000000b'
const C = '00000000-0000-4000-8000-00000000000c'
const ORGS = [
  { id: A, name: 'Gemeente' },
  { id: B, name: 'Werk' },
  { id: C, name: 'Wijkteam' },
]

function round(number: number, ratingsPerOrg: Record<string, number[]>, texts = {}): RoundAnswers {
  return {
    number,
    openedOn: '2026-02-01',
    closedOn: null,
    organisations: ORGS,
    responses: Object.entries(ratingsPerOrg).flatMap(([organisationId, ratings]) =>
      ratings.map((rating) => ({ organisationId, ratings: { 'one-plan': rating }, texts })),
    ),
  }
}

describe('the startfoto template', () => {
  it('ships in Dutch and English with statements in every part but learning', () => {
    const template = startfotoTemplateSchema.parse(STARTFOTO_TEMPLATE)
    for (const question of template.questions) {
      expect(question.text.nl).not.toBe(question.text.en)
    }
    const statementParts = new Set(
      template.questions.filter((q) => q.kind === 'agreement').map((q) => q.section),
    )
    expect([...statementParts].sort()).toEqual(['definition', 'preconditions'])
    const preconditions = template.questions.filter((q) => q.section === 'preconditions')
    expect(preconditions.map((q) => q.id)).toEqual(['mandate', 'budget', 'time', 'data-sharing'])
  })

  it('refuses duplicate ids, a template without statements and over-long questions', () => {
    const first = STARTFOTO_TEMPLATE.questions[0] as StartfotoTemplate['questions'][number]
    const duplicate = startfotoTemplateSchema.safeParse({ questions: [first, first] })
    expect(duplicate.error?.issues.map((i) => i.message)).toEqual(['startfoto-duplicate-question'])
    const onlyText = startfotoTemplateSchema.safeParse({
      questions: STARTFOTO_TEMPLATE.questions.filter((q) => q.kind === 'text'),
    })
    expect(onlyText.error?.issues.map((i) => i.message)).toEqual(['startfoto-needs-statement'])
    const long = startfotoTemplateSchema.safeParse({
      questions: [{ ...first, text: { nl: 'x'.repeat(501), en: 'x' } }],
    })
    expect(long.success).toBe(false)
  })

  it('may change freely before the first answer, and after it only grow', () => {
    const reworded: StartfotoTemplate = {
      questions: STARTFOTO_TEMPLATE.questions.map((q, i) =>
        i === 1 ? { ...q, text: { ...q.text, nl: 'Anders gezegd' } } : q,
      ),
    }
    expect(templateChangeProblems(STARTFOTO_TEMPLATE, reworded, false)).toEqual([])
    expect(templateChangeProblems(STARTFOTO_TEMPLATE, reworded, true).map((p) => p.field)).toEqual([
      'questions.one-director',
    ])
    const retyped: StartfotoTemplate = {
      questions: STARTFOTO_TEMPLATE.questions.map((q) =>
        q.id === 'needs' ? { ...q, kind: 'agreement' } : q,
      ),
    }
    expect(templateChangeProblems(STARTFOTO_TEMPLATE, retyped, true)).toHaveLength(1)
    const grown: StartfotoTemplate = {
      questions: [
        {
          id: 'own-1',
          section: 'needs',
          kind: 'agreement',
          text: { nl: 'Ik ken de partners.', en: 'I know the partners.' },
        },
        ...STARTFOTO_TEMPLATE.questions,
      ],
    }
    expect(templateChangeProblems(STARTFOTO_TEMPLATE, grown, true)).toEqual([])
  })
})

describe('answers', () => {
  it('keeps formulas and odd text exactly, and bounds the length', () => {
    const parsed = startfotoAnswersSchema.parse({ texts: { learn: '=HYPERLINK("x")' } })
    expect(parsed).toEqual({ ratings: {}, texts: { learn: '=HYPERLINK("x")' } })
    expect(startfotoAnswersSchema.safeParse({ texts: { learn: 'x'.repeat(2001) } }).success).toBe(
      false,
    )
    expect(startfotoAnswersSchema.safeParse({ ratings: { 'one-plan': 6 } }).success).toBe(false)
    expect(startfotoAnswersSchema.safeParse({ ratings: { 'one-plan': 2.5 } }).success).toBe(false)
  })

  it('sends a NUL character as the replacement character, which the server can store', () => {
    const sent = storableText('voor\u0000na')
    expect(sent).toBe('voor\uFFFDna')
    expect(sent.includes('\u0000')).toBe(false)
    expect(startfotoAnswersSchema.parse({ texts: { learn: sent } }).texts.learn).toBe(sent)
  })

  it('names a rating of an unknown question and a text for a statement', () => {
    const problems = answerProblems(STARTFOTO_TEMPLATE, {
      ratings: { nope: 3 },
      texts: { 'one-plan': 'tekst' },
    })
    expect(problems.map((p) => p.field)).toEqual(['ratings.nope', 'texts.one-plan'])
    expect(problems[0]?.message.nl).toMatch(/geen vraag/)
  })
})

describe('suppression of small organisations', () => {
  it('hides a group of 1 to 4 and shows a group of 5', () => {
    expect(shownGroups([5, 4, 6]).groups[1]).toBe('small')
    expect(shownGroups([5, 5]).groups).toEqual(['shown', 'shown'])
  })

  it('hides a complement when one hidden group could be found by subtraction from the whole', () => {
    // 3 answers of Wijkteam hidden, Gemeente 7 and Werk 9 shown: all − 7 − 9 would be the three
    const { all, groups } = shownGroups([7, 9, 3])
    expect(all).toBe(true)
    expect(groups).toEqual(['complement', 'shown', 'small'])
    // one hidden beside one shown: both hidden, the whole only
    expect(shownGroups([8, 2]).groups).toEqual(['complement', 'small'])
  })

  it('never lets the shown figures and the whole give a hidden group away', () => {
    // every split of up to 12 answers over three organisations
    for (let a = 0; a <= 12; a += 1)
      for (let b = 0; b <= 12; b += 1)
        for (let c = 0; c <= 12; c += 1) {
          const counts = [a, b, c]
          const { all, groups } = shownGroups(counts)
          const hidden = counts.filter((n, i) => n > 0 && groups[i] !== 'shown')
          for (const [i, n] of counts.entries())
            if (groups[i] === 'shown') expect(n).toBeGreaterThanOrEqual(5)
          // with the whole shown, the hidden ones are only known together: never one alone
          if (all) expect(hidden.length === 1).toBe(false)
        }
  })

  it('shows the whole only from five answers', () => {
    expect(shownGroups([2, 2]).all).toBe(false)
    expect(shownGroups([2, 3]).all).toBe(true)
  })
})

describe('round results', () => {
  it('computes distribution and mean as counted by hand', () => {
    // 2 × 1, 1 × 3, 2 × 5: mean (2 + 3 + 10) / 5 = 3
    expect(summarise([1, 5, 3, 1, 5])).toEqual({ n: 5, distribution: [2, 0, 1, 0, 2], mean: 3 })
  })

  it('shows each organisation from five answers, with the spread between them', () => {
    const result = roundResult(
      STARTFOTO_TEMPLATE,
      round(1, { [A]: [5, 5, 4, 5, 5, 4], [B]: [1, 2, 1, 1, 2], [C]: [3, 3, 3, 3, 3] }),
    )
    expect(result.responses.map((r) => r.count)).toEqual([6, 5, 5])
    const onePlan = result.statements.find((s) => s.questionId === 'one-plan')
    expect(onePlan?.organisations.map((o) => o.summary?.mean)).toEqual([28 / 6, 1.4, 3])
    expect(onePlan?.all?.n).toBe(16)
    expect(onePlan?.spread).toBeCloseTo(28 / 6 - 1.4, 12)
    // a statement nobody rated: nothing shown, nothing to spread
    const mandate = result.statements.find((s) => s.questionId === 'mandate')
    expect(mandate?.all).toBeNull()
    expect(mandate?.spread).toBeNull()
  })

  it('hides a small organisation and the one that would give it away, keeping the whole', () => {
    const result = roundResult(
      STARTFOTO_TEMPLATE,
      round(1, { [A]: [5, 5, 5, 5, 5, 5, 5], [B]: [1, 1, 1, 1, 1, 1, 1, 1, 1], [C]: [2, 2] }),
    )
    const onePlan = result.statements.find((s) => s.questionId === 'one-plan')
    expect(onePlan?.organisations.map((o) => o.hidden)).toEqual(['complement', null, 'small'])
    expect(onePlan?.organisations.map((o) => o.summary === null)).toEqual([true, false, true])
    expect(onePlan?.all?.n).toBe(18)
    expect(onePlan?.spread).toBeNull()
  })

  it('names an organisation beside its open answers only where its group is shown, sorted by text', () => {
    const answers: RoundAnswers = {
      number: 1,
      openedOn: '2026-02-01',
      closedOn: null,
      organisations: ORGS,
      responses: [
        ...['b', 'a', 'c', 'e', 'd'].map((t) => ({
          organisationId: A,
          ratings: {},
          texts: { learn: t },
        })),
        ...['z', 'y', 'x', 'w', 'v', 'u'].map((t) => ({
          organisationId: B,
          ratings: {},
          texts: { learn: t },
        })),
        { organisationId: C, ratings: {}, texts: { learn: 'klein' } },
      ],
    }
    const learn = roundResult(STARTFOTO_TEMPLATE, answers).texts.find(
      (t) => t.questionId === 'learn',
    )
    expect(learn?.answers.map((a) => a.text)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'klein',
      'u',
      'v',
      'w',
      'x',
      'y',
      'z',
    ])
    // C alone is small, so A (the smaller shown) is unnamed too: C's answer is not the only one
    expect(learn?.answers.filter((a) => a.organisationId === null).map((a) => a.text)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'klein',
    ])
    expect(learn?.answers.every((a) => a.theme === null)).toBe(true)
  })

  it('compares a later round with the first only where both show the figure', () => {
    const first = roundResult(
      STARTFOTO_TEMPLATE,
      round(1, { [A]: [5, 5, 5, 5, 5], [B]: [1, 1, 1, 1, 1], [C]: [3, 3] }),
    )
    const later = roundResult(
      STARTFOTO_TEMPLATE,
      round(2, { [A]: [4, 4, 4, 4, 4], [B]: [2, 2, 2, 2, 2], [C]: [3, 3, 3, 3, 3] }),
    )
    const onePlan = compareRounds(first, later).statements.find((s) => s.questionId === 'one-plan')
    // round 1: C small, so Gemeente (the first of the equal smallest shown) is its complement
    expect(first.statements[0]?.organisations.map((o) => o.hidden)).toEqual([
      'complement',
      null,
      'small',
    ])
    expect(onePlan?.organisations.map((o) => [o.name, o.change])).toEqual([['Werk', 1]])
    // all partners: 36 / 12 = 3 in round 1, 45 / 15 = 3 in round 2
    expect(onePlan?.all).toEqual({ from: 3, to: 3, change: 0 })
  })
})
