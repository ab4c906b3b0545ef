import { describe, expect, it } from 'vitest'
import { toValidationError } from '../validation/zod-issues.js'
import type { Theme } from './code-book.js'
import { findingsCsvRows } from './export.js'
import {
  type Finding,
  findingInputSchema,
  residentNameProblem,
  residentNameWarnings,
} from './finding.js'
import { lessonInputSchema } from './lessons.js'
import { findingsOverview } from './overview.js'

const T = (id: string, labelNl: string, extra: Partial<Theme> = {}): Theme => ({
  id,
  key: null,
  labelNl,
  labelEn: labelNl,
  retired: false,
  mergedInto: null,
  ...extra,
})
const F = (id: string, themeIds: string[], extra: Partial<Finding> = {}): Finding => ({
  id,
  projectId: 'p',
  text: `tekst ${id}`,
  source: 'interview',
  date: '2026-03-01',
  organisationId: 'o1',
  organisationName: 'Wijkteam',
  themeIds,
  quote: false,
  conversationId: null,
  createdAt: '2026-03-01T10:00:00Z',
  ...extra,
})
const ID = '3f2b7c1e-1111-4a2b-8c3d-000000000001'
const valid = {
  text: 'Korte lijnen hielpen',
  source: 'interview',
  date: '2026-03-01',
  themeIds: [ID],
}

function messages(input: unknown) {
  const parsed = findingInputSchema.safeParse(input)
  if (parsed.success) return []
  return toValidationError(parsed.error, input).issues.map((i) => `${i.field}: ${i.message.nl}`)
}

describe('a finding as entered', () => {
  it('takes a short coded text with its source, defaults to no organisation, no quote, no link', () => {
    expect(findingInputSchema.parse(valid)).toMatchObject({
      organisationId: null,
      quote: false,
      conversationId: null,
    })
  })

  it('refuses NUL and other control characters, empty and overlong text, naming the field', () => {
    expect(messages({ ...valid, text: 'a\u0000b' })).toEqual([
      'text: mag geen stuurtekens bevatten (zoals het NUL-teken); alleen gewone tekst, regeleinden en tabs',
    ])
    expect(messages({ ...valid, text: 'regel 1\nregel 2\ttab' })).toEqual([])
    expect(messages({ ...valid, text: '   ' })).toEqual(['text: mag niet leeg zijn'])
    expect(messages({ ...valid, text: 'x'.repeat(2001) })).toEqual([
      'text: is te lang (hoogstens 2000 tekens)',
    ])
  })

  it('needs at least one theme, each once', () => {
    expect(messages({ ...valid, themeIds: [] })).toEqual(['themeIds: mag niet leeg zijn'])
    expect(messages({ ...valid, themeIds: [ID, ID] })).toEqual([
      'themeIds: noemt een thema meer dan eens',
    ])
  })

  it('links a table conversation only when the source is a table conversation', () => {
    expect(messages({ ...valid, conversationId: ID })).toEqual([
      'conversationId: een tafelgesprek koppelen kan alleen bij bron "tafelgesprek"',
    ])
    expect(messages({ ...valid, source: 'table-conversation', conversationId: ID })).toEqual([])
  })
})

describe('residents are never named', () => {
  it('refuses any pseudonym and the linked participant’s own, whatever the case', () => {
    expect(residentNameProblem('P-7K2M9QXA zei dat', [])).not.toBeNull()
    expect(residentNameProblem('zoals p-7k2m9qxa zei', ['P-7K2M9QXA'])).not.toBeNull()
    expect(residentNameProblem('De P-waarde was klein', [])).toBeNull()
    expect(residentNameProblem('Ik durf weer te bellen', ['P-7K2M9QXA'])).toBeNull()
  })

  it('warns about a titled name, which it cannot check against anything', () => {
    expect(residentNameWarnings('Meneer De Vries belde')).toHaveLength(1)
    expect(residentNameWarnings('dhr. Jansen')).toHaveLength(1)
    expect(residentNameWarnings('de meneer van het loket')).toEqual([])
  })
})

describe('per theme', () => {
  const themes = [
    T('trust', 'Vertrouwen'),
    T('time', 'Tijd'),
    T('old', 'Oud', { retired: true }),
    T('merged', 'Samengevoegd', { retired: true, mergedInto: 'trust' }),
  ]
  const findings = [
    F('f1', ['trust'], { quote: true, date: '2026-02-01' }),
    F('f2', ['trust', 'time'], {
      organisationId: 'o2',
      organisationName: 'W&I',
      source: 'case-conference',
    }),
    F('f3', ['trust'], {
      quote: true,
      date: '2026-04-01',
      organisationId: null,
      organisationName: null,
    }),
  ]

  it('counts findings across partners and sources, with its quotes newest first', () => {
    const overview = findingsOverview(findings, themes)
    expect(overview.findings).toBe(3)
    expect(overview.themes.map((t) => [t.themeId, t.count])).toEqual([
      ['trust', 3],
      ['time', 1],
    ])
    const trust = overview.themes[0]
    expect(trust?.organisations).toEqual([
      { id: 'o1', name: 'Wijkteam', count: 1 },
      { id: 'o2', name: 'W&I', count: 1 },
      { id: null, name: null, count: 1 },
    ])
    expect(trust?.sources).toEqual([
      { source: 'interview', count: 2 },
      { source: 'case-conference', count: 1 },
    ])
    expect(trust?.quotes.map((q) => q.findingId)).toEqual(['f3', 'f1'])
  })

  it('leaves out merged themes and retired ones no finding carries', () => {
    const ids = findingsOverview(findings, themes).themes.map((t) => t.themeId)
    expect(ids).not.toContain('merged')
    expect(ids).not.toContain('old')
    const withOld = findingsOverview([F('f4', ['old'])], themes).themes.map((t) => t.themeId)
    expect(withOld).toContain('old')
  })
})

describe('export rows', () => {
  it('has one 0/1 column per theme not merged away, and the codes by label', () => {
    const themes = [T('a', 'Tijd'), T('b', 'Taal'), T('c', 'Weg', { mergedInto: 'a' })]
    const rows = findingsCsvRows([F('f1', ['b', 'a'], { quote: true })], themes)
    expect(rows[0]?.slice(7)).toEqual(['codes', 'code_Tijd', 'code_Taal'])
    expect(rows[1]?.slice(4)).toEqual(['yes', '', 'tekst f1', 'Taal; Tijd', 1, 1])
  })
})

describe('a lesson', () => {
  it('belongs to a Minkman phase and is a lesson or a recommendation', () => {
    expect(lessonInputSchema.safeParse({ phase: 'pilot', kind: 'lesson', text: 'x' }).success).toBe(
      false,
    )
    expect(
      lessonInputSchema.parse({ phase: 'design', kind: 'recommendation', text: 'x' }).findingIds,
    ).toEqual([])
  })
})
