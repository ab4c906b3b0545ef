/**
 * The four domain errors. Each carries a stable `code` and a message in Dutch and English,
 * so every edge (HTTP, CLI, import report) can show it in the user's language.
 * The server's error mapper and the CLI's exit codes are keyed on `code`.
 */

export interface LocalisedMessage {
  readonly nl: string
  readonly en: string
}

/** Where in an input a problem sits: a file row (1-based, header = row 1), a column, a field path. */
export interface IssueLocation {
  readonly row?: number
  readonly column?: string
  readonly field?: string
}

export interface ValidationIssue extends IssueLocation {
  readonly message: LocalisedMessage
}

abstract class DomainError extends Error {
  abstract readonly code: 'validation' | 'not-found' | 'forbidden' | 'conflict'
  readonly localised: LocalisedMessage

  constructor(message: LocalisedMessage, options?: { cause?: unknown }) {
    super(message.en, options)
    this.localised = message
    this.name = new.target.name
  }
}

/** Bad input. Lists every problem found, each with its row, column or field. */
export class ValidationError extends DomainError {
  readonly code = 'validation' as const
  readonly issues: readonly ValidationIssue[]

  constructor(issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    super(summarise(issues), options)
    this.issues = capped(issues)
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not-found' as const
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden' as const
}

export class ConflictError extends DomainError {
  readonly code = 'conflict' as const
}

export function isDomainError(
  error: unknown,
): error is ValidationError | NotFoundError | ForbiddenError | ConflictError {
  return error instanceof DomainError
}

/** "row 3, column age: not a number" — the location prefix in both languages. */
export function formatIssue(issue: ValidationIssue, language: 'nl' | 'en'): string {
  const parts: string[] = []
  if (issue.row !== undefined) parts.push(`${language === 'nl' ? 'rij' : 'row'} ${issue.row}`)
  if (issue.column !== undefined)
    parts.push(`${language === 'nl' ? 'kolom' : 'column'} ${issue.column}`)
  if (issue.field !== undefined)
    parts.push(`${language === 'nl' ? 'veld' : 'field'} ${issue.field}`)
  const where = parts.length > 0 ? `${parts.join(', ')}: ` : ''
  return `${where}${issue.message[language]}`
}

/**
 * The most problems one answer lists: the first hundred tell what is wrong with a file, and the
 * rest only make the answer large (a 274 KB upload once gave a 419 MB answer).
 */
export const MAX_ISSUES = 100

function capped(issues: readonly ValidationIssue[]): readonly ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return issues
  const more = issues.length - MAX_ISSUES
  return [
    ...issues.slice(0, MAX_ISSUES),
    {
      message: {
        nl: `en nog ${more} problemen; verbeter deze eerst`,
        en: `and ${more} more problems; correct these first`,
      },
    },
  ]
}

/** Cell text as an error message echoes it: at most 80 characters, so a huge cell stays short. */
export function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text
}

/** The same between quotes. */
export const quoted = (text: string): string => `'${shortened(text)}'`

function summarise(issues: readonly ValidationIssue[]): LocalisedMessage {
  const shown = issues.slice(0, 10)
  const more = issues.length - shown.length
  const list = (language: 'nl' | 'en') =>
    shown.map((issue) => formatIssue(issue, language)).join('; ') +
    (more > 0 ? (language === 'nl' ? `; en nog ${more}` : `; and ${more} more`) : '')
  return { nl: `Ongeldige invoer: ${list('nl')}`, en: `Invalid input: ${list('en')}` }
}
