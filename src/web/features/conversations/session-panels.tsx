import { memo, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  REFERENCE_KINDS,
  referenceOf,
  sessionOf,
  type TableConversation,
  ZRM_DOMAINS,
  zrmDomainName,
} from '../../../domain/index.js'
import { Button, CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/index.js'
import type { EditDraft } from './conversation-sync.js'

type Submit = (draft: EditDraft) => void
type Session = ReturnType<typeof sessionOf>
type Outcomes = NonNullable<TableConversation['outcomes']>

/**
 * A section's working copy: follows the shared conversation until the user changes it, and is
 * sent as one edit when a field is left (blur) or a choice is made, only if it differs.
 */
function useSection<T>(value: T, send: (next: T) => void) {
  const [draft, setDraft] = useState(value)
  const shared = JSON.stringify(value)
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the shared value by content
  useEffect(() => setDraft(value), [shared])
  const commit = (next: T = draft) => {
    if (JSON.stringify(next) !== shared) send(next)
  }
  const change = (next: T, now = false) => {
    setDraft(next)
    if (now) commit(next)
  }
  return { draft, change, commit }
}

function SessionSection(props: {
  conversation: TableConversation
  submit: Submit
  readOnly: boolean
}) {
  const { t } = useTranslation()
  const { draft, change, commit } = useSection<Session>(sessionOf(props.conversation), (value) =>
    props.submit({ kind: 'set-session', value }),
  )
  const consent = draft.consent ?? { participate: false, record: false }
  const attendees = draft.attendees
  const setAttendee = (i: number, patch: Partial<(typeof attendees)[number]>, now = false) =>
    change(
      { ...draft, attendees: attendees.map((a, k) => (k === i ? { ...a, ...patch } : a)) },
      now,
    )
  return (
    <fieldset className="ew-item" disabled={props.readOnly}>
      <legend>{t('conversation.session')}</legend>
      <div className="ew-form-row">
        <TextField
          label={t('conversation.date')}
          type="date"
          value={draft.date ?? ''}
          onChange={(e) => change({ ...draft, date: e.target.value })}
          onBlur={() => commit()}
        />
        <TextField
          label={t('conversation.facilitator')}
          value={draft.facilitator ?? ''}
          onChange={(e) => change({ ...draft, facilitator: e.target.value })}
          onBlur={() => commit()}
        />
      </div>
      {(['participate', 'record'] as const).map((key) => (
        <CheckboxField
          key={key}
          label={t(`conversation.consent.${key}`)}
          checked={consent[key]}
          onChange={(checked) =>
            change({ ...draft, consent: { ...consent, [key]: checked } }, true)
          }
        />
      ))}
      <h3 className="utrecht-heading-3">{t('conversation.attendees')}</h3>
      <ul className="ew-attendees">
        {attendees.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: attendees have no id; order is stable
          <li key={i} className="ew-form-row">
            <TextField
              label={t('conversation.attendeeRole')}
              value={a.role}
              onChange={(e) => setAttendee(i, { role: e.target.value })}
              onBlur={() => commit()}
            />
            <TextField
              label={t('conversation.organisation')}
              value={a.organisation}
              onChange={(e) => setAttendee(i, { organisation: e.target.value })}
              onBlur={() => commit()}
            />
            <SelectField
              label={t('conversation.involvement')}
              value={a.involvement}
              onChange={(e) =>
                setAttendee(i, { involvement: e.target.value as typeof a.involvement }, true)
              }
              options={(['direct', 'critical-outsider'] as const).map((v) => ({
                value: v,
                label: t(`conversation.involvements.${v}`),
              }))}
            />
            <Button
              appearance="subtle"
              onClick={() =>
                change({ ...draft, attendees: attendees.filter((_, k) => k !== i) }, true)
              }
            >
              {t('conversation.removeAttendee', { n: i + 1 })}
            </Button>
          </li>
        ))}
      </ul>
      <Button
        appearance="secondary"
        onClick={() =>
          change({
            ...draft,
            attendees: [...attendees, { role: '', organisation: '', involvement: 'direct' }],
          })
        }
      >
        {t('conversation.addAttendee')}
      </Button>
    </fieldset>
  )
}

function ReferenceSection(props: {
  conversation: TableConversation
  submit: Submit
  readOnly: boolean
}) {
  const { t } = useTranslation()
  const { draft, change, commit } = useSection(referenceOf(props.conversation), (value) =>
    props.submit({ kind: 'set-reference', value }),
  )
  return (
    <fieldset className="ew-item" disabled={props.readOnly}>
      <legend>{t('conversation.reference')}</legend>
      <p className="ew-muted">{t('conversation.referenceWarning')}</p>
      <SelectField
        label={t('conversation.referenceKind')}
        value={draft.kind}
        onChange={(e) => change({ ...draft, kind: e.target.value as typeof draft.kind }, true)}
        options={REFERENCE_KINDS.map((k) => ({ value: k, label: t(`conversation.kinds.${k}`) }))}
      />
      <TextAreaField
        label={t('conversation.reasoning')}
        value={draft.reasoning}
        disabled={props.readOnly}
        onChange={(reasoning) => change({ ...draft, reasoning })}
        onBlur={() => commit()}
      />
    </fieldset>
  )
}

