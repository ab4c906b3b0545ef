import type { Distribution, MkbaItem, MkbaModel, MkbaScenario } from '../../mkba/index.js'
import { type LocalisedMessage, ValidationError, type ValidationIssue } from '../errors.js'
import {
  type ItemPrice,
  isPriceProblem,
  type PriceProblem,
  priceProblemText,
} from '../price-list/price-item.js'
import { formatPath, MISSING_REQUIRED, toValidationError } from '../validation/index.js'
import {
  type EffectReference,
  type MkbaItemFile,
  type MkbaModelFile,
  mkbaModelFileSchema,
} from './model-schema.js'

/** An effect estimate with its standard error, as `effectwijzer analyse` reports it. */
export interface EffectEstimate {
  readonly estimate: number
  readonly se: number
}

export interface ModelResolvers {
  /** Looks up an effect estimate for `quantityFromEffect`; undefined if not found. */
  readonly effect?: (reference: EffectReference) => EffectEstimate | undefined
  /** Looks up a unit value in euros (indexed to the model's price year) for `unitValueFrom`. */
  readonly price?: (code: string, priceYear: number) => ItemPrice | PriceProblem
}

/**
 * Validates a model file and turns it into the engine's model. Every problem is reported
 * at once, with the field path and the item's id, in Dutch and English.
 * @throws ValidationError
 */
export function parseMkbaModel(input: unknown, resolvers: ModelResolvers = {}): MkbaModel {
  const parsed = mkbaModelFileSchema.safeParse(input)
  if (!parsed.success)
    throw toValidationError(parsed.error, input, (path) => describePath(input, path))
  const file = parsed.data
  const issues: ValidationIssue[] = []
  const problem = (path: readonly PropertyKey[], message: LocalisedMessage) =>
    issues.push({ field: describePath(input, path), message })
  const items = file.items.map((item, i) => toItem(file, item, i, resolvers, problem))
  checkModel(file, problem)
  if (issues.length > 0) throw new ValidationError(issues)
  return {
    name: file.name,
    baseYear: file.baseYear,
    priceYear: file.priceYear,
    horizonYears: file.horizonYears,
    discountRate: file.discountRate,
    timing: file.timing,
    stakeholders: file.stakeholders,
    items,
    ...(file.discountRateUncertainty
      ? { discountRateUncertainty: file.discountRateUncertainty as Distribution }
      : {}),
    ...(file.scenarios ? { scenarios: file.scenarios as readonly MkbaScenario[] } : {}),
  }
}

type Problem = (path: readonly PropertyKey[], message: LocalisedMessage) => void

function checkModel(file: MkbaModelFile, problem: Problem): void {
  const ids = new Set<string>()
  file.items.forEach((item, i) => {
    if (ids.has(item.id)) {
      problem(['items', i, 'id'], {
        nl: `id "${item.id}" komt meer dan eens voor`,
        en: `id "${item.id}" is used more than once`,
      })
    }
    ids.add(item.id)
  })
  if (new Set(file.stakeholders).size !== file.stakeholders.length) {
    problem(['stakeholders'], {
      nl: 'een belanghebbende staat er dubbel in',
      en: 'a stakeholder is listed twice',
    })
  }
  file.scenarios?.forEach((scenario, s) => {
    for (const id of Object.keys(scenario.overrides)) {
      if (!ids.has(id)) {
        problem(['scenarios', s, 'overrides', id], {
          nl: `onbekende post "${id}"`,
          en: `unknown item "${id}"`,
        })
      }
    }
  })
}

function toItem(
  file: MkbaModelFile,
  item: MkbaItemFile,
  i: number,
  resolvers: ModelResolvers,
  problem: Problem,
): MkbaItem {
  const at = (...path: PropertyKey[]) => ['items', i, ...path]
  const known = new Set(file.stakeholders)
  if (!known.has(item.stakeholder)) {
    problem(at('stakeholder'), {
      nl: `"${item.stakeholder}" staat niet in stakeholders`,
      en: `"${item.stakeholder}" is not listed in stakeholders`,
    })
  }
  if (item.category === 'transfer') {
    if (item.counterparty === undefined) {
      problem(at('counterparty'), {
        nl: 'een overdracht heeft een tegenpartij nodig',
        en: 'a transfer needs a counterparty',
      })
    } else if (!known.has(item.counterparty) || item.counterparty === item.stakeholder) {
      problem(at('counterparty'), {
        nl: 'de tegenpartij moet een andere belanghebbende uit stakeholders zijn',
        en: 'the counterparty must be another stakeholder from stakeholders',
      })
    }
  } else if (item.counterparty !== undefined) {
    problem(at('counterparty'), {
      nl: 'alleen een overdracht (transfer) heeft een tegenpartij',
      en: 'only a transfer has a counterparty',
    })
  }

  if (item.category === 'unquantified') {
    if (item.sign === undefined) {
      problem(at('sign'), {
        nl: 'een PM-post heeft een teken nodig: "+", "-" of "?"',
        en: 'an unquantified item needs a sign: "+", "-" or "?"',
      })
    }
    return { ...common(item), category: 'unquantified' }
  }

  const hasYears = item.years !== undefined
  const quantity = resolveQuantity(item, resolvers, at, problem)
  const unitValue = resolveUnitValue(file, item, resolvers, at, problem)
  const hasQuantity =
    quantity !== undefined || unitValue !== undefined || item.startYear !== undefined
  if (hasYears === hasQuantity) {
    problem(at(), {
      nl: 'geef óf "years", óf "quantity" × "unitValue" met "startYear" en "durationYears"',
      en: 'give either "years", or "quantity" × "unitValue" with "startYear" and "durationYears"',
    })
  }
  if (hasYears) {
    checkUncertainty(item, ['quantity', 'unitValue'], at, problem)
    return { ...common(item), years: item.years ?? {} }
  }
  for (const field of ['startYear', 'durationYears'] as const) {
    if (item[field] === undefined) problem(at(field), MISSING_REQUIRED)
  }
  if (quantity === undefined) problem(at('quantity'), MISSING_REQUIRED)
  if (unitValue === undefined) problem(at('unitValue'), MISSING_REQUIRED)
  checkUncertainty(item, ['amount'], at, problem)
  const fromEffect = effectDistribution(item, resolvers)
  return {
    ...common(item, fromEffect),
    quantity: quantity ?? 0,
    unitValue: unitValue ?? 0,
    startYear: item.startYear ?? file.baseYear,
    durationYears: item.durationYears ?? 1,
  }
}

