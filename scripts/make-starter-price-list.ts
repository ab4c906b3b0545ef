/**
 * Builds the shipped starter price list and CPI series from the research data (run by hand):
 *   npx tsx scripts/make-starter-price-list.ts ../shared/research/data
 * Every item keeps its source and price year; the Costing Manual items take their Dutch name
 * and counting unit from scripts/data/kostenhandleiding-nl.csv; social-domain items come from
 * research/effectencalculator.md §2.4 with their URLs; items without a good Dutch source are
 * marked needsLocalTariff and carry no price.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'

const dir = process.argv[2] ?? '../shared/research/data'
const KOSTENHANDLEIDING = {
  title:
    'Zorginstituut Nederland, Kostenhandleiding (Dutch Costing Manual) update 2024, reference prices at price level 2022; machine-readable via R package tatooheene (df_ref_prices)',
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

function domainAndPayer(domain: string, category: string, unit: string): [string, string] {
  if (category === 'Home care' && /household/i.test(unit)) return ['wmo', 'gemeente-wmo']
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
  const [domain, payer] = domainAndPayer(row.Domain ?? '', row.Category ?? '', row.Unit ?? '')
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

const EC = 'research/effectencalculator.md §2.4'
const social = [
  {
    code: 'PW-BIJSTAND-DAG-ALLEENSTAAND',
    nl: 'Bijstand, dag, alleenstaande 21 jaar–AOW',
    en: 'Social assistance, day, single person 21–pension age',
    category: 'Participatiewet',
    domain: 'participatiewet',
    unit: 'day',
    price: 32.03,
    year: 2019,
    payer: 'gemeente-participatiewet',
    title:
      'Normbedragen Participatiewet 1 januari 2019 (€974,27 netto per maand), per dag afgeleid als × 12 / 365',
    url: 'https://www.kempengemeenten.nl/normen-en-bedragen-minimabeleid',
    notes: `Excluding holiday allowance. Derived per day. ${EC}`,
  },
  {
    code: 'PW-BIJSTAND-DAG-PAAR',
    nl: 'Bijstand, dag, paar 21 jaar–AOW',
    en: 'Social assistance, day, couple 21–pension age',
    category: 'Participatiewet',
    domain: 'participatiewet',
    unit: 'day',
    price: 45.76,
    year: 2019,
    payer: 'gemeente-participatiewet',
    title:
      'Normbedragen Participatiewet 1 januari 2019 (€1.391,82 netto per maand), per dag afgeleid als × 12 / 365',
    url: 'https://www.kempengemeenten.nl/normen-en-bedragen-minimabeleid',
    notes: `Excluding holiday allowance. Derived per day. ${EC}`,
  },
  {
    code: 'WMO-BW-PGB-ETMAAL',
    nl: 'Beschermd wonen (pgb, professioneel), etmaal',
    en: 'Sheltered housing (personal budget, professional), 24 hours',
    category: 'Wmo',
    domain: 'wmo',
    unit: '24 hours',
    price: 87.71,
    year: 2022,
    payer: 'gemeente-wmo',
    title: 'Gemeenteblad 2021-482859, pgb-tarieven beschermd wonen 2022',
    url: 'https://zoek.officielebekendmakingen.nl/gmb-2021-482859.html',
    notes: EC,
  },
  {
    code: 'MO-FEITELIJK-DAKLOOS-JAAR',
    nl: 'Maatschappelijke opvang, feitelijk dakloze, jaar',
    en: 'Social shelter, rough sleeper, year',
    category: 'Wmo',
    domain: 'wmo',
    unit: 'year',
    price: 23236,
    year: 2011,
    payer: 'gemeente-wmo',
    title: 'Stichting Zwerfjongeren Nederland, Van kosten naar investering (Cebeon-based)',
    url: 'https://issuu.com/stichtingzwerfjongerennederland/docs/20180209_van_kosten_naar_investerin',
    notes: EC,
  },
  {
    code: 'SCHULDHULP-CASUS',
    nl: 'Schuldhulpverlening, per schuldsituatie',
    en: 'Debt counselling, per debt case',
    category: 'Schulden',
    domain: 'income',
    unit: 'case',
    price: 1500,
    year: 2005,
    payer: 'gemeente-overig',
    title: 'Stichting Zwerfjongeren Nederland, Van kosten naar investering',
    url: 'https://issuu.com/stichtingzwerfjongerennederland/docs/20180209_van_kosten_naar_investerin',
    notes: `Old figure (2005); prefer a current local tariff. ${EC}`,
  },
  {
    code: 'WONEN-HUISUITZETTING',
    nl: 'Huisuitzetting, maatschappelijke kosten',
    en: 'Eviction, societal cost',
    category: 'Wonen',
    domain: 'housing',
    unit: 'eviction',
    price: 100000,
    year: 2015,
    payer: 'woningcorporatie',
    title:
      'BN DeStem, Huisuitzettingen kosten samenleving miljoenen (woningcorporatie, op basis van een masterscriptie 2015)',
    url: 'https://www.bndestem.nl/bergen-op-zoom/huisuitzettingen-kosten-samenleving-miljoenen-en-lossen-niets-op~a79243d8/',
    notes: `Low-quality estimate; use with a sensitivity range. ${EC}`,
  },
].map((s) => ({
  code: s.code,
  name: { nl: s.nl, en: s.en },
  category: s.category,
  domain: s.domain,
  unit: s.unit,
  priceCents: Math.round(s.price * 100),
  priceYear: s.year,
  defaultPayer: s.payer,
  source: { title: s.title, url: s.url, year: s.year },
  notes: s.notes,
  needsLocalTariff: false,
}))

const missing = [
  {
    code: 'WIJKTEAM-UUR',
    nl: 'Uur wijkteammedewerker',
    en: 'Hour of a wijkteam worker',
    category: 'Wijkteam',
    domain: 'wmo',
    unit: 'hour',
    payer: 'gemeente-overig',
    notes:
      'No Dutch source with a concrete figure; the Costing Manual\'s "Contact social work" (KH-MHC-SOCIALWORK, €127 in 2022) is the closest proxy. Fill in your own tariff with a justification.',
  },
  {
    code: 'WI-CONSULENT-UUR',
    nl: 'Uur consulent Werk en Inkomen',
    en: 'Hour of a Work and Income consultant',
    category: 'Participatiewet',
    domain: 'participatiewet',
    unit: 'hour',
    payer: 'gemeente-participatiewet',
    notes: 'No Dutch source found. Fill in your own tariff with a justification.',
  },
  {
    code: 'POLITIE-UUR',
    nl: 'Uur politie-inzet',
    en: 'Hour of police deployment',
    category: 'Veiligheid',
    domain: 'justice',
    unit: 'hour',
    payer: 'justitie',
    notes:
      'NOT FOUND in research/effectencalculator.md §2.4. Fill in a tariff with a justification.',
  },
  {
    code: 'JW-CRISISPLAATSING-DAG',
    nl: 'Crisisplaatsing jeugd, dag',
    en: 'Youth crisis placement, day',
    category: 'Jeugdwet',
    domain: 'jeugdwet',
    unit: 'day',
    payer: 'gemeente-jeugdwet',
    notes: 'NOT FOUND. Use the tariff of your youth-care contract.',
  },
  {
    code: 'JW-TRAJECT',
    nl: 'Jeugdhulptraject',
    en: 'Youth-care trajectory',
    category: 'Jeugdwet',
    domain: 'jeugdwet',
    unit: 'trajectory',
    payer: 'gemeente-jeugdwet',
    notes: 'NOT FOUND as a national figure. Use your own contract prices.',
  },
].map((m) => ({
  code: m.code,
  name: { nl: m.nl, en: m.en },
  category: m.category,
  domain: m.domain,
  unit: m.unit,
  defaultPayer: m.payer,
  notes: m.notes,
  needsLocalTariff: true,
}))

const cpiRows = parse(readFileSync(join(dir, 'cbs-cpi-2012-2024.csv')), { columns: true }) as Array<
  Record<string, string>
>
const cpi = {
  source: {
    title:
      'CBS, consumentenprijsindex (CPI), jaarmutaties; via R package tatooheene (df_cpi_combined)',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/83131NED',
    year: 2024,
  },
  yearOnYear: Object.fromEntries(cpiRows.map((r) => [r['Year to'], Number(r.Factor)])),
}
writeFileSync(
  'src/domain/price-list/data/starter-list.json',
  `${JSON.stringify({ id: 'effectwijzer-starter', version: '2026.1', items: [...items, ...social, ...missing] }, null, 1)}\n`,
)
writeFileSync('src/domain/price-list/data/cbs-cpi.json', `${JSON.stringify(cpi, null, 1)}\n`)
console.log(`${items.length + social.length + missing.length} items written`)
