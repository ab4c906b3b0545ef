import type { TFunction } from 'i18next'
import { AGGREGATE_UNKNOWN } from '../../../domain/index.js'

export type AggregateDimension = 'ladder' | 'district' | 'ageBand' | 'household'

/**
 * The words for an aggregate cell's value, on the research page and the project page alike:
 * ladder rungs and household types from the catalogue, districts and age bands as recorded,
 * and the API's code for "none recorded" as the catalogue's "onbekend" — never the raw code.
 */
export function aggregateLabel(t: TFunction, dimension: AggregateDimension, value: string): string {
  if (value === AGGREGATE_UNKNOWN) return t('common.unknown')
  if (dimension === 'ladder' || dimension === 'household')
    return t(`${dimension}.${value}`, { defaultValue: value })
  return value
}
