import { formatMoment, type Language } from '../../domain/index.js'
import { escapeHtml } from '../format.js'
import { REPORT_CSS } from '../report.css.js'
import { createWorkbook } from '../workbook.js'
import type { PilotReportInput } from './input.js'
import { provenanceHtml, type RenderedSection, say } from './section.js'

export type { PilotReportInput } from './input.js'
export { phaseTimelineSvg } from './phase-timeline-svg.js'
export type { PilotSection, Provenance, RenderedSection } from './section.js'
export { MIN_RATE_OBSERVATIONS, shareText } from './section.js'
export { activitiesSection } from './sections/activities.js'
export { capacitySection } from './sections/capacity.js'
export { conclusionsSection } from './sections/conclusions.js'
export { findingsSection } from './sections/findings.js'
export { methodsSection } from './sections/methods.js'
export { phasesSection } from './sections/phases.js'
export { caseBasedSection, registerBasedSection } from './sections/results.js'
export { startfotoSection } from './sections/startfoto.js'

const CSS = `${REPORT_CSS}
.cover { break-after: page; }
.checklist { list-style: none; padding-left: 0; }
h4 { font-size: 10pt; margin: 2mm 0 1mm; }`

/**
 * The printable page (and, printed, the PDF) of the rendered sections: the first (the
 * conclusions) on a page of its own under the title, then each section with its sources.
 */
export function pilotReportHtml(
  input: PilotReportInput,
  sections: readonly RenderedSection[],
  language: Language,
): string {
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
  sections: readonly RenderedSection[],
  language: Language,
): Promise<Uint8Array> {
  const workbook = createWorkbook()
  for (const s of sections) if (s.sheet) workbook.sheet(s.id, s.sheet.header, s.sheet.rows)
  workbook.sheet(
    say(language, 'bronnen', 'sources'),
    ['section', 'figure', 'source', 'observations'],
    sections.flatMap((s) => s.provenance.map((p) => [s.id, p.figure, p.source, p.observations])),
  )
  return workbook.bytes()
}
