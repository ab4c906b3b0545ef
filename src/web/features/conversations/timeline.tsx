import { type KeyboardEvent, memo, type PointerEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type Card,
  daysPerPercent,
  formatMonth,
  layoutLane,
  monthTicks,
  moveCard,
  type ScenarioName,
  stretchCard,
  type TableConversation,
  type TimeRange,
  timeRange,
  todayInAmsterdam,
} from '../../../domain/index.js'
import { useEuro } from '../../ui/index.js'

export interface TimelineActions {
  readonly select: (card: Card, scenario: ScenarioName) => void
  readonly change: (card: Card, scenario: ScenarioName) => void
  readonly copy: (card: Card, to: ScenarioName) => void
  readonly remove: (card: Card) => void
}

interface Drag {
  readonly id: string
  readonly mode: 'move' | 'stretch'
  readonly startX: number
  readonly laneWidth: number
  readonly dx: number
}

const OTHER: Record<ScenarioName, ScenarioName> = {
  interventie: 'referentie',
  referentie: 'interventie',
}
const WEEK = 7
/** A card that costs at least this share of its scenario is drawn heavier. */
const HEAVY_SHARE = 0.25

/**
 * The two scenarios on one horizontal time axis, interventie above and referentie below, for
 * a projector. Cards move and stretch by dragging, or from the keyboard: arrows move a week,
 * Shift+arrows stretch a week, C copies to the other scenario, Delete removes, Enter edits.
 */
export const Timeline = memo(function Timeline(props: {
  readonly conversation: TableConversation
  readonly label: (card: Card) => string
  /** Each priced card's cost (card id → euros), shown on the card and weighing it. */
  readonly costs: ReadonlyMap<string, number>
  readonly selectedId: string | undefined
  readonly readOnly: boolean
  readonly actions: TimelineActions
}) {
  const { t, i18n } = useTranslation()
  const { scenarios } = props.conversation
  const all = [...scenarios.interventie.cards, ...scenarios.referentie.cards]
  const range = timeRange(all, props.conversation.date ?? todayInAmsterdam())
  const language = i18n.language === 'en' ? 'en' : 'nl'
  return (
    <div className="ew-timeline">
      <div className="ew-timeline__axis" aria-hidden="true">
        {monthTicks(range).map((tick) => (
          <span key={tick.time} className="ew-timeline__tick" style={{ left: `${tick.left}%` }}>
            {formatMonth(tick.time, language)}
          </span>
        ))}
      </div>
      {(['interventie', 'referentie'] as const).map((scenario) => (
        <Lane key={scenario} scenario={scenario} range={range} {...props} />
      ))}
      <p className="ew-muted ew-timeline__help">{t('conversation.timelineHelp')}</p>
    </div>
  )
})

