import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  BUDGET_DOMAINS,
  type BudgetDomain,
  type BudgetLedgerResponse,
  can,
  todayInAmsterdam,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import {
  Alert,
  Button,
  DataList,
  Heading,
  IssueList,
  NumberField,
  SelectField,
  Table,
  TextField,
  useEuro,
} from '../../ui/index.js'

type Spend = BudgetLedgerResponse['spends'][number]

/** The unshielded budget: the pot, the append-only ledger, and a form for a spend or correction. */
export function BudgetPage(props: { id: string }) {
  const { t } = useTranslation()
  const euro = useEuro()
  const role = useSession().data?.role
  const ledger = useQuery({
    queryKey: ['budget', props.id],
    queryFn: () => callRoute(contract.budget.ledger, { params: { id: props.id } }),
  })
  const [correcting, setCorrecting] = useState<Spend | undefined>()
  if (ledger.isError) return <Alert type="error">{ledger.error.message}</Alert>
  const l = ledger.data
  if (!l) return <p>{t('common.loading')}</p>
  const cents = (c: number) => euro(c / 100, 2)
  const domain = (d: BudgetDomain | null | undefined) => t(`time.budget.domains.${d ?? 'none'}`)
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}`}>{t('time.back')}</Link>
      </p>
      <Heading level={1}>{t('time.budget.title')}</Heading>
      {l.pot ? (
        <DataList
          items={[
            { key: t('time.budget.pot'), value: cents(l.pot.amountCents) },
            { key: t('time.budget.period'), value: `${l.pot.periodStart} – ${l.pot.periodEnd}` },
            { key: t('time.budget.threshold'), value: cents(l.pot.approvalThresholdCents) },
            { key: t('time.budget.spent'), value: cents(l.spentCents) },
            { key: t('time.budget.balance'), value: cents(l.balanceCents ?? 0) },
          ]}
        />
      ) : (
        <Alert type="info">{t('time.budget.noPot')}</Alert>
      )}
      {l.flagged > 0 && (
        <Alert type="warning">{t('time.budget.flagged', { count: l.flagged })}</Alert>
      )}
      {can(role, 'budget.spend') && <PotForm projectId={props.id} ledger={l} />}
      {can(role, 'budget.spend') && l.pot && (
        <SpendForm
          projectId={props.id}
          ledger={l}
          correcting={correcting}
          done={() => setCorrecting(undefined)}
        />
      )}
      <Table
        caption={t('time.budget.ledger')}
        rowKey={(s) => s.id}
        rows={l.spends}
        columns={[
          { header: t('time.budget.date'), cell: (s) => s.date },
          { header: t('time.entry.case'), cell: (s) => s.pseudonym },
          { header: t('time.budget.purpose'), cell: (s) => s.purpose || '—' },
          { header: t('time.budget.goal'), cell: (s) => s.goal || '—' },
          { header: t('time.budget.replaces'), cell: (s) => domain(s.replacesDomain) },
          { header: t('time.budget.amount'), numeric: true, cell: (s) => cents(s.amountCents) },
          {
            header: t('time.budget.effective'),
            numeric: true,
            cell: (s) =>
              s.corrections.length > 0
                ? `${cents(s.effectiveCents)} (${t('time.budget.corrections', { count: s.corrections.length })})`
                : cents(s.effectiveCents),
          },
          {
            header: t('time.budget.recorded'),
            cell: (s) =>
              s.approvedBy
                ? t('time.budget.approvedBy', { by: s.recordedBy, approver: s.approvedBy })
                : s.recordedBy,
          },
          {
            header: t('time.budget.flags'),
            cell: (s) => s.flags.map((f) => t(`time.budget.flag.${f}`)).join(', ') || '—',
          },
          ...(can(role, 'budget.spend')
            ? [
                {
                  header: t('time.budget.correct'),
                  cell: (s: Spend) => (
                    <Button
                      appearance="secondary"
                      aria-label={t('time.budget.correctNamed', {
                        purpose: s.purpose || s.pseudonym,
                        date: s.date,
                      })}
                      onClick={() => setCorrecting(s)}
                    >
                      {t('time.budget.correct')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <div className="ew-two-columns">
        <Table
          caption={t('time.budget.perDomain')}
          rowKey={(d) => d.domain ?? 'none'}
          rows={l.perDomain}
          columns={[
            { header: t('time.budget.replaces'), cell: (d) => domain(d.domain) },
            { header: t('time.budget.spends'), numeric: true, cell: (d) => d.spends },
            { header: t('time.budget.amount'), numeric: true, cell: (d) => cents(d.cents) },
          ]}
        />
        <Table
          caption={t('time.budget.perCase')}
          rowKey={(c) => c.participantId}
          rows={l.perCase}
          columns={[
            { header: t('time.entry.case'), cell: (c) => c.pseudonym },
            { header: t('time.budget.spends'), numeric: true, cell: (c) => c.spends },
            { header: t('time.budget.amount'), numeric: true, cell: (c) => cents(c.cents) },
          ]}
        />
      </div>
    </>
  )
}

function useSave(projectId: string) {
  const client = useQueryClient()
  const [problem, setProblem] = useState<Error | undefined>()
  const run = async (call: () => Promise<BudgetLedgerResponse>) => {
    setProblem(undefined)
    try {
      client.setQueryData(['budget', projectId], await call())
      return true
    } catch (error) {
      setProblem(error as Error)
      return false
    }
  }
  const shown = problem && <IssueList error={problem} />
  return { run, shown }
}

function PotForm(props: { projectId: string; ledger: BudgetLedgerResponse }) {
  const { t } = useTranslation()
  const pot = props.ledger.pot
  const [amount, setAmount] = useState<number | undefined>(pot ? pot.amountCents / 100 : undefined)
  const [threshold, setThreshold] = useState<number | undefined>(
    pot ? pot.approvalThresholdCents / 100 : 1000,
  )
  const [start, setStart] = useState(pot?.periodStart ?? '')
  const [end, setEnd] = useState(pot?.periodEnd ?? '')
  const { run, shown } = useSave(props.projectId)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void run(() =>
      callRoute(contract.budget.setPot, {
        params: { id: props.projectId },
        body: {
          amountCents: Math.round((amount ?? 0) * 100),
          approvalThresholdCents: Math.round((threshold ?? 0) * 100),
          periodStart: start,
          periodEnd: end,
        },
      }),
    )
  }
  return (
    <details className="ew-details">
      <summary>{t('time.budget.setPot')}</summary>
      <form className="ew-form" onSubmit={submit}>
        <div className="ew-form-row">
          <NumberField
            label={t('time.budget.potEuros')}
            min={0}
            value={amount}
            onValue={setAmount}
          />
          <NumberField
            label={t('time.budget.thresholdEuros')}
            min={0}
            value={threshold}
            onValue={setThreshold}
          />
          <TextField
            label={t('time.budget.start')}
            type="date"
            required
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
          <TextField
            label={t('time.budget.end')}
            type="date"
            required
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </div>
        {shown}
        <div className="ew-actions">
          <Button type="submit">{t('time.budget.savePot')}</Button>
        </div>
      </form>
    </details>
  )
}

function SpendForm(props: {
  projectId: string
  ledger: BudgetLedgerResponse
  correcting: Spend | undefined
  done: () => void
}) {
  const { t } = useTranslation()
  const enrolments = useQuery({
    queryKey: ['enrolments', props.projectId],
    queryFn: () => callRoute(contract.projects.enrolments, { params: { id: props.projectId } }),
  })
  const c = props.correcting
  const [participantId, setParticipantId] = useState('')
  const [amount, setAmount] = useState<number | undefined>()
  const [date, setDate] = useState(todayInAmsterdam())
  const [purpose, setPurpose] = useState('')
  const [goal, setGoal] = useState('')
  const [domain, setDomain] = useState<string>('')
  const [approver, setApprover] = useState('')
  const { run, shown } = useSave(props.projectId)
  const cases = enrolments.data?.enrolments ?? []
  const chosen = c?.participantId ?? (participantId || cases[0]?.participantId || '')
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const ok = await run(() =>
      callRoute(contract.budget.spend, {
        params: { id: props.projectId },
        body: {
          participantId: chosen,
          amountCents: Math.round((amount ?? 0) * 100),
          date,
          purpose,
          goal,
          ...(domain === '' ? {} : { replacesDomain: domain as BudgetDomain }),
          ...(approver === '' ? {} : { approverId: approver }),
          ...(c ? { corrects: c.id } : {}),
        },
      }),
    )
    if (ok) {
      setAmount(undefined)
      setPurpose('')
      setGoal('')
      props.done()
    }
  }
  return (
    <form className="ew-form" onSubmit={(e) => void submit(e)} aria-labelledby="spend-title">
      <h2 className="utrecht-heading-3" id="spend-title">
        {c
          ? t('time.budget.correctTitle', { purpose: c.purpose || c.pseudonym })
          : t('time.budget.spendTitle')}
      </h2>
      <div className="ew-form-row">
        {!c && (
          <SelectField
            label={t('time.entry.case')}
            value={chosen}
            onChange={(e) => setParticipantId(e.target.value)}
            options={cases.map((x) => ({ value: x.participantId, label: x.pseudonym }))}
          />
        )}
        <NumberField
          label={c ? t('time.budget.newAmount') : t('time.budget.amountEuros')}
          min={0}
          value={amount}
          onValue={setAmount}
        />
        <TextField
          label={t('time.budget.date')}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          label={c ? t('time.budget.reason') : t('time.budget.purpose')}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
        />
        {!c && (
          <TextField
            label={t('time.budget.goal')}
            value={goal}
            onChange={(e) => setGoal(e.target.value)}
          />
        )}
        {!c && (
          <SelectField
            label={t('time.budget.replaces')}
            value={domain}
            onChange={(e) => setDomain(e.target.value)}
            options={[
              { value: '', label: t('time.budget.domains.none') },
              ...BUDGET_DOMAINS.map((d) => ({ value: d, label: t(`time.budget.domains.${d}`) })),
            ]}
          />
        )}
        <SelectField
          label={t('time.budget.approver')}
          value={approver}
          onChange={(e) => setApprover(e.target.value)}
          options={[
            { value: '', label: t('time.budget.noApprover') },
            ...props.ledger.approvers.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
      </div>
      {shown}
      <div className="ew-actions">
        <Button type="submit" disabled={chosen === '' || amount === undefined}>
          {c ? t('time.budget.saveCorrection') : t('time.budget.saveSpend')}
        </Button>
        {c && (
          <Button appearance="secondary" onClick={props.done}>
            {t('time.entry.cancel')}
          </Button>
        )}
      </div>
    </form>
  )
}
