import type { MkbaAnalysis } from '../../mkba/index.js'
import { createWorkbook } from '../workbook.js'

/** The MKBA results as an XLSX workbook: one sheet per table, numbers as numbers. */
export async function mkbaWorkbook(result: MkbaAnalysis): Promise<Uint8Array> {
  const workbook = createWorkbook()
  workbook.sheet(
    'Summary',
    ['measure', 'value'],
    [
      ['name', result.name],
      ['pvCosts', result.pvCosts],
      ['pvBenefits', result.pvBenefits],
      ['pvBenefitsFinancial', result.pvBenefitsFinancial],
      ['npv', result.npv],
      ['ratio', result.ratio],
      ['ratioFinancial', result.ratioFinancial],
      ['paybackYear', result.paybackYear],
      ['baseYear', result.baseYear],
      ['priceYear', result.priceYear],
      ['horizonYears', result.horizonYears],
      ['discountRate', result.discountRate],
      ['timing', result.timing],
    ],
  )
  workbook.sheet(
    'Stakeholders',
    ['stakeholder', 'pvCosts', 'pvBenefits', 'net'],
    result.perStakeholder.map((s) => [s.stakeholder, s.pvCosts, s.pvBenefits, s.net]),
  )
  workbook.sheet(
    'Years',
    [
      'year',
      'costs',
      'benefits',
      'benefitsFinancial',
      'discountFactor',
      'pvNet',
      'cumulativePvNet',
    ],
    result.years.map((y) => [
      y.year,
      y.costs,
      y.benefits,
      y.benefitsFinancial,
      y.discountFactor,
      y.pvNet,
      y.cumulativePvNet,
    ]),
  )
  workbook.sheet(
    'Items',
    ['id', 'stakeholder', 'kind', 'category', 'pv'],
    result.items.map((i) => [i.id, i.stakeholder, i.kind, i.category, i.pv]),
  )
  workbook.sheet(
    'Unquantified',
    ['id', 'label', 'stakeholder', 'sign'],
    result.unquantified.map((u) => [u.id, u.label, u.stakeholder, u.sign]),
  )
  workbook.sheet(
    'Tornado',
    ['parameter', 'low', 'high', 'npvLow', 'npvHigh', 'ratioLow', 'ratioHigh'],
    result.tornado.map((b) => [
      b.parameter,
      b.low,
      b.high,
      b.npvLow,
      b.npvHigh,
      b.ratioLow,
      b.ratioHigh,
    ]),
  )
  if (result.monteCarlo) {
    const mc = result.monteCarlo
    workbook.sheet(
      'MonteCarlo',
      ['measure', 'value'],
      Object.entries(mc).filter(([, v]) => typeof v === 'number'),
    )
  }
  workbook.sheet(
    'Scenarios',
    ['id', 'name', 'pvCosts', 'pvBenefits', 'npv', 'ratio', 'ratioFinancial'],
    result.scenarios.map((s) => [
      s.id,
      s.name,
      s.pvCosts,
      s.pvBenefits,
      s.npv,
      s.ratio,
      s.ratioFinancial,
    ]),
  )
  return workbook.bytes()
}
