import { skipToken, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { callRoute, type RouteAnswer } from '../../api/call-route.js'
import { Alert, Heading, Paragraph, SelectField, Table } from '../../ui/index.js'
import { type AggregateDimension, aggregateLabel } from './aggregate-label.js'
import { shownCount } from './suppressed-mark.js'

/** Researchers see counts only: rounded, with hidden cells marked "·" and a legend. */
export function AggregateView() {
  const { t, i18n } = useTranslation()
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => callRoute(contract.projects.list),
  })
  const [chosen, setChosen] = useState<string | undefined>()
  const projectId = chosen ?? projects.data?.projects[0]?.id
  const aggregate = useQuery({
    queryKey: ['aggregate', projectId],
    queryFn:
      projectId === undefined
        ? skipToken
        : () => callRoute(contract.research.aggregate, { query: { projectId } }),
  })
  const a = aggregate.data
  const cell = (c: RouteAnswer<typeof contract.research.aggregate>['byDistrict'][number]) => {
    const shown = shownCount(c, i18n.language)
    return <span title={shown.reason}>{shown.text}</span>
  }
  const table = (
    caption: string,
    cells: RouteAnswer<typeof contract.research.aggregate>['byDistrict'],
    dimension: AggregateDimension,
  ) => (
    <Table
      caption={caption}
      rowKey={(c) => c.value}
      rows={cells}
      columns={[
        { header: t('aggregate.value'), cell: (c) => aggregateLabel(t, dimension, c.value) },
        { header: t('aggregate.count'), cell, numeric: true },
      ]}
    />
  )
  return (
    <>
      <Heading level={1}>{t('aggregate.title')}</Heading>
      <Paragraph>{t('aggregate.intro')}</Paragraph>
      <SelectField
        label={t('aggregate.project')}
        value={projectId ?? ''}
        onChange={(e) => setChosen(e.target.value)}
        options={(projects.data?.projects ?? []).map((p) => ({ value: p.id, label: p.name }))}
      />
      {aggregate.isError && <Alert type="error">{aggregate.error.message}</Alert>}
      {a && (
        <Paragraph>
          {t('aggregate.legend', { n: a.suppressionThreshold, base: a.roundingBase })}
        </Paragraph>
      )}
      {a && (
        <div className="ew-grid">
          {table(t('aggregate.byLadder'), a.byLadderRung, 'ladder')}
          {table(t('aggregate.byDistrict'), a.byDistrict, 'district')}
          {table(t('aggregate.byAgeBand'), a.byAgeBand, 'ageBand')}
          {table(t('aggregate.byHousehold'), a.byHouseholdType, 'household')}
        </div>
      )}
    </>
  )
}
