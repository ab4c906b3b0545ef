/**
 * Builds the shipped starter price list and CPI series from the research data (run by hand):
 *   npx tsx scripts/make-starter-price-list.ts ../shared/research/data
 * Every item keeps its source and price year; the Costing Manual items take their Dutch name
 * and counting unit from scripts/data/kostenhandleiding-nl.csv; the social-domain items, each
 * with the source it was read in, from scripts/data/social-domain-items.ts; items without a
 * national figure are marked needsLocalTariff and carry no price. The CPI series comes from
 * scripts/data/cbs-cpi-jaarmutatie.csv.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { LOCAL, PRICED, type SocialItem } from './data/social-domain-items.js'

const dir = process.argv[2] ?? '../shared/research/data'
const KOSTENHANDLEIDING = {
  title:
    'Zorginstituut Nederland, Kostenhandleiding voor economische evaluaties in de gezondheidszorg, update 2024: referentieprijzen, prijspeil 2022; machineleesbaar via het R-pakket tatooheene (df_ref_prices)',
  url: 'https://www.zorginstituutnederland.nl/publicaties/publicatie/2024/01/16/richtlijn-voor-het-uitvoeren-van-economische-evaluaties-in-de-gezondheidszorg',
  year: 2024,
}

/**
 * The counting units a Costing Manual item may have (what one `priceCents` buys). The research
 * file has none: each item's unit, like its Dutch name, comes from scripts/data/kostenhandleiding-nl.csv.
 */
const UNITS = new Set([
  'contact',
  'consult',
  'session',
  'visit',
  'day',
  'half-day',
  'hour',
  'minute',
  'ride',
  'km',
  'test',
  'scan',
  'administration',
  'treatment',
  'aid',
  'offence',
  'year',
  'trajectory',
  'unit',
])

/**
 * Since 2015 household help, guidance at home (individuele begeleiding) and day activities for
 * people living at home (dagbesteding) are the municipality's, under the Wmo.
 */
const WMO_ITEMS = new Set(['homecare_guidance_hour', 'dayactivities_halfday'])

function domainAndPayer(
  key: string,
  domain: string,
  category: string,
  unit: string,
): [string, string] {
  if (WMO_ITEMS.has(key) || (category === 'Home care' && /household/i.test(unit)))
    return ['wmo', 'gemeente-wmo']
  if (category === 'Elderly care' || category === 'Disability care')
    return ['long-term-care', 'wlz']
  if (category === 'Safety and Justice') return ['justice', 'justitie']
  if (category === 'Education') return ['education', 'uwv-rijk']
  if (category.startsWith('Productivity loss')) return ['income', 'werkgever']
  if (domain === 'Patient') return ['health-insurance', 'inwoner']
  return ['health-insurance', 'zorgverzekeraar']
}

const rows = parse(readFileSync(join(dir, 'kostenhandleiding-2024-reference-prices.csv')), {
  columns: true,
}) as Array<Record<string, string>>

/**
 * The Dutch name and counting unit of every Costing Manual item, by short_var: a translation
 * of the manual's own names (kept beside this script), never a figure. Both files must list
 * the same items, so a new or renamed item in the research data stops the build here.
 */
const dutchRows = parse(readFileSync('scripts/data/kostenhandleiding-nl.csv'), {
  columns: true,
}) as Array<Record<string, string>>
const dutch = new Map<string, { nl: string; unit: string }>()
for (const row of dutchRows) {
  const key = row.short_var ?? ''
  const nl = row.name_nl ?? ''
  const unit = row.unit ?? ''
  if (dutch.has(key)) throw new Error(`kostenhandleiding-nl.csv: ${key} is listed twice`)
  if (nl.trim() === '') throw new Error(`kostenhandleiding-nl.csv: ${key} has no name_nl`)
  if (!UNITS.has(unit))
    throw new Error(
      `kostenhandleiding-nl.csv: ${key} has unit "${unit}", not one of ${[...UNITS].join(', ')}`,
    )
  dutch.set(key, { nl, unit })
}
const researchKeys = new Set(rows.map((row) => row.short_var ?? ''))
for (const key of dutch.keys())
  if (!researchKeys.has(key))
    throw new Error(`kostenhandleiding-nl.csv: ${key} is not in the research data`)

