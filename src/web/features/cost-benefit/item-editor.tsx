import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { followValue, formatPlainNumber, stakeholderName } from '../../../domain/index.js'
import type { Distribution, UncertainParameter } from '../../../mkba/index.js'
import { Button, NumberField, SelectField, TextField } from '../../ui/index.js'
import { formatYears, type ItemDraft, parseYears } from './model-draft.js'
import { UncertaintyEditor } from './uncertainty-editor.js'

type Patch = Partial<Record<string, unknown>>

/** One cost or benefit item: what, who, how much, when, adjustments and uncertainty. */
// Memoised, with the item's index and stable callbacks: a keystroke in one item then
// re-renders that item's fields only, not every field of the model.
export const ItemEditor = memo(function ItemEditor(props: {
  item: ItemDraft
  index: number
  stakeholders: readonly string[]
  /** The unit value `unitValueFrom` takes from the price list, or undefined without a tariff. */
  linkedUnitValue: number | undefined
  onChange: (index: number, patch: Patch) => void
  onRemove: (index: number) => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const change = (patch: Patch) => props.onChange(props.index, patch)
  const { item } = props
  /** An input's new value, with the distribution around it moved along (see followValue). */
  const changeInput = (
    field: UncertainParameter & keyof ItemDraft,
    value: number | undefined,
    kind: 'scale' | 'share',
  ) => {
    const uncertainty = item.uncertainty as Partial<Record<UncertainParameter, Distribution>>
    const around = uncertainty?.[field]
    const from = item[field]
    change({
      [field]: value,
      ...(around !== undefined && typeof from === 'number' && value !== undefined
        ? { uncertainty: { ...uncertainty, [field]: followValue(around, from, value, kind) } }
        : {}),
    })
  }
  const series = 'years' in item && item.years !== undefined
  const stakeholderOptions = props.stakeholders.map((s) => ({
    value: s,
    label: stakeholderName(s, language),
  }))
  const linked = item.unitValueFrom?.priceListItem
  return (
    <fieldset className="ew-item">
      <legend>{item.label || item.id}</legend>
      <div className="ew-form-row">
        <TextField
          label={t('mkba.id')}
          value={item.id}
          onChange={(e) => change({ id: e.target.value })}
        />
        <TextField
          label={t('mkba.label')}
          value={item.label ?? ''}
          onChange={(e) => change({ label: e.target.value || undefined })}
        />
        <SelectField
          label={t('mkba.kind')}
          value={item.kind}
          onChange={(e) => change({ kind: e.target.value })}
          options={[
            { value: 'cost', label: t('mkba.cost') },
            { value: 'benefit', label: t('mkba.benefit') },
          ]}
        />
        <SelectField
          label={t('mkba.category')}
          value={item.category}
          onChange={(e) => {
            const category = e.target.value
            change({
              category,
              counterparty:
                category === 'transfer'
                  ? props.stakeholders.find((s) => s !== item.stakeholder)
                  : undefined,
              sign: category === 'unquantified' ? '?' : undefined,
              ...(category === 'unquantified'
                ? {
                    quantity: undefined,
                    unitValue: undefined,
                    startYear: undefined,
                    durationYears: undefined,
                    years: undefined,
                    uncertainty: undefined,
                  }
                : {}),
            })
          }}
          options={['financial', 'social', 'transfer', 'unquantified'].map((c) => ({
            value: c,
            label: t(`mkba.categories.${c}`),
          }))}
        />
        <SelectField
          label={t('mkba.stakeholder')}
          value={item.stakeholder}
          onChange={(e) => change({ stakeholder: e.target.value })}
          options={stakeholderOptions}
        />
        {item.category === 'transfer' && (
          <SelectField
            label={t('mkba.counterparty')}
            value={item.counterparty ?? ''}
            onChange={(e) => change({ counterparty: e.target.value })}
            options={stakeholderOptions}
          />
        )}
        {item.category === 'unquantified' && (
          <SelectField
            label={t('mkba.sign')}
            value={item.sign ?? '?'}
            onChange={(e) => change({ sign: e.target.value })}
            options={['+', '-', '?'].map((s) => ({ value: s, label: t(`mkba.signs.${s}`) }))}
          />
        )}
      </div>
      {item.category !== 'unquantified' && (
        <>
          <div className="ew-form-row">
            <SelectField
              label={t('mkba.shape')}
              value={series ? 'series' : 'quantity'}
              onChange={(e) =>
                change(
                  e.target.value === 'series'
                    ? {
                        years: {
                          [String(item.startYear ?? 2026)]:
                            (item.quantity ?? 0) * (item.unitValue ?? 0),
                        },
                        quantity: undefined,
                        unitValue: undefined,
                        startYear: undefined,
                        durationYears: undefined,
                        uncertainty: undefined,
                      }
                    : {
                        years: undefined,
                        quantity: 1,
                        unitValue: 0,
                        startYear: 2026,
                        durationYears: 1,
                        uncertainty: undefined,
                      },
                )
              }
              options={[
                { value: 'quantity', label: t('mkba.shapeQuantity') },
                { value: 'series', label: t('mkba.shapeSeries') },
              ]}
            />
            {series ? (
              <YearsField years={item.years} onYears={(years) => change({ years })} />
            ) : (
              <>
                <NumberField
                  label={t('mkba.quantity')}
                  optional
                  value={item.quantity}
                  onValue={(quantity) => changeInput('quantity', quantity, 'scale')}
                />
                {linked === undefined ? (
                  <NumberField
                    label={t('mkba.unitValue')}
                    optional
                    value={item.unitValue}
                    onValue={(unitValue) => changeInput('unitValue', unitValue, 'scale')}
                  />
                ) : (
                  <div>
                    <TextField
                      label={t('mkba.unitValue')}
                      readOnly
                      description={t('mkba.unitValueLinked', { code: linked })}
                      value={formatPlainNumber(props.linkedUnitValue, language)}
                    />
                    <Button
                      appearance="subtle"
                      onClick={() =>
                        change({ unitValueFrom: undefined, unitValue: props.linkedUnitValue ?? 0 })
                      }
                    >
                      {t('mkba.unlinkPrice')}
                    </Button>
                  </div>
                )}
                <NumberField
                  label={t('mkba.startYear')}
                  optional
                  value={item.startYear}
                  onValue={(startYear) => change({ startYear })}
                />
                <NumberField
                  label={t('mkba.durationYears')}
                  optional
                  min={1}
                  max={200}
                  value={item.durationYears}
                  onValue={(durationYears) => change({ durationYears })}
                />
              </>
            )}
          </div>
          <div className="ew-form-row">
            {(['deadweight', 'attribution', 'displacement', 'dropOff'] as const).map((field) => (
              <NumberField
                key={field}
                label={t(`mkba.${field}`)}
                optional
                scale={100}
                min={0}
                max={1}
                value={item[field]}
                onValue={(share) => changeInput(field, share, 'share')}
              />
            ))}
          </div>
          <UncertaintyEditor item={item} onChange={(uncertainty) => change({ uncertainty })} />
        </>
      )}
      <Button appearance="subtle" onClick={() => props.onRemove(props.index)}>
        {t('mkba.removeItem', { id: item.id })}
      </Button>
    </fieldset>
  )
})

/** The amounts of a series item per year, typed as "2026: 150.000; 2027: 90.000". */
function YearsField(props: {
  years: Readonly<Record<string, number>> | undefined
  onYears: (years: Record<string, number>) => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [text, setText] = useState(() =>
    formatYears(props.years, (v) => formatPlainNumber(v, language)),
  )
  const [error, setError] = useState<string | undefined>()
  return (
    <TextField
      label={t('mkba.years')}
      description={t('mkba.yearsHelp')}
      error={error}
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        const parsed = parseYears(e.target.value, language)
        if ('error' in parsed) setError(t('mkba.yearsInvalid', { entry: parsed.error }))
        else {
          setError(undefined)
          props.onYears(parsed.years)
        }
      }}
    />
  )
}
