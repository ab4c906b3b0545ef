import { type FormEvent, memo, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  bestPriceMatch,
  type Card,
  cardSchema,
  formatPlainNumber,
  type NumberLanguage,
  numberProblemText,
  type PriceList,
  parseNumber,
  type ScenarioName,
  STAKEHOLDERS,
  unitName,
  ZRM_DOMAINS,
  zrmDomainName,
} from '../../../domain/index.js'
import { Button, SelectField, TextField, useEuro, useStakeholderName } from '../../ui/index.js'

interface Fields {
  scenario: ScenarioName
  type: Card['type']
  item: string
  quantity: string
  rateAmount: string
  ratePer: 'day' | 'week' | 'month'
  rateCount: string
  rateUnit: 'week' | 'month' | 'year'
  payer: string
  provider: string
  start: string
  end: string
  confidence: string
  domain: string
  description: string
  direction: 'better' | 'worse'
}

const blank = (scenario: ScenarioName, start: string): Fields => ({
  scenario,
  type: 'activity',
  item: '',
  quantity: '',
  rateAmount: '',
  ratePer: 'week',
  rateCount: '',
  rateUnit: 'month',
  payer: '',
  provider: '',
  start,
  end: '',
  confidence: '',
  domain: ZRM_DOMAINS[0],
  description: '',
  direction: 'better',
})

function fieldsOf(card: Card, scenario: ScenarioName, language: NumberLanguage): Fields {
  const base = { ...blank(scenario, card.start), type: card.type, end: card.end ?? '' }
  const confidence = card.confidence ?? ''
  if (card.type === 'event')
    return {
      ...base,
      confidence,
      domain: card.domain,
      description: card.description,
      direction: card.direction,
    }
  return {
    ...base,
    confidence,
    item: card.item,
    quantity: card.quantity === undefined ? '' : formatPlainNumber(card.quantity, language),
    rateAmount: card.rate ? formatPlainNumber(card.rate.amount, language) : '',
    ratePer: card.rate && card.rate.per !== 'year' ? card.rate.per : 'week',
    rateCount: card.rate ? formatPlainNumber(card.rate.for.count, language) : '',
    rateUnit: card.rate && card.rate.for.unit !== 'day' ? card.rate.for.unit : 'month',
    payer: card.payer ?? '',
    provider: card.provider ?? '',
  }
}

type NumberFields = 'quantity' | 'rateAmount' | 'rateCount'

/**
 * The card's numbers read by the app's number rule, or the first field it cannot read: a
 * Dutch "1.250" is 1250 and "4,5" is 4.5, and what is neither is refused, never guessed.
 */
function readNumbers(
  f: Fields,
  language: NumberLanguage,
): { numbers: Partial<Record<NumberFields, number>> } | { field: NumberFields; problem: string } {
  const numbers: Partial<Record<NumberFields, number>> = {}
  for (const field of ['quantity', 'rateAmount', 'rateCount'] as const) {
    if (f[field].trim() === '') continue
    const parsed = parseNumber(f[field], language)
    if (!parsed.ok) return { field, problem: numberProblemText(parsed.reason)[language] }
    numbers[field] = parsed.value
  }
  return { numbers }
}

function toCard(id: string, f: Fields, n: Partial<Record<NumberFields, number>>): unknown {
  const common = {
    id,
    start: f.start,
    ...(f.end ? { end: f.end } : {}),
    ...(f.confidence ? { confidence: f.confidence } : {}),
  }
  if (f.type === 'event')
    return {
      ...common,
      type: 'event',
      domain: f.domain,
      description: f.description.trim(),
      direction: f.direction,
    }
  return {
    ...common,
    type: 'activity',
    item: f.item.trim().toUpperCase(),
    ...(n.quantity !== undefined ? { quantity: n.quantity } : {}),
    ...(n.rateAmount !== undefined && n.rateCount !== undefined
      ? {
          rate: {
            amount: n.rateAmount,
            per: f.ratePer,
            for: { count: n.rateCount, unit: f.rateUnit },
          },
        }
      : {}),
    ...(f.payer ? { payer: f.payer } : {}),
    ...(f.provider ? { provider: f.provider.trim() } : {}),
  }
}

/**
 * The facilitator's card entry: made to be typed without a mouse. Enter adds the card and puts
 * the cursor back in the first field, keeping scenario, kind and date for the next card; the
 * price-list field suggests items as you type (code or name).
 */
