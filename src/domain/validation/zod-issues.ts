import type { z } from 'zod'
import { type LocalisedMessage, ValidationError, type ValidationIssue } from '../errors.js'
import { FINDINGS_MESSAGES } from '../findings/finding.js'
import { BOUND_MESSAGES } from '../number/bounds.js'
import { PILOT_DESIGN_MESSAGES } from '../pilot-design/design.js'
import { STARTFOTO_MESSAGES } from '../startfoto/template.js'
import { TEXT_MESSAGES } from '../text/text.js'

/**
 * The app's one translator of zod's issues: every edge (HTTP body, query and params, model
 * files, study specifications, table-conversation files, price-list rows) says the same thing
 * about the same problem, in Dutch and English.
 */

/** A required field that is absent: the one wording for it, whatever reads the input. */
export const MISSING_REQUIRED: LocalisedMessage = {
  nl: 'ontbreekt (verplicht)',
  en: 'is missing (required)',
}

/**
 * Turns zod's issues into our ValidationError: each issue gets its field path
 * ("items[2].quantity") and a message in Dutch and English. `input` is what was parsed: zod
 * does not echo it back, and only it tells a missing field from one of the wrong type.
 * `describe` may add a label to a path (an item's id, or the HTTP part "body.").
 */
export function toValidationError(
  error: z.ZodError,
  input: unknown,
  describe: (path: readonly PropertyKey[]) => string = formatPath,
): ValidationError {
  return new ValidationError(
    localiseIssues(error, input).map(
      ({ path, message }): ValidationIssue => ({ field: describe(path), message }),
    ),
    { cause: error },
  )
}

/** Each issue's path with its message, for an edge that places them itself (a table's cells). */
export function localiseIssues(
  error: z.ZodError,
  input: unknown,
): { readonly path: readonly PropertyKey[]; readonly message: LocalisedMessage }[] {
  return error.issues.map((issue) => ({
    path: issue.path,
    message: describeIssue(issue, valueAt(input, issue.path)),
  }))
}

/** The value at a path of the raw input. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** `items[2].quantity`; `(root)` for the input as a whole. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, i) =>
        typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
      )
      .join('') || '(root)'
  )
}

const TYPE_NL: Record<string, string> = {
  number: 'een getal',
  int: 'een geheel getal',
  string: 'tekst',
  boolean: 'ja/nee (true/false)',
  object: 'een object',
  array: 'een lijst',
  date: 'een datum',
}

const TYPE_EN: Record<string, string> = { int: 'an integer', array: 'a list', object: 'an object' }

/**
 * What is wrong, in both languages; `value` is the input at the issue's path. A schema's check
 * may name its problem by a key of NAMED_MESSAGES (`.refine(isValidBsn, { message: 'elfproef' })`).
 */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): LocalisedMessage {
  if (issue.code === 'invalid_type' && value === undefined) return MISSING_REQUIRED
  const named = NAMED_MESSAGES[issue.message]
  if (named) return named
  switch (issue.code) {
    case 'invalid_type':
      return {
        nl: `moet ${TYPE_NL[issue.expected] ?? issue.expected} zijn`,
        en: `must be ${TYPE_EN[issue.expected] ?? `a ${issue.expected}`}`,
      }
    case 'too_small':
      return tooSmall(issue)
    case 'too_big':
      return tooBig(issue)
    case 'not_multiple_of':
      return {
        nl: `moet een veelvoud van ${String(issue.divisor)} zijn`,
        en: `must be a multiple of ${String(issue.divisor)}`,
      }
    case 'invalid_format':
      return (
        FORMAT_MESSAGES[issue.format] ?? {
          nl: `heeft niet de vorm ${issue.format}`,
          en: `is not a valid ${issue.format}`,
        }
      )
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ')
      return issue.values.length === 1
        ? { nl: `moet ${values} zijn`, en: `must be ${values}` }
        : { nl: `moet een van deze waarden zijn: ${values}`, en: `must be one of: ${values}` }
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ')
      return issue.keys.length === 1
        ? { nl: `onbekend veld: ${keys}`, en: `unknown field: ${keys}` }
        : { nl: `onbekende velden: ${keys}`, en: `unknown fields: ${keys}` }
    }
    case 'invalid_union':
      return { nl: 'heeft geen geldige vorm', en: 'does not have a valid shape' }
    default:
      return INVALID
  }
}

const INVALID: LocalisedMessage = { nl: 'is ongeldig', en: 'is invalid' }

type Bound = { readonly origin: string; readonly inclusive?: boolean }

function tooSmall(issue: z.core.$ZodIssueTooSmall): LocalisedMessage {
  const min = String(issue.minimum)
  if (isLength(issue) && Number(issue.minimum) === 1)
    return { nl: 'mag niet leeg zijn', en: 'must not be empty' }
  if (issue.origin === 'string')
    return {
      nl: `is te kort (minstens ${min} tekens)`,
      en: `is too short (at least ${min} characters)`,
    }
  if (isLength(issue))
    return {
      nl: `heeft te weinig elementen (minstens ${min})`,
      en: `has too few items (at least ${min})`,
    }
  return issue.inclusive === false
    ? {
        nl: `is te klein (moet groter zijn dan ${min})`,
        en: `is too small (must be greater than ${min})`,
      }
    : { nl: `is te klein (minstens ${min})`, en: `is too small (at least ${min})` }
}

