import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  type Card,
  type ConversationEdit,
  type ConversationState,
  can,
  cardDescription,
  computeCase,
  createPriceLookup,
  findCard,
  formatMoment,
  type ScenarioName,
  todayInAmsterdam,
} from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Badge, Button, Heading, TextField } from '../../ui/index.js'
import { CardForm, PriceSuggestions } from './card-form.js'
import { CaseTotals } from './case-totals.js'
import { ConflictList } from './conflict-list.js'
import { ConversationSync, type EditDraft } from './conversation-sync.js'
import { OutcomesPanel, ReferencePanel, SessionPanel } from './session-panels.js'
import { Timeline } from './timeline.js'

/** The live table-conversation screen of one case: made for a projector and a keyboard. */
export function ConversationPage(props: { id: string }) {
  const { t } = useTranslation()
  const loaded = useQuery({
    queryKey: ['conversation', props.id],
    queryFn: () => callRoute(contract.conversations.get, { params: { id: props.id } }),
    staleTime: Number.POSITIVE_INFINITY,
  })
  if (loaded.isError) return <Alert type="error">{loaded.error.message}</Alert>
  if (!loaded.data) return <p>{t('common.loading')}</p>
  return <LiveConversation initial={loaded.data} />
}

function LiveConversation(props: { initial: ConversationState }) {
  const { t, i18n } = useTranslation()
  const role = useSession().data?.role
  const id = props.initial.id
  const sync = useMemo(
    () =>
      new ConversationSync(
        props.initial,
        (edits: readonly ConversationEdit[]) =>
          callRoute(contract.conversations.edit, { params: { id }, body: { edits: [...edits] } }),
        window.localStorage,
      ),
    [id, props.initial],
  )
  useEffect(() => {
    const online = () => void sync.flush()
    window.addEventListener('online', online)
    void sync.flush()
    return () => {
      window.removeEventListener('online', online)
      sync.dispose()
    }
  }, [sync])
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot)
  const { state, view } = snapshot
  const conversation = view.conversation
  // An archived conversation (started by mistake) stays readable but takes no edits.
  const canEdit =
    can(role, 'conversations.edit') && state.status === 'open' && state.archivedAt === null

  const lookup = useMemo(
    () => createPriceLookup({ priceList: state.priceList, baseYear: state.baseYear }),
    [state.priceList, state.baseYear],
  )
  const result = useMemo(() => computeCase(conversation, lookup), [conversation, lookup])
  const costs = useMemo(() => new Map(result.cards.map((c) => [c.card, c.cost])), [result])
  const names = useMemo(
    () => new Map(state.priceList.items.map((i) => [i.code, i])),
    [state.priceList],
  )
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const report = (format?: 'pdf' | 'xlsx') =>
    routeUrl(contract.conversations.report, {
      params: { id },
      query: { lang: language, ...(format ? { format } : {}) },
    })
  const label = useCallback(
    (card: Card) =>
      cardDescription(card, card.type === 'activity' ? names.get(card.item) : undefined, language),
    [names, language],
  )
  // Stable callbacks, so that panels an edit does not touch skip their re-render.
  const submit = useCallback((draft: EditDraft) => void sync.submit(draft), [sync])

  // Undo and redo: each user action records itself and the edit that takes it back.
  const [history, setHistory] = useState<{ undo: Step[]; redo: Step[] }>({ undo: [], redo: [] })
  const [selected, setSelected] = useState<{ card: Card; scenario: ScenarioName } | undefined>()
  // Larger type and the whole width, for the wall at the table.
  const [projector, setProjector] = useState(false)
  const act = useCallback(
    (draft: EditDraft, inverse: EditDraft) => {
      sync.submit(draft)
      setHistory((h) => ({ undo: [...h.undo.slice(-99), { draft, inverse }], redo: [] }))
    },
    [sync],
  )
  const putCard = useCallback(
    (card: Card, scenario: ScenarioName) => {
      const before = findCard(sync.getSnapshot().view.conversation, card.id)
      act(
        { kind: 'put-card', scenario, card },
        before
          ? { kind: 'put-card', scenario: before.scenario, card: before.card }
          : { kind: 'delete-card', cardId: card.id },
      )
    },
    [act, sync],
  )
  const removeCard = useCallback(
    (card: Card) => {
      const before = findCard(sync.getSnapshot().view.conversation, card.id)
      if (!before) return
      act({ kind: 'delete-card', cardId: card.id }, { kind: 'put-card', ...before })
      setSelected(undefined)
    },
    [act, sync],
  )
  const actions = useMemo(
    () => ({
      select: (card: Card, scenario: ScenarioName) => setSelected({ card, scenario }),
      change: putCard,
      copy: (card: Card, to: ScenarioName) => putCard({ ...card, id: crypto.randomUUID() }, to),
      remove: removeCard,
    }),
    [putCard, removeCard],
  )
  const undoLast = useCallback(() => {
    setHistory((h) => {
      const last = h.undo.at(-1)
      if (!last) return h
      sync.submit(last.inverse)
      return { undo: h.undo.slice(0, -1), redo: [...h.redo, last] }
    })
  }, [sync])
  const redoLast = useCallback(() => {
    setHistory((h) => {
      const last = h.redo.at(-1)
      if (!last) return h
      sync.submit(last.draft)
      return { undo: [...h.undo, last], redo: h.redo.slice(0, -1) }
    })
  }, [sync])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // In a text field Ctrl+Z undoes typing, as everywhere else: the browser's, not a card's.
      if (!canEdit || isTextEntry(event.target) || !(event.ctrlKey || event.metaKey)) return
      const key = event.key.toLowerCase()
      const redo = key === 'y' || (key === 'z' && event.shiftKey)
      if (key !== 'z' && !redo) return
      event.preventDefault()
      if (redo) redoLast()
      else undoLast()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undoLast, redoLast, canEdit])

  return (
    <div className={`ew-live${projector ? ' ew-live--projector' : ''}`}>
      <p className="ew-live__top">
        <Link to={`/projects/${state.projectId}/conversations`}>{t('conversation.back')}</Link>
        <Button
          appearance="subtle"
          aria-pressed={projector}
          onClick={() => setProjector(!projector)}
        >
          {t('conversation.projector')}
        </Button>
      </p>
      <div className="ew-live__header">
        <Heading level={1}>
          {t('conversation.title', { case: state.pseudonym, measurement: state.measurement })}
        </Heading>
        <Badge>
          {state.archivedAt === null
            ? t(`conversation.status.${state.status}`)
            : t('conversation.archived')}
        </Badge>
        <a className="utrecht-link" href={report()} target="_blank" rel="noreferrer">
          {t('conversation.caseReport')}
        </a>
        <a className="utrecht-link" href={report('pdf')}>
          PDF
        </a>
        <a className="utrecht-link" href={report('xlsx')}>
          {t('conversation.workbook')}
        </a>
        <p
          className={`ew-sync ew-sync--${snapshot.status}`}
          role="status"
          data-testid="sync-status"
        >
          {t(`conversation.sync.${snapshot.status}`, {
            count: snapshot.queued,
            problem: snapshot.problem ?? '',
          })}
        </p>
      </div>
      <ConflictList
        conflicts={snapshot.conflicts}
        label={label}
        resolve={(c, keep) => sync.resolve(c, keep)}
      />
      <div className="ew-live__board">
        <Timeline
          conversation={conversation}
          label={label}
          costs={costs}
          selectedId={selected?.card.id}
          readOnly={!canEdit}
          actions={actions}
        />
        <CaseTotals result={result} baseYear={state.baseYear} />
      </div>
      <div className="ew-live__work">
        {canEdit && (
          <div>
            <PriceSuggestions
              id="price-suggestions"
              priceList={state.priceList}
              language={language}
            />
            <CardForm
              key={selected?.card.id ?? 'new'}
              priceList={state.priceList}
              suggestionsId="price-suggestions"
              defaultDate={conversation.date ?? todayInAmsterdam()}
              editing={selected}
              disabled={!canEdit}
              onSubmit={(card, scenario) => {
                putCard(card, scenario)
                setSelected(undefined)
              }}
              onCancel={() => setSelected(undefined)}
            />
            <div className="ew-actions">
              <Button
                appearance="secondary"
                disabled={history.undo.length === 0}
                onClick={undoLast}
              >
                {t('conversation.undo')}
              </Button>
              <Button
                appearance="secondary"
                disabled={history.redo.length === 0}
                onClick={redoLast}
              >
                {t('conversation.redo')}
              </Button>
              {selected && (
                <>
                  <Button
                    appearance="secondary"
                    onClick={() =>
                      putCard(
                        { ...selected.card, id: crypto.randomUUID() },
                        selected.scenario === 'interventie' ? 'referentie' : 'interventie',
                      )
                    }
                  >
                    {t('conversation.copyToOther')}
                  </Button>
                  <Button appearance="secondary" onClick={() => removeCard(selected.card)}>
                    {t('conversation.deleteCard')}
                  </Button>
                </>
              )}
            </div>
          </div>
        )}
      </div>
      <SessionPanel conversation={conversation} submit={submit} readOnly={!canEdit} />
      <ReferencePanel conversation={conversation} submit={submit} readOnly={!canEdit} />
      <OutcomesPanel conversation={conversation} submit={submit} readOnly={!canEdit} />
      <Review state={state} onChange={(next) => sync.replaceState(next)} />
    </div>
  )
}

