import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import type { ProjectEnrolment } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { readUpload, TABLE_FILE_TYPES } from '../../api/upload.js'
import {
  Alert,
  Button,
  Heading,
  IssueList,
  NumberField,
  Paragraph,
  SelectField,
  Table,
  TextField,
} from '../../ui/index.js'
import {
  AgeBandAndHouseholdFields,
  ageBandOf,
  householdOf,
} from '../participants/minimal-set-fields.js'

type Panel = 'none' | 'enrol' | 'import'

/** The project's enrolled participants: enrol one, import a file, end an enrolment. */
export function ProjectEnrolments(props: { projectId: string; canWrite: boolean }) {
  const { t } = useTranslation()
  const [panel, setPanel] = useState<Panel>('none')
  const [ending, setEnding] = useState<ProjectEnrolment | undefined>()
  const enrolments = useQuery({
    queryKey: ['enrolments', props.projectId],
    queryFn: () => callRoute(contract.projects.enrolments, { params: { id: props.projectId } }),
  })
  const close = () => setPanel('none')
  return (
    <section aria-labelledby="enrolments-title">
      <Heading level={2} id="enrolments-title">
        {t('enrolments.title')}
      </Heading>
      {props.canWrite && (
        <div className="ew-actions">
          <Button appearance="secondary" onClick={() => setPanel('enrol')}>
            {t('enrolments.enrol')}
          </Button>
          <Button appearance="secondary" onClick={() => setPanel('import')}>
            {t('enrolments.import')}
          </Button>
        </div>
      )}
      {panel === 'enrol' && <EnrolForm projectId={props.projectId} onClose={close} />}
      {panel === 'import' && <ImportDialog projectId={props.projectId} onClose={close} />}
      {ending && (
        <EndForm
          projectId={props.projectId}
          enrolment={ending}
          onClose={() => setEnding(undefined)}
        />
      )}
      {enrolments.isError && <Alert type="error">{enrolments.error.message}</Alert>}
      {enrolments.data?.enrolments.length === 0 && <Paragraph>{t('enrolments.empty')}</Paragraph>}
      {enrolments.data && enrolments.data.enrolments.length > 0 && (
        <Table
          caption={t('enrolments.caption', { count: enrolments.data.enrolments.length })}
          rows={enrolments.data.enrolments}
          rowKey={(e) => e.participantId}
          columns={[
            { header: t('participants.pseudonym'), cell: (e) => e.pseudonym },
            { header: t('participants.team'), cell: (e) => e.team },
            { header: t('enrolments.start'), cell: (e) => e.startDate },
            {
              header: t('enrolments.end'),
              cell: (e) =>
                e.endDate === null
                  ? t('enrolments.active')
                  : t('enrolments.endedOn', { date: e.endDate, reason: e.endReason ?? '' }),
            },
            ...(props.canWrite
              ? [
                  {
                    header: t('enrolments.endAction'),
                    cell: (e: ProjectEnrolment) =>
                      e.endDate === null && (
                        <Button
                          appearance="subtle"
                          aria-label={`${t('enrolments.endAction')}: ${e.pseudonym}`}
                          onClick={() => setEnding(e)}
                        >
                          {t('enrolments.endAction')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </section>
  )
}

/** After any enrolment change the list, the project's count and the participant pages refresh. */
function useRefresh(projectId: string) {
  const client = useQueryClient()
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['enrolments', projectId] }),
      client.invalidateQueries({ queryKey: ['project', projectId] }),
      client.invalidateQueries({ queryKey: ['participants'] }),
    ])
}

function EnrolForm(props: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const refresh = useRefresh(props.projectId)
  const [startDate, setStartDate] = useState('')
  const [team, setTeam] = useState('')
  const [ageBand, setAgeBand] = useState('')
  const [household, setHousehold] = useState('')
  const [district, setDistrict] = useState('')
  const [ladder, setLadder] = useState<number | undefined>()
  const [existing, setExisting] = useState('')
  // Participants the user may see who are not yet in this project.
  const candidates = useQuery({
    queryKey: ['participants', 'not-in', props.projectId],
    queryFn: async () =>
      (await callRoute(contract.participants.list)).participants.filter(
        (p) => !p.projectIds.includes(props.projectId),
      ),
  })
  const newParticipant = {
    ...(team ? { team } : {}),
    ...(ageBandOf(ageBand) ? { ageBand: ageBandOf(ageBand) } : {}),
    ...(householdOf(household) ? { householdType: householdOf(household) } : {}),
    ...(district ? { district } : {}),
    ...(ladder !== undefined ? { ladderRung: ladder } : {}),
  }
  const enrol = useMutation({
    mutationFn: () =>
      callRoute(contract.projects.enrol, {
        params: { id: props.projectId },
        body: {
          startDate,
          ...(existing ? { participantId: existing } : { participant: newParticipant }),
        },
      }),
    onSuccess: () => refresh(),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    enrol.mutate()
  }
  return (
    <form className="ew-form" onSubmit={submit} aria-labelledby="enrol-title">
      <h3 className="utrecht-heading-3" id="enrol-title">
        {t('enrolments.enrol')}
      </h3>
      <p className="ew-muted">{t('enrolments.enrolHelp')}</p>
      <div className="ew-form-row">
        <TextField
          label={t('enrolments.start')}
          type="date"
          value={startDate}
          required
          onChange={(e) => setStartDate(e.target.value)}
        />
        <SelectField
          label={t('enrolments.who')}
          value={existing}
          onChange={(e) => setExisting(e.target.value)}
          options={[
            { value: '', label: t('enrolments.newParticipant') },
            ...(candidates.data ?? []).map((p) => ({ value: p.id, label: p.pseudonym })),
          ]}
        />
      </div>
      {existing === '' && (
        <div className="ew-form-row">
          <TextField
            label={t('participants.team')}
            value={team}
            onChange={(e) => setTeam(e.target.value)}
          />
          <AgeBandAndHouseholdFields
            ageBand={{ value: ageBand, onChange: setAgeBand }}
            household={{ value: household, onChange: setHousehold }}
          />
          <TextField
            label={t('participants.district')}
            value={district}
            onChange={(e) => setDistrict(e.target.value)}
          />
          <NumberField
            label={t('participants.ladder')}
            value={ladder}
            onValue={setLadder}
            optional
            min={1}
            max={6}
          />
        </div>
      )}
      <div className="ew-actions">
        <Button type="submit" disabled={enrol.isPending}>
          {t('enrolments.enrol')}
        </Button>
        <Button appearance="secondary" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
      </div>
      {enrol.isSuccess && (
        <Alert type="ok">
          {t('enrolments.enrolled', { pseudonym: enrol.data.enrolment.pseudonym })}
        </Alert>
      )}
      {enrol.error && <IssueList error={enrol.error} />}
    </form>
  )
}

/** The import of a file: all or nothing, every wrong row and column listed. */
function ImportDialog(props: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const refresh = useRefresh(props.projectId)
  const [file, setFile] = useState<File | undefined>()
  const upload = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error(t('enrolments.chooseFile'))
      return callRoute(contract.projects.importParticipants, {
        params: { id: props.projectId },
        body: await readUpload(file),
      })
    },
    onSuccess: () => refresh(),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    upload.mutate()
  }
  return (
    <form
      className="ew-form"
      onSubmit={submit}
      role="dialog"
      aria-modal="false"
      aria-labelledby="participant-import-title"
    >
      <h3 className="utrecht-heading-3" id="participant-import-title">
        {t('enrolments.importTitle')}
      </h3>
      <p className="ew-muted">{t('enrolments.importHelp')}</p>
      <TextField
        label={t('enrolments.file')}
        type="file"
        accept={TABLE_FILE_TYPES}
        required
        onChange={(e) => setFile(e.target.files?.[0])}
      />
      <div className="ew-actions">
        <Button type="submit" disabled={upload.isPending}>
          {t('enrolments.importButton')}
        </Button>
        <Button appearance="secondary" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
      </div>
      {upload.isSuccess && (
        <Alert type="ok">{t('enrolments.imported', { count: upload.data.imported })}</Alert>
      )}
      {upload.error && <IssueList error={upload.error} />}
    </form>
  )
}

function EndForm(props: { projectId: string; enrolment: ProjectEnrolment; onClose: () => void }) {
  const { t } = useTranslation()
  const refresh = useRefresh(props.projectId)
  const [endDate, setEndDate] = useState('')
  const [reason, setReason] = useState('')
  const end = useMutation({
    mutationFn: () =>
      callRoute(contract.projects.endEnrolment, {
        params: { id: props.projectId },
        body: { participantId: props.enrolment.participantId, endDate, reason },
      }),
    onSuccess: async () => {
      await refresh()
      props.onClose()
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    end.mutate()
  }
  return (
    <form className="ew-form" onSubmit={submit} aria-labelledby="end-title">
      <h3 className="utrecht-heading-3" id="end-title">
        {t('enrolments.endTitle', { pseudonym: props.enrolment.pseudonym })}
      </h3>
      <div className="ew-form-row">
        <TextField
          label={t('enrolments.endDate')}
          type="date"
          value={endDate}
          required
          onChange={(e) => setEndDate(e.target.value)}
        />
        <TextField
          label={t('enrolments.endReason')}
          value={reason}
          required
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="ew-actions">
        <Button type="submit" disabled={end.isPending}>
          {t('enrolments.endConfirm')}
        </Button>
        <Button appearance="secondary" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
      </div>
      {end.error && <IssueList error={end.error} />}
    </form>
  )
}