function tooBig(issue: z.core.$ZodIssueTooBig): LocalisedMessage {
  const max = String(issue.maximum)
  if (issue.origin === 'string')
    return {
      nl: `is te lang (hoogstens ${max} tekens)`,
      en: `is too long (at most ${max} characters)`,
    }
  if (isLength(issue))
    return {
      nl: `heeft te veel elementen (hoogstens ${max})`,
      en: `has too many items (at most ${max})`,
    }
  return issue.inclusive === false
    ? {
        nl: `is te groot (moet kleiner zijn dan ${max})`,
        en: `is too big (must be less than ${max})`,
      }
    : { nl: `is te groot (hoogstens ${max})`, en: `is too big (at most ${max})` }
}

/** A bound on a length (text, list, set) rather than on a value. */
const isLength = (issue: Bound) =>
  issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set'

/** Formats whose name means nothing to a Dutch reader (isoDateSchema is `date`). */
const FORMAT_MESSAGES: Record<string, LocalisedMessage> = {
  date: { nl: 'is geen bestaande datum (JJJJ-MM-DD)', en: 'is not a valid date (YYYY-MM-DD)' },
  email: { nl: 'is geen geldig e-mailadres', en: 'is not a valid e-mail address' },
  url: { nl: 'is geen geldig webadres (URL)', en: 'is not a valid web address (URL)' },
  uuid: { nl: 'is geen geldige id (UUID)', en: 'is not a valid id (UUID)' },
}

/** Problems a schema names by key: refinements, and checks whose zod wording says too little. */
export const NAMED_MESSAGES: Record<string, LocalisedMessage> = {
  ...BOUND_MESSAGES,
  ...TEXT_MESSAGES,
  ...PILOT_DESIGN_MESSAGES,
  ...FINDINGS_MESSAGES,
  ...STARTFOTO_MESSAGES,
  'price-item-code': {
    nl: 'mag alleen hoofdletters, cijfers en streepjes bevatten',
    en: 'may contain only capital letters, digits and hyphens',
  },
  elfproef: { nl: 'is geen geldig BSN (elfproef)', en: 'is not a valid BSN (elfproef)' },
  'group-from-enrolments-needs-bsn': {
    nl: 'de pilotgroep uit de inschrijvingen halen vraagt een BSN-kolom om inwoners te herkennen',
    en: 'taking the pilot group from the enrolments needs a BSN column to recognise residents',
  },
  'nothing-to-change': {
    nl: 'geef ten minste één wijziging op (rol, organisatie, team of actief)',
    en: 'give at least one change (role, organisation, team or active)',
  },
  'nothing-to-reset': {
    nl: 'geef een nieuw wachtwoord, een nieuwe tweede factor of beide',
    en: 'give a new password, a new second factor or both',
  },
  'audit-period-reversed': {
    nl: 'de einddatum ligt voor de begindatum',
    en: 'the end date lies before the start date',
  },
  'duplicate-id': { nl: 'deze id komt twee keer voor', en: 'this id occurs twice' },
  'unknown-goal': {
    nl: 'verwijst naar een doel dat niet in het plan staat',
    en: 'refers to a goal that is not in the plan',
  },
  'measurement-empty': {
    nl: 'een meting vraagt minstens één waarde (trede, ZRM, vertrouwen of voortgang)',
    en: 'a measurement needs at least one value (rung, ZRM, trust or progress)',
  },
  'check-in-months': {
    nl: 'de maanden na de uitstroom moeten oplopen (1 tot 120)',
    en: 'the months after outflow must increase (1 to 120)',
  },
  'law-article-or-consent': {
    nl: 'een wettelijke grondslag vraagt een wetsartikel, toestemming vraagt een toestemmingsregistratie',
    en: 'a legal basis needs a law article, consent needs a consent record',
  },
  'period-order': {
    nl: 'de einddatum ligt vóór de startdatum',
    en: 'the end date is before the start date',
  },
  'phase-date': {
    nl: 'een nieuwe fase vraagt de datum waarop die ingaat',
    en: 'a new phase needs the date it takes effect',
  },
  'phase-reason': { nl: 'een nieuwe fase vraagt een reden', en: 'a new phase needs a reason' },
  'participant-or-new': {
    nl: 'kies een bestaande deelnemer of vul een nieuwe in, niet allebei',
    en: 'choose an existing participant or fill in a new one, not both',
  },
  'time-and-event-or-follow-up': {
    nl: 'geef "time" en "event", of "start", "end" en "followUp"',
    en: 'give "time" and "event", or "start", "end" and "followUp"',
  },
}
