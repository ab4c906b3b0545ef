import {
  formatMonth,
  type Language,
  MINKMAN_PHASE_COLOURS,
  MINKMAN_PHASE_NAMES,
  type MinkmanPhase,
  MS_PER_DAY,
  type PhaseRow,
  phaseBands,
  quarterStarts,
} from '../../domain/index.js'
import { escapeHtml } from '../format.js'

const WIDTH = 1000
const LEFT = 190
const ROW = 30
const AXIS = 22
const LEGEND = 26

const PHASE_COLOURS = MINKMAN_PHASE_COLOURS

const day = (date: string) => Date.parse(`${date}T00:00:00Z`)

/**
 * The printable phase timeline: a row for the whole project and one per participating
 * organisation, each phase a band from its change to the next, with its name in the band and
 * the reason in the band's title; a legend names the colours. The same rows as the project
 * page's timeline.
 */
export function phaseTimelineSvg(
  rows: readonly PhaseRow[],
  span: { from: string; to: string },
  language: Language,
): string {
  const start = day(span.from)
  const days = Math.max(1, (day(span.to) - start) / MS_PER_DAY)
  const x = (date: string) => LEFT + ((day(date) - start) / MS_PER_DAY / days) * (WIDTH - LEFT - 6)
  const whole = language === 'nl' ? 'Hele project' : 'Whole project'
  const parts: string[] = []
  rows.forEach((row, i) => {
    const y = AXIS + i * ROW
    const label = row.organisation?.name ?? whole
    parts.push(
      `<text x="4" y="${y + 19}" font-size="11" font-weight="${row.organisation ? 400 : 700}">${escapeHtml(label.length > 30 ? `${label.slice(0, 29)}…` : label)}</text>`,
    )
    for (const band of phaseBands(row.history, span.to)) {
      const bx = x(band.from)
      const bw = Math.max(2, x(band.to) - bx)
      const name = MINKMAN_PHASE_NAMES[band.phase][language]
      const title = band.reason ? `${name}: ${band.reason}` : name
      const chars = Math.floor((bw - 6) / 6)
      const shown = chars >= name.length ? name : chars > 3 ? `${name.slice(0, chars - 1)}…` : ''
      parts.push(
        `<g><title>${escapeHtml(`${label} — ${title} (${band.from})`)}</title><rect x="${bx.toFixed(1)}" y="${y + 3}" width="${bw.toFixed(1)}" height="${ROW - 6}" fill="${PHASE_COLOURS[band.phase]}" stroke="#ffffff"/><text x="${(bx + 4).toFixed(1)}" y="${y + 19}" font-size="10.5" fill="#ffffff">${escapeHtml(shown)}</text></g>`,
      )
    }
  })
  const bottom = AXIS + rows.length * ROW
  const ticks = quarterStarts(span.from, span.to).map(
    (t) =>
      `<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${AXIS - 4}" y2="${bottom}" stroke="#c8c8c8" stroke-dasharray="2 3"/><text x="${(x(t) + 2).toFixed(1)}" y="14" font-size="9.5" fill="#444">${escapeHtml(formatMonth(day(t), language))}</text>`,
  )
  const legend = (Object.keys(PHASE_COLOURS) as MinkmanPhase[]).map(
    (phase, i) =>
      `<rect x="${LEFT + i * 190}" y="${bottom + 8}" width="12" height="12" fill="${PHASE_COLOURS[phase]}"/><text x="${LEFT + i * 190 + 16}" y="${bottom + 18}" font-size="10">${escapeHtml(MINKMAN_PHASE_NAMES[phase][language])}</text>`,
  )
  const height = bottom + LEGEND
  const label =
    language === 'nl' ? 'Fasen van de pilot door de tijd' : 'Phases of the pilot over time'
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${label}" font-family="DejaVu Sans, Arial, sans-serif">${ticks.join('')}${parts.join('')}${legend.join('')}</svg>`
}
