import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, SelectField, TextField } from '../../ui/index.js'
import { formatYears, type ItemDraft, parseYears } from './model-draft.js'
import { UncertaintyEditor } from './uncertainty-editor.js'

type Patch = Partial<Record<string, unknown>>

const num = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value))
const pct = (value: number | undefined) =>
  value === undefined ? '' : String(Math.round(value * 1000) / 10)

/** One cost or benefit item: what, who, how much, when, adjustments and uncertainty. */
// Memoised, with the item's index and stable callbacks: a keystroke in one item then
// re-renders that item's fields only, not every field of the model.
export const ItemEditor = memo(function ItemEditor(props: {
  item: ItemDraft
  index: number
  stakeholders: readonly string[]
  onChange: (index: number, patch: Patch) => void
  onRemove: (index: number) => void
}) {
  const { t } = useTranslation()
  const change = (patch: Patch) => props.onChange(props.index, patch)
  const { item } = props
  const series = 'years' in item && item.years !== undefined
  const stakeholderOptions = props.stakeholders.map((s) => ({ value: s, label: s }))
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
              <TextField
                label={t('mkba.years')}
                description={t('mkba.yearsHelp')}
                value={formatYears(item.years)}
                onChange={(e) => change({ years: parseYears(e.target.value) })}
              />
            ) : (
              <>
                <TextField
                  label={t('mkba.quantity')}
                  type="number"
                  step="any"
                  value={item.quantity ?? ''}
                  onChange={(e) => change({ quantity: num(e.target.value) })}
                />
                <TextField
                  label={t('mkba.unitValue')}
                  type="number"
                  step="any"
                  value={item.unitValue ?? ''}
                  onChange={(e) => change({ unitValue: num(e.target.value) })}
                />
                <TextField
                  label={t('mkba.startYear')}
                  type="number"
                  value={item.startYear ?? ''}
                  onChange={(e) => change({ startYear: num(e.target.value) })}
                />
                <TextField
                  label={t('mkba.durationYears')}
                  type="number"
                  min={1}
                  value={item.durationYears ?? ''}
                  onChange={(e) => change({ durationYears: num(e.target.value) })}
                />
              </>
            )}
          </div>
          <div className="ew-form-row">
            {(['deadweight', 'attribution', 'displacement', 'dropOff'] as const).map((field) => (
              <TextField
                key={field}
                label={t(`mkba.${field}`)}
                type="number"
                min={0}
                max={100}
                step="any"
                value={pct(item[field])}
                onChange={(e) =>
                  change({
                    [field]:
                      num(e.target.value) === undefined
                        ? undefined
                        : (num(e.target.value) ?? 0) / 100,
                  })
                }
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
