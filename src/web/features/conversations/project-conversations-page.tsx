import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { type ConversationSummary, can, REFERENCE_KINDS } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Link, navigate } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Button, Heading, SelectField, Table, TextField, useEuro } from '../../ui/index.js'
import { ProjectBusinessCase } from './project-business-case.js'

/** A project's table conversations: the cases, starting a new one, and the project result. */
export function ProjectConversationsPage(props: { id: string }) {
  const { t } = useTranslation()
  const role = useSession().data?.role
  const project = useQuery({
    queryKey: ['project', props.id],
    queryFn: () => callRoute(contract.projects.get, { params: { id: props.id } }),
  })
  const seesResult = can(role, 'businessCase.read')
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}`}>{t('conversation.backToProject')}</Link>
      </p>
      <Heading level={1}>
        {t('conversation.projectTitle', { project: project.data?.project.name ?? '' })}
      </Heading>
      {can(role, 'conversations.read') && (
        <CaseList
          projectId={props.id}
          canStart={can(role, 'conversations.edit')}
          canExport={can(role, 'conversations.export')}
        />
      )}
      {seesResult && <ProjectBusinessCase projectId={props.id} />}
    </>
  )
}

function CaseList(props: { projectId: string; canStart: boolean; canExport: boolean }) {
  const { t } = useTranslation()
  const euro = useEuro()
  const [archiving, setArchiving] = useState<ConversationSummary | undefined>()
  const cases = useQuery({
    queryKey: ['conversations', props.projectId],
    queryFn: () => callRoute(contract.conversations.list, { params: { id: props.projectId } }),
  })
  if (cases.isError) return <Alert type="error">{cases.error.message}</Alert>
  return (
    <section aria-labelledby="cases">
      <Heading level={2} id="cases">
        {t('conversation.cases')}
      </Heading>
      {cases.data && (
        <Table
          caption={t('conversation.casesCaption', { count: cases.data.conversations.length })}
          rows={cases.data.conversations}
          rowKey={(c) => c.id}
          columns={[
            {
              header: t('conversation.case'),
              cell: (c) => (
                <Link to={`/conversations/${c.id}`}>{`${c.pseudonym} · ${c.measurement}`}</Link>
              ),
            },
            {
              header: t('conversation.statusHeader'),
              cell: (c) => t(`conversation.status.${c.status}`),
            },
            { header: t('conversation.cardsHeader'), cell: (c) => c.cards, numeric: true },
            {
              header: t('conversation.difference'),
              cell: (c) => euro(c.difference),
              numeric: true,
            },
            ...(props.canStart
              ? [
                  {
                    header: t('conversation.archive'),
                    cell: (c: ConversationSummary) =>
                      c.status === 'open' && (
                        <Button
                          appearance="subtle"
                          aria-label={`${t('conversation.archive')}: ${c.pseudonym} · ${c.measurement}`}
                          onClick={() => setArchiving(c)}
                        >
                          {t('conversation.archive')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {archiving && (
        <ArchiveConversation
          projectId={props.projectId}
          conversation={archiving}
          onClose={() => setArchiving(undefined)}
        />
      )}
      {props.canExport && (
        <p>
          <a
            className="utrecht-link"
            href={routeUrl(contract.conversations.export, { params: { id: props.projectId } })}
          >
            {t('conversation.exportShared')}
          </a>
          {' · '}
          <a
            className="utrecht-link"
            href={routeUrl(contract.conversations.export, {
              params: { id: props.projectId },
              query: { names: 'pseudonyms' },
            })}
          >
            {t('conversation.exportArchive')}
          </a>
        </p>
      )}
      {props.canStart && <StartConversation projectId={props.projectId} />}
      {props.canStart && <ImportConversations projectId={props.projectId} />}
    </section>
  )
}

/** Archives a conversation started by mistake: kept and audited, gone from the list. */
function ArchiveConversation(props: {
  projectId: string
  conversation: ConversationSummary
  onClose: () => void
}) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [reason, setReason] = useState('')
  const archive = useMutation({
    mutationFn: () =>
      callRoute(contract.conversations.archive, {
        params: { id: props.conversation.id },
        body: { reason },
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['conversations', props.projectId] })
      await client.invalidateQueries({ queryKey: ['business-case', props.projectId] })
      props.onClose()
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    archive.mutate()
  }
  const name = `${props.conversation.pseudonym} · ${props.conversation.measurement}`
  return (
    <form className="ew-form" onSubmit={submit} aria-labelledby="archive-title">
      <Heading level={3} id="archive-title">
        {t('conversation.archiveTitle', { name })}
      </Heading>
      <p className="ew-muted">{t('conversation.archiveHelp')}</p>
      <TextField
        label={t('conversation.archiveReason')}
        value={reason}
        required
        onChange={(e) => setReason(e.target.value)}
      />
      {archive.isError && <Alert type="error">{archive.error.message}</Alert>}
      <div className="ew-actions">
        <Button type="submit" disabled={archive.isPending}>
          {t('conversation.archiveConfirm')}
        </Button>
        <Button appearance="secondary" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}

function StartConversation(props: { projectId: string }) {
  const { t } = useTranslation()
  const participants = useQuery({
    queryKey: ['participants', props.projectId],
    queryFn: () => callRoute(contract.participants.list, { query: { projectId: props.projectId } }),
  })
  const [participantId, setParticipantId] = useState('')
  const [measurement, setMeasurement] = useState('T0')
  const [kind, setKind] = useState<string>('former-approach')
  const start = useMutation({
    mutationFn: () =>
      callRoute(contract.conversations.create, {
        body: {
          projectId: props.projectId,
          participantId: participantId || participants.data?.participants[0]?.id || '',
          measurement,
          referenceKind: REFERENCE_KINDS.find((k) => k === kind),
        },
      }),
    onSuccess: (state) => navigate(`/conversations/${state.id}`),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    start.mutate()
  }
  return (
    <form className="ew-form" onSubmit={submit} aria-labelledby="start-conversation">
      <Heading level={2} id="start-conversation">
        {t('conversation.startTitle')}
      </Heading>
      <div className="ew-form-row">
        <SelectField
          label={t('conversation.case')}
          value={participantId}
          onChange={(e) => setParticipantId(e.target.value)}
          options={(participants.data?.participants ?? []).map((p) => ({
            value: p.id,
            label: p.pseudonym,
          }))}
        />
        <SelectField
          label={t('conversation.measurement')}
          value={measurement}
          onChange={(e) => setMeasurement(e.target.value)}
          options={['T0', 'T1', 'T2', 'T3'].map((m) => ({ value: m, label: m }))}
        />
        <SelectField
          label={t('conversation.referenceKind')}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          options={REFERENCE_KINDS.map((k) => ({ value: k, label: t(`conversation.kinds.${k}`) }))}
        />
      </div>
      {start.isError && <Alert type="error">{start.error.message}</Alert>}
      <div className="ew-actions">
        <Button type="submit" disabled={start.isPending}>
          {t('conversation.startButton')}
        </Button>
      </div>
    </form>
  )
}

function ImportConversations(props: { projectId: string }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const upload = useMutation({
    mutationFn: async (file: File) =>
      callRoute(contract.conversations.import, {
        params: { id: props.projectId },
        body: JSON.parse(await file.text()),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['conversations', props.projectId] }),
  })
  const error = upload.error
  return (
    <div className="ew-form">
      <TextField
        label={t('conversation.importFile')}
        description={t('conversation.importHelp')}
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) upload.mutate(file)
        }}
      />
      {upload.isSuccess && (
        <Alert type="ok">{t('conversation.imported', { count: upload.data.imported })}</Alert>
      )}
      {error && (
        <Alert type="error">
          <p>{error instanceof SyntaxError ? t('conversation.notJson') : error.message}</p>
          {error instanceof ApiError && error.issues.length > 0 && (
            <ul>
              {error.issues.map((issue) => (
                <li
                  key={`${issue.field}-${issue.message}`}
                >{`${issue.field ?? ''}: ${issue.message}`}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  )
}
