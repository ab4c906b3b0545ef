import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { can, PRICE_DOMAINS, type PriceListItem, unitName } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { useSession } from '../../app/session.js'
import {
  Alert,
  Badge,
  Button,
  Heading,
  Paragraph,
  SelectField,
  Table,
  TextField,
  useEuro,
  useStakeholderName,
} from '../../ui/index.js'
import { categoriesOf, filterPriceList, type PriceListFilter, pageOf } from './price-list-filter.js'
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
  const [filter, setFilter] = useState<PriceListFilter>({ query: '', domain: '', category: '' })
  const [page, setPage] = useState(0)
  // A changed filter starts again at the first page; a domain resets the category it narrows.
  const refine = (change: Partial<PriceListFilter>) => {
    setFilter((f) => ({ ...f, ...change, ...('domain' in change ? { category: '' } : {}) }))
    setPage(0)
  }
  const active = useQuery({
    queryKey: ['price-list'],
    queryFn: () => callRoute(contract.priceList.active),
  })
  if (active.isError) return <Alert type="error">{active.error.message}</Alert>
  if (!active.data) return <p>{t('common.loading')}</p>
  const { list, source } = active.data
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const found = filterPriceList(list.items, filter)
  const shown = pageOf(found, page)
  const domains = PRICE_DOMAINS.filter((d) => list.items.some((i) => i.domain === d))
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
      <search className="ew-form-row ew-price-filter">
        <TextField
          label={t('priceList.search')}
          type="search"
          value={filter.query}
          onChange={(e) => refine({ query: e.target.value })}
        />
        <SelectField
          label={t('priceList.domain')}
          value={filter.domain}
          onChange={(e) => refine({ domain: e.target.value })}
          options={[
            { value: '', label: t('priceList.allDomains') },
            ...domains.map((d) => ({ value: d, label: t(`priceList.domains.${d}`) })),
          ]}
        />
        <SelectField
          label={t('priceList.category')}
          value={filter.category}
          onChange={(e) => refine({ category: e.target.value })}
          options={[
            { value: '', label: t('priceList.allCategories') },
            ...categoriesOf(list.items, filter.domain).map((c) => ({ value: c, label: c })),
          ]}
        />
      </search>
      <div className="ew-price-list">
        <Table<PriceListItem>
          caption={t('priceList.caption', { count: found.length })}
          rows={shown.rows}
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
              cell: (i) => (
                <div className="ew-source">
                  {i.source ? (
                    i.source.url ? (
                      <a className="utrecht-link" href={i.source.url} rel="noreferrer">
                        {`${i.source.title} (${i.source.year})`}
                      </a>
                    ) : (
                      `${i.source.title} (${i.source.year})`
                    )
                  ) : (
                    '—'
                  )}
                  {i.notes && <p className="ew-muted ew-source__notes">{i.notes}</p>}
                </div>
              ),
            },
          ]}
        />
      </div>
      {shown.pages > 1 && (
        <nav className="ew-actions" aria-label={t('priceList.pages')}>
          <Button
            appearance="secondary"
            disabled={shown.page === 0}
            onClick={() => setPage(shown.page - 1)}
          >
            {t('priceList.previous')}
          </Button>
          <span aria-live="polite">
            {t('priceList.pageOf', { page: shown.page + 1, pages: shown.pages })}
          </span>
          <Button
            appearance="secondary"
            disabled={shown.page === shown.pages - 1}
            onClick={() => setPage(shown.page + 1)}
          >
            {t('priceList.next')}
          </Button>
        </nav>
      )}
    </>
  )
}
