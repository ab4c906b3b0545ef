import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import type { AttendanceResponse } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Alert, Heading, Paragraph, SelectField, Table, usePercent } from '../../ui/index.js'
import { SUPPRESSED_MARK, shownCount } from '../participants/suppressed-mark.js'

type MonthRow = AttendanceResponse['months'][number]['partners'][number] & {
  readonly month: string
  readonly conferences: number
}

/** Who was at the table, month by month (Almere's question): aggregates only. */
export function AttendanceView() {
  const { t, i18n } = useTranslation()
  const percent = usePercent()
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => callRoute(contract.projects.list),
  })
  const [chosen, setChosen] = useState('')
  const projectId = chosen || projects.data?.projects[0]?.id || ''
  const attendance = useQuery({
    queryKey: ['case-conference-attendance', projectId],
    queryFn: () => callRoute(contract.caseConferences.attendance, { query: { projectId } }),
    enabled: projectId !== '',
  })
  const rows: MonthRow[] = (attendance.data?.months ?? []).flatMap((m) =>
    m.partners.map((p) => ({ ...p, month: m.month, conferences: m.conferences })),
  )
  return (
    <section aria-labelledby="attendance-title">
      <Heading level={2} id="attendance-title">
        {t('caseConferences.attendance.title')}
      </Heading>
      <Paragraph>
        {t('caseConferences.attendance.intro', { base: attendance.data?.roundingBase ?? 5 })}
      </Paragraph>
      <SelectField
        label={t('caseConferences.attendance.project')}
        value={projectId}
        onChange={(e) => setChosen(e.target.value)}
        options={(projects.data?.projects ?? []).map((p) => ({ value: p.id, label: p.name }))}
      />
      {attendance.isError && <Alert type="error">{attendance.error.message}</Alert>}
      {attendance.isSuccess && rows.length === 0 ? (
        <Paragraph>{t('caseConferences.attendance.empty')}</Paragraph>
      ) : (
        <Table
          caption={t('caseConferences.attendance.caption')}
          rowKey={(r) => `${r.month} ${r.organisation.id} ${r.domain}`}
          rows={rows}
          columns={[
            { header: t('caseConferences.attendance.month'), cell: (r) => r.month },
            {
              header: t('caseConferences.attendance.conferences'),
              cell: (r) => r.conferences,
              numeric: true,
            },
            {
              header: t('caseConferences.attendance.partner'),
              cell: (r) => `${r.organisation.name} (${t(`caseConferences.domain.${r.domain}`)})`,
            },
            {
              header: t('caseConferences.attendance.attended'),
              cell: (r) => r.attended,
              numeric: true,
            },
            {
              header: t('caseConferences.attendance.cases'),
              cell: (r) => {
                const shown = shownCount(r.cases, i18n.language)
                return <span title={shown.reason}>{shown.text}</span>
              },
              numeric: true,
            },
            {
              header: t('caseConferences.attendance.share'),
              cell: (r) => (r.caseShare === null ? SUPPRESSED_MARK : percent(r.caseShare)),
              numeric: true,
            },
          ]}
        />
      )}
    </section>
  )
}