export function CardForm(props: {
  readonly priceList: PriceList
  /** Id of the page's datalist of price-list items (built once, outside this form). */
  readonly suggestionsId: string
  readonly defaultDate: string
  readonly editing: { card: Card; scenario: ScenarioName } | undefined
  readonly disabled: boolean
  readonly onSubmit: (card: Card, scenario: ScenarioName) => void
  readonly onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const stakeholder = useStakeholderName()
  const euro = useEuro()
  const listId = useId()
  const first = useRef<HTMLSelectElement>(null)
  // The parent keys the form by the card it edits, so a new selection starts a fresh form.
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [fields, setFields] = useState<Fields>(() =>
    props.editing
      ? fieldsOf(props.editing.card, props.editing.scenario, language)
      : blank('interventie', props.defaultDate),
  )
  const [error, setError] = useState<string | undefined>()
  const items = new Map(props.priceList.items.map((i) => [i.code, i]))
  const item = items.get(fields.item.trim().toUpperCase())
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((f) => ({ ...f, [key]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    // A name or a few words typed and Enter: the best match, or the choices (bestPriceMatch).
    const match =
      fields.type === 'activity' && !item
        ? bestPriceMatch(props.priceList.items, fields.item, language)
        : undefined
    if (match && 'choices' in match) {
      setError(
        match.choices.length === 0
          ? t('conversation.unknownItem', { code: fields.item })
          : t('conversation.chooseItem', {
              text: fields.item,
              choices: match.choices.map((i) => `${i.code} (${i.name[language]})`).join('; '),
            }),
      )
      return
    }
    const chosen = match ? { ...fields, item: match.item.code } : fields
    const read = readNumbers(chosen, language)
    if ('problem' in read) {
      setError(`${t(`conversation.${read.field}`)}: ${read.problem}`)
      return
    }
    const parsed = cardSchema.safeParse(
      toCard(props.editing?.card.id ?? crypto.randomUUID(), chosen, read.numbers),
    )
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      setError(t('conversation.invalidCard', { field: issue?.path.join('.') ?? '' }))
      return
    }
    setError(undefined)
    props.onSubmit(parsed.data, chosen.scenario)
    setFields((f) => ({
      ...blank(f.scenario, f.start),
      type: f.type,
      confidence: f.confidence,
      payer: '',
    }))
    first.current?.focus()
  }

  const price = item?.priceCents
  // The period fields, after the fields that are typed most (item or description).
  const dates = (
    <>
      <TextField
        label={t('conversation.start')}
        type="date"
        required
        value={fields.start}
        onChange={(e) => set('start', e.target.value)}
      />
      <TextField
        label={t('conversation.end')}
        type="date"
        value={fields.end}
        onChange={(e) => set('end', e.target.value)}
      />
    </>
  )
  return (
    <form
      className="ew-card-form"
      onSubmit={submit}
      aria-labelledby={`${listId}-title`}
      onKeyDown={(e) => {
        // Escape leaves a card's edit unchanged, as its Cancel button does.
        if (e.key === 'Escape' && props.editing) {
          e.preventDefault()
          props.onCancel()
        }
      }}
    >
      <h2 className="utrecht-heading-3" id={`${listId}-title`}>
        {props.editing ? t('conversation.editCard') : t('conversation.addCard')}
      </h2>
      <div className="ew-form-row">
        <SelectField
          ref={first}
          label={t('conversation.scenario')}
          value={fields.scenario}
          onChange={(e) => set('scenario', e.target.value as ScenarioName)}
          options={(['interventie', 'referentie'] as const).map((s) => ({
            value: s,
            label: t(`conversation.${s}`),
          }))}
        />
        <SelectField
          label={t('conversation.cardType')}
          value={fields.type}
          onChange={(e) => set('type', e.target.value as Card['type'])}
          options={[
            { value: 'activity', label: t('conversation.activity') },
            { value: 'event', label: t('conversation.event') },
          ]}
        />
      </div>
      {fields.type === 'activity' ? (
        <>
          <div className="ew-form-row">
            <TextField
              label={t('conversation.item')}
              list={props.suggestionsId}
              value={fields.item}
              required
              autoComplete="off"
              description={
                item
                  ? `${item.name[language]} · ${unitName(item.unit, language)}${
                      price === undefined
                        ? ` · ${t('conversation.noTariff')}`
                        : ` · ${euro(price / 100, 2)} (${item.priceYear})`
                    }`
                  : t('conversation.itemHelp')
              }
              onChange={(e) => set('item', e.target.value)}
            />
            <TextField
              label={t('conversation.quantity')}
              inputMode="decimal"
              value={fields.quantity}
              onChange={(e) => set('quantity', e.target.value)}
            />
            {dates}
            <SelectField
              label={t('conversation.payer')}
              value={fields.payer}
              onChange={(e) => set('payer', e.target.value)}
              options={[
                {
                  value: '',
                  label: item
                    ? t('conversation.defaultPayer', {
                        payer: stakeholder(item.defaultPayer),
                      })
                    : t('conversation.defaultPayerUnknown'),
                },
                ...STAKEHOLDERS.map((s) => ({ value: s, label: stakeholder(s) })),
              ]}
            />
            <TextField
              label={t('conversation.provider')}
              value={fields.provider}
              onChange={(e) => set('provider', e.target.value)}
            />
          </div>
          <fieldset className="ew-rate">
            <legend>{t('conversation.rate')}</legend>
            <TextField
              label={t('conversation.rateAmount')}
              inputMode="decimal"
              value={fields.rateAmount}
              onChange={(e) => set('rateAmount', e.target.value)}
            />
            <SelectField
              label={t('conversation.ratePer')}
              value={fields.ratePer}
              onChange={(e) => set('ratePer', e.target.value as Fields['ratePer'])}
              options={(['day', 'week', 'month'] as const).map((u) => ({
                value: u,
                label: t(`conversation.per.${u}`),
              }))}
            />
            <TextField
              label={t('conversation.rateCount')}
              inputMode="decimal"
              value={fields.rateCount}
              onChange={(e) => set('rateCount', e.target.value)}
            />
            <SelectField
              label={t('conversation.rateUnit')}
              value={fields.rateUnit}
              onChange={(e) => set('rateUnit', e.target.value as Fields['rateUnit'])}
              options={(['week', 'month', 'year'] as const).map((u) => ({
                value: u,
                label: t(`conversation.units.${u}`),
              }))}
            />
          </fieldset>
        </>
      ) : (
        <div className="ew-form-row">
          <SelectField
            label={t('conversation.domain')}
            value={fields.domain}
            onChange={(e) => set('domain', e.target.value)}
            options={ZRM_DOMAINS.map((d) => ({ value: d, label: zrmDomainName(d, language) }))}
          />
          <TextField
            label={t('conversation.description')}
            value={fields.description}
            required
            onChange={(e) => set('description', e.target.value)}
          />
          <SelectField
            label={t('conversation.direction')}
            value={fields.direction}
            onChange={(e) => set('direction', e.target.value as Fields['direction'])}
            options={[
              { value: 'better', label: t('conversation.better') },
              { value: 'worse', label: t('conversation.worse') },
            ]}
          />
          {dates}
        </div>
      )}
      {fields.scenario === 'referentie' && (
        <SelectField
          label={t('conversation.confidence')}
          value={fields.confidence}
          onChange={(e) => set('confidence', e.target.value)}
          options={['', 'low', 'medium', 'high'].map((c) => ({
            value: c,
            label: t(`conversation.confidenceLevels.${c || 'none'}`),
          }))}
        />
      )}
      {error && (
        <div className="utrecht-form-field-error-message" role="alert">
          {error}
        </div>
      )}
      <div className="ew-actions">
        <Button type="submit" disabled={props.disabled}>
          {props.editing ? t('common.save') : t('conversation.addCardButton')}
        </Button>
        {props.editing && (
          <Button appearance="secondary" onClick={props.onCancel}>
            {t('conversation.cancel')}
          </Button>
        )}
      </div>
    </form>
  )
}

/** The price-list items as suggestions for the item field: 170 options, rendered once. */
export const PriceSuggestions = memo(function PriceSuggestions(props: {
  readonly id: string
  readonly priceList: PriceList
  readonly language: 'nl' | 'en'
}) {
  return (
    <datalist id={props.id}>
      {props.priceList.items.map((i) => (
        <option key={i.code} value={i.code}>
          {`${i.name[props.language]} (${unitName(i.unit, props.language)})`}
        </option>
      ))}
    </datalist>
  )
})
