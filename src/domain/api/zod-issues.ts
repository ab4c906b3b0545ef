import type { z } from 'zod'
import type { LocalisedMessage, ValidationIssue } from '../errors.js'
import { ValidationError } from '../errors.js'
import { BOUND_MESSAGES } from '../number/bounds.js'
import { TEXT_MESSAGES } from '../text/text.js'

/**
 * Turns a zod error into a ValidationError whose issues name the field and say what is wrong
 * in Dutch and English. `part` says where the field sits (body, query, params).
 */
export function toValidationError(error: z.ZodError, part: string): ValidationError {
  const issues: ValidationIssue[] = error.issues.map((issue) => ({
    field: [part, ...issue.path.map(String)].join('.'),
    message: describe(issue),
  }))
  return new ValidationError(issues, { cause: error })
}

function describe(issue: z.core.$ZodIssue): LocalisedMessage {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { nl: 'is verplicht', en: 'is required' }
        : { nl: `moet van type ${issue.expected} zijn`, en: `must be of type ${issue.expected}` }
    case 'too_small':
      return {
        nl: `is te klein of te kort (minimaal ${String(issue.minimum)})`,
        en: `is too small or too short (minimum ${String(issue.minimum)})`,
      }
    case 'too_big':
      return {
        nl: `is te groot of te lang (maximaal ${String(issue.maximum)})`,
        en: `is too big or too long (maximum ${String(issue.maximum)})`,
      }
    case 'invalid_format':
      return (
        FORMAT_MESSAGES[issue.format] ?? {
          nl: `heeft niet de vorm ${issue.format}`,
          en: `is not a valid ${issue.format}`,
        }
      )
    case 'invalid_value':
      return {
        nl: `moet een van deze zijn: ${issue.values.map(String).join(', ')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      }
    case 'unrecognized_keys':
      return {
        nl: `onbekende velden: ${issue.keys.join(', ')}`,
        en: `unknown fields: ${issue.keys.join(', ')}`,
      }
    default:
      return CUSTOM_MESSAGES[issue.message] ?? { nl: 'is ongeldig', en: 'is invalid' }
  }
}

/** Formats whose name means nothing to a Dutch reader (isoDateSchema is `date`). */
const FORMAT_MESSAGES: Record<string, LocalisedMessage> = {
  date: { nl: 'is geen bestaande datum (JJJJ-MM-DD)', en: 'is not a valid date (YYYY-MM-DD)' },
}

const CUSTOM_MESSAGES: Record<string, LocalisedMessage> = {
  ...BOUND_MESSAGES,
  ...TEXT_MESSAGES,
  elfproef: { nl: 'is geen geldig BSN (elfproef)', en: 'is not a valid BSN (elfproef)' },
  'law-article-or-consent': {
    nl: 'een wettelijke grondslag vraagt een wetsartikel, toestemming vraagt een toestemmingsregistratie',
    en: 'a legal basis needs a law article, consent needs a consent record',
  },
}