const SCORES = ['', '1', '2', '3', '4', '5']
const RUNGS = ['', '1', '2', '3', '4', '5', '6']
const TRUST = ['', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']

function OutcomesSection(props: {
  conversation: TableConversation
  submit: Submit
  readOnly: boolean
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const { draft, change, commit } = useSection<Outcomes>(
    props.conversation.outcomes ?? {},
    (value) => props.submit({ kind: 'set-outcomes', value }),
  )
  const options = (values: string[]) => values.map((v) => ({ value: v, label: v || '—' }))
  const zrm = draft.zrm ?? {}
  const setScore = (
    domain: (typeof ZRM_DOMAINS)[number],
    side: 'before' | 'after',
    raw: string,
  ) => {
    const current = zrm[domain] ?? { before: 3, after: 3 }
    const next = { ...zrm }
    if (raw === '') delete next[domain]
    else next[domain] = { ...current, [side]: Number(raw) }
    change({ ...draft, zrm: next }, true)
  }
  const ladder = draft.ladder
  const setRung = (side: 'before' | 'after', raw: string) => {
    const { ladder: _old, ...rest } = draft
    if (raw === '') return change(rest, true)
    const current = ladder ?? { before: Number(raw), after: Number(raw) }
    change({ ...rest, ladder: { ...current, [side]: Number(raw) } }, true)
  }
  const trust = draft.trust ?? {}
  const setTrust = (key: 'self' | 'professionals' | 'municipality', raw: string) => {
    const next = { ...trust }
    if (raw === '') delete next[key]
    else next[key] = Number(raw)
    change({ ...draft, trust: next }, true)
  }
  return (
    <details className="ew-item">
      <summary>{t('conversation.outcomes')}</summary>
      <fieldset disabled={props.readOnly} className="ew-plain-fieldset">
        <legend className="ew-visually-hidden">{t('conversation.outcomes')}</legend>
        <table className="utrecht-table ew-zrm">
          <caption className="utrecht-table__caption">{t('conversation.zrmCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conversation.domain')}</th>
              <th scope="col">{t('conversation.before')}</th>
              <th scope="col">{t('conversation.after')}</th>
            </tr>
          </thead>
          <tbody>
            {ZRM_DOMAINS.map((domain) => (
              <tr key={domain}>
                <th scope="row">{zrmDomainName(domain, language)}</th>
                {(['before', 'after'] as const).map((side) => (
                  <td key={side}>
                    <select
                      aria-label={`${zrmDomainName(domain, language)}: ${t(`conversation.${side}`)}`}
                      className="utrecht-select utrecht-select--html-select"
                      value={zrm[domain] ? String(zrm[domain][side]) : ''}
                      onChange={(e) => setScore(domain, side, e.target.value)}
                    >
                      {options(SCORES).map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="ew-form-row">
          {(['before', 'after'] as const).map((side) => (
            <SelectField
              key={side}
              label={t(`conversation.ladder.${side}`)}
              value={ladder ? String(ladder[side]) : ''}
              onChange={(e) => setRung(side, e.target.value)}
              options={options(RUNGS)}
            />
          ))}
          {(['self', 'professionals', 'municipality'] as const).map((key) => (
            <SelectField
              key={key}
              label={t(`conversation.trust.${key}`)}
              value={trust[key] === undefined ? '' : String(trust[key])}
              onChange={(e) => setTrust(key, e.target.value)}
              options={options(TRUST)}
            />
          ))}
        </div>
        <TextAreaField
          label={t('conversation.ownWords')}
          value={draft.ownWords ?? ''}
          disabled={props.readOnly}
          onChange={(ownWords) => change({ ...draft, ownWords })}
          onBlur={() => commit()}
        />
      </fieldset>
    </details>
  )
}

type PanelProps = { conversation: TableConversation; submit: Submit; readOnly: boolean }

/** A panel re-renders only when its own section (or its mode) changed, not on every card edit. */
function panel(
  render: (props: PanelProps) => ReturnType<typeof SessionSection>,
  section: (c: TableConversation) => readonly unknown[],
) {
  return memo(
    render,
    (a: PanelProps, b: PanelProps) =>
      a.readOnly === b.readOnly &&
      a.submit === b.submit &&
      section(a.conversation).every((v, i) => v === section(b.conversation)[i]),
  )
}

export const SessionPanel = panel(SessionSection, (c) => [
  c.date,
  c.facilitator,
  c.attendees,
  c.consent,
])
export const ReferencePanel = panel(ReferenceSection, (c) => [
  c.scenarios.referentie.kind,
  c.scenarios.referentie.reasoning,
])
export const OutcomesPanel = panel(OutcomesSection, (c) => [c.outcomes])