const items: unknown[] = rows.map((row) => {
  const key = row.short_var ?? ''
  const nl = dutch.get(key)
  if (nl === undefined)
    throw new Error(`kostenhandleiding-nl.csv: no Dutch name and unit for ${key} (${row.Unit})`)
  const [domain, payer] = domainAndPayer(key, row.Domain ?? '', row.Category ?? '', row.Unit ?? '')
  const code = `KH-${key.toUpperCase().replace(/_/g, '-')}`
  return {
    code,
    name: { nl: nl.nl, en: row.Unit },
    category: row.Category,
    domain,
    unit: nl.unit,
    priceCents: Math.round(Number(row['2022']) * 100),
    priceYear: 2022,
    defaultPayer: payer,
    source: KOSTENHANDLEIDING,
    needsLocalTariff: false,
  }
})

const toItem = (s: SocialItem) => ({
  code: s.code,
  name: { nl: s.nl, en: s.en },
  category: s.category,
  domain: s.domain,
  unit: s.unit,
  ...(s.price === undefined
    ? {}
    : {
        priceCents: Math.round(s.price * 100),
        priceYear: s.source?.year,
        ...(s.low === undefined ? {} : { lowCents: Math.round(s.low * 100) }),
        ...(s.high === undefined ? {} : { highCents: Math.round(s.high * 100) }),
      }),
  defaultPayer: s.payer,
  ...(s.source === undefined ? {} : { source: s.source }),
  notes: s.notes,
  needsLocalTariff: s.price === undefined,
})
const social = PRICED.map(toItem)
const missing = LOCAL.map(toItem)

/**
 * CBS's published annual inflation (jaarmutatie CPI, alle huishoudens, one decimal) from 1997:
 * the factor from year − 1 to year is 1 + percentage / 100, kept as the exact decimal (1.025,
 * not 1 + 0.025) so the years the research series also has (2013–2024) index as before.
 * Read in: CBS 70936NED as listed by teltel.nl ("Bron: CBS", 1963–2024); CBS 71905NED for
 * 2002–2019 (the same figures); CBS 83131NED for 2000, 2005, 2010, 2015–2019 (the same except
 * 2000: 2.4 there, 2.6 in the official series kept here); CBS's press release of 13 January
 * 2026 for 2025 (3.3). 2026 is not in the series: CBS publishes its annual figure in January 2027.
 */
const cpiRows = parse(readFileSync('scripts/data/cbs-cpi-jaarmutatie.csv'), {
  columns: true,
}) as Array<Record<string, string>>
const cpi = {
  source: {
    title:
      'CBS StatLine 70936NED, Jaarmutatie consumentenprijsindex; vanaf 1963 (alle huishoudens, jaarcijfers: de officiële inflatie), 1997–2025; 83131NED (prijsindex 2015=100) geeft dezelfde jaarmutaties voor 2005, 2010 en 2015–2019',
    url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/70936NED/table',
    year: 2026,
  },
  yearOnYear: Object.fromEntries(
    cpiRows.map((r) => [r.year, Math.round((100 + Number(r.percentage)) * 10) / 1000]),
  ),
}
writeFileSync(
  'src/domain/price-list/data/starter-list.json',
  `${JSON.stringify({ id: 'effectwijzer-starter', version: '2026.1', items: [...items, ...social, ...missing] }, null, 1)}\n`,
)
writeFileSync('src/domain/price-list/data/cbs-cpi.json', `${JSON.stringify(cpi, null, 1)}\n`)
console.log(`${items.length + social.length + missing.length} items written`)
