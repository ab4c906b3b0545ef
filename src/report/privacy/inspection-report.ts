import {
  formatDay,
  formatMoment,
  type InspectionPackage,
  type InspectionSection,
} from '../../domain/index.js'
import { escapeHtml } from '../format.js'
import { REPORT_CSS } from '../report.css.js'

/** Stored values in the words a resident uses (B1): codes become plain Dutch. */
const WORDS: Readonly<Record<string, string>> = {
  given: 'gegeven',
  withdrawn: 'ingetrokken',
  law: 'de wet',
  consent: 'uw toestemming',
  open: 'nog niet afgehandeld',
  granted: 'toegewezen',
  refused: 'afgewezen',
  restriction: 'beperking van het gebruik',
  objection: 'bezwaar',
  inspection: 'inzage',
  correction: 'verbetering',
  erasure: 'wissen',
  participatiewet: 'Participatiewet',
  wmo: 'Wet maatschappelijke ondersteuning (Wmo 2015)',
  jeugdwet: 'Jeugdwet',
  applied: 'verwerkt',
  rejected: 'niet verwerkt',
  draft: 'in bewerking',
  'signed-off': 'vastgesteld',
  single: 'alleenstaand',
  'single-parent': 'eenoudergezin',
  couple: 'paar zonder kinderen',
  'couple-with-children': 'paar met kinderen',
  other: 'anders',
}

/** A section with more columns than fit an A4 width is laid out as a list per row. */
const MAX_TABLE_COLUMNS = 6

const ROLES: Readonly<Record<string, string>> = {
  administrator: 'beheerder',
  'pilot-manager': 'projectleider',
  researcher: 'onderzoeker',
  professional: 'hulpverlener',
  facilitator: 'gespreksleider',
  controller: 'controller',
  'privacy-officer': 'privacyfunctionaris',
}

const PURPOSES: Readonly<Record<string, string>> = {
  support: 'hulp en ondersteuning',
  research: 'onderzoek',
  'pilot-management': 'leiding van het project',
  'data-subject-rights': 'uw privacyrechten',
  administration: 'beheer',
  'audit-oversight': 'toezicht',
  operations: 'techniek',
  account: 'inloggen',
}

const START_EVENTS: Readonly<Record<string, string>> = {
  'file-closed': 'uw dossier is gesloten (u doet aan geen project meer mee)',
  'project-ended': 'het onderzoeksproject is afgelopen',
}

function value(raw: unknown, format: InspectionSection['columns'][number]['format']): string {
  if (raw === null || raw === undefined || raw === '') return '—'
  if (format === 'json')
    return 'staat volledig in het computerbestand (JSON) dat u bij dit overzicht kunt krijgen'
  if (format === 'date') return formatDay(String(raw), 'nl')
  if (format === 'moment') return formatMoment(String(raw), 'nl')
  return WORDS[String(raw)] ?? String(raw)
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('')
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}

function retention(section: InspectionSection): string {
  const { retention: r } = section
  const due = r.dueDate
    ? ` Dat is op zijn vroegst op ${formatDay(r.dueDate, 'nl')}.`
    : ' Die datum staat nog niet vast.'
  return `Hoe lang bewaren wij dit? ${r.years} jaar nadat ${START_EVENTS[r.startEvent] ?? r.startEvent}.${due} Daarna vernietigen wij het.`
}

function list(labels: readonly string[], rows: readonly (readonly string[])[]): string {
  const item = (label: string | undefined, cell: string) =>
    `<dt>${escapeHtml(label ?? '')}</dt><dd>${escapeHtml(cell)}</dd>`
  return rows
    .map((row) => `<dl>${row.map((cell, i) => item(labels[i], cell)).join('')}</dl>`)
    .join('')
}

function section(s: InspectionSection): string {
  const rows = s.rows.map((row) =>
    s.columns.map((column) => value(row[column.name], column.format)),
  )
  const labels = s.columns.map((column) => column.label.nl)
  const layout = labels.length > MAX_TABLE_COLUMNS ? list : table
  return `<section><h2>${escapeHtml(s.title.nl)}</h2>
<p>Waarom hebben wij dit? ${escapeHtml(s.purpose.nl)}</p>
<p>${escapeHtml(retention(s))}</p>
${rows.length === 0 ? '<p>Hierover hebben wij niets van u.</p>' : layout(labels, rows)}</section>`
}

