import { z } from 'zod'
import type { LocalisedMessage } from '../errors.js'

/** The parts of the startfoto (issue 16): what partners mean, need, see as conditions, want to learn. */
export const STARTFOTO_SECTIONS = ['definition', 'needs', 'preconditions', 'learning'] as const
export type StartfotoSection = (typeof STARTFOTO_SECTIONS)[number]

/** A statement rated on the five-point agreement scale, or an open question. */
export const STARTFOTO_KINDS = ['agreement', 'text'] as const
export type StartfotoKind = (typeof STARTFOTO_KINDS)[number]

/**
 * Sizes that keep the survey short enough to fill in on a phone in ten minutes, and an answer
 * a paragraph or two.
 */
export const STARTFOTO_LIMITS = { questions: 40, questionText: 500, answerText: 2000 } as const

/** Named problems of a template (looked up by the zod-issues translator). */
export const STARTFOTO_MESSAGES = {
  'startfoto-question-id': {
    nl: 'mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens 40)',
    en: 'may contain only lower-case letters, digits and hyphens (at most 40)',
  },
  'startfoto-duplicate-question': {
    nl: 'deze vraag-id komt twee keer voor',
    en: 'this question id occurs twice',
  },
  'startfoto-needs-statement': {
    nl: 'een startfoto vraagt minstens één stelling om te beoordelen',
    en: 'a startfoto needs at least one statement to rate',
  },
} as const satisfies Record<string, LocalisedMessage>

const questionText = () => z.string().trim().min(1).max(STARTFOTO_LIMITS.questionText)

export const startfotoQuestionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: 'startfoto-question-id' }),
  section: z.enum(STARTFOTO_SECTIONS),
  kind: z.enum(STARTFOTO_KINDS),
  text: z.object({ nl: questionText(), en: questionText() }),
})
export type StartfotoQuestion = z.output<typeof startfotoQuestionSchema>

/** A project's questionnaire: the shipped one, or the pilot manager's adaptation of it. */
export const startfotoTemplateSchema = z
  .object({
    questions: z.array(startfotoQuestionSchema).min(1).max(STARTFOTO_LIMITS.questions),
  })
  .superRefine((template, context) => {
    const seen = new Set<string>()
    template.questions.forEach((question, index) => {
      if (seen.has(question.id))
        context.addIssue({
          code: 'custom',
          message: 'startfoto-duplicate-question',
          path: ['questions', index, 'id'],
        })
      seen.add(question.id)
    })
    if (!template.questions.some((question) => question.kind === 'agreement'))
      context.addIssue({
        code: 'custom',
        message: 'startfoto-needs-statement',
        path: ['questions'],
      })
  })
export type StartfotoTemplate = z.output<typeof startfotoTemplateSchema>

/** The five points of the agreement scale, 1 (strongly disagree) to 5 (strongly agree). */
export const AGREEMENT_SCALE: readonly LocalisedMessage[] = [
  { nl: 'Helemaal oneens', en: 'Strongly disagree' },
  { nl: 'Oneens', en: 'Disagree' },
  { nl: 'Neutraal', en: 'Neutral' },
  { nl: 'Eens', en: 'Agree' },
  { nl: 'Helemaal eens', en: 'Strongly agree' },
]

const agree = (id: string, section: StartfotoSection, nl: string, en: string) =>
  ({ id, section, kind: 'agreement', text: { nl, en } }) as const
const open = (id: string, section: StartfotoSection, nl: string, en: string) =>
  ({ id, section, kind: 'text', text: { nl, en } }) as const

/**
 * The shipped questionnaire: how partners define integrated working (the point where
 * Roermond's partners turned out to differ), what they need, the preconditions they see
 * (mandate, budget, time, data sharing) and what they want to learn.
 */
