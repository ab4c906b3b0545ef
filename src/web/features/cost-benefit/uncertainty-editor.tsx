import { useTranslation } from 'react-i18next'
import type { Distribution, UncertainParameter } from '../../../mkba/index.js'
import { NumberField, SelectField } from '../../ui/index.js'
import type { ItemDraft } from './model-draft.js'

type Kind = Distribution['distribution']
const KINDS: readonly Kind[] = [
  'uniform',
  'triangular',
  'pert',
  'normal',
  'lognormal',
  'effect',
  'fixed',
]
/** The numbers each distribution takes, in the model file's names. */
const FIELDS: Record<Kind, readonly string[]> = {
  fixed: ['value'],
  uniform: ['low', 'high'],
  triangular: ['low', 'mode', 'high'],
  pert: ['low', 'mode', 'high'],
  normal: ['mean', 'sd'],
  lognormal: ['mean', 'sd'],
  effect: ['estimate', 'se', 'multiplier'],
}
const ADJUSTMENTS = ['deadweight', 'attribution', 'displacement', 'dropOff'] as const

/**
 * A new distribution around the parameter's current value: ±20% for ranges, a standard
 * deviation of 10%, an effect of the value itself with multiplier 1 — a start to edit, not
 * an estimate. Adjustments stay within 0–1.
 */
function startingPoint(kind: Kind, base: number, adjustment: boolean): Distribution {
  const clip = (v: number) => (adjustment ? Math.min(1, Math.max(0, v)) : v)
  const spread = Math.abs(base) * 0.2 || (adjustment ? 0.1 : 1)
  const low = clip(base - spread)
  const high = clip(base + spread)
  const sd = Math.abs(base) * 0.1 || (adjustment ? 0.05 : 1)
  switch (kind) {
    case 'fixed':
      return { distribution: kind, value: base }
    case 'uniform':
      return { distribution: kind, low, high }
    case 'triangular':
    case 'pert':
      return { distribution: kind, low, mode: base, high }
    case 'normal':
    case 'lognormal':
      return { distribution: kind, mean: base, sd }
    case 'effect':
      return { distribution: kind, estimate: base, se: sd, multiplier: 1 }
  }
}

/**
 * How sure each number of an item is: per parameter a distribution (or none) with its numbers,
 * for the tornado and the Monte Carlo. Parameters the editor does not touch keep what they
 * had, so an imported model's effect estimate or PERT range survives editing another one.
 */
export function UncertaintyEditor(props: {
  readonly item: ItemDraft
  readonly onChange: (uncertainty: ItemDraft['uncertainty']) => void
}) {
  const { t } = useTranslation()
  const { item } = props
  const series = 'years' in item && item.years !== undefined
  const parameters: readonly UncertainParameter[] = [
    ...(series ? (['amount'] as const) : (['quantity', 'unitValue'] as const)),
    ...ADJUSTMENTS,
  ]
  const current = (item.uncertainty ?? {}) as Partial<Record<UncertainParameter, Distribution>>
  const baseOf = (p: UncertainParameter): number => {
    if (p === 'amount') return 1
    const value = (item as Record<string, unknown>)[p]
    return typeof value === 'number' ? value : 0
  }
  const set = (p: UncertainParameter, next: Distribution | undefined) => {
    const { [p]: _old, ...rest } = current
    const merged = next === undefined ? rest : { ...rest, [p]: next }
    props.onChange(Object.keys(merged).length === 0 ? undefined : merged)
  }
  const shown = Object.keys(current).length
  return (
    <details className="ew-details ew-uncertainty" open={shown > 0}>
      <summary>{t('mkba.uncertainty.title', { count: shown })}</summary>
      <p className="ew-muted">{t('mkba.uncertainty.help')}</p>
      {parameters.map((p) => {
        const adjustment = (ADJUSTMENTS as readonly string[]).includes(p)
        // Adjustments are shown in percent, as in the fields above; the model keeps fractions.
        const scale = adjustment ? 100 : 1
        const distribution = current[p]
        const name = t(`mkba.fields.${p}`)
        return (
          <div className="ew-form-row" key={p}>
            <SelectField
              label={`${name}${adjustment ? ' (%)' : ''}`}
              value={distribution?.distribution ?? ''}
              onChange={(e) => {
                const kind = e.target.value as Kind | ''
                set(p, kind === '' ? undefined : startingPoint(kind, baseOf(p), adjustment))
              }}
              options={[
                { value: '', label: t('mkba.uncertainty.none') },
                ...KINDS.map((k) => ({ value: k, label: t(`mkba.uncertainty.kinds.${k}`) })),
              ]}
            />
            {distribution &&
              FIELDS[distribution.distribution].map((field) => {
                const value = (distribution as unknown as Record<string, number>)[field]
                const scaled = field === 'multiplier' ? 1 : scale
                return (
                  <NumberField
                    key={field}
                    label={`${name}: ${t(`mkba.uncertainty.fields.${field}`)}`}
                    scale={scaled}
                    value={value}
                    onValue={(next) =>
                      next !== undefined &&
                      set(p, { ...distribution, [field]: next } as Distribution)
                    }
                  />
                )
              })}
          </div>
        )
      })}
    </details>
  )
}
