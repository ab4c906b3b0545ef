import {
  type Card,
  cardDescription,
  formatEuro,
  formatMonth,
  layoutLane,
  monthTicks,
  type PriceList,
  type TableConversation,
  timeRange,
} from '../../domain/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'

const WIDTH = 1000
const LEFT = 92
const ROW = 26
const AXIS = 22

/**
 * The printable timeline of a case: one time axis, interventie above and referentie below,
 * each card where its date or period lies (the same geometry as the live screen). Life events
 * carry ▲ (better) or ▼ (worse) besides their colour; unsure reference cards have a dashed
 * outline. Overlapping cards get rows of their own.
 */
export function timelineSvg(
  conversation: TableConversation,
  priceList: PriceList,
  language: ReportLanguage,
  labels: { interventie: string; referentie: string },
  price: (card: Card, lane: 'interventie' | 'referentie') => number | undefined,
): string {
  const lanes = ['interventie', 'referentie'] as const
  const all = lanes.flatMap((l) => conversation.scenarios[l].cards)
  const range = timeRange(all, conversation.date ?? all[0]?.start ?? '2026-01-01')
  const names = new Map(priceList.items.map((i) => [i.code, i]))
  const span = WIDTH - LEFT - 8
  const x = (percent: number) => LEFT + (percent / 100) * span
  let y = AXIS
  const parts: string[] = []
  for (const lane of lanes) {
    const placed = layoutLane(conversation.scenarios[lane].cards, range, 7)
    const rows = Math.max(1, ...placed.map((p) => p.row + 1))
    const height = rows * ROW + 8
    parts.push(
      `<rect x="0" y="${y}" width="${WIDTH}" height="${height}" fill="${lane === 'interventie' ? '#eef3f9' : '#faf3e6'}"/>`,
      `<text x="6" y="${y + 16}" font-weight="700" font-size="12">${escapeHtml(labels[lane])}</text>`,
    )
    for (const { card, left, width, row } of placed) {
      const cx = x(left)
      const cw = Math.max((width / 100) * span, 18)
      const cy = y + 4 + row * ROW
      const label = cardLabel(card, names, language, price(card, lane))
      const event = card.type === 'event'
      const stroke = event ? (card.direction === 'better' ? '#0b5a2a' : '#a4001d') : '#154273'
      const fill = event ? '#ffffff' : lane === 'interventie' ? '#dce6f2' : '#f6ead2'
      const chars = Math.max(2, Math.floor((cw - 6) / 5.6))
      const shown = label.length > chars ? `${label.slice(0, chars - 1)}…` : label
      parts.push(
        `<g><title>${escapeHtml(label)}</title><rect x="${cx.toFixed(1)}" y="${cy}" width="${cw.toFixed(1)}" height="${ROW - 4}" rx="${event ? 10 : 3}" fill="${fill}" stroke="${stroke}" stroke-width="1.5"${card.confidence === 'low' ? ' stroke-dasharray="4 3"' : ''}/>` +
          `<text x="${(cx + 3).toFixed(1)}" y="${cy + 15}" font-size="10" fill="${event ? stroke : '#0f2f52'}">${escapeHtml(shown)}</text></g>`,
      )
    }
    y += height
  }
  const ticks = monthTicks(range).map(
    (t) =>
      `<line x1="${x(t.left).toFixed(1)}" x2="${x(t.left).toFixed(1)}" y1="${AXIS - 4}" y2="${y}" stroke="#c8c8c8" stroke-dasharray="2 3"/>` +
      `<text x="${(x(t.left) + 2).toFixed(1)}" y="14" font-size="9.5" fill="#444">${escapeHtml(formatMonth(t.time, language))}</text>`,
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${y + 2}" width="${WIDTH}" height="${y + 2}" role="img" aria-label="${escapeHtml(`${labels.interventie} / ${labels.referentie}`)}" font-family="DejaVu Sans, Arial, sans-serif">${ticks.join('')}${parts.join('')}</svg>`
}

/** A card in words, with its cost when given (life events have none). */
export function cardLabel(
  card: Card,
  names: ReadonlyMap<string, PriceList['items'][number]>,
  language: ReportLanguage,
  cost: number | undefined,
): string {
  const words = cardDescription(
    card,
    card.type === 'activity' ? names.get(card.item) : undefined,
    language,
  )
  return cost === undefined || card.type === 'event'
    ? words
    : `${words} · ${formatEuro(cost, language)}`
}