export const STARTFOTO_TEMPLATE: StartfotoTemplate = {
  questions: [
    agree(
      'one-plan',
      'definition',
      'Integraal werken betekent voor mij: één plan per huishouden, gemaakt met alle betrokken partners.',
      'To me, integrated working means one plan per household, made with every partner involved.',
    ),
    agree(
      'one-director',
      'definition',
      'Integraal werken betekent dat één professional de regie heeft en de anderen aansluiten.',
      'Integrated working means that one professional directs and the others join in.',
    ),
    agree(
      'share-information',
      'definition',
      'Integraal werken betekent vooral dat we informatie over inwoners met elkaar delen.',
      'Integrated working mainly means that we share information about residents with each other.',
    ),
    agree(
      'resident-leads',
      'definition',
      'Bij integraal werken bepaalt de inwoner wat er op tafel komt, niet de organisaties.',
      'In integrated working the resident decides what is put on the table, not the organisations.',
    ),
    agree(
      'beyond-own-task',
      'definition',
      'Integraal werken vraagt dat ik soms buiten de taak van mijn eigen organisatie handel.',
      'Integrated working asks me at times to act beyond my own organisation’s task.',
    ),
    open(
      'own-definition',
      'definition',
      'Wat verstaat u zelf onder integraal werken? Beschrijf het in een paar zinnen.',
      'What do you yourself mean by integrated working? Describe it in a few sentences.',
    ),
    open(
      'needs',
      'needs',
      'Wat heeft u nodig om integraal te kunnen werken?',
      'What do you need to be able to work in an integrated way?',
    ),
    agree(
      'mandate',
      'preconditions',
      'Ik heb het mandaat om met partners afspraken te maken zonder eerst toestemming te vragen.',
      'I have the mandate to make agreements with partners without asking for permission first.',
    ),
    agree(
      'budget',
      'preconditions',
      'Er is budget om buiten de gewone regels iets voor een inwoner te regelen.',
      'There is a budget to arrange something for a resident outside the usual rules.',
    ),
    agree(
      'time',
      'preconditions',
      'Ik heb tijd voor overleg met partners naast mijn gewone werk.',
      'I have time to consult partners alongside my usual work.',
    ),
    agree(
      'data-sharing',
      'preconditions',
      'Het is duidelijk welke gegevens ik met partners mag delen.',
      'It is clear which data I may share with partners.',
    ),
    open(
      'learn',
      'learning',
      'Wat wilt u in deze pilot leren?',
      'What do you want to learn in this pilot?',
    ),
  ],
}

/** Why a template may not change: answers came in, and a question may then only be added. */
export interface TemplateChangeProblem {
  readonly field: string
  readonly message: LocalisedMessage
}

/**
 * Once the first answer has arrived, every question asked stays as it was (same id, part,
 * kind and wording), so that the rounds stay comparable and no answer loses its question; new
 * questions may still be added. Before that, anything goes.
 *
 * @example
 * ```ts
 * const extra = { id: 'extra', section: 'needs', kind: 'text', text: { nl: 'Nog iets?', en: 'Anything else?' } } as const
 * templateChangeProblems(STARTFOTO_TEMPLATE, { questions: [...STARTFOTO_TEMPLATE.questions, extra] }, true)
 * // → []
 * const dropped = { questions: STARTFOTO_TEMPLATE.questions.slice(1) }
 * templateChangeProblems(STARTFOTO_TEMPLATE, dropped, true).map((p) => p.field) // → ['questions.one-plan']
 * templateChangeProblems(STARTFOTO_TEMPLATE, dropped, false) // → []
 * ```
 */
export function templateChangeProblems(
  before: StartfotoTemplate,
  after: StartfotoTemplate,
  answered: boolean,
): TemplateChangeProblem[] {
  if (!answered) return []
  const byId = new Map(after.questions.map((question) => [question.id, question]))
  return before.questions.flatMap((question): TemplateChangeProblem[] => {
    const kept = byId.get(question.id)
    if (!kept)
      return [
        {
          field: `questions.${question.id}`,
          message: {
            nl: `de vraag "${question.text.nl}" is al beantwoord en kan niet meer weg; u kunt alleen vragen toevoegen`,
            en: `the question "${question.text.en}" has been answered and cannot be removed; you can only add questions`,
          },
        },
      ]
    const same =
      kept.section === question.section &&
      kept.kind === question.kind &&
      kept.text.nl === question.text.nl &&
      kept.text.en === question.text.en
    return same
      ? []
      : [
          {
            field: `questions.${question.id}`,
            message: {
              nl: `de vraag "${question.text.nl}" is al beantwoord en kan niet meer veranderen; u kunt alleen vragen toevoegen`,
              en: `the question "${question.text.en}" has been answered and cannot change; you can only add questions`,
            },
          },
        ]
  })
}