function common(item: MkbaItemFile, quantityDistribution?: Distribution) {
  const uncertainty = {
    ...(quantityDistribution ? { quantity: quantityDistribution } : {}),
    ...(item.uncertainty as Partial<Record<string, Distribution>> | undefined),
  }
  return {
    id: item.id,
    kind: item.kind,
    category: item.category,
    stakeholder: item.stakeholder,
    deadweight: item.deadweight,
    attribution: item.attribution,
    displacement: item.displacement,
    dropOff: item.dropOff,
    ...(item.label !== undefined ? { label: item.label } : {}),
    ...(item.counterparty !== undefined ? { counterparty: item.counterparty } : {}),
    ...(item.sign !== undefined ? { sign: item.sign } : {}),
    ...(item.discountRate !== undefined ? { discountRate: item.discountRate } : {}),
    ...(item.upfront !== undefined ? { upfront: item.upfront } : {}),
    ...(item.outcome !== undefined ? { outcome: item.outcome } : {}),
    ...(item.source !== undefined ? { source: item.source } : {}),
    ...(item.unitValueFrom !== undefined
      ? { priceListItem: item.unitValueFrom.priceListItem }
      : {}),
    ...(Object.keys(uncertainty).length > 0 ? { uncertainty } : {}),
  }
}

function resolveQuantity(
  item: MkbaItemFile,
  resolvers: ModelResolvers,
  at: (...path: PropertyKey[]) => PropertyKey[],
  problem: Problem,
): number | undefined {
  const reference = item.quantityFromEffect
  if (reference === undefined) return item.quantity
  if (item.quantity !== undefined) {
    problem(at('quantity'), {
      nl: 'geef "quantity" óf "quantityFromEffect", niet beide',
      en: 'give "quantity" or "quantityFromEffect", not both',
    })
  }
  const effect = resolvers.effect?.(reference)
  if (effect === undefined) {
    problem(at('quantityFromEffect'), {
      nl: `uitkomst "${reference.outcome}" niet gevonden in ${reference.results}`,
      en: `outcome "${reference.outcome}" not found in ${reference.results}`,
    })
    return undefined
  }
  return reference.multiplier * effect.estimate
}

function effectDistribution(
  item: MkbaItemFile,
  resolvers: ModelResolvers,
): Distribution | undefined {
  const reference = item.quantityFromEffect
  const effect = reference && resolvers.effect?.(reference)
  if (!reference || !effect) return undefined
  return {
    distribution: 'effect',
    estimate: effect.estimate,
    se: effect.se,
    multiplier: reference.multiplier,
    // Items valuing the same outcome of the same analysis share one estimate.
    shared: `${reference.outcome} (${reference.results})`,
  }
}

function resolveUnitValue(
  file: MkbaModelFile,
  item: MkbaItemFile,
  resolvers: ModelResolvers,
  at: (...path: PropertyKey[]) => PropertyKey[],
  problem: Problem,
): number | undefined {
  const code = item.unitValueFrom?.priceListItem
  if (code === undefined) return item.unitValue
  const answer = resolvers.price?.(code, file.priceYear) ?? {
    problem: 'not-in-list',
    code,
  }
  if (isPriceProblem(answer)) {
    problem(at('unitValueFrom'), priceProblemText(answer))
    return undefined
  }
  return answer.price
}

function checkUncertainty(
  item: MkbaItemFile,
  notFor: readonly ('quantity' | 'unitValue' | 'amount')[],
  at: (...path: PropertyKey[]) => PropertyKey[],
  problem: Problem,
): void {
  for (const parameter of notFor) {
    if (item.uncertainty?.[parameter] !== undefined) {
      problem(at('uncertainty', parameter), {
        nl: `"${parameter}" bestaat niet voor deze post`,
        en: `"${parameter}" does not apply to this item`,
      })
    }
  }
  for (const [parameter, d] of Object.entries(item.uncertainty ?? {})) {
    if (
      d &&
      'low' in d &&
      'high' in d &&
      (d.low > d.high || ('mode' in d && (d.mode < d.low || d.mode > d.high)))
    ) {
      problem(at('uncertainty', parameter), {
        nl: 'moet voldoen aan low ≤ mode ≤ high',
        en: 'must satisfy low ≤ mode ≤ high',
      })
    }
  }
}

/** "items[2] (avoided-benefit).quantity": the path, with the item's id where there is one. */
function describePath(input: unknown, path: readonly PropertyKey[]): string {
  const base = formatPath(path)
  if (path[0] !== 'items' || typeof path[1] !== 'number') return base
  const items = (input as { items?: unknown[] } | null)?.items
  const id = (items?.[path[1]] as { id?: unknown } | undefined)?.id
  return typeof id === 'string' ? base.replace(/^items\[\d+\]/, (m) => `${m} (${id})`) : base
}
