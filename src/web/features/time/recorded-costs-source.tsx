import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { costItems, type MkbaModelFileInput } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Alert, Button, useEuro } from '../../ui/index.js'

type Item = MkbaModelFileInput['items'][number]

/**
 * The MKBA builder's source "Uit de tijdregistratie en het budget": the project's recorded
 * hours × each organisation's tariff and its budget spends per domain, as cost items per year,
 * each saying how many entries it rests on. Hours without a tariff are named, not priced.
 */
export function RecordedCostsSource(props: {
  projectId: string
  model: Pick<MkbaModelFileInput, 'stakeholders' | 'items'>
  add: (item: Item) => void
}) {
  const { t } = useTranslation()
  const euro = useEuro()
  const costs = useQuery({
    queryKey: ['costs', props.projectId],
    queryFn: () => callRoute(contract.time.costs, { params: { id: props.projectId } }),
  })
  if (costs.isError) return <Alert type="error">{costs.error.message}</Alert>
  if (!costs.data) return <p>{t('common.loading')}</p>
  const items = costItems(costs.data, props.model)
  const taken = new Set(props.model.items.map((i) => i.id))
  const unpriced = costs.data.hours.filter((h) => h.problem !== null)
  const total = (item: Item) => Object.values(item.years ?? {}).reduce((s, v) => s + v, 0)
  return (
    <div>
      <p>
        {t('time.costs.summary', {
          measured: euro(costs.data.measuredCents / 100),
          year: costs.data.priceYear,
        })}
      </p>
      {unpriced.map((h) => (
        <Alert key={`${h.organisationId}-${h.year}`} type="warning">
          {t('time.costs.unpriced', {
            organisation: h.organisationName,
            year: h.year,
            hours: Math.round((h.formalMinutes + h.informalMinutes) / 60),
            reason: h.problem?.nl ?? '',
          })}
        </Alert>
      ))}
      {items.length === 0 && <p>{t('time.costs.none')}</p>}
      <ul className="ew-source-list">
        {items.map((item) => (
          <li key={item.id}>
            <span>{`${item.label} · ${euro(total(item))}`}</span>
            <Button
              appearance="secondary"
              disabled={taken.has(item.id)}
              aria-label={t('mkba.sources.addNamed', { name: item.label ?? item.id })}
              onClick={() => props.add(item)}
            >
              {t('mkba.sources.add')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}