const LIST_CSS = `
dl { display: grid; grid-template-columns: 55mm 1fr; gap: 1mm 4mm; margin: 2mm 0 3mm; }
dt { font-weight: 600; } dd { margin: 0; }`

/**
 * The inspection package (AVG art. 15) as a page a resident can read without a lawyer: short
 * sentences in plain Dutch (B1), one section per kind of record with why it is kept and for how
 * long, who received the data, who looked at the file, and what the resident may do next.
 * Printed as a tagged PDF (report/pdf.ts), so a screen reader follows its headings and tables.
 */
export function inspectionReportHtml(pkg: InspectionPackage): string {
  const made = formatMoment(pkg.generatedAt, 'nl')
  const restricted = pkg.restricted
    ? '<p class="headline">U heeft bezwaar gemaakt of gevraagd het gebruik van uw gegevens te beperken. Daarom gebruiken wij uw gegevens niet meer voor onderzoek. De hulp die u krijgt, gaat gewoon door.</p>'
    : ''
  const recipients =
    pkg.recipients.length === 0
      ? '<p>Wij hebben uw gegevens met niemand buiten uw eigen team gedeeld.</p>'
      : table(
          ['Organisatie', 'Team', 'Op grond van', 'Wetsartikel', 'Waarvoor', 'Sinds'],
          pkg.recipients.map((r) => [
            r.organisation,
            r.team ?? '—',
            WORDS[r.basis] ?? r.basis,
            r.lawArticle ?? '—',
            r.purpose,
            formatDay(r.date, 'nl'),
          ]),
        )
  const log =
    pkg.accessLog.length === 0
      ? '<p>Niemand heeft uw dossier bekeken.</p>'
      : table(
          ['Wanneer', 'Wie', 'Organisatie', 'Wat', 'Waarvoor'],
          pkg.accessLog.map((e) => [
            formatMoment(e.at, 'nl'),
            [e.actorName, e.actorRole ? `(${ROLES[e.actorRole] ?? e.actorRole})` : '']
              .filter(Boolean)
              .join(' ') || 'onbekend',
            e.organisation ?? '—',
            `${e.action.startsWith('GET ') ? 'bekeken' : 'gewijzigd of toegevoegd'}${e.allowed ? '' : ' (geweigerd)'}`,
            PURPOSES[e.purpose] ?? e.purpose,
          ]),
        )
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Uw gegevens bij ${escapeHtml(pkg.municipality)}</title><meta name="author" content="${escapeHtml(pkg.municipality)}"><style>${REPORT_CSS}${LIST_CSS}</style></head>
<body><main>
<h1>Uw gegevens bij ${escapeHtml(pkg.municipality)}</h1>
<p>U heeft gevraagd welke gegevens wij over u hebben. In dit overzicht staat alles wat wij in Effectwijzer over u bewaren. Ook staat erin wie uw gegevens heeft bekeken, met wie wij ze hebben gedeeld en hoe lang wij ze bewaren.</p>
<p>Wij gebruiken in Effectwijzer uw naam niet. Wij gebruiken een code: <strong>${escapeHtml(pkg.participant.pseudonym)}</strong>.</p>
<p class="meta">Gemaakt op ${escapeHtml(made)}.</p>
${restricted}
${pkg.sections.map(section).join('\n')}
<section><h2>Met wie wij uw gegevens deelden</h2>${recipients}</section>
<section><h2>Wie uw dossier heeft bekeken of gewijzigd</h2>${pkg.staffNamesShown ? '' : '<p>Van medewerkers ziet u de rol en de organisatie, niet de naam: zo heeft de gemeente dat geregeld. Wilt u weten wie het was, omdat u dat nodig hebt voor uw rechten? Vraag het de privacyfunctionaris.</p>'}${log}</section>
<section><h2>Wat kunt u doen?</h2>
<p>Klopt er iets niet? Dan mag u vragen het te verbeteren. U mag ook vragen om uw gegevens minder te gebruiken, of bezwaar maken tegen gebruik voor onderzoek. Heeft u toestemming gegeven en trekt u die in? Dan mag u vragen die gegevens te wissen.</p>
<p>Neem hiervoor contact op met de privacyfunctionaris van de gemeente. Wij antwoorden binnen een maand. Bent u het niet eens met ons antwoord? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.</p>
</section>
</main></body></html>`
}
