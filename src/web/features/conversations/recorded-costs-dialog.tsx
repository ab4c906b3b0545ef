import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  type ActivityCard,
  formatDay,
  formatNumber,
  type RecordedCards,
  type TableConversation,
  takeOverPlan,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Alert, Button, Table, useEuro, useStakeholderName } from '../../ui/index.js'
import '../time/time.css'
import './recorded-costs.css'

/**
 * "Uren en uitgaven overnemen": the case's recorded hours and unshielded-budget spends as
 * intervention cards. The dialog previews what will be added or updated (a second take-over
 * updates the cards it made, by their origin key) and hands the cards to the page, which puts
 * them as ordinary edits: undo, the offline queue and conflicts work as for any card.
 */
export function RecordedCostsButton(props: {
  readonly conversationId: string
  readonly conversation: TableConversation
  readonly onTakeOver: (cards: readonly ActivityCard[]) => void
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button appearance="secondary" onClick={() => setOpen(true)}>
        {t('recordedCards.button')}
      </Button>
      {open && (
        <RecordedCostsDialog
          {...props}
          onClose={(cards) => {
            setOpen(false)
            if (cards) props.onTakeOver(cards)
          }}
        />
      )}
    </>
  )
}

type Row = RecordedCards['cards'][number] & { step: 'add' | 'update' | 'unchanged' }

function RecordedCostsDialog(props: {
  readonly conversationId: string
  readonly conversation: TableConversation
  readonly onClose: (cards?: readonly ActivityCard[]) => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const euro = useEuro()
  const stakeholder = useStakeholderName()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  const proposal = useQuery({
    queryKey: ['recorded-costs', props.conversationId],
    queryFn: () =>
      callRoute(contract.conversations.recordedCosts, { params: { id: props.conversationId } }),
    staleTime: 0,
  })
  const rows = useMemo<Row[]>(() => {
    const cards = proposal.data?.cards ?? []
    const plan = takeOverPlan(
      cards.map((c) => c.card),
      props.conversation,
    )
    return cards.map((c, i) => {
      const step = plan[i]
      return { ...c, card: step?.card ?? c.card, step: step?.step ?? 'add' }
    })
  }, [proposal.data, props.conversation])
  const changing = rows.filter((r) => r.step !== 'unchanged')
  const total = rows.reduce((sum, r) => sum + (r.cents ?? 0), 0)
  const amount = (cents: number | null) => (cents === null ? '—' : euro(cents / 100, 2))
  return (
    <dialog
      ref={dialog}
      className="ew-time-dialog ew-recorded-dialog"
      aria-labelledby="recorded-costs-title"
      onClose={() => props.onClose()}
    >
      <h2 className="utrecht-heading-3" id="recorded-costs-title">
        {t('recordedCards.title')}
      </h2>
      <p>{t('recordedCards.intro')}</p>
      {proposal.isError && <Alert type="error">{proposal.error.message}</Alert>}
      {proposal.isPending && <p>{t('common.loading')}</p>}
      {proposal.data && rows.length === 0 && <p>{t('recordedCards.none')}</p>}
      {rows.length > 0 && (
        <Table
          caption={t('recordedCards.caption')}
          rowKey={(r) => r.card.id}
          rows={rows}
          columns={[
            { header: t('recordedCards.source'), cell: (r) => r.source[language] },
            {
              header: t('recordedCards.stakeholder'),
              cell: (r) => (r.card.payer ? stakeholder(r.card.payer) : ''),
            },
            {
              header: t('recordedCards.date'),
              cell: (r) =>
                r.card.end
                  ? `${formatDay(r.card.start, language)} – ${formatDay(r.card.end, language)}`
                  : formatDay(r.card.start, language),
            },
            { header: t('recordedCards.amount'), cell: (r) => amount(r.cents), numeric: true },
            { header: t('recordedCards.step'), cell: (r) => t(`recordedCards.steps.${r.step}`) },
          ]}
        />
      )}
      {rows.length > 0 && (
        <p data-testid="recorded-total">
          {t('recordedCards.total', {
            amount: amount(total),
            add: rows.filter((r) => r.step === 'add').length,
            update: rows.filter((r) => r.step === 'update').length,
          })}
        </p>
      )}
      {(proposal.data?.problems ?? []).map((p) => (
        <Alert key={p.organisationName} type="warning">
          {t('recordedCards.problem', {
            organisation: p.organisationName,
            contacts: p.contacts,
            hours: formatNumber(p.minutes / 60, language, { upTo: 2 }),
            problem: p.problem[language],
          })}
        </Alert>
      ))}
      {(proposal.data?.ownOrganisationContacts ?? 0) > 0 && (
        <p className="ew-muted">
          {t('recordedCards.ownOrganisation', {
            count: proposal.data?.ownOrganisationContacts ?? 0,
          })}
        </p>
      )}
      <div className="ew-actions">
        <Button
          disabled={changing.length === 0}
          onClick={() => props.onClose(changing.map((r) => r.card))}
        >
          {t('recordedCards.apply', { count: changing.length })}
        </Button>
        <Button appearance="secondary" onClick={() => props.onClose()}>
          {t('common.cancel')}
        </Button>
      </div>
    </dialog>
  )
}
