/**
 * The MKBA model: cost and benefit items per stakeholder per year, in constant prices of
 * `priceYear`, discounted to `baseYear`. These are the engine's input types; the file
 * format (`effectwijzer mkba --model`) is validated into them by `domain/mkba`.
 */

/** How years are placed on the discounting clock. */
export type TimingConvention =
  /** Year t = year − baseYear is discounted by 1/(1+r)^t: the base year is undiscounted (default). */
  | 'start-of-year'
  /** Every year is discounted one period more, 1/(1+r)^(t+1): the first year is discounted too. */
  | 'end-of-year'

export type ItemKind = 'cost' | 'benefit'
export type ItemCategory = 'financial' | 'social' | 'transfer' | 'unquantified'
export type EffectSign = '+' | '-' | '?'

/** Parameters of an item that may carry uncertainty. `amount` scales a yearly series (1 = as given). */
export type UncertainParameter =
  | 'quantity'
  | 'unitValue'
  | 'amount'
  | 'deadweight'
  | 'attribution'
  | 'displacement'
  | 'dropOff'

export type Distribution =
  | { readonly distribution: 'fixed'; readonly value: number }
  | { readonly distribution: 'uniform'; readonly low: number; readonly high: number }
  | {
      readonly distribution: 'triangular' | 'pert'
      readonly low: number
      readonly mode: number
      readonly high: number
    }
  /** Normal with mean and standard deviation. */
  | { readonly distribution: 'normal'; readonly mean: number; readonly sd: number }
  /** Lognormal given the mean and standard deviation of the variable itself (not of its log). */
  | { readonly distribution: 'lognormal'; readonly mean: number; readonly sd: number }
  /**
   * An effect estimate with its standard error (e.g. a risk difference from
   * `effectwijzer analyse`), times a multiplier (e.g. the number of participants):
   * normal(multiplier · estimate, multiplier · se).
   */
  | {
      readonly distribution: 'effect'
      readonly estimate: number
      readonly se: number
      readonly multiplier: number
      /**
       * Inputs with the same key are one estimate (e.g. the outcome "work" valued both as wage
       * and as the benefit saved): one draw per Monte Carlo iteration, one bar in the tornado.
       */
      readonly shared?: string
    }

export interface ItemAdjustments {
  /** Share that would have happened anyway, 0–1. */
  readonly deadweight: number
  /** Share due to others than the intervention, 0–1. */
  readonly attribution: number
  /** Share that only moved elsewhere, 0–1. */
  readonly displacement: number
  /** Yearly decline after the first year, 0–1. */
  readonly dropOff: number
}

interface ItemCommon extends ItemAdjustments {
  readonly id: string
  readonly label?: string
  readonly kind: ItemKind
  readonly category: ItemCategory
  readonly stakeholder: string
  /** For transfers: the stakeholder on the other side (loses what `stakeholder` gains, or vice versa). */
  readonly counterparty?: string
  /** For unquantified items (PM-posten): the expected direction of the effect. */
  readonly sign?: EffectSign
  /**
   * Paid at the very start (t = 0) whatever the timing convention: the SROI "inputs".
   * Only meaningful with the end-of-year convention; under start-of-year the base year is t = 0 anyway.
   */
  readonly upfront?: boolean
  /** Overrides the model's discount rate (the guideline's exceptions). */
  readonly discountRate?: number
  /** The outcome this item values (e.g. "work", "health"): used to warn about double counting. */
  readonly outcome?: string
  /** Where the figures come from, for the report's item table (the engine does not read it). */
  readonly source?: string
  /** The price-list code the unit value was taken from, for the same table. */
  readonly priceListItem?: string
  readonly uncertainty?: Partial<Readonly<Record<UncertainParameter, Distribution>>>
}

/** A yearly series of amounts in euros: `{ "2024": 150000 }`. */
export interface SeriesItem extends ItemCommon {
  readonly years: Readonly<Record<string, number>>
}

/** quantity × unitValue per year, from startYear for durationYears. */
export interface QuantityItem extends ItemCommon {
  readonly quantity: number
  readonly unitValue: number
  readonly startYear: number
  readonly durationYears: number
}

/** An unquantified item (PM-post) has neither series nor quantity. */
export interface UnquantifiedItem extends ItemCommon {
  readonly category: 'unquantified'
}

export type MkbaItem = SeriesItem | QuantityItem | UnquantifiedItem

export interface MkbaModel {
  readonly name: string
  readonly baseYear: number
  readonly priceYear: number
  /** Years counted from baseYear on; flows outside [baseYear, baseYear + horizonYears) are left out. */
  readonly horizonYears: number
  readonly discountRate: number
  readonly timing: TimingConvention
  readonly stakeholders: readonly string[]
  readonly items: readonly MkbaItem[]
  /** Uncertainty on the model's discount rate, for the tornado and Monte Carlo. */
  readonly discountRateUncertainty?: Distribution
  /** Variants of the same model shown side by side (e.g. the pilot and a city-wide scale-up). */
  readonly scenarios?: readonly MkbaScenario[]
}

/** Fields of an item that a scenario may replace. */
export type ItemOverride = Partial<
  Pick<QuantityItem, 'quantity' | 'unitValue' | 'startYear' | 'durationYears'> &
    Pick<SeriesItem, 'years'> &
    ItemAdjustments
>

export interface MkbaScenario {
  readonly id: string
  readonly name: string
  /** Per item id, the fields that differ from the base model. */
  readonly overrides: Readonly<Record<string, ItemOverride>>
}

export function isSeriesItem(item: MkbaItem): item is SeriesItem {
  return 'years' in item
}

export function isQuantityItem(item: MkbaItem): item is QuantityItem {
  return 'quantity' in item
}
