import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'
import type { LocalisedMessage } from '../errors.js'

/** Where a finding comes from (issue 16): the kinds of source a process evaluation draws on. */
export const FINDING_SOURCES = [
  'interview',
  'table-conversation',
  'case-conference',
  'observation',
  'document',
] as const
export type FindingSource = (typeof FINDING_SOURCES)[number]

/** A finding is short: a few sentences or one quote, not a transcript. */
export const FINDING_TEXT_LIMIT = 2000

/** What the findings' refinements say, keyed by their zod message (see NAMED_MESSAGES). */
export const FINDINGS_MESSAGES = {
  'finding-control-characters': {
    nl: 'mag geen stuurtekens bevatten (zoals het NUL-teken); alleen gewone tekst, regeleinden en tabs',
    en: 'must not contain control characters (such as NUL); only plain text, line breaks and tabs',
  },
  'finding-conversation-source': {
    nl: 'een tafelgesprek koppelen kan alleen bij bron "tafelgesprek"',
    en: 'a table conversation can be linked only when the source is "table-conversation"',
  },
  'finding-themes-unique': {
    nl: 'noemt een thema meer dan eens',
    en: 'names a theme more than once',
  },
  'theme-update-empty': {
    nl: 'geef een nieuw label of retired op',
    en: 'give a new label or retired',
  },
} as const satisfies Record<string, LocalisedMessage>

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** Free text of a finding or lesson: trimmed, not empty, bounded, no NUL or other control characters. */
export const findingText = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(FINDING_TEXT_LIMIT)
    .refine((text) => !CONTROL_BUT_LINES.test(text), { message: 'finding-control-characters' })

/**
 * A finding as entered: its text, where it comes from (kind, date, the partner organisation it
 * was heard at), its themes, and whether it is a quote. A table conversation is linked by id
 * only — the resident is never named in a finding (see residentNameProblem).
 */
export const findingInputSchema = z
  .object({
    text: findingText(),
    source: z.enum(FINDING_SOURCES),
    date: isoDateSchema,
    organisationId: idSchema.nullable().default(null),
    themeIds: z
      .array(idSchema)
      .min(1)
      .max(10)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'finding-themes-unique' }),
    quote: z.boolean().default(false),
    conversationId: idSchema.nullable().default(null),
  })
  .strict()
  .superRefine((finding, ctx) => {
    if (finding.conversationId !== null && finding.source !== 'table-conversation')
      ctx.addIssue({
        code: 'custom',
        path: ['conversationId'],
        message: 'finding-conversation-source',
      })
  })
export type FindingInput = z.infer<typeof findingInputSchema>

/** The list's filters: a theme, a partner organisation, a kind of source. */
export const findingFilterSchema = z
  .object({
    theme: idSchema.optional(),
    organisation: idSchema.optional(),
    source: z.enum(FINDING_SOURCES).optional(),
  })
  .strict()
export type FindingFilter = z.infer<typeof findingFilterSchema>

const localised = z.object({ nl: z.string(), en: z.string() })

export const findingSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  text: z.string(),
  source: z.enum(FINDING_SOURCES),
  date: isoDateSchema,
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  themeIds: z.array(z.string()),
  quote: z.boolean(),
  conversationId: z.string().nullable(),
  createdAt: z.string(),
})
export type Finding = z.infer<typeof findingSchema>

export const findingListResponseSchema = z.object({ findings: z.array(findingSchema) })

/** A saved finding, with what the server saw in its text that may name a resident. */
export const findingResponseSchema = z.object({
  finding: findingSchema,
  warnings: z.array(localised),
})

/** `P-` and eight Crockford base32 characters: the app's participant pseudonym. */
const PSEUDONYM = /\bP-[0-9A-HJKMNP-TV-Z]{8}\b/

/** A title of address; a capitalised word after it ("mevrouw Jansen", "Dhr. De Vries") is a name. */
const TITLE =
  /\b(?:mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|de heer|mr\.?|mrs\.?|ms\.?)\s+(\S)/giu

const titledName = (text: string): boolean =>
  [...text.matchAll(TITLE)].some(([, next]) => next !== undefined && /\p{Lu}/u.test(next))

/**
 * Why the text may not be stored, or null: a finding never names a resident, and a pseudonym
 * (any `P-…`, or the linked participant's own) is a resident's handle in this app, so a
 * finding that carries one would tie the quote to the person outside the audited link.
 * @example
 * ```ts
 * residentNameProblem('Zij zei: ik durf weer te bellen', ['P-7K2M9QXA'])  // → null
 * residentNameProblem('P-7K2M9QXA vertelde dat ...', [])?.en
 * // → 'names a resident (a pseudonym); link the table conversation instead and leave the pseudonym out'
 * ```
 */
export function residentNameProblem(
  text: string,
  linkedPseudonyms: readonly string[],
): LocalisedMessage | null {
  const lower = text.toLowerCase()
  const named =
    PSEUDONYM.test(text) ||
    linkedPseudonyms.some((p) => p.length > 0 && lower.includes(p.toLowerCase()))
  return named
    ? {
        nl: 'noemt een inwoner (een pseudoniem); koppel het tafelgesprek en laat het pseudoniem weg',
        en: 'names a resident (a pseudonym); link the table conversation instead and leave the pseudonym out',
      }
    : null
}

/**
 * Warnings for a text that looks as if it names someone ("mevrouw Jansen"): saved, but said,
 * since the app cannot know a resident's name (it keeps none) and so cannot refuse it.
 * @example
 * ```ts
 * residentNameWarnings('Volgens mevrouw Jansen ging het beter').length  // → 1
 * residentNameWarnings('De wijkcoach belde vaker').length  // → 0
 * ```
 */
export function residentNameWarnings(text: string): LocalisedMessage[] {
  return titledName(text)
    ? [
        {
          nl: 'De tekst lijkt een naam te noemen. Noem geen namen van inwoners.',
          en: 'The text seems to name someone. Do not name residents.',
        },
      ]
    : []
}

/** Each kind of source in both languages, for screens, exports and reports. */
export const FINDING_SOURCE_LABELS: Readonly<Record<FindingSource, LocalisedMessage>> = {
  interview: { nl: 'Interview', en: 'Interview' },
  'table-conversation': { nl: 'Tafelgesprek', en: 'Table conversation' },
  'case-conference': { nl: 'Casusoverleg', en: 'Case conference' },
  observation: { nl: 'Observatie', en: 'Observation' },
  document: { nl: 'Document', en: 'Document' },
}
