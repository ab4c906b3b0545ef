import { useQuery } from '@tanstack/react-query'
import { type ChangeEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  type EffectOutcome,
  effectOutcomes,
  isPriceProblem,
  itemFromCases,
  itemFromEffect,
  itemFromPrice,
  MIN_CASES,
  modelStakeholderFor,
  type PriceList,
  priceItem,
  unitName,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import {
  Alert,
  Button,
  NumberField,
  TextField,
  useEuro,
  useStakeholderName,
} from '../../ui/index.js'
import { RecordedCostsSource } from '../time/recorded-costs-source.js'
import type { ItemDraft, ModelDraft } from './model-draft.js'

type Add = (item: ItemDraft) => void

/**
 * Where the builder takes its numbers from: the price list (unit values with their range),
 * the project's table conversations (the saving per case with its bootstrap interval) and an
 * effect analysis (an estimate with its standard error). Each pick becomes an ordinary item.
 */
export function SourcesPanel(props: {
  projectId: string
  model: ModelDraft
  priceList: PriceList | undefined
  add: Add
}) {
  const { t } = useTranslation()
  return (
    <section className="ew-item" aria-labelledby="sources-title">
      <h2 className="utrecht-heading-3" id="sources-title">
        {t('mkba.sources.title')}
      </h2>
      <details>
        <summary>{t('mkba.sources.priceList')}</summary>
        {props.priceList && (
          <FromPriceList list={props.priceList} model={props.model} add={props.add} />
        )}
      </details>
      <details>
        <summary>{t('mkba.sources.conversations')}</summary>
        <FromConversations projectId={props.projectId} model={props.model} add={props.add} />
      </details>
      <details>
        <summary>{t('time.costs.source')}</summary>
        <RecordedCostsSource projectId={props.projectId} model={props.model} add={props.add} />
      </details>
      <details>
        <summary>{t('mkba.sources.effect')}</summary>
        <FromEffectAnalysis model={props.model} add={props.add} />
      </details>
    </section>
  )
}

const nextId = (model: ModelDraft, prefix: string) => {
  const taken = new Set(model.items.map((i) => i.id))
  let k = 1
  while (taken.has(`${prefix}-${k}`)) k++
  return `${prefix}-${k}`
}

function FromPriceList(props: { list: PriceList; model: ModelDraft; add: Add }) {
  const { t, i18n } = useTranslation()
  const euro = useEuro()
  const [q, setQ] = useState('')
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const needle = q.trim().toLowerCase()
  const matches =
    needle.length < 2
      ? []
      : props.list.items
          .filter((i) => `${i.code} ${i.name.nl} ${i.name.en}`.toLowerCase().includes(needle))
          .slice(0, 8)
  return (
    <div>
      <TextField
        label={t('mkba.sources.search')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <ul className="ew-source-list">
        {matches.map((item) => {
          const priced = priceItem(item, item.code, props.model.priceYear)
          const price = isPriceProblem(priced) ? undefined : priced.price
          const picked = itemFromPrice(item, props.model, nextId(props.model, 'prijs'))
          return (
            <li key={item.code}>
              <span>
                {`${item.name[language]} · ${unitName(item.unit, language)} · `}
                {price === undefined
                  ? t('mkba.sources.noTariff')
                  : `${euro(price, 2)} (${props.model.priceYear})`}
              </span>
              <Button
                appearance="secondary"
                disabled={!picked}
                aria-label={t('mkba.sources.addNamed', { name: item.name[language] })}
                onClick={() => picked && props.add({ ...picked, label: item.name[language] })}
              >
                {t('mkba.sources.add')}
              </Button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

function FromConversations(props: { projectId: string; model: ModelDraft; add: Add }) {
  const { t } = useTranslation()
  const stakeholder = useStakeholderName()
  const euro = useEuro()
  const answer = useQuery({
    queryKey: ['business-case', props.projectId],
    queryFn: () => callRoute(contract.businessCase.get, { params: { id: props.projectId } }),
  })
  const [cases, setCases] = useState<number | undefined>()
  if (answer.isError) return <Alert type="error">{answer.error.message}</Alert>
  const result = answer.data?.result
  if (!answer.data) return <p>{t('common.loading')}</p>
  if (!result) return <p>{t('conversation.noCases')}</p>
  const p = result.project
  const scale = cases ?? p.n
  return (
    <div>
      <p>
        {t('mkba.sources.casesSummary', {
          n: p.n,
          mean: euro(p.meanDifference),
          low: euro(p.ciLow),
          high: euro(p.ciHigh),
        })}
      </p>
      {p.n < MIN_CASES && (
        <Alert type="warning">{t('conversation.tooFew', { n: p.n, min: MIN_CASES })}</Alert>
      )}
      <NumberField
        label={t('mkba.sources.scaleTo')}
        optional
        min={1}
        value={cases}
        placeholder={String(p.n)}
        onValue={setCases}
      />
      <ul className="ew-source-list">
        <li>
          <span>{t('mkba.sources.total', { mean: euro(p.meanDifference) })}</span>
          <Button
            appearance="secondary"
            onClick={() =>
              props.add(
                itemFromCases(
                  {
                    label: t('mkba.sources.totalLabel'),
                    stakeholder: 'samenleving',
                    mean: p.meanDifference,
                  },
                  { low: p.ciLow, high: p.ciHigh },
                  scale,
                  props.model,
                  nextId(props.model, 'tafel'),
                ),
              )
            }
          >
            {t('mkba.sources.add')}
          </Button>
        </li>
        {p.perStakeholder.map((s) => {
          const mean = s.difference / p.n
          return (
            <li key={s.stakeholder}>
              <span>{`${stakeholder(s.stakeholder)}: ${euro(mean)} ${t('mkba.sources.perCase')}`}</span>
              <Button
                appearance="secondary"
                aria-label={t('mkba.sources.addNamed', {
                  name: stakeholder(s.stakeholder),
                })}
                onClick={() =>
                  props.add(
                    itemFromCases(
                      {
                        label: t('mkba.sources.stakeholderLabel', {
                          stakeholder: stakeholder(s.stakeholder),
                        }),
                        stakeholder: modelStakeholderFor(s.stakeholder, props.model.stakeholders),
                        mean,
                      },
                      undefined,
                      scale,
                      props.model,
                      nextId(props.model, 'tafel'),
                    ),
                  )
                }
              >
                {t('mkba.sources.add')}
              </Button>
            </li>
          )
        })}
      </ul>
      <p className="ew-muted">{t('mkba.sources.casesNote')}</p>
    </div>
  )
}

function FromEffectAnalysis(props: { model: ModelDraft; add: Add }) {
  const { t } = useTranslation()
  const [file, setFile] = useState<{ name: string; outcomes: EffectOutcome[] } | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [multiplier, setMultiplier] = useState<number | undefined>(1)
  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0]
    if (!chosen) return
    try {
      const outcomes = effectOutcomes(JSON.parse(await chosen.text()))
      if (outcomes.length === 0) throw new Error('none')
      setFile({ name: chosen.name, outcomes })
      setError(undefined)
    } catch {
      setError(t('mkba.sources.notResults'))
    }
  }
  return (
    <div>
      <p className="ew-muted">{t('mkba.sources.effectHelp')}</p>
      <div className="ew-form-row">
        <TextField
          label={t('mkba.sources.resultsFile')}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void read(e)}
        />
        <NumberField
          label={t('mkba.sources.multiplier')}
          optional
          value={multiplier}
          onValue={setMultiplier}
        />
      </div>
      {error && <Alert type="error">{error}</Alert>}
      {file && (
        <ul className="ew-source-list">
          {file.outcomes.map((o) => (
            <li key={o.name}>
              <span>
                {t('mkba.sources.outcome', {
                  name: o.name,
                  estimate: o.estimate.toFixed(3),
                  se: o.se.toFixed(3),
                })}
              </span>
              <Button
                appearance="secondary"
                aria-label={t('mkba.sources.addNamed', { name: o.name })}
                onClick={() =>
                  props.add(
                    itemFromEffect(
                      o,
                      multiplier ?? 1,
                      props.model,
                      nextId(props.model, 'effect'),
                      file.name,
                    ),
                  )
                }
              >
                {t('mkba.sources.add')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