/** Sign-off by a controller: the case is locked and stored as a version; reopening needs a reason. */
function Review(props: { state: ConversationState; onChange: (state: ConversationState) => void }) {
  const { t, i18n } = useTranslation()
  const role = useSession().data?.role
  const client = useQueryClient()
  const [text, setText] = useState('')
  const { state } = props
  const signedOff = state.status === 'signed-off'
  const mutation = useMutation({
    mutationFn: () =>
      signedOff
        ? callRoute(contract.conversations.reopen, {
            params: { id: state.id },
            body: { reason: text },
          })
        : callRoute(contract.conversations.signOff, {
            params: { id: state.id },
            body: text ? { note: text } : {},
          }),
    onSuccess: (next) => {
      setText('')
      props.onChange(next)
      void client.invalidateQueries({ queryKey: ['conversations', state.projectId] })
    },
  })
  const language = i18n.language === 'en' ? 'en' : 'nl'
  return (
    <section className="ew-item" aria-labelledby="review">
      <h2 className="utrecht-heading-3" id="review">
        {t('conversation.review')}
      </h2>
      {state.versions.length === 0 ? (
        <p className="ew-muted">{t('conversation.noVersions')}</p>
      ) : (
        <ul>
          {state.versions.map((v) => (
            <li key={v.version}>
              {t('conversation.versionLine', {
                version: v.version,
                by: v.signedOffBy,
                at: formatMoment(v.signedOffAt, language),
              })}
              {v.note ? ` — ${v.note}` : ''}
              {v.reopenReason ? ` (${t('conversation.reopened', { reason: v.reopenReason })})` : ''}
            </li>
          ))}
        </ul>
      )}
      {can(role, 'conversations.signOff') && (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            mutation.mutate()
          }}
        >
          <TextField
            label={signedOff ? t('conversation.reopenReason') : t('conversation.signOffNote')}
            value={text}
            required={signedOff}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="ew-actions">
            <Button type="submit">
              {signedOff ? t('conversation.reopen') : t('conversation.signOff')}
            </Button>
          </div>
          {mutation.isError && <Alert type="error">{mutation.error.message}</Alert>}
        </form>
      )}
    </section>
  )
}

/** One user action on the cards: the edit, and the edit that takes it back. */
interface Step {
  readonly draft: EditDraft
  readonly inverse: EditDraft
}

/** A field that takes typing, where Ctrl+Z and Ctrl+Y belong to the text. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  )
}
