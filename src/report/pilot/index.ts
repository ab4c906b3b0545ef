import { formatMoment, type Language } from '../../domain/index.js'
import { escapeHtml } from '../format.js'
import { REPORT_CSS } from '../report.css.js'
import { createWorkbook } from '../workbook.js'
import type { PilotReportInput } from './input.js'
import { type PilotSection, provenanceHtml, type RenderedSection, say } from './section.js'
import { activitiesSection } from './sections/activities.js'
import { capacitySection } from './sections/capacity.js'
import { conclusionsSection } from './sections/conclusions.js'
import { methodsSection } from './sections/methods.js'
import { phasesSection } from './sections/phases.js'
import { caseBasedSection, registerBasedSection } from './sections/results.js'

export type { PilotReportInput } from './input.js'
export { phaseTimelineSvg } from './phase-timeline-svg.js'
export type { PilotSection, Provenance, RenderedSection } from './section.js'
export { MIN_RATE_OBSERVATIONS, shareText } from './section.js'

/**
 * The pilot report's sections in order: the plain-language conclusions first, the methods
 * appendix last. A new section (the startfoto's, the findings') is one line here.
 */
export const PILOT_REPORT_SECTIONS: readonly PilotSection[] = [
  conclusionsSection,
  activitiesSection,
  capacitySection,
  phasesSection,
  caseBasedSection,
  registerBasedSection,
  methodsSection,
]

/** Every section rendered, in order. */
export function pilotReportSections(
  input: PilotReportInput,
  language: Language,
): RenderedSection[] {
  return PILOT_REPORT_SECTIONS.map((section) => section(input, language))
}

const CSS = `${REPORT_CSS}
.cover { break-after: page; }
.checklist { list-style: none; padding-left: 0; }
h4 { font-size: 10pt; margin: 2mm 0 1mm; }`

/** The printable page (and, printed, the PDF): the conclusions on the first page, then each section. */
export function pilotReportHtml(input: PilotReportInput, language: Language): string {
  const sections = pilotReportSections(input, language)
  const title = `${say(language, 'Pilotrapport', 'Pilot report')} — ${input.project.name}`
  const body = sections
    .map(
      (s, i) =>
        `<section id="${s.id}"${i === 0 ? ' class="cover"' : ''}>${i === 0 ? '' : `<h2>${escapeHtml(s.title)}</h2>`}${s.html}${provenanceHtml(s.provenance, language)}</section>`,
    )
    .join('\n')
  const first = sections[0]
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><meta name="author" content="${escapeHtml(input.municipality)}"><style>${CSS}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(input.municipality)} · ${escapeHtml(formatMoment(input.madeAt, language))} · ${escapeHtml(input.project.targetGroup)}</p>
${first ? `<h2>${escapeHtml(first.title)}</h2>` : ''}
${body}
</main></body></html>`
}

/** The workbook: a sheet per section that has figures, and the sources of every figure. */
export async function pilotReportWorkbook(
  input: PilotReportInput,
  language: Language,
): Promise<Uint8Array> {
  const sections = pilotReportSections(input, language)
  const workbook = createWorkbook()
  for (const s of sections) if (s.sheet) workbook.sheet(s.id, s.sheet.header, s.sheet.rows)
  workbook.sheet(
    say(language, 'bronnen', 'sources'),
    ['section', 'figure', 'source', 'observations'],
    sections.flatMap((s) => s.provenance.map((p) => [s.id, p.figure, p.source, p.observations])),
  )
  return workbook.bytes()
}
