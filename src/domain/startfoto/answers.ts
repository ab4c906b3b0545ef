import { z } from 'zod'
import type { ValidationIssue } from '../errors.js'
import { STARTFOTO_LIMITS, type StartfotoTemplate } from './template.js'

const questionId = z.string().max(40)

/**
 * One person's answers in one round: a rating (1–5) per statement they rated and a text per
 * open question they answered; anything may be skipped, but not everything. Free text is kept
 * exactly as typed (a leading `=` stays text; the CSV writer guards it on export).
 */
export const startfotoAnswersSchema = z.object({
  ratings: z.record(questionId, z.number().int().min(1).max(5)).default({}),
  texts: z.record(questionId, z.string().max(STARTFOTO_LIMITS.answerText)).default({}),
})
export type StartfotoAnswers = z.output<typeof startfotoAnswersSchema>

/**
 * The answers checked against the questionnaire: every rating must be for a statement and
 * every text for an open question of this template, and at least one must be given (blank
 * texts count as not given). Returns the problems, each naming its field.
 *
 * @example
 * ```ts
 * answerProblems(STARTFOTO_TEMPLATE, { ratings: { 'one-plan': 4 }, texts: { learn: 'Samen plannen' } })
 * // → []
 * answerProblems(STARTFOTO_TEMPLATE, { ratings: { learn: 4 }, texts: {} }).map((p) => p.field)
 * // → ['ratings.learn']
 * answerProblems(STARTFOTO_TEMPLATE, { ratings: {}, texts: { learn: '  ' } }).map((p) => p.field)
 * // → ['answers']
 * ```
 */
export function answerProblems(
  template: StartfotoTemplate,
  answers: StartfotoAnswers,
): ValidationIssue[] {
  const kindOf = new Map(template.questions.map((question) => [question.id, question.kind]))
  const wrong = (part: 'ratings' | 'texts', kind: 'agreement' | 'text') =>
    Object.keys(answers[part]).flatMap((id): ValidationIssue[] => {
      const found = kindOf.get(id)
      if (found === kind) return []
      return [
        {
          field: `${part}.${id}`,
          message:
            found === undefined
              ? { nl: 'is geen vraag van deze vragenlijst', en: 'is not a question of this survey' }
              : kind === 'agreement'
                ? {
                    nl: 'is een open vraag, geen stelling',
                    en: 'is an open question, not a statement',
                  }
                : {
                    nl: 'is een stelling, geen open vraag',
                    en: 'is a statement, not an open question',
                  },
        },
      ]
    })
  const problems = [...wrong('ratings', 'agreement'), ...wrong('texts', 'text')]
  const given =
    Object.keys(answers.ratings).length > 0 ||
    Object.values(answers.texts).some((text) => text.trim() !== '')
  if (!given)
    problems.push({
      field: 'answers',
      message: {
        nl: 'beantwoord minstens één vraag voordat u verstuurt',
        en: 'answer at least one question before sending',
      },
    })
  return problems
}

/**
 * The texts worth keeping: blank answers dropped, the rest exactly as typed.
 *
 * @example
 * ```ts
 * keptTexts({ needs: ' ', learn: '=1+1' }) // → { learn: '=1+1' }
 * ```
 */
export function keptTexts(texts: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''))
}

/**
 * Free text as it can be stored: PostgreSQL text cannot hold a NUL character (the server
 * refuses one, naming the field), so the answer page sends it as U+FFFD, the replacement
 * character, and a respondent who pasted one is never stopped by it.
 *
 * @example
 * ```ts
 * storableText(`a${String.fromCharCode(0)}b`).charCodeAt(1) // → 65533
 * storableText('=1+1') // → '=1+1'
 * ```
 */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD')
}
