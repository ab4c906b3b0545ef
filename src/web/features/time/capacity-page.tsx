import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { type CapacityResponse, can } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import {
  Alert,
  Button,
  Heading,
  IssueList,
  NumberField,
  Paragraph,
  Table,
  usePercent,
  useQuantity,
} from '../../ui/index.js'
import { CaseloadChart } from './caseload-chart.js'

type Team = CapacityResponse['teams'][number]

/** The capacity monitor: caseload per FTE per team over time, with the figures behind it. */
export function CapacityPage(props: { id: string }) {
  const { t } = useTranslation()
  const role = useSession().data?.role
  const quantity = useQuantity()
  const percent = usePercent()
  const client = useQueryClient()
  const capacity = useQuery({
    queryKey: ['capacity', props.id],
    queryFn: () => callRoute(contract.capacity.monitor, { params: { id: props.id } }),
  })
  const [threshold, setThreshold] = useState<number | undefined>()
  const [problem, setProblem] = useState<Error | undefined>()
  if (capacity.isError) return <Alert type="error">{capacity.error.message}</Alert>
  const c = capacity.data
  if (!c) return <p>{t('common.loading')}</p>
  const warned = c.teams.filter((team) => team.months.at(-1)?.warning)
  const name = (team: Team) => `${team.organisationName}${team.team ? ` · ${team.team}` : ''}`
  const orDash = (v: number | null, f: (x: number) => string) => (v === null ? '—' : f(v))
  const saveThreshold = async () => {
    if (threshold === undefined) return
    setProblem(undefined)
    try {
      client.setQueryData(
        ['capacity', props.id],
        await callRoute(contract.capacity.setThreshold, {
          params: { id: props.id },
          body: { maxCasesPerFte: threshold },
        }),
      )
    } catch (error) {
      setProblem(error as Error)
    }
  }
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}`}>{t('time.back')}</Link>
      </p>
      <Heading level={1}>{t('time.capacity.title')}</Heading>
      <Paragraph>
        {t('time.capacity.intro', {
          threshold: quantity(c.maxCasesPerFte),
          hours: c.fullTimeHours,
        })}
      </Paragraph>
      {warned.map((team) => (
        <Alert key={name(team)} type="warning">
          {t('time.capacity.warning', {
            team: name(team),
            value: quantity(team.months.at(-1)?.casesPerFte ?? 0),
            threshold: quantity(c.maxCasesPerFte),
          })}
        </Alert>
      ))}
      <CaseloadChart capacity={c} name={name} />
      {can(role, 'projects.write') && (
        <div className="ew-actions">
          <NumberField
            label={t('time.capacity.threshold')}
            min={1}
            value={threshold ?? c.maxCasesPerFte}
            onValue={setThreshold}
          />
          <Button appearance="secondary" onClick={() => void saveThreshold()}>
            {t('time.capacity.saveThreshold')}
          </Button>
        </div>
      )}
      {problem && <IssueList error={problem} />}
      {c.teams.map((team) => (
        <Table
          key={name(team)}
          caption={t('time.capacity.tableCaption', { team: name(team) })}
          rowKey={(m) => m.month}
          rows={team.months}
          columns={[
            { header: t('time.capacity.month'), cell: (m) => m.month },
            { header: t('time.capacity.openCases'), numeric: true, cell: (m) => m.openCases },
            { header: t('time.capacity.fte'), numeric: true, cell: (m) => quantity(m.fte) },
            {
              header: t('time.capacity.casesPerFte'),
              numeric: true,
              cell: (m) =>
                `${orDash(m.casesPerFte, quantity)}${m.warning ? ` ⚠ ${t('time.capacity.above')}` : ''}`,
            },
            {
              header: t('time.capacity.partTime'),
              numeric: true,
              cell: (m) => orDash(m.partTimeShare, (v) => percent(v)),
            },
            {
              header: t('time.capacity.pilotHours'),
              numeric: true,
              cell: (m) => quantity(m.pilotMinutes / 60),
            },
            {
              header: t('time.capacity.ownHours'),
              numeric: true,
              cell: (m) => quantity(m.ownOrganisationMinutes / 60),
            },
            {
              header: t('time.capacity.joiners'),
              numeric: true,
              cell: (m) => `${m.joiners} / ${m.leavers}`,
            },
            {
              header: t('time.capacity.tenure'),
              numeric: true,
              cell: (m) => orDash(m.averageTenureYears, quantity),
            },
            {
              header: t('time.capacity.vacancies'),
              numeric: true,
              cell: (m) => quantity(m.vacancyFte),
            },
            {
              header: t('time.capacity.waiting'),
              numeric: true,
              cell: (m) =>
                m.waitingDays === null ? '—' : `${quantity(m.waitingDays)} (${m.firstContacts})`,
            },
            {
              header: t('time.capacity.conferences'),
              numeric: true,
              cell: (m) => `${m.conferencesHeld} (${m.attendeesPresent})`,
            },
          ]}
        />
      ))}
    </>
  )
}