function Lane(
  props: Parameters<typeof Timeline>[0] & { scenario: ScenarioName; range: TimeRange },
) {
  const { t } = useTranslation()
  const euro = useEuro()
  const [drag, setDrag] = useState<Drag | undefined>()
  // Cards at least 13% of the axis wide, so a one-day card still shows words and its amount.
  const placed = layoutLane(props.conversation.scenarios[props.scenario].cards, props.range, 13)
  const rows = Math.max(1, ...placed.map((p) => p.row + 1))
  const laneCost = placed.reduce((sum, p) => sum + (props.costs.get(p.card.id) ?? 0), 0)
  const perPercent = daysPerPercent(props.range)
  const { actions, scenario } = props

  const start = (event: PointerEvent<HTMLElement>, card: Card, mode: Drag['mode']) => {
    if (props.readOnly || event.button !== 0) return
    const lane = event.currentTarget.closest('.ew-lane__cards') as HTMLElement
    event.currentTarget.setPointerCapture(event.pointerId)
    event.stopPropagation()
    setDrag({
      id: card.id,
      mode,
      startX: event.clientX,
      laneWidth: lane.getBoundingClientRect().width,
      dx: 0,
    })
  }
  const moveTo = (event: PointerEvent<HTMLElement>) => {
    if (drag) setDrag({ ...drag, dx: event.clientX - drag.startX })
  }
  const end = (card: Card) => {
    if (!drag) return
    const days = Math.round((drag.dx / drag.laneWidth) * 100 * perPercent)
    setDrag(undefined)
    if (Math.abs(drag.dx) < 4) actions.select(card, scenario)
    else if (days !== 0)
      actions.change(
        drag.mode === 'move' ? moveCard(card, days) : stretchCard(card, days),
        scenario,
      )
  }
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, card: Card) => {
    if (props.readOnly) return
    const step = event.key === 'ArrowRight' ? WEEK : event.key === 'ArrowLeft' ? -WEEK : 0
    if (step !== 0) {
      event.preventDefault()
      actions.change(event.shiftKey ? stretchCard(card, step) : moveCard(card, step), scenario)
    } else if (event.key === 'c' || event.key === 'C') {
      event.preventDefault()
      actions.copy(card, OTHER[scenario])
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      // Focus moves on to the next card (or the one before), not to the page's top.
      const item = event.currentTarget.closest('li')
      const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector(
        'button',
      )
      actions.remove(card)
      if (next) requestAnimationFrame(() => next.focus())
    }
  }

  return (
    <section className={`ew-lane ew-lane--${scenario}`} aria-labelledby={`lane-${scenario}`}>
      <h2 className="ew-lane__title" id={`lane-${scenario}`}>
        {t(`conversation.${scenario}`)}{' '}
        <span className="ew-muted">({t('conversation.cardCount', { count: placed.length })})</span>
      </h2>
      {/* A row's height is the stylesheet's --ew-row: larger in the projector view. */}
      <ul className="ew-lane__cards" style={{ height: `calc(${rows} * var(--ew-row) + 0.5rem)` }}>
        {placed.map(({ card, left, width, row }) => {
          const dragging = drag?.id === card.id ? drag : undefined
          const shift = dragging?.mode === 'move' ? dragging.dx : 0
          const grow = dragging?.mode === 'stretch' ? dragging.dx : 0
          const cost = props.costs.get(card.id)
          const amount = cost === undefined ? undefined : euro(cost)
          const label = amount === undefined ? props.label(card) : `${props.label(card)}, ${amount}`
          const heavy = cost !== undefined && laneCost > 0 && cost / laneCost >= HEAVY_SHARE
          return (
            <li
              key={card.id}
              className="ew-tl-item"
              style={{
                left: `calc(${left}% + ${shift}px)`,
                width: `max(2.5rem, calc(${width}% + ${grow}px))`,
                top: `calc(${row} * var(--ew-row) + 0.25rem)`,
              }}
            >
              <button
                type="button"
                className={[
                  'ew-tl-card',
                  `ew-tl-card--${card.type}`,
                  card.type === 'event' ? `ew-tl-card--${card.direction}` : '',
                  card.confidence === 'low' ? 'ew-tl-card--low' : '',
                  props.selectedId === card.id ? 'ew-tl-card--selected' : '',
                  heavy ? 'ew-tl-card--heavy' : '',
                ].join(' ')}
                aria-pressed={props.selectedId === card.id}
                aria-label={label}
                title={label}
                onPointerDown={(e) => start(e, card, 'move')}
                onPointerMove={moveTo}
                onPointerUp={() => end(card)}
                onClick={(e) => {
                  // Pointer clicks are handled on pointer-up; this is Enter or Space.
                  if (e.detail === 0) actions.select(card, scenario)
                }}
                onKeyDown={(e) => onKey(e, card)}
              >
                <span className="ew-tl-card__label" aria-hidden="true">
                  {props.label(card)}
                </span>
                {amount !== undefined && (
                  <span className="ew-tl-card__amount" aria-hidden="true">
                    {amount}
                  </span>
                )}
              </button>
              {!props.readOnly && (
                <span
                  className="ew-tl-card__stretch"
                  aria-hidden="true"
                  onPointerDown={(e) => start(e, card, 'stretch')}
                  onPointerMove={moveTo}
                  onPointerUp={() => end(card)}
                />
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
