import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  can,
  FINDING_SOURCES,
  type FindingSource,
  type LocalisedMessage,
  type Theme,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { useSession } from '../../app/session.js'
import {
  Alert,
  Button,
  CheckboxField,
  CheckboxGroup,
  Heading,
  IssueList,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui/index.js'

/** The quick entry form: text, source, date, partner, theme chips, quote and its conversation. */
export function FindingEntry(props: {
  projectId: string
  themes: readonly Theme[]
  organisations: readonly { id: string; name: string }[]
  onSaved: () => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const role = useSession().data?.role
  const [text, setText] = useState('')
  const [source, setSource] = useState<FindingSource>('interview')
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10))
  const [organisationId, setOrganisationId] = useState('')
  const [themeIds, setThemeIds] = useState<string[]>([])
  const [quote, setQuote] = useState(false)
  const [conversationId, setConversationId] = useState('')
  const [problem, setProblem] = useState<Error | undefined>()
  const [warnings, setWarnings] = useState<LocalisedMessage[]>([])
  const [saved, setSaved] = useState(false)
  const linkable = source === 'table-conversation' && can(role, 'conversations.read')
  const conversations = useQuery({
    queryKey: ['conversations', props.projectId],
    queryFn: () => callRoute(contract.conversations.list, { params: { id: props.projectId } }),
    enabled: linkable,
  })
  const active = props.themes.filter((theme) => !theme.retired)
  const toggle = (id: string, on: boolean) =>
    setThemeIds((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)))
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    setProblem(undefined)
    if (themeIds.length === 0) {
      setProblem(new Error(t('findings.entry.needsTheme')))
      return
    }
    try {
      const answer = await callRoute(contract.findings.create, {
        params: { id: props.projectId },
        body: {
          text,
          source,
          date,
          organisationId: organisationId || null,
          themeIds,
          quote,
          conversationId: linkable && conversationId ? conversationId : null,
        },
      })
      setWarnings(answer.warnings)
      setText('')
      setThemeIds([])
      setQuote(false)
      setConversationId('')
      setSaved(true)
      props.onSaved()
    } catch (error) {
      setProblem(error as Error)
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="finding-entry">
      <Heading level={2} id="finding-entry">
        {t('findings.entry.heading')}
      </Heading>
      <TextAreaField label={t('findings.entry.text')} value={text} onChange={setText} rows={3} />
      <div className="ew-form-row">
        <SelectField
          label={t('findings.entry.source')}
          value={source}
          options={FINDING_SOURCES.map((s) => ({ value: s, label: t(`findings.sources.${s}`) }))}
          onChange={(e) => setSource(e.target.value as FindingSource)}
        />
        <TextField
          label={t('findings.entry.date')}
          type="date"
          value={date}
          required
          onChange={(e) => setDate(e.target.value)}
        />
        <SelectField
          label={t('findings.entry.organisation')}
          value={organisationId}
          options={[
            { value: '', label: t('findings.entry.noOrganisation') },
            ...props.organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          onChange={(e) => setOrganisationId(e.target.value)}
        />
      </div>
      <CheckboxGroup
        legend={t('findings.entry.themes')}
        inline
        options={active.map((theme) => ({
          value: theme.id,
          label: language === 'en' ? theme.labelEn : theme.labelNl,
        }))}
        isChecked={(id) => themeIds.includes(id)}
        onToggle={toggle}
      />
      <CheckboxField label={t('findings.entry.quote')} checked={quote} onChange={setQuote} />
      {linkable && (
        <SelectField
          label={t('findings.entry.conversation')}
          value={conversationId}
          options={[
            { value: '', label: t('findings.entry.noConversation') },
            ...(conversations.data?.conversations ?? []).map((c) => ({
              value: c.id,
              label: `${c.pseudonym} · ${c.measurement}`,
            })),
          ]}
          onChange={(e) => setConversationId(e.target.value)}
        />
      )}
      <div className="ew-actions">
        <Button type="submit">{t('findings.entry.save')}</Button>
        {saved && <span role="status">{t('findings.entry.saved')}</span>}
      </div>
      {warnings.map((warning) => (
        <Alert key={warning.nl} type="warning">
          {warning[language]}
        </Alert>
      ))}
      {problem && <IssueList error={problem} />}
    </form>
  )
}
