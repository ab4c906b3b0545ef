/**
 * Numbers as people type them, read in one place for every form and import.
 *
 * Dutch (`nl`): the comma is the decimal separator and the dot groups thousands, so `4,5` is
 * 4.5 and `1.250,75` is 1250.75. English (`en`): the other way round. A dot in Dutch input
 * that does not group thousands (`4.5`, `0.0225`) can only be a decimal point and is read as
 * one (`0.025` too: a thousands group never starts with 0); a string that fits neither reading (`1,2,3`, `4,5.6`, `12a`) is refused, never turned into
 * another number. Spaces (also non-breaking ones, as Intl writes them), a leading `€` and a
 * leading `+` are allowed. Grouping must be in threes (`12.34,5` is refused).
 */
export type NumberLanguage = 'nl' | 'en'

export type ParsedNumber =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'empty' | 'not-a-number' | 'too-large' }

/** Above this no count or amount in the social domain is meant: it is a typo or an attack. */
export const LARGEST_INPUT = 1e15

/** Each language's separators and its two readings, compiled once: plain and grouped in threes. */
const FORMATS = {
  nl: {
    decimal: ',',
    group: '.',
    plain: /^(\d+(,\d*)?|,\d+)$/,
    grouped: /^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/,
  },
  en: {
    decimal: '.',
    group: ',',
    plain: /^(\d+(\.\d*)?|\.\d+)$/,
    grouped: /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/,
  },
} as const

export function parseNumber(text: string, language: NumberLanguage = 'nl'): ParsedNumber {
  // White space and a euro sign before or after the sign: "€ -5", "-€5".
  let s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^€/, '')
  if (s === '') return { ok: false, reason: 'empty' }
  let sign = 1
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -1
    s = s.slice(1)
  } else if (s.startsWith('+')) s = s.slice(1)
  s = s.replace(/^€/, '')
  const format = FORMATS[language]
  let canonical: string | undefined
  if (format.plain.test(s)) canonical = s.replace(format.decimal, '.')
  else if (format.grouped.test(s))
    canonical = s.split(format.group).join('').replace(format.decimal, '.')
  // Dutch input with a lone decimal point that cannot be thousands grouping: 4.5, 0.0225.
  else if (language === 'nl' && /^\d*\.\d+$/.test(s) && !/^[1-9]\d{0,2}\.\d{3}$/.test(s))
    canonical = s
  if (canonical === undefined) return { ok: false, reason: 'not-a-number' }
  const value = sign * Number(canonical)
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST_INPUT)
    return { ok: false, reason: 'too-large' }
  return { ok: true, value: value === 0 ? 0 : value }
}

/** Why a number was refused, in Dutch and English, for a form field or an import row. */
export function numberProblemText(reason: Exclude<ParsedNumber, { ok: true }>['reason']): {
  readonly nl: string
  readonly en: string
} {
  switch (reason) {
    case 'empty':
      return { nl: 'vul een getal in', en: 'enter a number' }
    case 'not-a-number':
      return {
        nl: 'geen getal: schrijf bijvoorbeeld 4,5 of 1.250,75',
        en: 'not a number: write for example 4.5 or 1,250.75',
      }
    case 'too-large':
      return {
        nl: `te groot: hooguit ${LARGEST_INPUT.toExponential(0)}`,
        en: `too large: at most ${LARGEST_INPUT.toExponential(0)}`,
      }
  }
}
