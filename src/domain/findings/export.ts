import type { Theme } from './code-book.js'
import { FINDING_SOURCE_LABELS, type Finding } from './finding.js'

/**
 * The findings as rows for qualitative analysis: one row per finding with its source, its codes
 * (Dutch labels, `; `-separated) and one 0/1 column per theme, as QDA and statistics packages
 * read a code matrix. The caller writes them with the formula-guarded CSV writer.
 * @example
 * ```ts
 * const themes = [{ id: 't1', key: null, labelNl: 'Tijd', labelEn: 'Time', retired: false, mergedInto: null }]
 * const f = { id: 'f1', projectId: 'p', text: '=1+1', source: 'interview' as const, date: '2026-03-01',
 *   organisationId: null, organisationName: null, themeIds: ['t1'], quote: false, conversationId: null, createdAt: '' }
 * findingsCsvRows([f], themes)[1]  // → ['f1', '2026-03-01', 'Interview', '', 'no', '', '=1+1', 'Tijd', 1]
 * ```
 */
export function findingsCsvRows(
  findings: readonly Finding[],
  themes: readonly Theme[],
): (string | number)[][] {
  const coded = themes.filter((theme) => theme.mergedInto === null)
  const label = new Map(themes.map((theme) => [theme.id, theme.labelNl]))
  const header = [
    'finding_id',
    'date',
    'source',
    'organisation',
    'quote',
    'table_conversation_id',
    'text',
    'codes',
    ...coded.map((theme) => `code_${theme.labelNl}`),
  ]
  const rows = findings.map((f) => [
    f.id,
    f.date,
    FINDING_SOURCE_LABELS[f.source].nl,
    f.organisationName ?? '',
    f.quote ? 'yes' : 'no',
    f.conversationId ?? '',
    f.text,
    f.themeIds.map((id) => label.get(id) ?? id).join('; '),
    ...coded.map((theme) => (f.themeIds.includes(theme.id) ? 1 : 0)),
  ])
  return [header, ...rows]
}

/** What a REFI-QDA project is made of: the code book, the findings, and fresh GUIDs for codings. */
export interface QdeInput {
  readonly projectName: string
  readonly themes: readonly Theme[]
  readonly findings: readonly Finding[]
  readonly createdAt: Date
  /** A new GUID (selections and codings have no id of their own in the app). */
  readonly newGuid: () => string
}

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0'

/** Variables every source carries: id, name and type in REFI-QDA terms. */
const VARIABLES = [
  { id: '6a0f7c1e-0000-4000-8000-000000000001', name: 'Bron', type: 'Text' },
  { id: '6a0f7c1e-0000-4000-8000-000000000002', name: 'Datum', type: 'Date' },
  { id: '6a0f7c1e-0000-4000-8000-000000000003', name: 'Organisatie', type: 'Text' },
  { id: '6a0f7c1e-0000-4000-8000-000000000004', name: 'Citaat', type: 'Boolean' },
] as const

/**
 * The `project.qde` of a REFI-QDA Project Exchange file (standard 1.0, namespace
 * urn:QDA-XML:project:1.0): the code book's themes as codable Codes, each finding a TextSource
 * whose text is the internal file `<guid>.txt` (see qdpxTextPath) with one PlainTextSelection
 * over the whole text, coded with the finding's themes, and the source's kind, date,
 * organisation and quote flag as Variables. Element order follows the schema's sequences
 * (Project: CodeBook, Variables, Sources; TextSource: Description, PlainTextSelection,
 * VariableValue), checked against Project.xsd 1.0 (REFI, 18 March 2019): the required
 * attributes (Project name; Code guid, name, isCodable; PlainTextSelection start and end),
 * one CodeRef per Coding, plainTextPath rather than PlainTextContent (one of the two, never
 * both). Positions count characters (code points), as the standard says.
 * @example
 * ```ts
 * const xml = qdeXml({ projectName: 'Pilot & co', themes: [], findings: [], createdAt: new Date('2026-01-01T00:00:00Z'), newGuid: () => 'g' })
 * xml.includes('<Project xmlns="urn:QDA-XML:project:1.0"')  // → true
 * xml.includes('name="Pilot &amp; co"')  // → true
 * ```
 */
export function qdeXml(input: QdeInput): string {
  const at = input.createdAt.toISOString()
  const themes = input.themes.filter((theme) => theme.mergedInto === null)
  const codes = themes.map(
    (theme) =>
      `<Code guid="${theme.id}" name="${xml(theme.labelNl)}" isCodable="true"><Description>${xml(theme.labelEn)}</Description></Code>`,
  )
  const variables = VARIABLES.map(
    (v) => `<Variable guid="${v.id}" name="${v.name}" typeOfVariable="${v.type}"/>`,
  )
  const sources = input.findings.map((f) => textSource(f, at, input.newGuid))
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="${QDE_NAMESPACE}" name="${xml(input.projectName)}" origin="Effectwijzer" creationDateTime="${at}">`,
    `<CodeBook><Codes>${codes.join('')}</Codes></CodeBook>`,
    `<Variables>${variables.join('')}</Variables>`,
    `<Sources>${sources.join('\n')}</Sources>`,
    '</Project>',
    '',
  ].join('\n')
}

/**
 * Where a finding's text sits inside the .qdpx archive (its TextSource's `internal://` path).
 * @example
 * ```ts
 * qdpxTextPath('f1')  // → 'sources/f1.txt'
 * ```
 */
export function qdpxTextPath(findingId: string): string {
  return `sources/${findingId}.txt`
}

function textSource(f: Finding, at: string, newGuid: () => string): string {
  const source = FINDING_SOURCE_LABELS[f.source].nl
  const name = [f.date, source, f.organisationName].filter(Boolean).join(' — ')
  const codings = f.themeIds
    .map(
      (id) =>
        `<Coding guid="${newGuid()}" creationDateTime="${at}"><CodeRef targetGUID="${id}"/></Coding>`,
    )
    .join('')
  const selection = `<PlainTextSelection guid="${newGuid()}" name="${xml(name)}" startPosition="0" endPosition="${[...f.text].length}" creationDateTime="${at}">${codings}</PlainTextSelection>`
  const values = [
    variableValue(0, `<TextValue>${xml(source)}</TextValue>`),
    variableValue(1, `<DateValue>${f.date}</DateValue>`),
    ...(f.organisationName
      ? [variableValue(2, `<TextValue>${xml(f.organisationName)}</TextValue>`)]
      : []),
    variableValue(3, `<BooleanValue>${f.quote}</BooleanValue>`),
  ]
  return `<TextSource guid="${f.id}" name="${xml(name)}" plainTextPath="internal://${f.id}.txt" creationDateTime="${at}">${selection}${values.join('')}</TextSource>`
}

function variableValue(index: number, value: string): string {
  return `<VariableValue><VariableRef targetGUID="${VARIABLES[index]?.id}"/>${value}</VariableValue>`
}

/** Text for an XML attribute or element (the five predefined entities). */
function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}
