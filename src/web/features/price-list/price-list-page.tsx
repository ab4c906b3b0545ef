import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { can, type PriceListItem, unitName } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { useSession } from '../../app/session.js'
import {
  Alert,
  Badge,
  Heading,
  Paragraph,
  Table,
  TextField,
  useEuro,
  useStakeholderName,
} from '../../ui/index.js'
import { PriceListImport } from './price-list-import.js'

/**
 * The social price list the municipality's business cases use: every price with its source and
 * year, items that still need a local tariff marked, its own tariffs with their reasons.
 */
export function PriceListPage() {
  const { t, i18n } = useTranslation()
  const stakeholder = useStakeholderName()
  const euro = useEuro()
  const role = useSession().data?.role
  const [q, setQ] = useState('')
  const active = useQuery({
    queryKey: ['price-list'],
    queryFn: () => callRoute(contract.priceList.active),
  })
  if (active.isError) return <Alert type="error">{active.error.message}</Alert>
  if (!active.data) return <p>{t('common.loading')}</p>
  const { list, source } = active.data
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const needle = q.trim().toLowerCase()
  const rows = list.items.filter(
    (i) =>
      needle === '' ||
      `${i.code} ${i.name.nl} ${i.name.en} ${i.category} ${i.domain}`
        .toLowerCase()
        .includes(needle),
  )
  const missing = list.items.filter((i) => i.priceCents === undefined).length
  const money = (cents: number | undefined) => (cents === undefined ? '—' : euro(cents / 100, 2))
  return (
    <>
      <Heading level={1}>{t('priceList.title')}</Heading>
      <Paragraph>
        {t(source === 'starter' ? 'priceList.starter' : 'priceList.municipal', {
          version: list.version,
          count: list.items.length,
        })}
      </Paragraph>
      {missing > 0 && <Alert type="warning">{t('priceList.missing', { count: missing })}</Alert>}
      <p>
        <a
          className="utrecht-link"
          href={routeUrl(contract.priceList.export, { query: { format: 'csv' } })}
        >
          {t('priceList.exportCsv')}
        </a>
        {' · '}
        <a
          className="utrecht-link"
          href={routeUrl(contract.priceList.export, { query: { format: 'xlsx' } })}
        >
          {t('priceList.exportXlsx')}
        </a>
      </p>
      {can(role, 'priceList.import') && <PriceListImport />}
      <search className="ew-search">
        <TextField
          label={t('priceList.search')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </search>
      <Table<PriceListItem>
        caption={t('priceList.caption', { count: rows.length })}
        rows={rows}
        rowKey={(i) => i.code}
        columns={[
          { header: t('priceList.code'), cell: (i) => <code>{i.code}</code> },
          {
            header: t('priceList.name'),
            cell: (i) => (
              <>
                {i.name[language]}
                {i.override && (
                  <>
                    {' '}
                    <Badge>{t('priceList.own')}</Badge>
                    <br />
                    <span className="ew-muted">{i.override.reason}</span>
                  </>
                )}
              </>
            ),
          },
          { header: t('priceList.domain'), cell: (i) => t(`priceList.domains.${i.domain}`) },
          {
            header: t('priceList.unit'),
            cell: (i) => unitName(i.unit, language),
          },
          {
            header: t('priceList.price'),
            numeric: true,
            cell: (i) =>
              i.priceCents === undefined ? (
                <strong>{t('priceList.needsTariff')}</strong>
              ) : (
                `${money(i.priceCents)} (${i.priceYear})`
              ),
          },
          {
            header: t('priceList.range'),
            numeric: true,
            cell: (i) =>
              i.lowCents === undefined && i.highCents === undefined
                ? '—'
                : `${money(i.lowCents)} – ${money(i.highCents)}`,
          },
          { header: t('priceList.payer'), cell: (i) => stakeholder(i.defaultPayer) },
          {
            header: t('priceList.source'),
            cell: (i) =>
              i.source ? (
                i.source.url ? (
                  <a className="utrecht-link" href={i.source.url} rel="noreferrer">
                    {`${i.source.title} (${i.source.year})`}
                  </a>
                ) : (
                  `${i.source.title} (${i.source.year})`
                )
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  )
}
