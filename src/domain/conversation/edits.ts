import { z } from 'zod'
import { longText, nameText } from '../text/text.js'
import {
  type Card,
  cardSchema,
  REFERENCE_KINDS,
  type TableConversation,
  tableConversationSchema,
} from './conversation.js'

/**
 * Edits of a live table conversation, as the facilitator's screen sends them to the server.
 *
 * ## Why edits, not documents
 *
 * A conversation is edited during a 2–3 hour meeting, sometimes by two people at once, over a
 * network that may drop. The screen therefore queues small edits (one card, or one section of
 * the session) and replays them when the network returns. Each edit names the last edit it
 * saw of its *target* (`base`): the server applies it only when that is still the last edit of
 * the target, so two people changing the same card never silently overwrite each other — the
 * second one gets a conflict and chooses. Edits carry their own id, so a batch re-sent after a
 * lost answer is applied once (the server answers `duplicate`).
 */
const editBase = {
  /** Client-made id (idempotency key). */
  id: z.uuid(),
  /** Id of the last edit of the same target that the editor saw; null if it saw none. */
  base: nameText().nullable(),
}

export const SCENARIOS = ['interventie', 'referentie'] as const
export type ScenarioName = (typeof SCENARIOS)[number]

const sessionSchema = tableConversationSchema.pick({
  date: true,
  facilitator: true,
  attendees: true,
  consent: true,
})
const referenceSchema = z.object({ kind: z.enum(REFERENCE_KINDS), reasoning: longText() })
const outcomesSchema = tableConversationSchema.shape.outcomes.unwrap()

export const conversationEditSchema = z.discriminatedUnion('kind', [
  z.object({
    ...editBase,
    kind: z.literal('put-card'),
    scenario: z.enum(SCENARIOS),
    card: cardSchema,
  }),
  z.object({ ...editBase, kind: z.literal('delete-card'), cardId: nameText().min(1) }),
  z.object({ ...editBase, kind: z.literal('set-session'), value: sessionSchema }),
  z.object({ ...editBase, kind: z.literal('set-reference'), value: referenceSchema }),
  z.object({ ...editBase, kind: z.literal('set-outcomes'), value: outcomesSchema }),
])
export type ConversationEdit = z.output<typeof conversationEditSchema>
export type ConversationEditInput = z.input<typeof conversationEditSchema>

/** A conversation with, per target, the id of the last edit applied to it. */
export interface LiveConversation {
  readonly conversation: TableConversation
  readonly heads: Readonly<Record<string, string>>
}

/** What an edit touches: one card, or one section. Conflicts are detected per target. */
export function editTarget(edit: ConversationEdit): string {
  switch (edit.kind) {
    case 'put-card':
      return `card:${edit.card.id}`
    case 'delete-card':
      return `card:${edit.cardId}`
    case 'set-session':
      return 'session'
    case 'set-reference':
      return 'reference'
    case 'set-outcomes':
      return 'outcomes'
  }
}

export type EditOutcome =
  | { readonly status: 'applied'; readonly live: LiveConversation }
  | {
      readonly status: 'conflict'
      /** The target as it is now (a card, a section, or null when the card was deleted). */
      readonly current: unknown
      readonly currentHead: string | null
    }

/**
 * Applies one edit. With `force` (the editor's own optimistic view of its queued edits) the
 * base is not checked. Pure: returns a new LiveConversation.
 */
export function applyEdit(
  live: LiveConversation,
  edit: ConversationEdit,
  options: { readonly force?: boolean } = {},
): EditOutcome {
  const target = editTarget(edit)
  const head = live.heads[target] ?? null
  if (!options.force && head !== edit.base) {
    return { status: 'conflict', current: currentValue(live.conversation, edit), currentHead: head }
  }
  return {
    status: 'applied',
    live: {
      conversation: withEdit(live.conversation, edit),
      heads: { ...live.heads, [target]: edit.id },
    },
  }
}

/** Where a card is: its scenario and the card, or undefined. */
export function findCard(
  conversation: TableConversation,
  cardId: string,
): { scenario: ScenarioName; card: Card } | undefined {
  for (const scenario of SCENARIOS) {
    const card = conversation.scenarios[scenario].cards.find((c) => c.id === cardId)
    if (card) return { scenario, card }
  }
  return undefined
}

function currentValue(conversation: TableConversation, edit: ConversationEdit): unknown {
  switch (edit.kind) {
    case 'put-card':
      return findCard(conversation, edit.card.id) ?? null
    case 'delete-card':
      return findCard(conversation, edit.cardId) ?? null
    case 'set-session':
      return sessionOf(conversation)
    case 'set-reference':
      return referenceOf(conversation)
    case 'set-outcomes':
      return conversation.outcomes ?? null
  }
}

export function sessionOf(c: TableConversation): z.output<typeof sessionSchema> {
  return {
    ...(c.date !== undefined ? { date: c.date } : {}),
    ...(c.facilitator !== undefined ? { facilitator: c.facilitator } : {}),
    attendees: c.attendees,
    ...(c.consent !== undefined ? { consent: c.consent } : {}),
  }
}

export function referenceOf(c: TableConversation): z.output<typeof referenceSchema> {
  return { kind: c.scenarios.referentie.kind, reasoning: c.scenarios.referentie.reasoning }
}

function withoutCard(c: TableConversation, cardId: string): TableConversation['scenarios'] {
  return {
    interventie: { cards: c.scenarios.interventie.cards.filter((x) => x.id !== cardId) },
    referentie: {
      ...c.scenarios.referentie,
      cards: c.scenarios.referentie.cards.filter((x) => x.id !== cardId),
    },
  }
}

function withEdit(c: TableConversation, edit: ConversationEdit): TableConversation {
  switch (edit.kind) {
    case 'put-card': {
      const place = findCard(c, edit.card.id)
      if (place?.scenario === edit.scenario) {
        const cards = c.scenarios[edit.scenario].cards.map((x) =>
          x.id === edit.card.id ? edit.card : x,
        )
        return {
          ...c,
          scenarios: { ...c.scenarios, [edit.scenario]: { ...c.scenarios[edit.scenario], cards } },
        }
      }
      const scenarios = withoutCard(c, edit.card.id)
      const lane = scenarios[edit.scenario]
      return {
        ...c,
        scenarios: {
          ...scenarios,
          [edit.scenario]: { ...lane, cards: [...lane.cards, edit.card] },
        },
      }
    }
    case 'delete-card':
      return { ...c, scenarios: withoutCard(c, edit.cardId) }
    case 'set-session': {
      const { date: _d, facilitator: _f, consent: _c, ...rest } = c
      return { ...rest, ...edit.value }
    }
    case 'set-reference':
      return {
        ...c,
        scenarios: { ...c.scenarios, referentie: { ...c.scenarios.referentie, ...edit.value } },
      }
    case 'set-outcomes':
      return { ...c, outcomes: edit.value }
  }
}
