import type { z } from 'zod'
import { type LocalisedMessage, ValidationError, type ValidationIssue } from '../errors.js'

/**
 * Turns zod's issues into our ValidationError: each issue gets its field path
 * ("items[2].quantity") and a message in Dutch and English. `describe` may add a label to a
 * path (e.g. an item's id) so a user finds the place in their file.
 */
export function toValidationError(
  error: z.ZodError,
  input: unknown,
  describe: (path: readonly PropertyKey[]) => string = formatPath,
): ValidationError {
  return new ValidationError(
    error.issues.map(
      (issue): ValidationIssue => ({
        field: describe(issue.path),
        message: localise(issue, valueAt(input, issue.path)),
      }),
    ),
  )
}

/** The value at a path of the raw input (zod does not echo inputs back by default). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

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
  string: 'tekst',
  boolean: 'ja/nee (true/false)',
  object: 'een object',
  array: 'een lijst',
  int: 'een geheel getal',
}

function localise(issue: z.core.$ZodIssue, value: unknown): LocalisedMessage {
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { nl: 'ontbreekt (verplicht)', en: 'is missing (required)' }
      return {
        nl: `moet ${TYPE_NL[issue.expected] ?? issue.expected} zijn`,
        en: `must be ${issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`}`,
      }
    }
    case 'too_small':
      return {
        nl: `moet ${issue.inclusive ? 'minstens' : 'groter dan'} ${String(issue.minimum)} zijn`,
        en: `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`,
      }
    case 'too_big':
      return {
        nl: `mag ${issue.inclusive ? 'hoogstens' : 'niet meer dan'} ${String(issue.maximum)} zijn`,
        en: `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`,
      }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ')
      return { nl: `moet een van deze waarden zijn: ${values}`, en: `must be one of: ${values}` }
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ')
      return { nl: `onbekend veld: ${keys}`, en: `unknown field: ${keys}` }
    }
    case 'invalid_union':
      return { nl: 'heeft geen geldige vorm', en: 'does not have a valid shape' }
    case 'invalid_format':
      return {
        nl: `heeft een ongeldig formaat (${issue.format})`,
        en: `has an invalid format (${issue.format})`,
      }
    case 'custom': {
      const params = issue.params as { nl?: string; en?: string } | undefined
      return { nl: params?.nl ?? issue.message, en: params?.en ?? issue.message }
    }
    default:
      return { nl: issue.message, en: issue.message }
  }
}
